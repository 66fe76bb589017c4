import { describe, expect, it } from 'vitest';
import {
  anyResults,
  excerptParts,
  groupResults,
  highlightedHref,
  intersectResults,
  rescoreResults,
  unionResults,
} from '../../../src/lib/search/search-results.ts';

const Z = '\u200B';

describe('excerptParts', () => {
  it('joins the per-character marks of a hit and removes the separators', () => {
    expect(excerptParts(`普${Z}惠${Z}<mark>托</mark>${Z}<mark>位</mark>${Z}数量 &amp; 3${Z}个`)).toEqual([
      { text: '普惠', hit: false },
      { text: '托位', hit: true },
      { text: '数量 & 3个', hit: false },
    ]);
  });

  it('keeps separate hits apart', () => {
    expect(excerptParts('<mark>托</mark>育和<mark>托</mark>')).toEqual([
      { text: '托', hit: true },
      { text: '育和', hit: false },
      { text: '托', hit: true },
    ]);
  });
});

describe('highlightedHref', () => {
  it('puts the highlight parameters before the anchor', () => {
    expect(highlightedHref('/plans/lishui/women/#health-t2', ['托育'])).toBe(
      '/plans/lishui/women/?pagefind-highlight=%E6%89%98%E8%82%B2#health-t2',
    );
    expect(highlightedHref('/base/indicators/x/', ['a', 'b'])).toBe(
      '/base/indicators/x/?pagefind-highlight=a&pagefind-highlight=b',
    );
    expect(highlightedHref('/p/?v=1#x', [])).toBe('/p/?v=1#x');
  });
});

describe('groupResults', () => {
  it('groups by plan, groups in the order of their best result', () => {
    const results = [
      { plan: 'b', id: 1 },
      { plan: 'a', id: 2 },
      { plan: 'b', id: 3 },
    ];
    expect(groupResults(results, (result) => result.plan)).toEqual([
      { key: 'b', results: [results[0], results[2]] },
      { key: 'a', results: [results[1]] },
    ]);
  });
});

describe('combining searches', () => {
  const a = { id: 'a', score: 1 };
  const b = { id: 'b', score: 2 };
  const c = { id: 'c', score: 3 };

  it('unions alternatives with their best score', () => {
    expect(
      unionResults([
        [a, b],
        [{ id: 'a', score: 5 }, c],
      ]),
    ).toEqual([{ id: 'a', score: 5 }, c, b]);
  });

  it('intersects terms, ranked by the summed score', () => {
    expect(
      intersectResults([
        [a, b, c],
        [{ id: 'a', score: 9 }, b],
      ]),
    ).toEqual([a, b]);
    expect(intersectResults([])).toEqual([]);
  });

  it('finds results of any term, those matching more terms first', () => {
    expect(
      anyResults([
        [c, a],
        [{ id: 'a', score: 4 }, b],
      ]),
    ).toEqual([a, c, b]);
  });

  it('rescores exact results by the loose search', () => {
    expect(rescoreResults([{ ...a }, { ...b }], [{ id: 'a', score: 7 }])).toEqual([
      { id: 'a', score: 7 },
      { id: 'b', score: 0 },
    ]);
  });
});

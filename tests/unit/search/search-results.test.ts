import { describe, expect, it } from 'vitest';
import {
  anyResults,
  groupResults,
  highlightedHref,
  intersectResults,
  unionResults,
} from '../../../src/lib/search/search-results.ts';

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
});

import { describe, expect, it } from 'vitest';
import {
  containsQuery,
  hitRanges,
  passageExcerpt,
  passageHits,
  passageScore,
  rankPassageHits,
  readPassages,
} from '../../../src/lib/search/passage-hits.ts';
import type { IndexedPassage } from '../../../src/lib/search/plan-records.ts';
import type { SearchPass } from '../../../src/lib/search/search-passes.ts';

const PASSAGES: IndexedPassage[] = [
  { id: 'welfare', title: '（五）儿童与福利', text: '（五）儿童与福利', section: null, quantitative: null },
  {
    id: 'welfare-t4',
    title: '（五）儿童与福利 › 主要目标 › 第 4 条',
    text: '每千人口拥有 3 岁以下婴幼儿托位数达到 4.5 个。',
    section: 'targets',
    quantitative: 'yes',
  },
  {
    id: 'welfare-t5',
    title: '（五）儿童与福利 › 主要目标 › 第 5 条',
    text: '发展普惠托育服务。',
    section: 'targets',
    quantitative: 'no',
  },
  {
    id: 'welfare-m3',
    title: '（五）儿童与福利 › 策略措施 › 第 3 条',
    text: '完善托育服务体系，增加托位供给，鼓励用人单位提供托育服务。',
    section: 'measures',
    quantitative: null,
  },
];

const phrase = (term: string): SearchPass => ({ kind: 'phrase', terms: [[term]], match: 'all' });

describe('hitRanges', () => {
  it('finds every occurrence of every wording, overlapping ones merged', () => {
    expect(hitRanges('托育服务和托育', ['托育', '育服'])).toEqual([
      [0, 3],
      [5, 7],
    ]);
    expect(hitRanges('满 5 岁', ['5岁'])).toEqual([[2, 5]]);
  });
});

describe('passageExcerpt', () => {
  it('marks the hits in a short text', () => {
    expect(passageExcerpt('发展普惠托育服务。', ['托育'])).toEqual([
      { text: '发展普惠', hit: false },
      { text: '托育', hit: true },
      { text: '服务。', hit: false },
    ]);
  });

  it('cuts a long text around the first hit, with ellipses', () => {
    const text = `${'甲'.repeat(100)}托育${'乙'.repeat(100)}`;
    const parts = passageExcerpt(text, ['托育'], 40);
    expect(parts.map((part) => part.text).join('')).toHaveLength(40 + 2);
    expect(parts[0]?.text.startsWith('…')).toBe(true);
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
    expect(parts.filter((part) => part.hit)).toEqual([{ text: '托育', hit: true }]);
  });

  it('shows the end of a text whose hit is near its end', () => {
    const text = `${'甲'.repeat(100)}托育`;
    const parts = passageExcerpt(text, ['托育'], 40);
    expect(parts.at(-1)).toEqual({ text: '托育', hit: true });
    expect(parts.map((part) => part.text).join('')).toHaveLength(41);
  });
});

describe('passageHits', () => {
  it('shows the passages that contain the phrase, in document order', () => {
    expect(passageHits(PASSAGES, phrase('托位'), {}).map((hit) => hit.passage.id)).toEqual([
      'welfare-t4',
      'welfare-m3',
    ]);
    expect(passageHits(PASSAGES, phrase('托位'), {})[0]?.excerpt.filter((part) => part.hit)).toEqual([
      { text: '托位', hit: true },
    ]);
  });

  it('shows nothing where no passage contains the query (a loose candidate)', () => {
    expect(passageHits(PASSAGES, phrase('托儿所'), {})).toEqual([]);
  });

  it('applies the domain, block and quantitative filters to single passages', () => {
    const ids = (filters: Parameters<typeof passageHits>[2]): string[] =>
      passageHits(PASSAGES, phrase('托'), filters).map((hit) => hit.passage.id);
    expect(ids({ domain: ['welfare'] })).toEqual(['welfare-t4', 'welfare-t5', 'welfare-m3']);
    expect(ids({ domain: ['health'] })).toEqual([]);
    expect(ids({ section: ['measures'] })).toEqual(['welfare-m3']);
    expect(ids({ quantitative: ['yes'] })).toEqual(['welfare-t4']);
    expect(ids({ section: ['targets'], quantitative: ['no'] })).toEqual(['welfare-t5']);
  });

  it('for every term, prefers passages with all terms; where they are spread, shows those with any', () => {
    const all: SearchPass = { kind: 'all-terms', terms: [['托位'], ['托育']], match: 'all' };
    expect(passageHits(PASSAGES, all, {}).map((hit) => hit.passage.id)).toEqual(['welfare-m3']);
    const spread: SearchPass = { kind: 'all-terms', terms: [['婴幼儿'], ['普惠']], match: 'all' };
    expect(passageHits(PASSAGES, spread, {}).map((hit) => hit.passage.id)).toEqual(['welfare-t4', 'welfare-t5']);
  });

  it('for any term, ranks passages with more terms first and matches any alternative wording', () => {
    const any: SearchPass = { kind: 'any-terms', terms: [['托位'], ['托育', '託育']], match: 'any' };
    const hits = passageHits(PASSAGES, any, {}).map((hit) => ({ hit }));
    const ranked = rankPassageHits(hits).map((entry) => entry.hit.passage.id);
    // welfare-m3 has both terms; the others one each.
    expect(ranked[0]).toBe('welfare-m3');
    expect(ranked.toSorted()).toEqual(['welfare-m3', 'welfare-t4', 'welfare-t5']);
  });
});

describe('containsQuery', () => {
  it('needs every term of an all pass, in any of its wordings, and one term of an any pass', () => {
    const all: SearchPass = { kind: 'all-terms', terms: [['宫颈癌'], ['筛查率', '筛查']], match: 'all' };
    expect(containsQuery('适龄妇女宫颈癌人群筛查率', all)).toBe(true);
    expect(containsQuery('宫颈癌 筛查', all)).toBe(true);
    expect(containsQuery('宫颈炎筛查', all)).toBe(false);
    expect(containsQuery('乳腺癌筛查率', all)).toBe(false);
    expect(containsQuery('乳腺癌筛查率', { ...all, match: 'any' })).toBe(true);
  });
});

describe('passageScore and rankPassageHits', () => {
  it('ranks a short passage that repeats the term above a long one that says it once', () => {
    const dense = '加强健康教育，提高健康素养，促进健康。';
    const long = `${'完善妇幼保健服务体系，'.repeat(8)}保障健康。`;
    expect(passageScore(dense, [['健康']])).toBeGreaterThan(passageScore(long, [['健康']]));
    expect(passageScore('没有这个词', [['健康']])).toBe(0);
  });

  it('scores a passage with more of the terms higher', () => {
    const both = passageScore('完善托育服务，增加托位。', [['托位'], ['托育']]);
    const one = passageScore('增加托位供给，完善设施。', [['托位'], ['托育']]);
    expect(both).toBeGreaterThan(one);
  });

  it('orders passages by score, ties in their order', () => {
    const hits = passageHits(PASSAGES, phrase('托'), {}).map((hit) => ({ hit }));
    const ranked = rankPassageHits(hits).map((entry) => entry.hit.score);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const tied = [0, 1, 2].map((index) => ({ hit: { passage: PASSAGES[index], excerpt: [], score: 1 } }));
    expect(rankPassageHits(tied as never[])).toEqual(tied);
  });
});

describe('readPassages', () => {
  it('reads the passages meta, and nothing from a missing or broken one', () => {
    expect(readPassages(JSON.stringify(PASSAGES))).toEqual(PASSAGES);
    expect(readPassages(undefined)).toEqual([]);
    expect(readPassages('{')).toEqual([]);
  });
});

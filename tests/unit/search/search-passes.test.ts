import { describe, expect, it } from 'vitest';
import {
  highlightTerms,
  normaliseQuery,
  queryTerms,
  searchPasses,
  termAlternatives,
  type QueryData,
} from '../../../src/lib/search/search-passes.ts';

const DATA: QueryData = {
  variants: { 學: '学', 產: '产' },
  synonyms: [['适龄妇女宫颈癌人群筛查率', '宫颈癌人群筛查率', '宫颈癌筛查率']],
};

/** A stand-in for Intl.Segmenter: splits at known words. */
function segment(text: string): string[] {
  const words = ['孕', '产妇', '的', '死亡率', '托', '位', '数'];
  const found: string[] = [];
  let rest = text;
  while (rest !== '') {
    const word = words.find((candidate) => rest.startsWith(candidate)) ?? Array.from(rest)[0] ?? '';
    found.push(word);
    rest = rest.slice(word.length);
  }
  return found;
}

describe('normaliseQuery and queryTerms', () => {
  it('trims and collapses whitespace', () => {
    expect(normaliseQuery('  5   岁 ')).toBe('5 岁');
  });

  it('splits at spaces and punctuation but not inside numbers', () => {
    expect(queryTerms('托育 入园率')).toEqual(['托育', '入园率']);
    expect(queryTerms('宫颈癌、乳腺癌')).toEqual(['宫颈癌', '乳腺癌']);
    expect(queryTerms('10.5/10 万')).toEqual(['10.5/10', '万']);
  });
});

describe('termAlternatives', () => {
  it('adds the simplified form of traditional characters', () => {
    expect(termAlternatives('學生', DATA)).toEqual(['學生', '学生']);
    expect(termAlternatives('孕產婦', DATA)).toEqual(['孕產婦', '孕产婦']);
  });

  it('adds the other wordings of an indicator name or alias', () => {
    expect(termAlternatives('宫颈癌筛查率', DATA)).toEqual([
      '宫颈癌筛查率',
      '适龄妇女宫颈癌人群筛查率',
      '宫颈癌人群筛查率',
    ]);
  });

  it('keeps a term alone that is no indicator wording', () => {
    expect(termAlternatives('宫颈癌', DATA)).toEqual(['宫颈癌']);
  });
});

describe('searchPasses', () => {
  it('is empty for an empty query', () => {
    expect(searchPasses('  ', DATA, segment)).toEqual([]);
    expect(searchPasses('、。', DATA, segment)).toEqual([]);
  });

  it('searches one word as a phrase, then by its longer words', () => {
    expect(searchPasses('孕产妇的死亡率', DATA, segment)).toEqual([
      { kind: 'phrase', terms: [['孕产妇的死亡率']], match: 'all' },
      { kind: 'words', terms: [['产妇'], ['死亡率']], match: 'all' },
      { kind: 'any-terms', terms: [['产妇'], ['死亡率']], match: 'any' },
    ]);
  });

  it('never falls back to single characters', () => {
    expect(searchPasses('托位数', DATA, segment)).toEqual([{ kind: 'phrase', terms: [['托位数']], match: 'all' }]);
  });

  it('searches several terms as a phrase first, then all of them anywhere, then any of them', () => {
    expect(searchPasses('托育 入园率', DATA, (text) => [text])).toEqual([
      { kind: 'phrase', terms: [['托育 入园率']], match: 'all' },
      { kind: 'all-terms', terms: [['托育'], ['入园率']], match: 'all' },
      { kind: 'any-terms', terms: [['托育'], ['入园率']], match: 'any' },
    ]);
  });

  it('does not repeat a pass', () => {
    expect(searchPasses('健康', DATA, (text) => [text])).toEqual([{ kind: 'phrase', terms: [['健康']], match: 'all' }]);
  });
});

describe('highlightTerms', () => {
  it('highlights every wording, also without spaces', () => {
    expect(highlightTerms({ kind: 'phrase', terms: [['5 岁']], match: 'all' })).toEqual(['5 岁', '5岁']);
    expect(highlightTerms({ kind: 'all-terms', terms: [['學生', '学生'], ['健康']], match: 'all' })).toEqual([
      '學生',
      '学生',
      '健康',
    ]);
  });
});

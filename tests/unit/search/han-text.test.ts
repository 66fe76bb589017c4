import { describe, expect, it } from 'vitest';
import {
  HAN_SEPARATOR,
  hanPhraseQuery,
  hanWords,
  hasHan,
  removeHanSeparators,
  separateHan,
} from '../../../src/lib/search/han-text.ts';

const Z = HAN_SEPARATOR;

describe('separateHan', () => {
  it('puts one separator around every Han character', () => {
    expect(separateHan('托位3个')).toBe(`${Z}托${Z}位${Z}3${Z}个${Z}`);
    expect(separateHan('HPV 疫苗')).toBe(`HPV ${Z}疫${Z}苗${Z}`);
  });

  it('leaves text without Han characters alone', () => {
    expect(separateHan('10.5/10 %')).toBe('10.5/10 %');
  });

  it('is undone by removeHanSeparators', () => {
    const text = '孕产妇死亡率控制在 10.5/10 万以下。';
    expect(removeHanSeparators(separateHan(text))).toBe(text);
  });
});

describe('hanWords and hanPhraseQuery', () => {
  it('spell a term character by character', () => {
    expect(hanWords('托育')).toBe('托 育');
    expect(hanWords('5 岁')).toBe('5 岁');
    expect(hanWords('5岁')).toBe('5 岁');
    expect(hanWords('HPV疫苗')).toBe('HPV 疫 苗');
  });

  it('quote the phrase and drop quotes inside it', () => {
    expect(hanPhraseQuery('孕产妇死亡率')).toBe('"孕 产 妇 死 亡 率"');
    expect(hanPhraseQuery('“托育”')).toBe('"托 育"');
  });
});

describe('hasHan', () => {
  it('tells Han text from other text', () => {
    expect(hasHan('5 岁')).toBe(true);
    expect(hasHan('HPV 2030')).toBe(false);
  });
});

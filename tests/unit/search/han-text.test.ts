import { describe, expect, it } from 'vitest';
import { hanCode, indexTokens, termQuery, wordingPattern } from '../../../src/lib/search/han-text.ts';

const [托, 育, 服, 务, 岁] = ['托', '育', '服', '务', '岁'].map(hanCode);

describe('hanCode', () => {
  it('spells a Han character as four lower-case letters, distinct per character', () => {
    expect(托).toMatch(/^[a-z]{4}$/u);
    const codes = new Set(Array.from('孕产妇死亡率托育服务𠀀', hanCode));
    expect(codes.size).toBe(11);
    expect([...codes].every((code) => /^[a-z]{4}$/u.test(code))).toBe(true);
  });
});

describe('indexTokens', () => {
  it('indexes Han runs as their distinct pairs and single characters, other words lower-cased, each once', () => {
    expect(indexTokens('托育服务').split(' ')).toEqual([
      `${托}${育}y`,
      `${育}${服}y`,
      `${服}${务}y`,
      `${托}z`,
      `${育}z`,
      `${服}z`,
      `${务}z`,
    ]);
    expect(indexTokens('HPV 托育')).toBe(`whpv ${托}${育}y ${托}z ${育}z`);
    expect(indexTokens('5岁')).toBe(`w5 ${岁}z`);
    expect(indexTokens('托育 托育服务，托育').split(' ').toSorted()).toEqual(
      indexTokens('托育服务').split(' ').toSorted(),
    );
  });

  it('keeps words of letters or digits (decimals whole), and drops punctuation', () => {
    expect(indexTokens('10.5/10 % —— covid-19.')).toBe('w10.5 w10 wcovid w19');
  });

  it('makes no token a prefix of another (Pagefind matches prefixes)', () => {
    const tokens = indexTokens('孕产妇死亡率𠀀 B超 ab 9').split(' ');
    for (const token of tokens)
      expect(
        tokens.filter((other) => other !== token && other.startsWith(token)),
        token,
      ).toEqual([]);
  });
});

describe('termQuery', () => {
  it('searches a Han term as tokens that every text containing it has: its pairs, or its character', () => {
    expect(termQuery('托育服务')).toBe(`${托}${育}y ${育}${服}y ${服}${务}y`);
    expect(termQuery('托育')).toBe(`${托}${育}y`);
    expect(termQuery('托')).toBe(`${托}z`);
    const indexed = indexTokens('推进托育服务体系建设').split(' ');
    for (const term of ['托', '托育', '托育服务', '服务体系', '推进托育服务体系建设'])
      expect(indexed).toEqual(expect.arrayContaining(termQuery(term).split(' ')));
  });

  it('does not find a text without one of the pairs', () => {
    const tokens = termQuery('儿童之家').split(' ');
    expect(tokens.every((token) => indexTokens('儿童之家建设').split(' ').includes(token))).toBe(true);
    expect(tokens.every((token) => indexTokens('儿童的家庭').split(' ').includes(token))).toBe(false);
  });

  it('searches mixed terms by their pieces, other words lower-cased', () => {
    expect(termQuery('5 岁')).toBe(`w5 ${岁}z`);
    expect(indexTokens('5岁以下').split(' ')).toEqual(expect.arrayContaining(termQuery('5 岁').split(' ')));
    expect(termQuery('HPV疫苗')).toBe(`whpv ${termQuery('疫苗')}`);
    expect(termQuery('HPV')).toBe('whpv');
  });
});

describe('wordingPattern', () => {
  it('finds a wording with or without spaces between its characters, ignoring case', () => {
    const pattern = wordingPattern('5 岁');
    expect('5岁以下'.match(pattern ?? /$^/u)?.[0]).toBe('5岁');
    expect('满 5 岁'.match(wordingPattern('5岁') ?? /$^/u)?.[0]).toBe('5 岁');
    expect('接种hpv疫苗'.match(wordingPattern('HPV') ?? /$^/u)?.[0]).toBe('hpv');
    expect('a.b(c)'.match(wordingPattern('.b(') ?? /$^/u)?.[0]).toBe('.b(');
  });

  it('is null for a wording of punctuation only', () => {
    expect(wordingPattern('——')).toBeNull();
  });
});

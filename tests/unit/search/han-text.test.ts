import { describe, expect, it } from 'vitest';
import { hanCode, indexText, termQuery, wordingPattern } from '../../../src/lib/search/han-text.ts';

const [托, 育, 服, 务, 岁] = ['托', '育', '服', '务', '岁'].map(hanCode);

describe('hanCode', () => {
  it('spells a Han character as four lower-case letters, distinct per character', () => {
    expect(托).toMatch(/^[a-z]{4}$/u);
    const codes = new Set(Array.from('孕产妇死亡率托育服务𠀀', hanCode));
    expect(codes.size).toBe(11);
    expect([...codes].every((code) => /^[a-z]{4}$/u.test(code))).toBe(true);
  });
});

describe('indexText', () => {
  it('indexes a Han run as its overlapping pairs and its last character, other text as it is', () => {
    expect(indexText('托育服务')).toBe(` ${托}${育} ${育}${服} ${服}${务} ${务} `);
    expect(indexText('HPV 托育')).toBe(`HPV  ${托}${育} ${育} `);
    expect(indexText('5岁')).toBe(`5 ${岁} `);
  });

  it('leaves text without Han characters alone', () => {
    expect(indexText('10.5/10 %')).toBe('10.5/10 %');
  });
});

describe('termQuery', () => {
  it('searches a Han term of two or more characters as the exact phrase of its pairs', () => {
    expect(termQuery('托育服务')).toEqual({
      exact: `"${托}${育} ${育}${服} ${服}${务}"`,
      loose: `${托}${育} ${育}${服} ${服}${务}`,
    });
    // The pairs of a query occur in any text that contains it: 托育 inside 托育服务 as well.
    expect(indexText('托育服务').split(' ')).toEqual(expect.arrayContaining(termQuery('托育').loose.split(' ')));
  });

  it('searches a single character as a prefix, and mixed terms loosely (checked against the text later)', () => {
    expect(termQuery('托')).toEqual({ exact: null, loose: 托 });
    expect(termQuery('5 岁')).toEqual({ exact: null, loose: `5 ${岁}` });
    expect(termQuery('HPV疫苗').exact).toBeNull();
    expect(termQuery('HPV')).toEqual({ exact: '"hpv"', loose: 'hpv' });
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

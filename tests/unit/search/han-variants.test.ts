import { describe, expect, it } from 'vitest';
import { buildVariantMap, foldVariants, hanCandidates } from '../../../src/lib/search/han-variants.ts';

const TO_SIMPLIFIED: Readonly<Record<string, string>> = { 學: '学', 臺: '台', 後: '后', 灣: '湾' };
const toSimplified = (character: string): string => TO_SIMPLIFIED[character] ?? character;

describe('buildVariantMap', () => {
  it('maps the characters whose simplified form the corpus uses', () => {
    expect(buildVariantMap('学生和台风之后', ['學', '臺', '後', '灣', '生'], toSimplified)).toEqual({
      學: '学',
      臺: '台',
      後: '后',
    });
  });

  it('skips conversions to several characters', () => {
    expect(buildVariantMap('学习', ['習'], () => '学习')).toEqual({});
  });
});

describe('hanCandidates', () => {
  it('covers the unified and compatibility ideographs', () => {
    const candidates = new Set(hanCandidates());
    for (const character of ['学', '學', '㐀', '鿿', '豈']) expect(candidates.has(character)).toBe(true);
    expect(candidates.has('a')).toBe(false);
  });
});

describe('foldVariants', () => {
  it('folds traditional characters and full-width forms', () => {
    expect(foldVariants('學生', { 學: '学' })).toBe('学生');
    expect(foldVariants('５岁', {})).toBe('5岁');
    expect(foldVariants('托育', { 學: '学' })).toBe('托育');
  });
});

import { describe, expect, it } from 'vitest';
import { htmlLanguage } from '../../../src/lib/search/page-language.ts';

describe('htmlLanguage', () => {
  it('reads the lang attribute of the html element', () => {
    expect(htmlLanguage('<!doctype html><html lang="zh-CN"><head></head></html>')).toBe('zh-CN');
    expect(htmlLanguage("<html class='x' lang='en'>")).toBe('en');
    expect(htmlLanguage('<HTML LANG=zh-CN>')).toBe('zh-CN');
  });

  it('is null without an html element or a lang', () => {
    expect(htmlLanguage('<html><body lang="zh-CN"></body></html>')).toBeNull();
    expect(htmlLanguage('<p lang="zh-CN">')).toBeNull();
  });
});

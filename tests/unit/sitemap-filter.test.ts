import { describe, expect, it } from 'vitest';
import { isListedInSitemap } from '../../src/lib/site/sitemap-filter.ts';

describe('isListedInSitemap', () => {
  it('leaves out the old jurisdiction list, which only forwards to /regions/', () => {
    expect(isListedInSitemap('https://example.org/districts/')).toBe(false);
    expect(isListedInSitemap('https://example.org/guihua/districts/')).toBe(false);
  });

  it('keeps every other page, jurisdiction pages included', () => {
    expect(isListedInSitemap('https://example.org/districts/lishui/')).toBe(true);
    expect(isListedInSitemap('https://example.org/regions/')).toBe(true);
    expect(isListedInSitemap('https://example.org/')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { SITE_NAME, pageTitle } from '../../../src/lib/site/page-title.ts';

describe('pageTitle', () => {
  it('is the site name alone on the home page', () => {
    expect(pageTitle()).toBe(SITE_NAME);
    expect(pageTitle('')).toBe(SITE_NAME);
  });

  it('puts the page name first', () => {
    expect(pageTitle('关于本站')).toBe('关于本站 | 规划图谱 Plan Atlas');
  });
});

import { describe, expect, it } from 'vitest';
import { siteNavigation } from '../../../src/lib/site/site-navigation.ts';

/** The `aria-current` of each link, by label. */
function currents(base: string, path: string): Record<string, string | null> {
  return Object.fromEntries(siteNavigation(base, path).map((link) => [link.label, link.current]));
}

describe('siteNavigation', () => {
  it('links 首页, 各地规划 and 关于', () => {
    expect(siteNavigation('/', '/').map((link) => [link.label, link.href])).toEqual([
      ['首页', '/'],
      ['各地规划', '/districts/'],
      ['关于', '/about/'],
    ]);
  });

  it('marks the current page', () => {
    expect(currents('/', '/')).toEqual({ 首页: 'page', 各地规划: null, 关于: null });
    expect(currents('/', '/about/')).toEqual({ 首页: null, 各地规划: null, 关于: 'page' });
    expect(currents('/', '/districts/')).toEqual({ 首页: null, 各地规划: 'page', 关于: null });
  });

  it('marks the section of district and plan pages', () => {
    expect(currents('/', '/districts/lishui/')).toEqual({ 首页: null, 各地规划: 'true', 关于: null });
    expect(currents('/', '/plans/lishui/women')).toEqual({ 首页: null, 各地规划: 'true', 关于: null });
  });

  it('works under a base path', () => {
    expect(currents('/plan-atlas/', '/plan-atlas/plans/lishui/women/')['各地规划']).toBe('true');
    expect(currents('/plan-atlas', '/plan-atlas/')['首页']).toBe('page');
  });

  it('marks nothing on an unknown page', () => {
    expect(currents('/', '/404.html')).toEqual({ 首页: null, 各地规划: null, 关于: null });
  });
});

import { describe, expect, it } from 'vitest';
import { siteNavigation } from '../../../src/lib/site/site-navigation.ts';

/** The `aria-current` of each link, by label. */
function currents(base: string, path: string): Record<string, string | null> {
  return Object.fromEntries(siteNavigation(base, path).map((link) => [link.label, link.current]));
}

const NONE = { 首页: null, 地区: null, 指标: null, 比较: null, 数据: null, 关于: null };

describe('siteNavigation', () => {
  it('links 首页, 地区, 指标, 比较, 数据 and 关于', () => {
    expect(siteNavigation('/', '/').map((link) => [link.label, link.href])).toEqual([
      ['首页', '/'],
      ['地区', '/regions/'],
      ['指标', '/indicators/'],
      ['比较', '/compare/'],
      ['数据', '/data/'],
      ['关于', '/about/'],
    ]);
  });

  it('marks the comparison sections', () => {
    expect(currents('/', '/indicators/maternal-mortality/')['指标']).toBe('true');
    expect(currents('/', '/compare/')['比较']).toBe('page');
    expect(currents('/', '/data/')['数据']).toBe('page');
  });

  it('marks the current page', () => {
    expect(currents('/', '/')).toEqual({ ...NONE, 首页: 'page' });
    expect(currents('/', '/about/')).toEqual({ ...NONE, 关于: 'page' });
    expect(currents('/', '/regions/')).toEqual({ ...NONE, 地区: 'page' });
  });

  it('marks the section of province, district and plan pages', () => {
    expect(currents('/', '/regions/liaoning/')).toEqual({ ...NONE, 地区: 'true' });
    expect(currents('/', '/districts/')).toEqual({ ...NONE, 地区: 'true' });
    expect(currents('/', '/districts/lishui/')).toEqual({ ...NONE, 地区: 'true' });
    expect(currents('/', '/plans/lishui/women')).toEqual({ ...NONE, 地区: 'true' });
  });

  it('works under a base path', () => {
    expect(currents('/plan-atlas/', '/plan-atlas/plans/lishui/women/')['地区']).toBe('true');
    expect(currents('/plan-atlas', '/plan-atlas/')['首页']).toBe('page');
  });

  it('marks nothing on an unknown page', () => {
    expect(currents('/', '/404.html')).toEqual(NONE);
  });
});

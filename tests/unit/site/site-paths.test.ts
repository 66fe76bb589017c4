import { describe, expect, it } from 'vitest';
import {
  aboutPath,
  compareProvinceMatrixPath,
  compareProvincePath,
  districtDataPath,
  districtNamesDataPath,
  provinceDataPath,
  districtPath,
  districtsIndexPath,
  homePath,
  pagefindPath,
  planPath,
  provincePath,
  regionGroupPath,
  regionsIndexPath,
  searchPath,
  sitePath,
  sourceAnchorId,
  sourcePath,
} from '../../../src/lib/site/site-paths.ts';

describe('site paths', () => {
  it('joins the base and the path with one slash', () => {
    expect(sitePath('/', '/about/')).toBe('/about/');
    expect(sitePath('/plan-atlas', '/about/')).toBe('/plan-atlas/about/');
    expect(sitePath('/plan-atlas/', 'about/')).toBe('/plan-atlas/about/');
  });

  it('builds every page path with a trailing slash', () => {
    expect(homePath('/')).toBe('/');
    expect(homePath('/plan-atlas/')).toBe('/plan-atlas/');
    expect(districtsIndexPath('/')).toBe('/districts/');
    expect(districtPath('/', 'fuxin-xihe')).toBe('/districts/fuxin-xihe/');
    expect(planPath('/plan-atlas', 'fuxin-xihe', 'women')).toBe('/plan-atlas/plans/fuxin-xihe/women/');
    expect(aboutPath('/')).toBe('/about/');
  });

  it("links a source file to its entry on the page of its plan's jurisdiction", () => {
    expect(sourceAnchorId('000_2215560c8b7cdbb1.txt')).toBe('source-000_2215560c8b7cdbb1');
    expect(sourcePath('/', 'fuxin-xihe', '000_2215560c8b7cdbb1.txt')).toBe(
      '/districts/fuxin-xihe/#source-000_2215560c8b7cdbb1',
    );
  });

  it('builds the regions index, province pages and a group of a province page', () => {
    expect(regionsIndexPath('/plan-atlas/')).toBe('/plan-atlas/regions/');
    expect(provincePath('/', 'liaoning')).toBe('/regions/liaoning/');
    expect(regionGroupPath('/', 'liaoning', '210900')).toBe('/regions/liaoning/#area-210900');
  });

  it('builds the search page path, with a query, and the Pagefind bundle path', () => {
    expect(searchPath('/')).toBe('/search/');
    expect(searchPath('/plan-atlas/', '')).toBe('/plan-atlas/search/');
    expect(searchPath('/', '5 岁')).toBe('/search/?q=5+%E5%B2%81');
    expect(pagefindPath('/plan-atlas')).toBe('/plan-atlas/pagefind/');
  });

  it('builds the comparison and download paths under the base', () => {
    expect(districtDataPath('/g/', 'lishui')).toBe('/g/data/districts/lishui.json');
    expect(districtNamesDataPath('/')).toBe('/data/district-names.json');
    expect(provinceDataPath('/g/', 'liaoning', 'csv')).toBe('/g/data/provinces/liaoning/targets.csv');
    expect(compareProvincePath('/', 'liaoning')).toBe('/compare/liaoning/');
    expect(compareProvinceMatrixPath('/', 'liaoning', 'children', 'health')).toBe('/compare/liaoning/children/health/');
    expect(compareProvinceMatrixPath('/g/', 'sichuan', 'women', 'health', 2)).toBe(
      '/g/compare/sichuan/women/health/2/',
    );
  });
});

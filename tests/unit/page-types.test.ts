// The bounded-page test and bench:scale tell built files apart by their paths: these are the
// site's own URL functions (src/lib/site/site-paths.ts), turned into output-folder paths.
import { describe, expect, it } from 'vitest';
import { pageType, provinceOfFile } from '../../src/lib/bench/page-types.ts';
import {
  compareProvinceMatrixPath,
  compareProvincePath,
  dataFilePath,
  districtDataFile,
  districtPath,
  indicatorFilePath,
  indicatorPath,
  indicatorProvincePath,
  provinceDataFile,
  provincePath,
} from '../../src/lib/site/site-paths.ts';

/** The output file of a site URL path: `/regions/liaoning/` → `regions/liaoning/index.html`. */
function outputFile(url: string): string {
  const path = url.replace(/^\//u, '');
  return path.endsWith('/') ? `${path}index.html` : path;
}

describe('pageType', () => {
  it('counts per-jurisdiction and per-province data files as bounded data files', () => {
    expect(pageType(outputFile(dataFilePath('/', districtDataFile('fuxin-xihe'))))).toBe('data files');
    expect(pageType(outputFile(dataFilePath('/', provinceDataFile('liaoning', 'csv'))))).toBe('data files');
  });

  it('counts whole-country downloads, including an indicator’s national files, as unbounded', () => {
    expect(pageType(outputFile(dataFilePath('/', 'targets.json')))).toBe('downloads (whole country)');
    expect(pageType(outputFile(dataFilePath('/', 'districts.json')))).toBe('downloads (whole country)');
    expect(pageType(outputFile(indicatorFilePath('/', 'maternal-mortality', 'targets.csv')))).toBe(
      'downloads (whole country)',
    );
  });

  it('tells indicator pages from an indicator’s province pages', () => {
    expect(pageType(outputFile(indicatorPath('/', 'maternal-mortality')))).toBe('indicator');
    expect(pageType(outputFile(indicatorProvincePath('/', 'maternal-mortality', 'liaoning')))).toBe(
      'indicator-province',
    );
  });
});

describe('provinceOfFile', () => {
  it('finds the province of every page and file scoped to one province', () => {
    for (const url of [
      provincePath('/', 'shaanxi'),
      indicatorProvincePath('/', 'maternal-mortality', 'shaanxi'),
      compareProvincePath('/', 'shaanxi'),
      compareProvinceMatrixPath('/', 'shaanxi', 'children', 'health', 2),
      dataFilePath('/', provinceDataFile('shaanxi', 'json')),
    ])
      expect(provinceOfFile(outputFile(url)), url).toBe('shaanxi');
  });

  it('finds none for national and per-jurisdiction files, even one named after a province', () => {
    for (const url of [
      indicatorPath('/', 'maternal-mortality'),
      districtPath('/', 'tianjin'),
      dataFilePath('/', districtDataFile('tianjin')),
      dataFilePath('/', 'targets.csv'),
      '/regions/',
    ])
      expect(provinceOfFile(outputFile(url)), url).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlData } from '../../../src/lib/content/parse-yaml-data.ts';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import { districtSlug, pinyinOf, shortName } from '../../../src/lib/regions/district-slug.ts';
import { DistrictEntryListSchema } from '../../../src/schema/district.ts';
import { ROOT } from '../../support/fixtures.ts';

const divisions = readDivisionIndex();
const slugOf = (code: string): string => {
  const division = divisions.get(code);
  if (!division) throw new Error(`no division ${code}`);
  return districtSlug(division, divisions);
};

describe('districtSlug', () => {
  it('gives every jurisdiction in data/districts.yaml the slug it has', () => {
    const { data } = parseYamlData(
      readFileSync(join(ROOT, 'data', 'districts.yaml'), 'utf8'),
      DistrictEntryListSchema,
      'data/districts.yaml',
    );
    expect(data?.length).toBeGreaterThan(0);
    for (const entry of data ?? []) expect(slugOf(entry.code), entry.code).toBe(entry.slug);
  });

  it('reads place names in context (长沙 chang, 重庆 chong, 厦门 xia, 六安 lu, 番禺 pan)', () => {
    expect(slugOf('430100')).toBe('changsha');
    expect(slugOf('500101')).toBe('chongqing-wanzhou');
    expect(slugOf('350200')).toBe('xiamen');
    expect(slugOf('341500')).toBe('luan');
    expect(slugOf('440113')).toBe('guangzhou-panyu');
  });

  it('drops administrative suffixes but keeps one-character names whole', () => {
    expect(shortName('长阳土家族自治县')).toBe('长阳');
    expect(shortName('鞍山市')).toBe('鞍山');
    expect(shortName('城区')).toBe('城区');
    expect(pinyinOf('绿春')).toBe('lvchun');
  });
});

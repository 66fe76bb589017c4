import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDistricts } from '../../../src/lib/content/parse-districts.ts';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import {
  coverageMap,
  coverageSummary,
  coverageTiles,
  districtLocatorMap,
  districtLocatorSummary,
} from '../../../src/lib/regions/region-maps.ts';
import {
  coverageShare,
  regionGroupCode,
  regionTotals,
  summariseRegions,
} from '../../../src/lib/regions/region-summary.ts';
import { PROVINCES } from '../../../src/lib/regions/provinces.ts';
import { ROOT } from '../../support/fixtures.ts';

const divisions = readDivisionIndex();

/** Resolves `data/districts.yaml`-style entries (`slug code` pairs) against the official list. */
function districtsOf(entries: readonly (readonly [string, string])[]) {
  const text = entries.map(([slug, code]) => `- slug: ${slug}\n  code: '${code}'`).join('\n');
  const { districts, issues } = parseDistricts(text, divisions);
  expect(issues).toEqual([]);
  return districts;
}

const plan = (district: string, kind: 'women' | 'children') => ({ district, plan: kind });

describe('summariseRegions', () => {
  const districts = districtsOf([
    ['fuxin-xihe', '210911'],
    ['anshan-tiexi', '210303'],
    ['anshan-lishan', '210304'],
    ['fuxin', '210900'],
    ['liaoning', '210000'],
    ['tianjin-wuqing', '120114'],
    ['xiantao', '429004'],
  ]);
  const plans = [
    plan('fuxin-xihe', 'children'),
    plan('fuxin-xihe', 'women'),
    plan('anshan-tiexi', 'children'),
    plan('fuxin', 'women'),
    plan('liaoning', 'women'),
    plan('tianjin-wuqing', 'women'),
    plan('xiantao', 'children'),
    plan('nowhere', 'women'),
  ];
  const regions = summariseRegions(districts, plans, divisions);
  const region = (code: string) => regions.find((r) => r.province.code === code);

  it('lists all 31 provinces in tile-table order, empty ones included', () => {
    expect(regions.map((r) => r.province.code)).toEqual(PROVINCES.map((p) => p.code));
    expect(region('440000')).toMatchObject({ name: '广东省', jurisdictions: 0, plans: 0, groups: [], unpublished: [] });
  });

  it('counts the jurisdictions with plans and their plans per province, and the official divisions', () => {
    expect(region('210000')).toMatchObject({ name: '辽宁省', jurisdictions: 4, plans: 5 });
    expect(region('120000')).toMatchObject({ name: '天津市', jurisdictions: 1, plans: 1 });
    const liaoningDivisions = divisions.all.filter((d) => d.province_code === '210000').length;
    expect(region('210000')?.divisions).toBe(liaoningDivisions);
    expect(regionTotals(regions)).toEqual({ provinces: 3, jurisdictions: 6, plans: 7 });
  });

  it('groups by prefecture-level city, the province group first, with the city itself as the group’s own entry', () => {
    const liaoning = region('210000');
    expect(
      liaoning?.groups.map((g) => [
        g.code,
        g.name,
        g.own?.district.slug ?? null,
        g.members.map((m) => m.district.slug),
      ]),
    ).toEqual([
      ['210000', '辽宁省', 'liaoning', []],
      ['210300', '鞍山市', null, ['anshan-tiexi']],
      ['210900', '阜新市', 'fuxin', ['fuxin-xihe']],
    ]);
    const fuxin = liaoning?.groups[2];
    expect([fuxin?.jurisdictions, fuxin?.plans]).toEqual([2, 3]);
    // Women's plan first.
    expect(fuxin?.members[0]?.plans.map((p) => p.plan)).toEqual(['women', 'children']);
    expect(liaoning?.unpublished.map((d) => d.slug)).toEqual(['anshan-lishan']);
  });

  it('puts counties without a prefecture-level city under their province', () => {
    expect(region('120000')?.groups.map((g) => [g.code, g.name, g.members.length])).toEqual([['120000', '天津市', 1]]);
    expect(region('420000')?.groups.map((g) => [g.code, g.name, g.members.length])).toEqual([['420000', '湖北省', 1]]);
    expect(regionGroupCode({ code: '429004', level: '县级', city_code: null, province_code: '420000' })).toBe('420000');
  });

  it('states coverage as a share of the official divisions', () => {
    expect(coverageShare({ jurisdictions: 0, divisions: 100 })).toBe('0%');
    expect(coverageShare({ jurisdictions: 2, divisions: 115 })).toBe('1.7%');
    expect(coverageShare({ jurisdictions: 17, divisions: 17 })).toBe('100%');
  });

  it('summarises the real data/districts.yaml: every jurisdiction lands in its own province', () => {
    const real = parseDistricts(readFileSync(join(ROOT, 'data', 'districts.yaml'), 'utf8'), divisions).districts;
    const realPlans = real.map((d) => plan(d.slug, 'women'));
    const summary = summariseRegions(real, realPlans, divisions);
    for (const district of real) {
      const own = summary.find((r) => r.province.code === district.province_code);
      const listed = own?.groups.flatMap((g) => [...(g.own ? [g.own] : []), ...g.members]).map((m) => m.district.slug);
      expect(listed).toContain(district.slug);
    }
    expect(regionTotals(summary).jurisdictions).toBe(real.length);
  });
});

describe('the coverage map', () => {
  const regions = summariseRegions(
    districtsOf([
      ['fuxin-xihe', '210911'],
      ['anshan-tiexi', '210303'],
      ['tianjin-wuqing', '120114'],
    ]),
    [
      plan('fuxin-xihe', 'women'),
      plan('fuxin-xihe', 'children'),
      plan('anshan-tiexi', 'women'),
      plan('tianjin-wuqing', 'women'),
    ],
    divisions,
  );

  it('gives every province a tile linking to its page, coloured by its count, zero included', () => {
    const tiles = coverageTiles(regions, '/atlas/');
    expect(tiles).toHaveLength(31);
    expect(tiles.find((t) => t.code === '210000')).toMatchObject({
      value: 2,
      valueText: '2',
      href: '/atlas/regions/liaoning/',
      label: '辽宁：2个地区已发布3项规划',
    });
    expect(tiles.find((t) => t.code === '440000')).toMatchObject({ value: 0, valueText: '0', label: '广东：尚未收录' });
    const map = coverageMap(regions, '/');
    expect(map.tiles.filter((t) => t.href !== null)).toHaveLength(31);
    const fill = (code: string) => map.tiles.find((t) => t.code === code)?.fill;
    expect(new Set([fill('440000'), fill('120000'), fill('210000')]).size).toBe(3);
  });

  it('names in its legend the counts each colour stands for', () => {
    const map = coverageMap(regions, '/');
    const fill = (code: string) => map.tiles.find((t) => t.code === code)?.fill;
    expect(map.legend).toEqual([
      { fill: fill('440000'), text: '0个' },
      { fill: fill('120000'), text: '1个' },
      { fill: fill('210000'), text: '2个' },
    ]);
  });

  it('says how many provinces have plans and which has the most', () => {
    expect(coverageSummary(regions)).toBe(
      '31个省级行政区中，2个已有规划，共3个地区、4项规划；辽宁收录的地区最多（2个）。',
    );
    expect(coverageSummary(summariseRegions([], [], divisions))).toBe('31个省级行政区均尚未收录规划。');
  });
});

describe('the district locator map', () => {
  const [xihe] = districtsOf([['fuxin-xihe', '210911']]);

  it('highlights the district’s province only, with a one-entry legend', () => {
    if (!xihe) throw new Error('no district');
    const map = districtLocatorMap(xihe, '/');
    expect(map.tiles.filter((t) => t.highlight).map((t) => t.code)).toEqual(['210000']);
    expect(map.tiles.filter((t) => t.valueText !== '').map((t) => [t.code, t.valueText])).toEqual([['210000', '所在']]);
    expect(map.tiles.every((t) => t.href?.startsWith('/regions/'))).toBe(true);
    expect(map.legend).toEqual([{ fill: map.tiles.find((t) => t.highlight)?.fill, text: '细河区所在省份' }]);
    expect(districtLocatorSummary(xihe)).toBe('细河区位于辽宁省（粗框）；点击各省可查看该省收录的规划。');
  });
});

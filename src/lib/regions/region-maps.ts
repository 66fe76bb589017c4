/**
 * What the province map shows on the regions index and the home page (how
 * many jurisdictions of each province have published plans) and on a district
 * page (the province it lies in). Every tile links to its province page, so
 * all 31 province pages exist.
 */
import { provinceTileMap, type ProvinceTileInput, type ProvinceTileMapGeometry } from '../charts/province-tile-map.ts';
import { provincePath } from '../site/site-paths.ts';
import type { District } from '../../schema/district.ts';
import { PROVINCES, provinceByCode } from './provinces.ts';
import type { ProvinceRegion } from './region-summary.ts';
import { regionTotals } from './region-summary.ts';

type RegionCounts = Pick<ProvinceRegion<unknown>, 'province' | 'jurisdictions' | 'plans'>;

/**
 * The tiles of the coverage map: coloured by the number of jurisdictions with
 * plans, zero included (so a province with one stands out from one with none),
 * each with its count.
 */
export function coverageTiles(regions: readonly RegionCounts[], base: string): ProvinceTileInput[] {
  return regions.map(({ province, jurisdictions, plans }) => ({
    code: province.code,
    value: jurisdictions,
    valueText: String(jurisdictions),
    href: provincePath(base, province.slug),
    label:
      jurisdictions > 0
        ? `${province.short}：${String(jurisdictions)}个地区已发布${String(plans)}项规划`
        : `${province.short}：尚未收录`,
  }));
}

/**
 * The coverage map's geometry. Counts are whole numbers, so the legend names
 * the counts each colour actually stands for (e.g. `0个`, `3–5个`) rather than
 * the equal-width bins' fractional bounds; colours without a province are left out.
 */
export function coverageMap(regions: readonly RegionCounts[], base: string): ProvinceTileMapGeometry {
  const map = provinceTileMap(coverageTiles(regions, base));
  const countsByFill = new Map<string, number[]>();
  for (const region of regions) {
    const tile = map.tiles.find((candidate) => candidate.code === region.province.code);
    if (tile) countsByFill.set(tile.fill, [...(countsByFill.get(tile.fill) ?? []), region.jurisdictions]);
  }
  const legend = [...countsByFill.entries()]
    .map(([fill, counts]) => ({ fill, low: Math.min(...counts), high: Math.max(...counts) }))
    .sort((a, b) => a.low - b.low)
    .map(({ fill, low, high }) => ({
      fill,
      text: low === high ? `${String(low)}个` : `${String(low)}–${String(high)}个`,
    }));
  return { ...map, legend };
}

/**
 * The coverage map's one-line summary, e.g.
 * `31个省级行政区中，4个已有规划，共5个地区、9项规划；辽宁收录的地区最多（2个）。`
 */
export function coverageSummary(regions: readonly RegionCounts[]): string {
  const totals = regionTotals(regions);
  if (totals.plans === 0) return `${String(PROVINCES.length)}个省级行政区均尚未收录规划。`;
  const most = Math.max(...regions.map((region) => region.jurisdictions));
  const leaders = regions.filter((region) => region.jurisdictions === most).map((region) => region.province.short);
  return `${String(PROVINCES.length)}个省级行政区中，${String(totals.provinces)}个已有规划，共${String(
    totals.jurisdictions,
  )}个地区、${String(totals.plans)}项规划；${leaders.join('、')}收录的地区最多（${String(most)}个）。`;
}

/** The locator map of a district page: its province highlighted, every tile linking to its province page. */
export function districtLocatorMap(
  district: Pick<District, 'name' | 'province_code' | 'province'>,
  base: string,
): ProvinceTileMapGeometry {
  const tiles = PROVINCES.map((province): ProvinceTileInput =>
    province.code === district.province_code
      ? {
          code: province.code,
          value: 1,
          valueText: '所在',
          href: provincePath(base, province.slug),
          highlight: true,
          label: `${province.short}：${district.name}所在省份`,
        }
      : {
          code: province.code,
          value: null,
          valueText: '',
          href: provincePath(base, province.slug),
          label: province.short,
        },
  );
  const map = provinceTileMap(tiles);
  const own = map.tiles.find((tile) => tile.code === district.province_code);
  // One colour, one meaning: the value bins of the general map say nothing here.
  return { ...map, legend: own ? [{ fill: own.fill, text: `${district.name}所在省份` }] : [] };
}

/** The locator map's summary, e.g. `细河区位于辽宁省；点击各省可查看该省收录的规划。` */
export function districtLocatorSummary(district: Pick<District, 'name' | 'province' | 'province_code'>): string {
  const province = provinceByCode(district.province_code);
  return district.name === district.province || province === undefined
    ? `${district.name}在地图上以粗框标出；点击各省可查看该省收录的规划。`
    : `${district.name}位于${district.province}（粗框）；点击各省可查看该省收录的规划。`;
}

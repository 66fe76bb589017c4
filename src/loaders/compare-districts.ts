import { districtCompareData, type DistrictCompareData } from '../lib/compare/compare-entries.ts';
import type { MatrixIndicator } from '../lib/compare/matrix.ts';
import { matrixIndicators } from '../lib/compare/selection-matrix.ts';
import { provinceBySlug, type ProvinceInfo } from '../lib/regions/provinces.ts';
import { oncePerBuild } from './build-cache.ts';
import { compareData } from './compare-data.ts';

/** One province with jurisdictions on the site. */
export interface CompareProvince {
  info: ProvinceInfo;
  /** Full name, e.g. 辽宁省. */
  name: string;
  /** Its jurisdictions' comparison data, by division code. */
  districts: DistrictCompareData[];
}

/** What the comparison matrices read: every jurisdiction's comparison data (the files under /data/districts/). */
export interface CompareDistricts {
  /** In the order of data/districts.yaml. */
  all: DistrictCompareData[];
  bySlug: Map<string, DistrictCompareData>;
  /** The registry's indicators (what a matrix row needs), in the order of data/indicators.yaml. */
  indicators: MatrixIndicator[];
  /** The provinces with jurisdictions, by code. */
  provinces: CompareProvince[];
}

async function load(base: string): Promise<CompareDistricts> {
  const { input, records, compare, indicators } = await compareData(base);
  const order = new Map(compare.districts.map((district, index) => [district.slug, index]));
  const districts = [...input.districts].sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
  const all = districtCompareData({ records, districts, plans: compare.plans, indicators: input.indicators });
  const bySlug = new Map(all.map((district) => [district.slug, district]));
  const byCode = [...districts].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const provinces = new Map<string, CompareProvince>();
  for (const district of byCode) {
    const data = bySlug.get(district.slug);
    const info = provinceBySlug(data?.province ?? '');
    if (!data || !info) continue;
    const entry = provinces.get(info.slug) ?? { info, name: district.province, districts: [] };
    entry.districts.push(data);
    provinces.set(info.slug, entry);
  }
  return {
    all,
    bySlug,
    indicators: matrixIndicators(indicators),
    provinces: [...provinces.values()].sort((a, b) => (a.info.code < b.info.code ? -1 : 1)),
  };
}

/** Every jurisdiction's comparison data (computed once per build). */
export function compareDistricts(base: string): Promise<CompareDistricts> {
  return oncePerBuild(`compare-districts:${base}`, () => load(base));
}

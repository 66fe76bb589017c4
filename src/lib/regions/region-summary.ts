/**
 * The administrative hierarchy of the published jurisdictions: per province,
 * its jurisdictions with plans grouped under their prefecture-level city (or
 * under the province for those directly under it), with counts. The regions
 * index and the province pages render it; each province's part grows only with
 * the jurisdictions of that province.
 */
import type { District } from '../../schema/district.ts';
import { compareByPlanKind, type PlacedPlan } from '../site/group-plans.ts';
import type { DivisionIndex } from './division-index.ts';
import { PROVINCES, type ProvinceInfo } from './provinces.ts';

/** A jurisdiction with its plans (women's plan first). */
export interface RegionDistrict<P> {
  district: District;
  plans: P[];
}

/**
 * A group on a province page: a prefecture-level city and the county-level
 * jurisdictions under it, or the province itself and those directly under it
 * (e.g. the districts of a municipality, or 省直辖 cities).
 */
export interface RegionGroup<P> {
  /** 6-digit code of the city or the province. */
  code: string;
  /** Its name, e.g. 阜新市, 天津市. */
  name: string;
  /** The city's (or province's) own entry where it is itself a jurisdiction with plans. */
  own: RegionDistrict<P> | null;
  /** The jurisdictions under it that have plans, by code. */
  members: RegionDistrict<P>[];
  /** Jurisdictions with plans in the group (`own` included). */
  jurisdictions: number;
  /** Plans published in the group. */
  plans: number;
}

/** One province with its published jurisdictions. */
export interface ProvinceRegion<P> {
  province: ProvinceInfo;
  /** Full name, e.g. 辽宁省, 天津市, 内蒙古自治区. */
  name: string;
  /** Province-, prefecture- and county-level divisions in the official list for this province (itself included). */
  divisions: number;
  /** Jurisdictions of the province with at least one published plan. */
  jurisdictions: number;
  /** Plans published in the province. */
  plans: number;
  /** Groups with plans: the province's own group first, then cities by code. */
  groups: RegionGroup<P>[];
  /** Jurisdictions registered in `data/districts.yaml` without any plan yet, by code. */
  unpublished: District[];
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The code of the group a jurisdiction is listed under on its province page. */
export function regionGroupCode(district: Pick<District, 'code' | 'level' | 'city_code' | 'province_code'>): string {
  if (district.level === '地级') return district.code;
  if (district.level === '县级') return district.city_code ?? district.province_code;
  return district.province_code;
}

/**
 * All 31 provinces (in the order of `PROVINCES`) with their published
 * jurisdictions. Linear in districts + plans + official divisions.
 */
export function summariseRegions<P extends PlacedPlan>(
  districts: readonly District[],
  plans: readonly P[],
  divisions: DivisionIndex,
): ProvinceRegion<P>[] {
  const plansByDistrict = new Map<string, P[]>();
  for (const plan of plans) {
    const list = plansByDistrict.get(plan.district) ?? [];
    list.push(plan);
    plansByDistrict.set(plan.district, list);
  }
  const divisionCounts = new Map<string, number>();
  for (const division of divisions.all) {
    divisionCounts.set(division.province_code, (divisionCounts.get(division.province_code) ?? 0) + 1);
  }
  const byProvince = new Map<string, District[]>();
  for (const district of districts) {
    const list = byProvince.get(district.province_code) ?? [];
    list.push(district);
    byProvince.set(district.province_code, list);
  }
  return PROVINCES.map((province): ProvinceRegion<P> => {
    const own = [...(byProvince.get(province.code) ?? [])].sort(byCode);
    const groups = new Map<string, RegionGroup<P>>();
    const unpublished: District[] = [];
    let planCount = 0;
    for (const district of own) {
      const districtPlans = [...(plansByDistrict.get(district.slug) ?? [])].sort(compareByPlanKind);
      if (districtPlans.length === 0) {
        unpublished.push(district);
        continue;
      }
      planCount += districtPlans.length;
      const code = regionGroupCode(district);
      const group = groups.get(code) ?? {
        code,
        name:
          divisions.get(code)?.name ?? (code === district.code ? district.name : (district.city ?? district.province)),
        own: null,
        members: [],
        jurisdictions: 0,
        plans: 0,
      };
      const entry = { district, plans: districtPlans };
      if (district.code === code) group.own = entry;
      else group.members.push(entry);
      group.jurisdictions += 1;
      group.plans += districtPlans.length;
      groups.set(code, group);
    }
    const sortedGroups = [...groups.values()].sort((a, b) =>
      a.code === province.code ? -1 : b.code === province.code ? 1 : byCode(a, b),
    );
    return {
      province,
      name: divisions.get(province.code)?.name ?? own[0]?.province ?? province.short,
      divisions: divisionCounts.get(province.code) ?? 0,
      jurisdictions: sortedGroups.reduce((sum, group) => sum + group.jurisdictions, 0),
      plans: planCount,
      groups: sortedGroups,
      unpublished,
    };
  });
}

/** The national totals over all provinces. */
export function regionTotals(regions: readonly Pick<ProvinceRegion<unknown>, 'jurisdictions' | 'plans'>[]): {
  provinces: number;
  jurisdictions: number;
  plans: number;
} {
  return {
    provinces: regions.filter((region) => region.jurisdictions > 0).length,
    jurisdictions: regions.reduce((sum, region) => sum + region.jurisdictions, 0),
    plans: regions.reduce((sum, region) => sum + region.plans, 0),
  };
}

/** The share of a province's official divisions that have published plans, e.g. `1.7%`; `0%` for none. */
export function coverageShare(region: Pick<ProvinceRegion<unknown>, 'jurisdictions' | 'divisions'>): string {
  if (region.divisions === 0 || region.jurisdictions === 0) return '0%';
  const percent = (region.jurisdictions / region.divisions) * 100;
  return `${percent >= 10 ? String(Math.round(percent)) : percent.toFixed(1)}%`;
}

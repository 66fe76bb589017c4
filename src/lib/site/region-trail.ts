/**
 * Breadcrumb trails that follow the administrative hierarchy:
 * 首页 › 地区 › province › city › district (› plan).
 */
import type { District } from '../../schema/district.ts';
import { provinceByCode } from '../regions/provinces.ts';
import { districtPath, homePath, provincePath, regionGroupPath, regionsIndexPath } from './site-paths.ts';

/** One step of a trail; the current page's step has no link. */
export interface TrailStep {
  label: string;
  href?: string;
}

type TrailDistrict = Pick<
  District,
  'slug' | 'code' | 'name' | 'level' | 'province_code' | 'province' | 'city_code' | 'city'
>;

/**
 * The trail of a district page, ending with the district (unlinked). The city
 * links to its own district page where the city is a jurisdiction of the site
 * (`pageSlugs`: slug by division code), otherwise to its group on the province
 * page. A province-level jurisdiction's trail ends at itself.
 */
export function districtTrail(
  base: string,
  district: TrailDistrict,
  pageSlugs: ReadonlyMap<string, string>,
): TrailStep[] {
  const province = provinceByCode(district.province_code);
  const steps: TrailStep[] = [
    { label: '首页', href: homePath(base) },
    { label: '地区', href: regionsIndexPath(base) },
  ];
  if (district.level !== '省级') {
    steps.push(
      province === undefined
        ? { label: district.province }
        : { label: district.province, href: provincePath(base, province.slug) },
    );
  }
  if (district.level === '县级' && district.city_code !== null && district.city !== null) {
    const citySlug = pageSlugs.get(district.city_code);
    if (citySlug !== undefined) steps.push({ label: district.city, href: districtPath(base, citySlug) });
    else if (province !== undefined) {
      steps.push({ label: district.city, href: regionGroupPath(base, province.slug, district.city_code) });
    } else steps.push({ label: district.city });
  }
  steps.push({ label: district.name });
  return steps;
}

/** The trail of a plan page: the district's trail with the district linked, then the plan (unlinked). */
export function planTrail(
  base: string,
  district: TrailDistrict,
  pageSlugs: ReadonlyMap<string, string>,
  planLabel: string,
): TrailStep[] {
  const steps = districtTrail(base, district, pageSlugs).slice(0, -1);
  return [...steps, { label: district.name, href: districtPath(base, district.slug) }, { label: planLabel }];
}

import { getCollection } from 'astro:content';
import { readDivisionIndex } from '../lib/io/read-division-list.ts';
import { summariseRegions, type ProvinceRegion } from '../lib/regions/region-summary.ts';
import type { District } from '../schema/district.ts';
import type { PlanFrontMatter } from '../schema/plan.ts';
import { oncePerBuild } from './build-cache.ts';

/** What the regions pages, the home page and the breadcrumbs read. */
export interface RegionData {
  /** The 31 provinces with their published jurisdictions. */
  regions: ProvinceRegion<PlanFrontMatter>[];
  /** Every jurisdiction of the site (each has a page), by slug. */
  districts: Map<string, District>;
  /** The slug of each jurisdiction of the site, by division code (to link a city in a breadcrumb to its page). */
  slugsByCode: Map<string, string>;
}

/** The region data of the build (computed once per build). */
export function regionData(): Promise<RegionData> {
  return oncePerBuild('region-data', async () => {
    const [districtEntries, planEntries] = await Promise.all([getCollection('districts'), getCollection('plans')]);
    const districts = districtEntries.map((entry) => entry.data);
    const plans = planEntries.map((entry) => entry.data);
    return {
      regions: summariseRegions(districts, plans, readDivisionIndex()),
      districts: new Map(districts.map((district) => [district.slug, district])),
      slugsByCode: new Map(districts.map((district) => [district.code, district.slug])),
    };
  });
}

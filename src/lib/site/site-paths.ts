/** Every URL path the site makes, under its base path: one module, so no page builds a URL by hand. */
import type { PlanKind } from '../../schema/plan.ts';

/**
 * Joins the site's base path (`import.meta.env.BASE_URL`, e.g. `/` or
 * `/plan-atlas/`) and a site-relative path, keeping exactly one slash between
 * them; `sitePath('/plan-atlas', '/about/')` → `/plan-atlas/about/`.
 */
export function sitePath(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}/${trimmedPath}`;
}

/** URL path of the home page. */
export function homePath(base: string): string {
  return sitePath(base, '/');
}

/** URL path of the old list of jurisdictions, now a pointer to the regions index (kept so old links work). */
export function districtsIndexPath(base: string): string {
  return sitePath(base, '/districts/');
}

/** URL path of a jurisdiction's page, e.g. `/districts/fuxin-xihe/`. */
export function districtPath(base: string, district: string): string {
  return sitePath(base, `/districts/${district}/`);
}

/** URL path prefix of every plan page, `/plans/` (no page of its own: 各地规划 is `/districts/`). */
export function plansPrefixPath(base: string): string {
  return sitePath(base, '/plans/');
}

/** URL path of a plan's page, e.g. `/plans/fuxin-xihe/women/`. */
export function planPath(base: string, district: string, plan: PlanKind): string {
  return sitePath(base, `/plans/${district}/${plan}/`);
}

/** URL path of the about page. */
export function aboutPath(base: string): string {
  return sitePath(base, '/about/');
}

/**
 * The HTML id of a source file's entry on a district page, e.g.
 * `000_2215560c8b7cdbb1.txt` → `source-000_2215560c8b7cdbb1`.
 */
export function sourceAnchorId(file: string): string {
  return `source-${file.replace(/\.txt$/, '').replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * URL path of a source file's entry on the page of the jurisdiction whose plan
 * was imported from it (each district page lists its plans' source files, so
 * no page lists every source file of the country).
 */
export function sourcePath(base: string, district: string, file: string): string {
  return `${districtPath(base, district)}#${sourceAnchorId(file)}`;
}

/** URL path of a plan's history page, e.g. `/plans/lishui/women/history/`. */
export function planHistoryPath(base: string, district: string, plan: PlanKind): string {
  return sitePath(base, `/plans/${district}/${plan}/history/`);
}

/** URL path of the page comparing a plan version with the one before, e.g. `/plans/lishui/women/history/v2/`. */
export function planVersionPath(base: string, district: string, plan: PlanKind, version: number): string {
  return sitePath(base, `/plans/${district}/${plan}/history/v${String(version)}/`);
}

/** URL path of the whole site's RSS feed. */
export function siteFeedPath(base: string): string {
  return sitePath(base, '/feed.xml');
}

/** URL path of a plan's RSS feed. */
export function planFeedPath(base: string, district: string, plan: PlanKind): string {
  return sitePath(base, `/plans/${district}/${plan}/feed.xml`);
}

/** URL path of a jurisdiction's RSS feed. */
export function districtFeedPath(base: string, district: string): string {
  return sitePath(base, `/districts/${district}/feed.xml`);
}

/** URL path of an indicator's RSS feed. */
export function indicatorFeedPath(base: string, indicator: string): string {
  return sitePath(base, `/indicators/${indicator}/feed.xml`);
}

/** URL path of the search page; with a query, e.g. `/search/?q=托育`. */
export function searchPath(base: string, query?: string): string {
  const path = sitePath(base, '/search/');
  return query === undefined || query === '' ? path : `${path}?${new URLSearchParams({ q: query }).toString()}`;
}

/** URL path of the Pagefind bundle (the search index and its scripts), written by scripts/build-search-index.ts. */
export function pagefindPath(base: string): string {
  return sitePath(base, '/pagefind/');
}

/** The indicator list, `/indicators/`. */
export function indicatorsIndexPath(base: string): string {
  return sitePath(base, '/indicators/');
}

/** An indicator's comparison page, e.g. `/indicators/maternal-mortality/`. */
export function indicatorPath(base: string, indicator: string): string {
  return sitePath(base, `/indicators/${indicator}/`);
}

/** A download of an indicator page: `targets.csv`, `targets.json` or `chart.svg`. */
export function indicatorFilePath(base: string, indicator: string, file: string): string {
  return sitePath(base, `/indicators/${indicator}/${file}`);
}

/** The comparison matrix, `/compare/`; with a view state, e.g. `/compare/?group=women&domain=health&year=2030`. */
export function comparePath(base: string, state?: Record<string, string>): string {
  const path = sitePath(base, '/compare/');
  const query = new URLSearchParams(state ?? {}).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The data page, `/data/`. */
export function dataPath(base: string): string {
  return sitePath(base, '/data/');
}

/** A dataset file, e.g. `/data/targets.csv`. */
export function dataFilePath(base: string, file: string): string {
  return sitePath(base, `/data/${file}`);
}

/** A jurisdiction's comparison data under /data/ (what /compare/ fetches for it), e.g. `districts/lishui.json`. */
export function districtDataFile(district: string): string {
  return `districts/${district}.json`;
}

/** URL path of a jurisdiction's comparison data, e.g. `/data/districts/lishui.json`. */
export function districtDataPath(base: string, district: string): string {
  return dataFilePath(base, districtDataFile(district));
}

/** The name index of every jurisdiction under /data/ (the /compare/ picker fetches it on demand). */
export const DISTRICT_NAMES_FILE = 'district-names.json';

/** URL path of the jurisdictions' name index, `/data/district-names.json`. */
export function districtNamesDataPath(base: string): string {
  return dataFilePath(base, DISTRICT_NAMES_FILE);
}

/** A province's targets file under /data/, e.g. `provinces/liaoning/targets.csv`. */
export function provinceDataFile(province: string, format: 'csv' | 'json'): string {
  return `provinces/${province}/targets.${format}`;
}

/** URL path of a province's targets file, e.g. `/data/provinces/liaoning/targets.csv`. */
export function provinceDataPath(base: string, province: string, format: 'csv' | 'json'): string {
  return dataFilePath(base, provinceDataFile(province, format));
}

/** A province's static comparison: its jurisdictions and the links to its matrices, e.g. `/compare/liaoning/`. */
export function compareProvincePath(base: string, province: string): string {
  return sitePath(base, `/compare/${province}/`);
}

/**
 * A page of a province's matrix of one plan group and domain, e.g.
 * `/compare/liaoning/children/health/`, its second page `/compare/sichuan/children/health/2/`.
 */
export function compareProvinceMatrixPath(
  base: string,
  province: string,
  group: PlanKind,
  domain: string,
  page = 1,
): string {
  return sitePath(base, `/compare/${province}/${group}/${domain}/${page > 1 ? `${String(page)}/` : ''}`);
}

/** The regions index: the provinces with their counts of jurisdictions and plans, `/regions/`. */
export function regionsIndexPath(base: string): string {
  return sitePath(base, '/regions/');
}

/** A province's page (its cities and counties with plans), e.g. `/regions/liaoning/`. */
export function provincePath(base: string, province: string): string {
  return sitePath(base, `/regions/${province}/`);
}

/** An indicator's targets in one province, listed in full with quotes, e.g. `/indicators/maternal-mortality/liaoning/`. */
export function indicatorProvincePath(base: string, indicator: string, province: string): string {
  return sitePath(base, `/indicators/${indicator}/${province}/`);
}

/**
 * The HTML id of a group of jurisdictions on a province page: a prefecture-level
 * city with its counties, or the province with the counties directly under it,
 * by the group's 6-digit code, e.g. `area-210900`.
 */
export function regionGroupAnchorId(code: string): string {
  return `area-${code}`;
}

/** A group of jurisdictions on its province page, e.g. `/regions/liaoning/#area-210900` (阜新市). */
export function regionGroupPath(base: string, province: string, code: string): string {
  return `${provincePath(base, province)}#${regionGroupAnchorId(code)}`;
}

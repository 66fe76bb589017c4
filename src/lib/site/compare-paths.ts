/** URL paths of the comparison pages (indicators, the matrix, the data page), under the site's base path. */
import { sitePath } from './site-paths.ts';

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

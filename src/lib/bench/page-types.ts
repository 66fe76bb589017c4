import { PROVINCES } from '../regions/provinces.ts';

/**
 * The kinds of files a built site holds, told from their paths (relative to
 * the output folder, forward slashes): which must stay bounded as
 * jurisdictions are added (pages, charts, feeds, per-province and
 * per-jurisdiction data files) and which grow with the country by design (the
 * whole-country downloads, including each indicator's national files, the
 * sitemap, the search index).
 */

/** A kind of built file. */
export type PageType =
  | 'home'
  | 'about'
  | 'search'
  | 'compare'
  | 'data'
  | 'regions index'
  | 'province'
  | 'districts index'
  | 'district'
  | 'plan'
  | 'plan history'
  | 'indicators index'
  | 'indicator'
  | 'indicator-province'
  | 'charts'
  | 'feeds'
  | 'data files'
  | 'not found'
  | 'downloads (whole country)'
  | 'sitemap'
  | 'search index'
  | 'assets';

/** Kinds that grow with the number of jurisdictions by design (not bounded; reported only). */
export const UNBOUNDED_TYPES: ReadonlySet<PageType> = new Set<PageType>([
  'downloads (whole country)',
  'sitemap',
  'search index',
  'assets',
]);

/** Province slugs: a data file in a province's folder (or named after it) is that province's. */
const PROVINCE_SLUGS = new Set(PROVINCES.map((province) => province.slug));

/**
 * Whether a data file covers one province or one jurisdiction (bounded), rather
 * than the whole country (e.g. `data/targets.csv`, an indicator's national
 * `targets.json`, which grow with the country by design).
 */
function isRegionalDataFile(path: string): boolean {
  if (/^(?:data\/)?(?:districts|plans|regions)\//u.test(path)) return true;
  return path
    .replace(/\.[a-z.]+$/u, '')
    .split(/[/_.]/u)
    .some((part) => PROVINCE_SLUGS.has(part));
}

/** The kind of the built file at `path` (relative to the output folder, e.g. `plans/lishui/women/index.html`). */
export function pageType(path: string): PageType {
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('_astro/') || /\.(?:css|js|woff2?|png|ico|txt)$/u.test(path)) return 'assets';
  if (/^sitemap[^/]*\.xml$/u.test(path)) return 'sitemap';
  if (path.endsWith('.xml')) return 'feeds';
  if (path.endsWith('.svg')) return 'charts';
  if (!path.endsWith('.html')) return isRegionalDataFile(path) ? 'data files' : 'downloads (whole country)';
  const parts = path.split('/').slice(0, -1);
  const [section, first, second] = parts;
  switch (section) {
    case undefined:
      return path === '404.html' ? 'not found' : 'home';
    case 'about':
      return 'about';
    case 'search':
      return 'search';
    case 'compare':
      return 'compare';
    case 'data':
      return 'data';
    case 'regions':
      return first === undefined ? 'regions index' : 'province';
    case 'districts':
      return first === undefined ? 'districts index' : 'district';
    case 'plans':
      return parts.length > 3 ? 'plan history' : 'plan';
    case 'indicators':
      if (first === undefined) return 'indicators index';
      return second === undefined ? 'indicator' : 'indicator-province';
    default:
      return 'data files';
  }
}

/**
 * The province a built file is about, from its path: a province page
 * (`regions/<province>/`), an indicator's province page
 * (`indicators/<id>/<province>/`), a province's comparison matrices
 * (`compare/<province>/…`) or data files (`data/provinces/<province>/…`); such a
 * file may grow with the jurisdictions of its province (issue 9). Null for
 * every other file.
 */
export function provinceOfFile(path: string): string | null {
  const slug = /^(?:regions|compare|indicators\/[^/]+|data\/provinces)\/([^/]+)\//u.exec(path)?.[1];
  return slug !== undefined && PROVINCE_SLUGS.has(slug) ? slug : null;
}

/** The largest file of one kind. */
export interface LargestFile {
  /** Its path, relative to the output folder. */
  path: string;
  /** Its size in bytes. */
  bytes: number;
  /** Its gzip-compressed size in bytes. */
  gzipBytes: number;
}

/** Per kind: how many files, their total size and the largest one. */
export interface PageTypeSummary {
  type: PageType;
  files: number;
  bytes: number;
  largest: LargestFile;
}

/** Summarises `files` (path, size, and a way to get the gzip size of the largest ones) by kind, in a stable order. */
export function summariseByType(
  files: readonly { path: string; bytes: number }[],
  gzipBytes: (path: string) => number,
): PageTypeSummary[] {
  const byType = new Map<PageType, { files: number; bytes: number; largest: { path: string; bytes: number } }>();
  for (const file of files) {
    const type = pageType(file.path);
    const summary = byType.get(type);
    if (!summary) byType.set(type, { files: 1, bytes: file.bytes, largest: file });
    else {
      summary.files++;
      summary.bytes += file.bytes;
      if (file.bytes > summary.largest.bytes) summary.largest = file;
    }
  }
  return [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, summary]) => ({
      type,
      files: summary.files,
      bytes: summary.bytes,
      largest: { ...summary.largest, gzipBytes: gzipBytes(summary.largest.path) },
    }));
}

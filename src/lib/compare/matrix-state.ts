/**
 * The comparison matrix's view state (plan group, domain, target year), the
 * jurisdictions compared, and their URL query, e.g.
 * `?d=fuxin-xihe,lishui&group=women&year=2030`. Shared by the page (links
 * into a view) and the client script (which keeps the URL in step), so it
 * imports nothing.
 */

/** At most this many jurisdictions are compared at once (one data file each; columns stay readable). */
export const MAX_COMPARED = 12;

/** The five jurisdictions Plan Atlas started with: the default comparison. */
export const DEFAULT_COMPARED: readonly string[] = [
  'fuxin-xihe',
  'qingyuan-qingcheng',
  'anshan-tiexi',
  'tianjin-wuqing',
  'lishui',
];

/** A jurisdiction slug (the rule of DistrictSlugSchema, repeated here so the browser needs no Zod). */
const SLUG = /^[a-z]+(-[a-z]+)*$/u;

/** One view of the matrix; an empty string means "all". */
export interface MatrixState {
  group: string;
  domain: string;
  year: string;
}

/** The values each part of the state may take (besides ''). */
export interface MatrixOptions {
  groups: readonly string[];
  domains: readonly string[];
  years: readonly string[];
}

/** The state in a URL query (`location.search`); unknown values are ignored. */
export function parseMatrixState(search: string, options: MatrixOptions): MatrixState {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: readonly string[]): string => {
    const value = params.get(name) ?? '';
    return allowed.includes(value) ? value : '';
  };
  return {
    group: pick('group', options.groups),
    domain: pick('domain', options.domains),
    year: pick('year', options.years),
  };
}

/**
 * The jurisdictions in a URL query's `d` (`?d=fuxin-xihe,lishui`): valid slugs,
 * each once, at most MAX_COMPARED; an empty list where there is none.
 */
export function parseCompared(search: string): string[] {
  const slugs = (new URLSearchParams(search).get('d') ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter((slug) => SLUG.test(slug));
  return [...new Set(slugs)].slice(0, MAX_COMPARED);
}

/**
 * The jurisdictions a page compares by default: those of DEFAULT_COMPARED the
 * site has, or else its first five (e.g. a synthetic corpus).
 */
export function defaultCompared(available: readonly string[]): string[] {
  const known = DEFAULT_COMPARED.filter((slug) => available.includes(slug));
  return known.length > 0 ? known : available.slice(0, DEFAULT_COMPARED.length);
}

/**
 * The URL query of a state (`?group=women&year=2030`), or '' for the whole
 * matrix; with `compared`, its `d` first, commas unescaped (slugs need none):
 * `?d=fuxin-xihe,lishui&year=2030`.
 */
export function matrixStateQuery(state: MatrixState, compared: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of ['group', 'domain', 'year'] as const) if (state[key] !== '') params.set(key, state[key]);
  const parts = [compared.length > 0 ? `d=${compared.join(',')}` : '', params.toString()].filter((p) => p !== '');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * The comparison matrix's view state (plan group, domain, target year) and its
 * URL query, e.g. `?group=women&domain=health&year=2030`. Shared by the page
 * (links into a view) and the client script (which keeps the URL in step), so
 * it imports nothing.
 */

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

/** The URL query of a state (`?group=women&year=2030`), or '' for the whole matrix. */
export function matrixStateQuery(state: MatrixState): string {
  const params = new URLSearchParams();
  for (const key of ['group', 'domain', 'year'] as const) if (state[key] !== '') params.set(key, state[key]);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

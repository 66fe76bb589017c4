/**
 * The search page's state in its URL (`/search/?q=托育&jurisdiction=lishui&group=children`),
 * so a search can be shared and the back button returns to the previous one.
 */
import { FILTER_KEYS, type FilterSelection } from './search-filters.ts';

/** A search: the query and the checked filter values. */
export interface SearchState {
  /** The query as typed (trimmed). */
  query: string;
  /** Checked values by filter; filters with nothing checked are absent. */
  filters: FilterSelection;
}

/** The URL parameter of the query. */
export const QUERY_PARAMETER = 'q';

/** Reads a search from URL parameters (unknown parameters and empty values are ignored). */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((value) => value !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get(QUERY_PARAMETER) ?? '').trim(), filters };
}

/** Writes a search as URL parameters, in a fixed order (query first, then the filters in display order). */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set(QUERY_PARAMETER, state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** True when any filter value is checked. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** The selection as Pagefind filters: values of one filter are alternatives (`any`), filters all apply. */
export function pagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values !== undefined && values.length > 0) result[key] = { any: values };
  }
  return result;
}

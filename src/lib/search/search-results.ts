/**
 * Turning Pagefind results into what the search page shows: ranked lists
 * combined across wordings and terms, links that highlight the hit on the
 * page they land on, and results grouped by plan. Excerpts: `passage-hits.ts`.
 */
/** The URL parameter pagefind-highlight.js reads on the page a result links to. */
export const HIGHLIGHT_PARAMETER = 'pagefind-highlight';

/**
 * The link of a result: its URL with one highlight parameter per wording
 * (before the `#anchor`), e.g. `/plans/lishui/women/?pagefind-highlight=托育#health-t2`.
 */
export function highlightedHref(url: string, wordings: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  for (const wording of wordings) params.append(HIGHLIGHT_PARAMETER, wording);
  const search = params.toString();
  return `${path}${search === '' ? '' : `?${search}`}${hash}`;
}

/** Results of one plan, in rank order. */
export interface ResultGroup<T> {
  /** The grouping key (the plan's path). */
  key: string;
  /** Its results, best first. */
  results: T[];
}

/** Groups ranked results by `keyOf` (their plan), groups ordered by their best result. */
export function groupResults<T>(results: readonly T[], keyOf: (result: T) => string): ResultGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const result of results) {
    const key = keyOf(result);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups].map(([key, grouped]) => ({ key, results: grouped }));
}

/** A ranked result of a search pass: Pagefind's result id and score. */
export interface RankedId {
  id: string;
  score: number;
}

/** Results found through any of several alternative wordings: each once, with its best score, best first. */
export function unionResults<T extends RankedId>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const earlier = best.get(result.id);
      if (earlier === undefined || result.score > earlier.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Results found for every term (`lists` holds one list per term): those in
 * all lists, ranked by their summed score, each as in the first list.
 */
export function intersectResults<T extends RankedId>(lists: readonly (readonly T[])[]): T[] {
  const [first, ...rest] = lists;
  if (first === undefined) return [];
  const scoreMaps = rest.map((list) => new Map(list.map((result) => [result.id, result.score])));
  return first
    .filter((result) => scoreMaps.every((scores) => scores.has(result.id)))
    .map((result) => ({
      result,
      score: scoreMaps.reduce((sum, scores) => sum + (scores.get(result.id) ?? 0), result.score),
    }))
    .sort((a, b) => b.score - a.score)
    .map(({ result }) => result);
}

/** Results found for any of several terms: each once, ranked by its summed score (more terms, higher). */
export function anyResults<T extends RankedId>(lists: readonly (readonly T[])[]): T[] {
  const found = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    for (const result of list) {
      const earlier = found.get(result.id);
      found.set(result.id, { result: earlier?.result ?? result, score: (earlier?.score ?? 0) + result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}

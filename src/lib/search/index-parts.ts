/**
 * The search index in parts: whole provinces packed into Pagefind indexes of at
 * most `maxPlans` plans each, written one after another (Pagefind holds an
 * index in memory while it writes it: a national index needs more than 24 GB)
 * and searched together in the browser with Pagefind's `mergeIndex`.
 *
 * The first part is written to `/pagefind/` itself, so a site that fits one
 * part (the real site) has the layout of a plain Pagefind index; the others to
 * `/pagefind/part-<n>/`. Design: docs/search.md.
 */
import { PROVINCES } from '../regions/provinces.ts';
import type { IndicatorEntry } from './indicator-records.ts';
import type { QueryData } from './search-passes.ts';

/** One Pagefind index of the search. */
export interface IndexPart {
  /** Its folder relative to `/pagefind/`: `''` for the first, `part-<n>/` for the others. */
  folder: string;
  /** The URL slugs of its provinces (`''` for plans whose province is unknown). */
  provinces: string[];
  /** How many plans it holds. */
  plans: number;
}

/** The folder of the part at `position` (0-based). */
export function indexPartFolder(position: number): string {
  return position === 0 ? '' : `part-${String(position + 1)}/`;
}

/**
 * Packs provinces, in the order of their codes (then any province not in the
 * list, by slug), into parts of at most `maxPlans` plans: a province is never
 * split, so one with more plans than `maxPlans` is a part of its own. Always
 * at least one part (the first also holds the indicator pages).
 */
export function indexParts(plansByProvince: ReadonlyMap<string, number>, maxPlans: number): IndexPart[] {
  if (!Number.isInteger(maxPlans) || maxPlans < 1)
    throw new RangeError(`maxPlans must be ≥ 1, not ${String(maxPlans)}`);
  const known = PROVINCES.map((province) => province.slug).filter((slug) => plansByProvince.has(slug));
  const others = [...plansByProvince.keys()].filter((slug) => !known.includes(slug)).sort();
  const groups: { provinces: string[]; plans: number }[] = [];
  for (const slug of [...known, ...others]) {
    const plans = plansByProvince.get(slug) ?? 0;
    const last = groups.at(-1);
    if (last !== undefined && last.plans + plans <= maxPlans) {
      last.provinces.push(slug);
      last.plans += plans;
    } else {
      groups.push({ provinces: [slug], plans });
    }
  }
  if (groups.length === 0) groups.push({ provinces: [], plans: 0 });
  return groups.map((group, position) => ({ folder: indexPartFolder(position), ...group }));
}

/** What the search page fetches besides the index: `/pagefind/query-data.json`. */
export interface SearchPageData extends QueryData {
  /** The folders of the index's parts after the first (`IndexPart.folder`), merged into the search. */
  parts: string[];
  /** The indicator pages built, matched against the query in the browser (`matchingIndicators`). */
  indicators: IndicatorEntry[];
}

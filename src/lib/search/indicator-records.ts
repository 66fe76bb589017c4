/**
 * The indicator comparison pages (`/indicators/<id>/`) in search: one entry
 * per indicator of `data/indicators.yaml` whose page was built, with its name
 * and every wording the plans print for it (its aliases), so that searching
 * an indicator name offers its comparison page first. There are a few hundred
 * at most, so they travel in the search page's query data and are matched in
 * the browser (`matchingIndicators`) rather than searched in Pagefind, which
 * spent a whole search over every part of the index on them for each query.
 */
import type { Indicator } from '../../schema/indicator.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { indicatorPath } from '../site/site-paths.ts';
import { containsQuery } from './passage-hits.ts';
import type { SearchPass } from './search-passes.ts';

/** An indicator page as search offers it. */
export interface IndicatorEntry {
  /** Site path without the base, e.g. `/indicators/maternal-mortality/`. */
  url: string;
  /** The indicator's name. */
  title: string;
  /** Its definition, shown under the name. */
  description: string;
  /** 妇女 or 儿童. */
  group: string;
  /** Its name and aliases, each once: the wordings a query is looked for in. */
  wordings: string[];
}

/** Site path of an indicator's comparison page, without the base. */
export function indicatorPagePath(id: string): string {
  return indicatorPath('/', id);
}

/** The entries of the indicators for which `hasPage(id)` is true, in registry order. */
export function indicatorEntries(indicators: readonly Indicator[], hasPage: (id: string) => boolean): IndicatorEntry[] {
  return indicators
    .filter((indicator) => hasPage(indicator.id))
    .map((indicator) => ({
      url: indicatorPagePath(indicator.id),
      title: indicator.name,
      description: indicator.definition,
      group: PLAN_KIND_SHORT_LABELS[indicator.group],
      wordings: [...new Set([indicator.name, ...indicator.aliases].map((wording) => wording.trim()))],
    }));
}

/** The indicators one of whose wordings contains the query of `pass` (every term, or one for an `any` pass). */
export function matchingIndicators(entries: readonly IndicatorEntry[], pass: SearchPass): IndicatorEntry[] {
  return entries.filter((entry) => entry.wordings.some((wording) => containsQuery(wording, pass)));
}

/**
 * Synonym sets for queries: each indicator's name and aliases (whitespace
 * removed), where it has more than one wording. A query equal to one wording
 * also searches the others.
 */
export function indicatorSynonyms(indicators: readonly Indicator[]): string[][] {
  return indicators
    .map((indicator) => [
      ...new Set([indicator.name, ...indicator.aliases].map((wording) => wording.replace(/\s+/gu, ''))),
    ])
    .filter((wordings) => wordings.length > 1);
}

/**
 * Search records of the indicator comparison pages (`/indicators/<id>/`): one
 * per indicator of `data/indicators.yaml` whose page was built, searchable by
 * its name and every wording the plans print for it (its aliases), so that
 * searching an indicator name offers its comparison page first.
 */
import type { Indicator } from '../../schema/indicator.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { indicatorPath } from '../site/site-paths.ts';
import type { SearchRecord } from './plan-records.ts';
import { RECORD_TYPE_FILTER, type RecordType } from './search-filters.ts';

/** Site path of an indicator's comparison page, without the base. */
export function indicatorPagePath(id: string): string {
  return indicatorPath('/', id);
}

/** The records of the indicators for which `hasPage(id)` is true, in registry order. */
export function indicatorRecords(indicators: readonly Indicator[], hasPage: (id: string) => boolean): SearchRecord[] {
  const type: RecordType = 'indicator';
  return indicators
    .filter((indicator) => hasPage(indicator.id))
    .map((indicator) => {
      const wordings = [...new Set([indicator.name, ...indicator.aliases].map((wording) => wording.trim()))].join('\n');
      return {
        url: indicatorPagePath(indicator.id),
        content: wordings,
        meta: {
          title: indicator.name,
          description: indicator.definition,
          // The search page keeps an indicator only where one of these has the query (the index finds its pairs).
          wordings,
          group: PLAN_KIND_SHORT_LABELS[indicator.group],
          type,
        },
        filters: { [RECORD_TYPE_FILTER]: [type] },
      };
    });
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

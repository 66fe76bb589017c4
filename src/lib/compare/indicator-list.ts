/**
 * The indicator list (`/indicators/`): indicators grouped by plan group and
 * domain, each with its count of targeting jurisdictions and a strip of its
 * headline year's targets: a dot per jurisdiction up to PER_JURISDICTION_LIMIT,
 * a fixed-size quantile strip above it, so the page never grows with the
 * number of jurisdictions.
 */
import type { DotInput } from '../charts/dot-strip.ts';
import type { QuantileStripInput } from '../charts/quantile-strip.ts';
import type { PlanKind } from '../../schema/plan.ts';
import { DOMAINS } from '../../schema/domains.ts';
import { yearStats, type IndicatorStats } from './indicator-stats.ts';
import { quantileStripLabel } from './stats-text.ts';
import { stripOf } from './strip.ts';

/** One indicator's row. */
export interface IndicatorListRow {
  stats: IndicatorStats;
  /** Names of the targeting jurisdictions (empty above the limit). */
  names: string[];
  /** The strip: dots (per jurisdiction) or quantiles, or null where there are no absolute targets. */
  strip:
    | { kind: 'dots'; year: number; values: DotInput[]; label: string }
    | { kind: 'quantiles'; year: number; input: QuantileStripInput; label: string }
    | null;
}

/** The rows of one domain. */
export interface IndicatorListDomain {
  id: string;
  name: string;
  rows: IndicatorListRow[];
}

/** The list, by plan group then domain (registry order within a domain). */
export function indicatorList(stats: readonly IndicatorStats[]): { group: PlanKind; domains: IndicatorListDomain[] }[] {
  const row = (item: IndicatorStats): IndicatorListRow => {
    if (item.perJurisdiction) {
      const strip = stripOf(item.view);
      return {
        stats: item,
        names: item.view.districts.filter((d) => d.status === 'target').map((d) => d.name),
        strip: strip ? { kind: 'dots', ...strip } : null,
      };
    }
    const year = yearStats(item, item.headlineYear);
    return {
      stats: item,
      names: [],
      strip:
        year && item.unit !== null
          ? {
              kind: 'quantiles',
              year: year.year,
              input: year.summary,
              label: quantileStripLabel(year.year, year.summary, item.unit),
            }
          : null,
    };
  };
  return (['women', 'children'] as const)
    .map((group) => ({
      group,
      domains: DOMAINS.map((domain) => ({
        id: domain.id,
        name: domain.name_zh,
        rows: stats.filter((item) => item.indicator.group === group && item.indicator.domain === domain.id).map(row),
      })).filter((domain) => domain.rows.length > 0),
    }))
    .filter((group) => group.domains.length > 0);
}

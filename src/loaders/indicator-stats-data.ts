import { allIndicatorStats, type IndicatorStats } from '../lib/compare/indicator-stats.ts';
import type { District } from '../schema/district.ts';
import { distributionChart, type DistributionChartGeometry } from '../lib/charts/distribution-chart.ts';
import { distributionInput } from '../lib/compare/distribution-input.ts';
import { indicatorPath } from '../lib/site/site-paths.ts';
import { oncePerBuild } from './build-cache.ts';
import { compareData, publicUrl } from './compare-data.ts';

/** Every indicator's national statistics and the jurisdictions they were computed over. */
export interface IndicatorStatsData {
  /** By indicator id. */
  stats: Map<string, IndicatorStats>;
  /** Every jurisdiction, by slug. */
  jurisdictions: Map<string, District>;
}

/** The statistics of the build (computed once per build, from the comparison data). */
export function indicatorStatsData(base: string): Promise<IndicatorStatsData> {
  return oncePerBuild(`indicator-stats:${base}`, async () => {
    const { input, indicators, views } = await compareData(base);
    const jurisdictions = new Map(input.districts.map((district) => [district.slug, district]));
    const stats = allIndicatorStats(
      indicators.flatMap((indicator) => views.get(indicator.id) ?? []),
      [...jurisdictions.values()],
    );
    return { stats, jurisdictions };
  });
}

/**
 * The distribution chart of `stats` with the indicator page's public address as
 * its source line, and the unit of its values; null where there are no
 * comparable (absolute) targets.
 */
export function distributionOfStats(
  stats: IndicatorStats,
  base: string,
  scope?: { name: string; path: string },
): { chart: DistributionChartGeometry; unit: string } | null {
  const input = distributionInput(
    stats,
    publicUrl(scope?.path ?? indicatorPath(base, stats.indicator.id)),
    scope?.name,
  );
  return input ? { chart: distributionChart(input), unit: input.unit } : null;
}

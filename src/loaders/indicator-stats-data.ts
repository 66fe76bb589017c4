import { allIndicatorStats, type IndicatorStats, type JurisdictionInfo } from '../lib/compare/indicator-stats.ts';
import { oncePerBuild } from './build-cache.ts';
import { compareData } from './compare-data.ts';

/** Every indicator's national statistics and the jurisdictions they were computed over. */
export interface IndicatorStatsData {
  /** By indicator id. */
  stats: Map<string, IndicatorStats>;
  /** By district slug. */
  jurisdictions: Map<string, JurisdictionInfo>;
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

/** The distribution chart of an indicator's statistics, as the input of the geometry function. */
import type { DistributionChartInput } from '../charts/distribution-chart.ts';
import { unitSymbol } from '../targets/format-target.ts';
import type { IndicatorStats } from './indicator-stats.ts';
import { yearSummary } from './stats-text.ts';

/**
 * The chart input of `stats` (null where there are no comparable targets);
 * `scope` names whose targets they are (e.g. 各地, 辽宁各地) and `source` is the
 * page's public address.
 */
export function distributionInput(
  stats: IndicatorStats,
  source: string,
  scope = '各地',
): DistributionChartInput | null {
  const unit = stats.unit;
  if (unit === null || stats.years.length === 0) return null;
  return {
    id: `distribution-${stats.indicator.id}`,
    title: `${stats.indicator.name}：${scope}目标的分布`,
    description: `${stats.years.map((year) => yearSummary(year, unit)).join('；')}。`,
    direction: stats.indicator.direction,
    unit,
    unitSymbol: unitSymbol(unit),
    years: stats.years.map((year) => ({ year: year.year, values: year.values })),
    source: `来源：规划图谱 ${source}`,
  };
}

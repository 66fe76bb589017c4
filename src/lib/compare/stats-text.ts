/** The indicator statistics in words (Chinese): summaries, standings and chart labels. */
import type { Direction } from '../../schema/indicator.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { formatValue, unitSymbol } from '../targets/format-target.ts';
import type { FiveNumbers, IndicatorStats, Standing, YearStats } from './indicator-stats.ts';

/** A statistic (a median, a quartile) with its unit, rounded to two decimals: `95%`, `10.25/10万`. */
export function statValue(value: number, unit: string): string {
  return `${formatValue(Math.round(value * 100) / 100)}${unitSymbol(unit)}`;
}

/** The five numbers in words: `最低90%，下四分位数92%，中位数95%，上四分位数97%，最高100%`. */
export function fiveNumbersText(summary: FiveNumbers, unit: string): string {
  const v = (value: number): string => statValue(value, unit);
  return `最低${v(summary.min)}，下四分位数${v(summary.q1)}，中位数${v(summary.median)}，上四分位数${v(summary.q3)}，最高${v(summary.max)}`;
}

/** One year's distribution in one sentence: `2030年：326个地区设定绝对目标，最低…最高100%`. */
export function yearSummary(year: YearStats, unit: string): string {
  return `${String(year.year)}年：${String(year.points.length)}个地区设定绝对目标，${fiveNumbersText(year.summary, unit)}`;
}

/** The national summary of an indicator in one line. */
export function nationalSummary(stats: IndicatorStats): string {
  const group = PLAN_KIND_SHORT_LABELS[stats.indicator.group];
  const head = `${String(stats.eligible)}个有${group}规划的地区中，${String(stats.targeting)}个设定了${stats.indicator.name}目标`;
  if (stats.targeting === 0) return `各地${group}规划均未设定${stats.indicator.name}的量化目标。`;
  const parts = [head];
  const unit = stats.unit;
  if (unit === null || stats.years.length === 0) parts.push('均为相对基期的变化目标，基期不同，不作统计比较');
  else parts.push(...stats.years.map((year) => yearSummary(year, unit)));
  if (stats.notCompared > 0 && unit !== null) {
    parts.push(`另有${String(stats.notCompared)}项相对变化目标或单位无法换算的目标，不计入分布`);
  }
  return `${parts.join('；')}。`;
}

/** The headings of the most/least lists for a direction. */
export function extremesHeadings(direction: Direction): { most: string; least: string } {
  return direction === 'none'
    ? { most: '目标值最高的地区', least: '目标值最低的地区' }
    : { most: '目标最积极的地区', least: '目标最保守的地区' };
}

/** A standing in words: `2030年在县级地区中第12/320，比 96% 的同级地区积极；本省县级中位数95%（8个），全国县级中位数95%`. */
export function standingText(standing: Standing, unit: string, direction: Direction): string {
  const v = (value: number): string => statValue(value, unit);
  const place =
    standing.rank === null
      ? `${String(standing.of)}个${standing.level}地区中`
      : `在${String(standing.of)}个${standing.level}地区中第${String(standing.rank)}名`;
  const share =
    standing.percentile === null
      ? '仅此一地，无从比较'
      : direction === 'none'
        ? `目标值高于${String(standing.percentile)}%的同级地区（该指标无优劣方向，不排名）`
        : `比${String(standing.percentile)}%的同级地区积极`;
  return `${String(standing.year)}年${place}，${share}；本省${standing.level}中位数${v(standing.provinceMedian)}（${String(
    standing.provinceCount,
  )}个地区），全国${standing.level}中位数${v(standing.national.median)}`;
}

/** The accessible name of a quantile strip. */
export function quantileStripLabel(
  year: number,
  summary: FiveNumbers,
  unit: string,
  own?: { name: string; value: number; provinceMedian: number },
): string {
  const base = `${String(year)}年各地目标分布（左低右高）：${fiveNumbersText(summary, unit)}`;
  return own
    ? `${base}；${own.name}${statValue(own.value, unit)}，本省中位数${statValue(own.provinceMedian, unit)}`
    : base;
}

/** The summary of a province's targets, against the national statistics. */
export function provinceSummary(province: IndicatorStats, national: IndicatorStats, provinceName: string): string {
  const parts = [
    `${provinceName}${String(province.eligible)}个有${PLAN_KIND_SHORT_LABELS[province.indicator.group]}规划的地区中，${String(province.targeting)}个设定了${province.indicator.name}目标（全国${String(national.targeting)}个）`,
  ];
  const unit = national.unit;
  if (unit !== null) {
    for (const year of province.years) {
      const all = national.years.find((y) => y.year === year.year);
      parts.push(
        `${String(year.year)}年省内中位数${statValue(year.summary.median, unit)}（${String(year.points.length)}个地区，${
          year.summary.min === year.summary.max
            ? statValue(year.summary.min, unit)
            : `${statValue(year.summary.min, unit)}–${statValue(year.summary.max, unit)}`
        }）${all ? `，全国中位数${statValue(all.summary.median, unit)}` : ''}`,
      );
    }
  }
  return `${parts.join('；')}。`;
}

/** The one-line summary of an indicator's comparison, in Chinese. */
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { formatTarget } from '../targets/format-target.ts';
import type { ChartPanel, IndicatorView, TargetPoint } from './indicator-view.ts';

/** A target as shown in comparisons: absolute targets in the axis unit (e.g. `≤10.5/10万`), changes as printed. */
export function pointText(point: TargetPoint, panelUnit: string): string {
  return formatTarget({ ...point.record, value: point.value, unit: panelUnit });
}

/**
 * The absolute targets compared in a one-line view (summary, dot strips): those
 * of the year most jurisdictions target (the later year on a tie).
 */
export function headlinePoints(panel: ChartPanel): { year: number; points: TargetPoint[] } {
  const byYear = new Map<number, TargetPoint[]>();
  for (const point of panel.points) byYear.set(point.record.year, [...(byYear.get(point.record.year) ?? []), point]);
  const count = (points: readonly TargetPoint[]): number => new Set(points.map((p) => p.record.district)).size;
  const [year, points] = [...byYear].sort(([ya, pa], [yb, pb]) => count(pb) - count(pa) || yb - ya)[0] ?? [0, []];
  return { year, points };
}

function names(points: readonly TargetPoint[]): string {
  return [...new Set(points.map((point) => point.record.district_name))].join('、');
}

/**
 * E.g. `5个有儿童规划的地区中，4个设定了目标（丽水市未设）；2030年目标中细河区最积极（≥98%），清城区最保守（≥95%）。`
 * Only absolute targets of one year are compared; changes are never ranked.
 */
export function summarySentence(view: IndicatorView): string {
  const { indicator } = view;
  const eligible = view.districts.filter((d) => d.status !== 'no-plan');
  const targeting = view.districts.filter((d) => d.status === 'target');
  const missing = view.districts.filter((d) => d.status === 'no-target');
  const group = PLAN_KIND_SHORT_LABELS[indicator.group];
  if (targeting.length === 0) return `各地${group}规划均未设定${indicator.name}的量化目标。`;
  const parts = [
    `${String(eligible.length)}个有${group}规划的地区中，${String(targeting.length)}个设定了目标${
      missing.length > 0 ? `（${missing.map((d) => d.name).join('、')}未设）` : ''
    }`,
  ];
  const level = view.panels.find((panel) => panel.kind === 'level');
  if (!level) {
    parts.push('均为相对基期的变化目标，基期不同，不作排名');
  } else {
    const { year, points } = headlinePoints(level);
    const districts = new Set(points.map((p) => p.record.district));
    const text = (point: TargetPoint): string => pointText(point, level.unit);
    const values = points.map((p) => p.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const low = points.filter((p) => p.value === min);
    const high = points.filter((p) => p.value === max);
    const first = points[0];
    if (districts.size < 2 && first) {
      parts.push(`${String(year)}年的绝对目标只有${names(points)}设定（${text(first)}），无从比较`);
    } else if (min === max && first) {
      parts.push(`${String(year)}年各地目标相同（${text(first)}）`);
    } else if (indicator.direction === 'none') {
      const [lowest, highest] = [low[0], high[0]];
      if (lowest && highest) {
        parts.push(
          `${String(year)}年目标从${text(lowest)}（${names(low)}）到${text(highest)}（${names(high)}）不等；该指标无优劣方向，不作排名`,
        );
      }
    } else {
      const best = indicator.direction === 'higher' ? high : low;
      const worst = indicator.direction === 'higher' ? low : high;
      const [b, w] = [best[0], worst[0]];
      if (b && w) {
        parts.push(`${String(year)}年目标中${names(best)}最积极（${text(b)}），${names(worst)}最保守（${text(w)}）`);
      }
    }
  }
  return `${parts.join('；')}。`;
}

/**
 * The indicator for a headline chart: the one whose most-targeted year has the
 * most jurisdictions with absolute targets, among those with a better
 * direction (ties: the first in `views`).
 */
export function headlineView(views: readonly IndicatorView[]): IndicatorView | undefined {
  let best: { view: IndicatorView; count: number } | undefined;
  for (const view of views) {
    const level = view.panels.find((panel) => panel.kind === 'level');
    if (!level || view.indicator.direction === 'none') continue;
    const count = new Set(headlinePoints(level).points.map((point) => point.record.district)).size;
    if (!best || count > best.count) best = { view, count };
  }
  return best?.view;
}

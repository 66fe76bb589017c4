/** The values and wording of an indicator's dot strip (the headline year's absolute targets). */
import type { DotInput } from '../charts/dot-strip.ts';
import type { IndicatorView } from './indicator-view.ts';
import { headlinePoints, pointText } from './summary.ts';

/** The strip of `view`, with `highlight` (a district slug) drawn larger; null where there are no absolute targets. */
export function stripOf(
  view: IndicatorView,
  highlight?: string,
): { year: number; values: DotInput[]; label: string } | null {
  const panel = view.panels.find((p) => p.kind === 'level');
  if (!panel) return null;
  const { year, points } = headlinePoints(panel);
  if (points.length === 0) return null;
  const direction =
    view.indicator.direction === 'higher' ? '，越高越好' : view.indicator.direction === 'lower' ? '，越低越好' : '';
  return {
    year,
    values: points.map((point) => ({
      district: point.record.district,
      value: point.value,
      highlight: point.record.district === highlight,
    })),
    label: `${String(year)}年各地目标（左低右高${direction}）：${points
      .map((point) => `${point.record.district_name}${pointText(point, panel.unit)}`)
      .join('，')}`,
  };
}

/** Chinese labels of the comparison pages. */
import type { Direction } from '../../schema/indicator.ts';
import type { IndicatorView, TargetPoint } from './indicator-view.ts';
import { pointText } from './summary.ts';

/** The better direction in words. */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higher: '越高越好',
  lower: '越低越好',
  none: '无优劣方向（结构或均衡类指标，不排名）',
};

/** A target in words, in its panel's unit: `细河区 2030年（推定）目标 ≥95%`. */
export function targetWords(point: TargetPoint, view: IndicatorView): string {
  const panel = view.panels.find((p) => p.points.includes(point));
  const text = panel ? pointText(point, panel.unit) : point.record.value_as_written;
  return `${point.record.district_name} ${String(point.record.year)}年${point.record.year_stated ? '' : '（推定）'}${
    point.record.kind === 'change' ? '变化' : ''
  }目标 ${text}`;
}

/** The accessible name of a mark's link. */
export function markLabel(point: TargetPoint, view: IndicatorView): string {
  return `${targetWords(point, view)}：查看原文`;
}

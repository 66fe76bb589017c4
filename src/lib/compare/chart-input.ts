/** The chart of an indicator's comparison, as the input of the geometry function. */
import type { IndicatorChartInput } from '../charts/indicator-chart.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { comparatorSign, formatValue, unitSymbol } from '../targets/format-target.ts';
import { FLAG_LABELS, FLAG_ORDER, FLAG_SYMBOLS, flagSymbols } from './comparability.ts';
import type { ChartPanel, DistrictStatus, IndicatorView, TargetPoint } from './indicator-view.ts';
import { pointText, summarySentence } from './summary.ts';

/** A panel's heading, e.g. `绝对目标（单位：%）`, `相对基期的变化（单位：个百分点；负值为下降）`. */
export function panelTitle(panel: Pick<ChartPanel, 'kind' | 'unit'>): string {
  const unit = unitSymbol(panel.unit);
  return panel.kind === 'level' ? `绝对目标（单位：${unit}）` : `相对基期的变化目标（单位：${unit}；负值为下降）`;
}

/** A change target in a chart's value column, without the (long) unit the panel title states, e.g. `下降≥0.5`, `下降20%`. */
function changeText(point: TargetPoint): string {
  const { value, comparator, unit } = point.record;
  const sign = comparatorSign(
    value < 0 && comparator === '<=' ? '>=' : value < 0 && comparator === '>=' ? '<=' : comparator,
  );
  return `${value < 0 ? '下降' : '提高'}${sign}${formatValue(Math.abs(value))}${unit === 'percent' ? '%' : ''}`;
}

/** What a jurisdiction's row says where it has no target. */
export function statusText(status: DistrictStatus['status'], group: 'women' | 'children'): string {
  return status === 'no-plan'
    ? `未收录该地${PLAN_KIND_SHORT_LABELS[group]}规划`
    : status === 'no-target'
      ? '未设目标'
      : '';
}

/** The chart in words (its `<desc>`): the summary, then every jurisdiction's targets. */
export function chartDescription(view: IndicatorView): string {
  const rows = view.districts.map((district) => {
    if (district.status !== 'target') return `${district.name}：${statusText(district.status, view.indicator.group)}`;
    const parts = view.panels.flatMap((panel) =>
      panel.points
        .filter((point) => point.record.district === district.district)
        .map(
          (point) =>
            `${String(point.record.year)}年${point.record.year_stated ? '' : '（推定）'}${
              panel.kind === 'change' ? '变化' : ''
            }${pointText(point, panel.unit)}`,
        ),
    );
    return `${district.name}：${parts.join('，') || '单位无法换算，未绘入'}`;
  });
  return `${summarySentence(view)}${rows.join('；')}。`;
}

/** The geometry input of `view`'s chart; `source` is the page's address for the source line. */
export function chartInput(view: IndicatorView, source: string): IndicatorChartInput {
  return {
    id: `chart-${view.indicator.id}`,
    title: `${view.indicator.name}：各地目标`,
    description: chartDescription(view),
    direction: view.indicator.direction,
    rows: view.districts.map(({ district, name, status }) => ({ district, name, status })),
    panels: view.panels.map((panel) => ({
      kind: panel.kind,
      title: panelTitle(panel),
      unit: panel.unit,
      marks: panel.points.map((point) => ({
        id: point.record.id,
        district: point.record.district,
        year: point.record.year,
        yearStated: point.record.year_stated,
        value: point.value,
        sourceValue: point.record.value,
        sourceUnit: point.record.unit,
        comparator: point.record.comparator,
        text: panel.kind === 'change' ? changeText(point) : pointText(point, panel.unit),
        notes: flagSymbols(point.flags.filter((flag) => flag !== 'implied-year' && flag !== 'change')),
      })),
    })),
    noPlanText: statusText('no-plan', view.indicator.group),
    source: `来源：规划图谱 ${source}`,
    footnotes: FLAG_ORDER.filter(
      (flag) =>
        flag !== 'implied-year' &&
        flag !== 'change' &&
        view.panels.some((panel) => panel.points.some((point) => point.flags.includes(flag))),
    ).map((flag) => `${FLAG_SYMBOLS[flag]} ${FLAG_LABELS[flag]}`),
  };
}

/**
 * The per-indicator downloads (`/indicators/<id>/targets.csv`, `.json`): the
 * dataset's records of the indicator with four more columns saying how the
 * page compares them.
 */
import { csvFormat } from 'd3-dsv';
import { TARGET_COLUMNS } from '../dataset/targets-to-csv.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import type { IndicatorView } from './indicator-view.ts';

/** One row of a per-indicator download. */
export type IndicatorRow = TargetRecord & {
  /** The value on the chart's axis (absolute targets: converted into the indicator's unit). */
  axis_value: number | null;
  /** The axis unit, or null where the target is not on the chart. */
  axis_unit: string | null;
  /** Comparability flags, `;`-separated (implied-year, change, unit-corrected, unit-converted, shared-value, unit-not-convertible). */
  comparability: string;
  /** Rank among the absolute targets of the same year (`1/4`: the most ambitious of four), or null. */
  rank: string | null;
};

/** The extra columns, with their descriptions (shown on the data page). */
export const INDICATOR_ROW_COLUMNS: readonly { name: keyof IndicatorRow; description: string }[] = [
  { name: 'axis_value', description: '图中坐标轴上的数值（绝对目标已换算为指标的统一单位）；未绘入图中则为空' },
  { name: 'axis_unit', description: '坐标轴的单位标识' },
  {
    name: 'comparability',
    description:
      '可比性标记，分号分隔：implied-year 年份为推定；change 相对变化目标；unit-corrected 原文单位已更正；unit-converted 已换算单位；shared-value 一个数值适用于多项指标；unit-not-convertible 单位无法换算',
  },
  {
    name: 'rank',
    description: '同一年份绝对目标中的名次（考虑指标方向，1 为最积极），如 1/4；无方向或无可比目标则为空',
  },
];

/** The rows of `view`'s downloads, in the page's order. */
export function indicatorRows(view: IndicatorView): IndicatorRow[] {
  const panelOf = new Map(view.panels.flatMap((panel) => panel.points.map((point) => [point.record.id, panel])));
  return view.targets.map((point) => {
    const panel = panelOf.get(point.record.id);
    const rank = view.ranks.get(point.record.id);
    return {
      ...point.record,
      axis_value: panel ? point.value : null,
      axis_unit: panel ? panel.unit : null,
      comparability: point.flags.join(';'),
      rank: rank ? `${String(rank.rank)}/${String(rank.of)}` : null,
    };
  });
}

/** The rows as CSV: UTF-8 with a byte-order mark, the dataset's columns then the four extra ones. */
export function indicatorRowsCsv(rows: readonly IndicatorRow[]): string {
  const columns = [...TARGET_COLUMNS, ...INDICATOR_ROW_COLUMNS.map((column) => column.name)];
  const cells = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column, row[column] === null ? '' : String(row[column])])),
  );
  return `\uFEFF${csvFormat(cells, columns)}\n`;
}

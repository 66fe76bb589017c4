/**
 * Geometry of an indicator's comparison chart, computed at build time: one
 * row per jurisdiction, one mark per target year on an axis shared by all
 * jurisdictions, the comparator as a directional cap on the mark, the better
 * direction written on the axis, and the jurisdictions without a target named
 * in their row. Absolute targets and changes relative to a baseline are never
 * on one axis: each is a panel of its own.
 *
 * `indicatorChart` returns plain data; `chartSvg` (chart-svg.ts) writes it.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { Direction } from '../../schema/indicator.ts';
import type { Comparator } from '../../schema/target.ts';
import { footnoteLines, headingLines, round, textWidth, type ChartText } from './chart-text.ts';

/** One target to draw. */
export interface ChartMarkInput {
  /** Record id (`targets.json`). */
  id: string;
  district: string;
  year: number;
  /** False where the year is implied (drawn with a `*` after the year). */
  yearStated: boolean;
  /** Position on the panel's axis (in the panel's unit). */
  value: number;
  /** The value as in `targets.json` (in the record's own unit). */
  sourceValue: number;
  /** The record's unit. */
  sourceUnit: string;
  comparator: Comparator;
  /** The target as text, e.g. `≥95%`. */
  text: string;
  /** Footnote symbols of its comparability flags other than the implied year, e.g. `†`. */
  notes: string;
}

/** One panel: targets on one shared axis. */
export interface ChartPanelInput {
  kind: 'level' | 'change';
  /** E.g. `绝对目标（单位：%）`. */
  title: string;
  /** Axis unit id. */
  unit: string;
  marks: ChartMarkInput[];
}

/** One jurisdiction row. */
export interface ChartRowInput {
  district: string;
  /** Short name, e.g. 细河区. */
  name: string;
  /** What the row says when the jurisdiction has no mark in the first panel. */
  status: 'target' | 'no-target' | 'no-plan';
}

/** Everything the chart shows (plain JSON: the snapshot fixtures are written in it). */
export interface IndicatorChartInput {
  /** Prefix of the SVG's element ids, e.g. `chart-maternal-mortality`. */
  id: string;
  /** Visible heading and `<title>`, e.g. `孕产妇死亡率：各地目标`. */
  title: string;
  /** `<desc>`: the chart in words. */
  description: string;
  direction: Direction;
  rows: ChartRowInput[];
  panels: ChartPanelInput[];
  /** Row text for `no-plan`, e.g. `未收录该地妇女规划`. */
  noPlanText: string;
  /** Source line at the bottom, e.g. `来源：规划图谱 /indicators/maternal-mortality/`. */
  source: string;
  /** Explanations of the footnote symbols used in the marks' `notes`, e.g. `† 原文单位有误，已按注释更正`. */
  footnotes?: string[];
}

/** One drawn mark. */
export interface MarkGeometry {
  id: string;
  district: string;
  year: number;
  value: number;
  sourceValue: number;
  sourceUnit: string;
  cx: number;
  cy: number;
  /** Symbol path, centred on (0, 0). */
  symbol: string;
  /** Comparator cap path, centred on (0, 0), or null for `=`. */
  cap: string | null;
  colour: string;
  /** Text in the value column: year and target. */
  label: ChartText;
}

/** One drawn row. */
export interface RowGeometry {
  district: string;
  /** Top of the row. */
  y: number;
  height: number;
  label: ChartText;
  /** `未设目标` and the like, where the row has no mark. */
  note: ChartText | null;
}

/** One axis tick. */
export interface TickGeometry {
  x: number;
  label: ChartText;
}

/** One drawn panel. */
export interface PanelGeometry {
  kind: 'level' | 'change';
  y: number;
  title: ChartText;
  direction: ChartText;
  rows: RowGeometry[];
  marks: MarkGeometry[];
  axis: { y: number; x1: number; x2: number; top: number; ticks: TickGeometry[]; zero: number | null };
}

/** One legend entry. */
export interface LegendGeometry {
  x: number;
  y: number;
  symbol: string;
  cap: string | null;
  colour: string;
  text: ChartText;
}

/** The whole chart. */
export interface ChartGeometry {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  heading: ChartText[];
  panels: PanelGeometry[];
  legend: LegendGeometry[];
  footnotes: ChartText[];
}

/** Chart width in SVG units: laid out for a 360 px screen, scaled up on wider ones. */
export const CHART_WIDTH = 360;
const PLOT_X0 = 64;
const VALUE_COLUMN = 108;
const PLOT_X1 = CHART_WIDTH - VALUE_COLUMN - 8;
const CAP_ROOM = 16;
const LANE = 20;
const ROW_PADDING = 8;
const FONT = 14;
const SMALL = 12.5;

/** Year colours (AA on white, ≥ 4.5:1) and shapes: colour never carries the year alone. */
const YEAR_STYLES: readonly { colour: string; type: SymbolType }[] = [
  { colour: '#0b57d0', type: symbolCircle },
  { colour: '#b3261e', type: symbolDiamond },
  { colour: '#1e6b30', type: symbolTriangle },
  { colour: '#6b2fa0', type: symbolSquare },
];

const COMPARATOR_WORDS: Readonly<Record<Comparator, string>> = {
  '>=': '不低于（≥）',
  '<=': '不高于（≤）',
  '~': '约（左右）',
  '=': '达到（=）',
};

function symbolPath(index: number): string {
  const style = YEAR_STYLES[index % YEAR_STYLES.length] ?? YEAR_STYLES[0];
  return symbol(style?.type ?? symbolCircle, 72).digits(1)() ?? '';
}

function yearColour(index: number): string {
  return YEAR_STYLES[index % YEAR_STYLES.length]?.colour ?? '#0b57d0';
}

/** The comparator cap: an arrow towards the allowed side (≥ right, ≤ left), brackets for 约, none for =. */
export function capPath(comparator: Comparator): string | null {
  switch (comparator) {
    case '>=':
      return 'M6,0H15M11,-4L15,0L11,4';
    case '<=':
      return 'M-6,0H-15M-11,-4L-15,0L-11,4';
    case '~':
      return 'M-8,-5L-11,0L-8,5M8,-5L11,0L8,5';
    case '=':
      return null;
  }
}

function directionText(direction: Direction): { text: string; anchor: ChartText['anchor']; x: number } {
  if (direction === 'higher') return { text: '越高越好 →', anchor: 'end', x: PLOT_X1 };
  if (direction === 'lower') return { text: '← 越低越好', anchor: 'start', x: PLOT_X0 };
  return { text: '无优劣方向（不排名）', anchor: 'middle', x: (PLOT_X0 + PLOT_X1) / 2 };
}

/** The x scale of a panel: its values with some room, `nice` ticks; percentages stay within 0–100, changes include 0. */
function panelScale(panel: ChartPanelInput): ReturnType<typeof scaleLinear<number, number>> {
  const values = panel.marks.map((mark) => mark.value);
  const [min = 0, max = 0] = extent(values);
  let lo = min;
  let hi = max;
  if (panel.kind === 'change') {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const span = hi - lo;
  const pad = span === 0 ? Math.abs(hi) * 0.1 || 1 : span * 0.15;
  lo -= pad;
  hi += pad;
  if (panel.kind === 'level' && min >= 0) lo = Math.max(lo, 0);
  if (panel.kind === 'level' && panel.unit === 'percent' && max <= 100) hi = Math.min(hi, 100);
  return scaleLinear()
    .domain([lo, hi])
    .nice(4)
    .range([PLOT_X0 + CAP_ROOM, PLOT_X1 - CAP_ROOM]);
}

/** The chart's geometry. */
export function indicatorChart(input: IndicatorChartInput): ChartGeometry {
  const allYears = [...new Set(input.panels.flatMap((panel) => panel.marks.map((mark) => mark.year)))].sort(
    (a, b) => a - b,
  );
  const { heading, bottom: belowHeading } = headingLines(input.title, CHART_WIDTH);
  let y = belowHeading;
  const panels: PanelGeometry[] = [];
  input.panels.forEach((panel, panelIndex) => {
    const scale = panelScale(panel);
    const top = y;
    const dir = directionText(input.direction);
    const rowsIn =
      panelIndex === 0 ? input.rows : input.rows.filter((row) => panel.marks.some((m) => m.district === row.district));
    let rowY = top + 44;
    const rows: RowGeometry[] = [];
    const marks: MarkGeometry[] = [];
    for (const row of rowsIn) {
      const own = panel.marks.filter((mark) => mark.district === row.district);
      const lanes = Math.max(1, own.length);
      const height = lanes * LANE + ROW_PADDING;
      const middle = rowY + height / 2;
      let note: ChartText | null = null;
      if (own.length === 0) {
        const text =
          row.status === 'no-plan'
            ? input.noPlanText
            : row.status === 'no-target'
              ? '未设目标'
              : panel.kind === 'level'
                ? '无绝对目标（见下方变化目标）'
                : '无此类目标';
        note = { x: PLOT_X0 + 4, y: middle + 4.5, text, anchor: 'start', size: SMALL, colour: 'muted' };
      }
      own
        .sort((a, b) => a.year - b.year || a.value - b.value)
        .forEach((mark, lane) => {
          const cy = rowY + ROW_PADDING / 2 + lane * LANE + LANE / 2;
          const yearIndex = allYears.indexOf(mark.year);
          marks.push({
            id: mark.id,
            district: mark.district,
            year: mark.year,
            value: mark.value,
            sourceValue: mark.sourceValue,
            sourceUnit: mark.sourceUnit,
            cx: round(scale(mark.value)),
            cy: round(cy),
            symbol: symbolPath(yearIndex),
            cap: capPath(mark.comparator),
            colour: yearColour(yearIndex),
            label: {
              x: PLOT_X1 + 10,
              y: round(cy + 4.5),
              text: `${String(mark.year)}${mark.yearStated ? '' : '*'} ${mark.text}${mark.notes}`,
              anchor: 'start',
              size: SMALL,
            },
          });
        });
      rows.push({
        district: row.district,
        y: round(rowY),
        height,
        label: { x: 0, y: round(middle + 5), text: row.name, anchor: 'start', size: FONT },
        note,
      });
      rowY += height;
    }
    const axisY = rowY + 4;
    const format = scale.tickFormat(4, ',~f');
    const [d0 = 0, d1 = 0] = scale.domain();
    panels.push({
      kind: panel.kind,
      y: round(top),
      title: { x: 0, y: round(top + 16), text: panel.title, anchor: 'start', size: FONT, weight: 'bold' },
      direction: { x: dir.x, y: round(top + 34), text: dir.text, anchor: dir.anchor, size: SMALL },
      rows,
      marks,
      axis: {
        y: round(axisY),
        top: round(top + 42),
        x1: PLOT_X0,
        x2: PLOT_X1,
        ticks: scale.ticks(4).map((tick) => ({
          x: round(scale(tick)),
          label: { x: round(scale(tick)), y: round(axisY + 16), text: format(tick), anchor: 'middle', size: SMALL },
        })),
        zero: d0 < 0 && d1 > 0 ? round(scale(0)) : null,
      },
    });
    y = axisY + 30;
  });

  // Legend: the year shapes, then the comparator caps in use; wrapped to the width.
  const legend: LegendGeometry[] = [];
  let lx = 0;
  let ly = y + 4;
  const place = (width: number): { x: number; y: number } => {
    if (lx > 0 && lx + width > CHART_WIDTH) {
      lx = 0;
      ly += 22;
    }
    const at = { x: lx, y: ly };
    lx += width + 14;
    return at;
  };
  allYears.forEach((year, index) => {
    const text = `${String(year)}年目标`;
    const at = place(16 + textWidth(text, SMALL));
    legend.push({
      x: at.x + 6,
      y: at.y,
      symbol: symbolPath(index),
      cap: null,
      colour: yearColour(index),
      text: { x: at.x + 16, y: at.y + 4, text, anchor: 'start', size: SMALL },
    });
  });
  const comparators = new Set(input.panels.flatMap((panel) => panel.marks.map((mark) => mark.comparator)));
  for (const comparator of ['>=', '<=', '~', '='] as const) {
    if (!comparators.has(comparator)) continue;
    const text = COMPARATOR_WORDS[comparator];
    const at = place(34 + textWidth(text, SMALL));
    legend.push({
      x: at.x + 16,
      y: at.y,
      symbol: symbol(symbolCircle, 20).digits(1)() ?? '',
      cap: capPath(comparator),
      colour: '#1a1a1a',
      text: { x: at.x + 34, y: at.y + 4, text, anchor: 'start', size: SMALL },
    });
  }
  const fy = ly + 24;
  const notes: string[] = [];
  if (input.panels.some((panel) => panel.marks.some((mark) => !mark.yearStated))) {
    notes.push('* 条目未写明年份，按规划期末年份计');
  }
  notes.push(...(input.footnotes ?? []), input.source);
  const { footnotes, bottom } = footnoteLines(notes, CHART_WIDTH, SMALL, fy);
  return {
    id: input.id,
    width: CHART_WIDTH,
    height: round(bottom),
    title: input.title,
    description: input.description,
    heading,
    panels,
    legend,
    footnotes,
  };
}

/**
 * Geometry of a distribution chart: one histogram per target year on a shared
 * x axis, each with a box (quartiles) and whisker (min–max) strip and the
 * median marked. Its size depends on the number of years and bins only, never
 * on how many jurisdictions set targets: the view that replaces the
 * per-jurisdiction chart above PER_JURISDICTION_LIMIT.
 */
import { bin, extent, max, quantileSorted } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Direction } from '../../schema/indicator.ts';
import { footnoteLines, headingLines, round, type ChartText } from './chart-text.ts';

/** One year's values. */
export interface DistributionYearInput {
  year: number;
  values: number[];
}

/** Everything the chart shows (plain JSON: the snapshot fixtures are written in it). */
export interface DistributionChartInput {
  /** Prefix of the SVG's element ids, e.g. `distribution-maternal-mortality`. */
  id: string;
  /** Visible heading and `<title>`. */
  title: string;
  /** `<desc>`: the chart in words (bounded: the summary, not every value). */
  description: string;
  direction: Direction;
  /** Unit id of the values (percentages stay within 0–100). */
  unit: string;
  /** The unit as printed on the axis, e.g. `%`. */
  unitSymbol: string;
  years: DistributionYearInput[];
  /** Source line at the bottom. */
  source: string;
}

/** One bar. */
export interface BarGeometry {
  /** Bin bounds (from inclusive, to exclusive except the last bin). */
  from: number;
  to: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One year's panel. */
export interface DistributionPanelGeometry {
  year: number;
  count: number;
  y: number;
  title: ChartText;
  bars: BarGeometry[];
  /** Baseline of the bars. */
  baseline: number;
  /** The box strip: whisker from min to max, box q1–q3, median line. */
  box: { y: number; min: number; q1: number; median: number; q3: number; max: number };
  /** The tallest bar's count, printed at the top left. */
  peak: ChartText;
}

/** The whole chart. */
export interface DistributionChartGeometry {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  heading: ChartText[];
  direction: ChartText;
  panels: DistributionPanelGeometry[];
  /** The shared x axis, drawn under each panel. */
  ticks: { value: number; x: number; text: string }[];
  x1: number;
  x2: number;
  footnotes: ChartText[];
}

/** Width in SVG units (laid out for a 360 px screen, like the per-jurisdiction chart). */
export const DISTRIBUTION_WIDTH = 360;
const X0 = 16;
const X1 = DISTRIBUTION_WIDTH - 16;
const BARS_HEIGHT = 80;
const PANEL_HEIGHT = 150;
/** At most about this many bins per year, on round boundaries. */
const BIN_COUNT = 20;
const SMALL = 12.5;

/** The shared x scale: every year's values, `nice`, percentages within 0–100. */
function xScale(input: DistributionChartInput): ReturnType<typeof scaleLinear<number, number>> {
  const [lo = 0, hi = 0] = extent(input.years.flatMap((year) => year.values));
  let from = lo;
  let to = hi;
  if (from === to) {
    const pad = Math.abs(from) * 0.05 || 1;
    from -= pad;
    to += pad;
  }
  if (input.unit === 'percent' && lo >= 0 && hi <= 100) {
    from = Math.max(0, from);
    to = Math.min(100, to);
  }
  return scaleLinear().domain([from, to]).nice(BIN_COUNT).range([X0, X1]);
}

/** The chart's geometry. */
export function distributionChart(input: DistributionChartInput): DistributionChartGeometry {
  const { heading, bottom: belowHeading } = headingLines(input.title, DISTRIBUTION_WIDTH);
  let y = belowHeading;
  const direction: ChartText =
    input.direction === 'higher'
      ? { x: X1, y: y + 4, text: '越高越好 →', anchor: 'end', size: SMALL }
      : input.direction === 'lower'
        ? { x: X0, y: y + 4, text: '← 越低越好', anchor: 'start', size: SMALL }
        : { x: DISTRIBUTION_WIDTH / 2, y: y + 4, text: '无优劣方向（不排名）', anchor: 'middle', size: SMALL };
  y += 14;
  const scale = xScale(input);
  const [d0 = 0, d1 = 0] = scale.domain();
  const thresholds = scale.ticks(BIN_COUNT).filter((t) => t > d0 && t < d1);
  const binner = bin().domain([d0, d1]).thresholds(thresholds);
  const format = scale.tickFormat(5);
  const panels = input.years.map((year): DistributionPanelGeometry => {
    const sorted = [...year.values].sort((a, b) => a - b);
    const bins = binner(sorted);
    const peak = max(bins, (b) => b.length) ?? 0;
    const top = y + 24;
    const baseline = top + BARS_HEIGHT;
    const height = scaleLinear()
      .domain([0, Math.max(1, peak)])
      .range([0, BARS_HEIGHT]);
    const bars = bins.map((b): BarGeometry => {
      const from = b.x0 ?? d0;
      const to = b.x1 ?? d1;
      const h = round(height(b.length));
      return {
        from,
        to,
        count: b.length,
        x: round(scale(from) + 0.5),
        y: round(baseline - h),
        width: round(Math.max(1, scale(to) - scale(from) - 1)),
        height: h,
      };
    });
    const q = (p: number): number => round(scale(quantileSorted(sorted, p) ?? d0));
    const panel: DistributionPanelGeometry = {
      year: year.year,
      count: sorted.length,
      y: round(y),
      title: {
        x: 0,
        y: round(y + 16),
        text: `${String(year.year)}年（${String(sorted.length)}个地区）`,
        anchor: 'start',
        size: 14,
        weight: 'bold',
      },
      bars,
      baseline: round(baseline),
      box: { y: round(baseline + 14), min: q(0), q1: q(0.25), median: q(0.5), q3: q(0.75), max: q(1) },
      peak: {
        x: X1,
        y: round(y + 16),
        text: `最高柱：${String(peak)}个地区`,
        anchor: 'end',
        size: SMALL,
        colour: 'muted',
      },
    };
    y += PANEL_HEIGHT;
    return panel;
  });
  const ticks = scale.ticks(5).map((value) => ({ value, x: round(scale(value)), text: format(value) }));
  const notes = [
    `横轴单位：${input.unitSymbol}；柱高为目标落在该区间的地区数；下方箱线：细线为最低至最高，方框为中间一半（四分位数），粗竖线为中位数`,
    input.source,
  ];
  const { footnotes, bottom } = footnoteLines(notes, DISTRIBUTION_WIDTH, SMALL, y + 8);
  return {
    id: input.id,
    width: DISTRIBUTION_WIDTH,
    height: round(bottom),
    title: input.title,
    description: input.description,
    heading,
    direction,
    panels,
    ticks,
    x1: X0,
    x2: X1,
    footnotes,
  };
}

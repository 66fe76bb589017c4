/**
 * Geometry of a quantile strip: a sparkline-sized box plot of one year's
 * targets (whisker from min to max, box from the lower to the upper quartile,
 * a bar at the median), optionally with one jurisdiction's target (a filled
 * dot) and its province's median (a small triangle). Fixed size whatever the
 * number of jurisdictions: the mini chart of the district profile and the
 * indicator list above PER_JURISDICTION_LIMIT.
 */
import { scaleLinear } from 'd3-scale';
import { round } from './chart-text.ts';

/** What the strip shows. */
export interface QuantileStripInput {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** The jurisdiction's own target, if any. */
  value?: number;
  /** Its province's median, if any. */
  provinceMedian?: number;
}

/** The placed strip (x positions in SVG units). */
export interface QuantileStripGeometry {
  width: number;
  height: number;
  /** Vertical middle. */
  y: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  value: number | null;
  provinceMedian: number | null;
}

/** Places `input` on a strip `width` × 24. */
export function quantileStrip(input: QuantileStripInput, width = 120): QuantileStripGeometry {
  const x1 = 6;
  const x2 = width - 6;
  const scale = scaleLinear()
    .domain(input.min === input.max ? [input.min - 1, input.max + 1] : [input.min, input.max])
    .range([x1, x2])
    .clamp(true);
  const x = (value: number): number => round(scale(value));
  return {
    width,
    height: 24,
    y: 14,
    min: x(input.min),
    q1: x(input.q1),
    median: x(input.median),
    q3: x(input.q3),
    max: x(input.max),
    value: input.value === undefined ? null : x(input.value),
    provinceMedian: input.provinceMedian === undefined ? null : x(input.provinceMedian),
  };
}

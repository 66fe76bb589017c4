/**
 * Geometry of a dot strip: a sparkline-sized row of dots, one per
 * jurisdiction's target, on the indicator's own axis. Lower values are always
 * to the left; where the better direction matters, the text beside the strip
 * says which way is better. Dots with (nearly) the same value are stacked.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { round, type ChartText } from './chart-text.ts';

/** One value to place. */
export interface DotInput {
  district: string;
  value: number;
  /** Drawn larger and filled (the jurisdiction whose page this is). */
  highlight?: boolean;
}

/** One placed dot. */
export interface DotGeometry {
  district: string;
  value: number;
  cx: number;
  cy: number;
  r: number;
  highlight: boolean;
}

/** A placed strip. */
export interface DotStripGeometry {
  width: number;
  height: number;
  x1: number;
  x2: number;
  dots: DotGeometry[];
  better: ChartText | null;
}

/** Places `values` on a strip `width` × `height`. */
export function dotStrip(values: readonly DotInput[], width = 120, minHeight = 22): DotStripGeometry {
  const [min = 0, max = 0] = extent(values, (v) => v.value);
  const x1 = 6;
  const x2 = width - 6;
  const scale = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([x1, x2]);
  const placed: (DotGeometry & { offset: number })[] = [];
  for (const input of values) {
    const cx = round(scale(input.value));
    const near = placed.filter((dot) => Math.abs(dot.cx - cx) < 8).length;
    const offset = near === 0 ? 0 : (near % 2 === 1 ? -1 : 1) * Math.ceil(near / 2) * 8;
    placed.push({
      district: input.district,
      value: input.value,
      cx,
      cy: 0,
      offset,
      r: input.highlight === true ? 5 : 3.5,
      highlight: input.highlight === true,
    });
  }
  const height = Math.max(minHeight, 2 * Math.max(0, ...placed.map((dot) => Math.abs(dot.offset))) + 14);
  const dots = placed
    .map(({ offset, ...dot }) => ({ ...dot, cy: round(height / 2 + offset) }))
    // The highlighted dot last, so it is drawn on top.
    .sort((a, b) => Number(a.highlight) - Number(b.highlight));
  return { width, height, x1, x2, dots, better: null };
}

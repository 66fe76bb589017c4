/**
 * Geometry of the province map: a tile-grid cartogram of the 31 provinces, one
 * labelled square each in their approximate geographic arrangement
 * (src/lib/regions/provinces.ts). It draws no boundaries, so it is not a map
 * in the sense of 《地图管理条例》 and needs no map review.
 *
 * Tiles are coloured by a value in five quantile-free, equal-width bins
 * (d3's quantize scale); a province without a value is grey.
 */
import { extent } from 'd3-array';
import { scaleQuantize } from 'd3-scale';
import { PROVINCES } from '../regions/provinces.ts';
import { round } from './chart-text.ts';

/** What one province shows. */
export interface ProvinceTileInput {
  /** 6-digit province code. */
  code: string;
  /** The value the tile is coloured by, or null (grey). */
  value: number | null;
  /** Short text printed under the name, e.g. `12` or `95%`; empty for none. */
  valueText: string;
  /** Where the tile links to, or null. */
  href: string | null;
  /** Drawn with a heavy outline (e.g. the province of the district whose page this is). */
  highlight?: boolean;
  /** The tile's accessible name, e.g. `辽宁：2 个地区已发布规划`. */
  label: string;
}

/** One placed tile. */
export interface ProvinceTile {
  code: string;
  short: string;
  x: number;
  y: number;
  size: number;
  fill: string;
  /** Text colour with AA contrast on `fill`. */
  ink: string;
  valueText: string;
  href: string | null;
  highlight: boolean;
  label: string;
}

/** One legend entry: a colour and the value range it stands for. */
export interface TileLegendItem {
  fill: string;
  /** e.g. `80–90`, or `无数据`. */
  text: string;
}

/** The placed map. */
export interface ProvinceTileMapGeometry {
  width: number;
  height: number;
  tiles: ProvinceTile[];
  legend: TileLegendItem[];
}

/** Sequential blues (ColorBrewer Blues, 5 classes) and the ink that reads on each. */
const FILLS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
const INKS = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'] as const;
const EMPTY_FILL = '#f2f2f2';
const EMPTY_INK = '#595959';

/** Places the 31 tiles; `values` may omit provinces (they are drawn grey). */
export function provinceTileMap(
  values: readonly ProvinceTileInput[],
  options: { tileSize?: number; gap?: number; formatBin?: (from: number, to: number) => string } = {},
): ProvinceTileMapGeometry {
  const size = options.tileSize ?? 52;
  const gap = options.gap ?? 4;
  const format = options.formatBin ?? ((from: number, to: number) => `${String(round(from))}–${String(round(to))}`);
  const byCode = new Map(values.map((value) => [value.code, value]));
  const numbers = values.flatMap((value) => (value.value === null ? [] : [value.value]));
  const [low, high] = extent(numbers);
  const bins =
    low === undefined
      ? null
      : scaleQuantize()
          .domain(low === high ? [low - 1, high + 1] : [low, high])
          .range([0, 1, 2, 3, 4]);
  const binOf = (value: number | null): number | null =>
    value === null || bins === null ? null : low === high ? 2 : bins(value);
  const tiles = PROVINCES.map((province): ProvinceTile => {
    const input = byCode.get(province.code);
    const bin = binOf(input?.value ?? null);
    return {
      code: province.code,
      short: province.short,
      x: province.col * (size + gap),
      y: province.row * (size + gap),
      size,
      fill: bin === null ? EMPTY_FILL : (FILLS[bin] ?? EMPTY_FILL),
      ink: bin === null ? EMPTY_INK : (INKS[bin] ?? EMPTY_INK),
      valueText: input?.valueText ?? '',
      href: input?.href ?? null,
      highlight: input?.highlight ?? false,
      label: input?.label ?? province.short,
    };
  });
  const columns = Math.max(...PROVINCES.map((p) => p.col)) + 1;
  const rows = Math.max(...PROVINCES.map((p) => p.row)) + 1;
  const legend: TileLegendItem[] =
    bins === null
      ? []
      : low === high
        ? [{ fill: FILLS[2], text: format(low ?? 0, high ?? 0) }]
        : FILLS.map((fill, index) => {
            const [from, to] = bins.invertExtent(index);
            return { fill, text: format(from, to) };
          });
  if (tiles.some((tile) => tile.fill === EMPTY_FILL)) legend.push({ fill: EMPTY_FILL, text: '无数据' });
  return { width: columns * (size + gap) - gap, height: rows * (size + gap) - gap, tiles, legend };
}

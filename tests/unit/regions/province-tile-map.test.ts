import { describe, expect, it } from 'vitest';
import { provinceTileMapSvg } from '../../../src/lib/charts/chart-svg.ts';
import { provinceTileMap, type ProvinceTileInput } from '../../../src/lib/charts/province-tile-map.ts';

const input = (code: string, value: number | null, extra: Partial<ProvinceTileInput> = {}): ProvinceTileInput => ({
  code,
  value,
  valueText: value === null ? '' : String(value),
  href: `/regions/${code}/`,
  label: code,
  ...extra,
});

describe('provinceTileMap', () => {
  it('places all 31 provinces without overlap and colours only those with a value', () => {
    const map = provinceTileMap([input('210000', 2), input('440000', 10, { highlight: true }), input('330000', 6)]);
    expect(map.tiles).toHaveLength(31);
    const corners = new Set(map.tiles.map((tile) => `${String(tile.x)},${String(tile.y)}`));
    expect(corners.size).toBe(31);
    const fill = (code: string): string => map.tiles.find((tile) => tile.code === code)?.fill ?? '';
    expect(fill('210000')).not.toBe(fill('440000'));
    expect(fill('110000')).toBe('#f2f2f2');
    expect(map.legend.at(-1)?.text).toBe('无数据');
    expect(map.tiles.find((tile) => tile.code === '440000')?.highlight).toBe(true);
    for (const tile of map.tiles) {
      expect(tile.x + tile.size).toBeLessThanOrEqual(map.width);
      expect(tile.y + tile.size).toBeLessThanOrEqual(map.height);
    }
  });

  it('bins the lowest and the highest value into the first and last colour', () => {
    const map = provinceTileMap([input('210000', 0), input('440000', 100), input('330000', 50)]);
    const fills = map.legend.map((item) => item.fill);
    expect(map.tiles.find((t) => t.code === '210000')?.fill).toBe(fills[0]);
    expect(map.tiles.find((t) => t.code === '440000')?.fill).toBe(fills[4]);
  });

  it('writes a link per tile that has one, named by its label', () => {
    const svg = provinceTileMapSvg(provinceTileMap([input('210000', 2, { label: '辽宁：2 个地区' })]), '覆盖');
    expect(svg).toContain('href="/regions/210000/" aria-label="辽宁：2 个地区"');
    expect(svg.match(/<a /g)).toHaveLength(1);
    expect(svg.match(/class="tile"/g)).toHaveLength(31);
  });
});

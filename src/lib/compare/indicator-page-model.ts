/**
 * What the bounded parts of an indicator page show, from its statistics: the
 * province table and map (province medians), the most and least ambitious
 * targets, and the distribution chart's data table. Every list here is bounded
 * (31 provinces, 10 + 10 targets, ≤ 20 bins a year), whatever the number of
 * jurisdictions.
 */
import type { DistributionChartGeometry } from '../charts/distribution-chart.ts';
import type { ProvinceTileInput } from '../charts/province-tile-map.ts';
import type { ProvinceInfo } from '../regions/provinces.ts';
import { districtPath, indicatorProvincePath } from '../site/site-paths.ts';
import { formatValue } from '../targets/format-target.ts';
import { yearStats, type IndicatorStats, type JurisdictionInfo } from './indicator-stats.ts';
import type { TargetPoint } from './indicator-view.ts';
import { statValue } from './stats-text.ts';
import { pointText } from './summary.ts';

/** One row of the province table. */
export interface ProvinceRow {
  province: ProvinceInfo;
  /** The per-province indicator page. */
  href: string;
  /** Jurisdictions of the province with any target for the indicator. */
  targeting: number;
  /** Of them, with a comparable target in the headline year. */
  count: number;
  /** Median and range in the headline year, in words, or `—`. */
  median: string;
  range: string;
}

/** The province table (provinces with any target, in the province table's order). */
export function provinceRows(stats: IndicatorStats, provinces: readonly ProvinceInfo[], base: string): ProvinceRow[] {
  const year = yearStats(stats, stats.headlineYear);
  const unit = stats.unit ?? '';
  return provinces.flatMap((province) => {
    const targeting = stats.targetingByProvince.get(province.code) ?? 0;
    if (targeting === 0) return [];
    const row = year?.provinces.find((p) => p.province.code === province.code);
    return [
      {
        province,
        href: indicatorProvincePath(base, stats.indicator.id, province.slug),
        targeting,
        count: row?.count ?? 0,
        median: row ? statValue(row.median, unit) : '—',
        range: row
          ? row.min === row.max
            ? statValue(row.min, unit)
            : `${statValue(row.min, unit)}–${statValue(row.max, unit)}`
          : '—',
      },
    ];
  });
}

/** The province map's tiles, title and summary: medians of the headline year, or counts where there are none. */
export function provinceMap(
  stats: IndicatorStats,
  rows: readonly ProvinceRow[],
): { tiles: ProvinceTileInput[]; title: string; summary: string; valueHeader: string } {
  const year = yearStats(stats, stats.headlineYear);
  const unit = stats.unit ?? '';
  if (year) {
    const tiles = rows.map((row): ProvinceTileInput => {
      const p = year.provinces.find((item) => item.province.code === row.province.code);
      return {
        code: row.province.code,
        value: p ? p.median : null,
        valueText: p ? formatValue(Math.round(p.median * 100) / 100) : '',
        href: row.href,
        label: p
          ? `${row.province.short}：${String(year.year)}年中位数${statValue(p.median, unit)}（${String(p.count)}个地区）`
          : `${row.province.short}：${String(row.targeting)}个地区设定目标，${String(year.year)}年无绝对目标`,
      };
    });
    const ranked = year.provinces.toSorted((a, b) => a.median - b.median);
    const low = ranked[0];
    const high = ranked.at(-1);
    return {
      tiles,
      title: `各省${String(year.year)}年目标中位数`,
      summary:
        low && high
          ? `${String(year.provinces.length)}个省份有${String(year.year)}年的绝对目标，省内中位数从${statValue(low.median, unit)}（${low.province.short}）到${statValue(high.median, unit)}（${high.province.short}）；全国中位数${statValue(year.summary.median, unit)}。`
          : '',
      valueHeader: `${String(year.year)}年中位数`,
    };
  }
  return {
    tiles: rows.map((row) => ({
      code: row.province.code,
      value: row.targeting,
      valueText: String(row.targeting),
      href: row.href,
      label: `${row.province.short}：${String(row.targeting)}个地区设定目标`,
    })),
    title: '各省设定目标的地区数',
    summary: `${String(rows.length)}个省份有地区设定了目标（均为相对变化目标，不计中位数）。`,
    valueHeader: '设定目标的地区数',
  };
}

/** One row of the most or least ambitious list. */
export interface ExtremeRow {
  recordId: string;
  /** National rank that year (direction-aware), or null (no direction). */
  rank: string | null;
  /** Full name (short names repeat across the country). */
  name: string;
  districtHref: string;
  target: string;
  /** The item in the plan. */
  quoteUrl: string;
}

/** The most and least ambitious targets of each year with targets. */
export function extremeRows(
  stats: IndicatorStats,
  jurisdictions: ReadonlyMap<string, Pick<JurisdictionInfo, 'full_name'>>,
  base: string,
): { year: number; count: number; most: ExtremeRow[]; least: ExtremeRow[] }[] {
  const unit = stats.unit ?? '';
  const row = (point: TargetPoint): ExtremeRow => {
    const rank = stats.view.ranks.get(point.record.id);
    return {
      recordId: point.record.id,
      rank: rank ? `${String(rank.rank)}/${String(rank.of)}` : null,
      name: jurisdictions.get(point.record.district)?.full_name ?? point.record.district_name,
      districtHref: districtPath(base, point.record.district),
      target: `${pointText(point, unit)}${point.record.year_stated ? '' : '*'}`,
      quoteUrl: point.record.url,
    };
  };
  return stats.years.map((year) => ({
    year: year.year,
    count: year.points.length,
    most: year.most.map(row),
    least: year.least.map(row),
  }));
}

/** One row of the distribution chart's data table. */
export interface BinRow {
  year: number;
  /** The bin in words, e.g. `95%–96%`（最后一组含上限）. */
  range: string;
  count: number;
}

/** The data table of a distribution chart: the non-empty bins of each year. */
export function binRows(chart: DistributionChartGeometry, unit: string): BinRow[] {
  return chart.panels.flatMap((panel) =>
    panel.bars
      .filter((bar) => bar.count > 0)
      .map((bar) => ({
        year: panel.year,
        range: `${statValue(bar.from, unit)}–${statValue(bar.to, unit)}`,
        count: bar.count,
      })),
  );
}

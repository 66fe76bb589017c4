import { describe, expect, it } from 'vitest';
import { chartSvg, distributionChartSvg, quantileStripSvg } from '../../../src/lib/charts/chart-svg.ts';
import { distributionChart } from '../../../src/lib/charts/distribution-chart.ts';
import { quantileStrip } from '../../../src/lib/charts/quantile-strip.ts';
import { chartInput } from '../../../src/lib/compare/chart-input.ts';
import { districtProfile } from '../../../src/lib/compare/district-profile.ts';
import { distributionInput } from '../../../src/lib/compare/distribution-input.ts';
import { binRows, extremeRows, provinceMap, provinceRows } from '../../../src/lib/compare/indicator-page-model.ts';
import {
  allIndicatorStats,
  indicatorStats,
  standingOf,
  type IndicatorStats,
  type JurisdictionInfo,
} from '../../../src/lib/compare/indicator-stats.ts';
import type { TargetPoint } from '../../../src/lib/compare/indicator-view.ts';
import { buildIndicatorView } from '../../../src/lib/compare/indicator-view.ts';
import { perJurisdictionView, provinceView } from '../../../src/lib/compare/province-view.ts';
import { PER_JURISDICTION_LIMIT } from '../../../src/lib/compare/scale-threshold.ts';
import { nationalSummary, standingText } from '../../../src/lib/compare/stats-text.ts';
import { indicatorChart } from '../../../src/lib/charts/indicator-chart.ts';
import { PROVINCES } from '../../../src/lib/regions/provinces.ts';
import { realCompareData } from './real-data.ts';
import { syntheticComparison } from './synthetic-data.ts';

const { districts, views } = realCompareData();
const realStats = allIndicatorStats(views, districts);
const bySlug = new Map(districts.map((d) => [d.slug, d]));

/** The p-quantile of ascending `sorted` by linear interpolation (R-7), written out to check d3's. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? Number.NaN;
  return a + (h - lo) * (b - a);
}

/** Checks one indicator's statistics against a direct recount of its comparable targets. */
function expectConsistent(stats: IndicatorStats, jurisdictions: ReadonlyMap<string, JurisdictionInfo>): void {
  const { view } = stats;
  expect(stats.targeting).toBe(new Set(view.targets.map((t) => t.record.district)).size);
  expect(stats.perJurisdiction).toBe(stats.targeting <= PER_JURISDICTION_LIMIT);
  const level = view.panels.find((panel) => panel.kind === 'level');
  for (const year of stats.years) {
    const comparable = (level?.points ?? []).filter((p) => p.record.year === year.year);
    // One target per jurisdiction and year.
    expect(year.points.length).toBe(new Set(comparable.map((p) => p.record.district)).size);
    const sorted = year.points.map((p) => p.value).sort((a, b) => a - b);
    expect(year.values).toEqual(sorted);
    expect(year.summary.min).toBe(sorted[0]);
    expect(year.summary.max).toBe(sorted.at(-1));
    for (const [key, p] of [
      ['q1', 0.25],
      ['median', 0.5],
      ['q3', 0.75],
    ] as const) {
      expect(year.summary[key]).toBeCloseTo(quantile(sorted, p), 9);
    }
    // Most and least ambitious: direction-aware, at most ten, ordered.
    const better = (a: TargetPoint, b: TargetPoint): boolean =>
      stats.indicator.direction === 'lower' ? a.value <= b.value : a.value >= b.value;
    expect(year.most.length).toBe(Math.min(10, year.points.length));
    expect(year.least.length).toBe(Math.min(10, year.points.length));
    year.most.slice(1).forEach((point, i) => {
      expect(better(year.most[i] as TargetPoint, point)).toBe(true);
    });
    year.least.slice(1).forEach((point, i) => {
      expect(better(point, year.least[i] as TargetPoint)).toBe(true);
    });
    const best = stats.indicator.direction === 'lower' ? year.summary.min : year.summary.max;
    expect(year.most[0]?.value).toBe(best);
    // Province counts add up; each province's median lies within its range.
    expect(year.provinces.reduce((sum, p) => sum + p.count, 0)).toBe(year.points.length);
    for (const p of year.provinces) {
      const own = year.points
        .filter((pt) => jurisdictions.get(pt.record.district)?.province_code === p.province.code)
        .map((pt) => pt.value)
        .sort((a, b) => a - b);
      expect(p.count).toBe(own.length);
      expect(p.median).toBeCloseTo(quantile(own, 0.5), 9);
      expect([p.min, p.max]).toEqual([own[0], own.at(-1)]);
    }
    // Standing: rank and percentile by brute force among the same level.
    for (const point of year.points) {
      const info = jurisdictions.get(point.record.district);
      if (!info) continue;
      const standing = standingOf(stats, point, info);
      const peers = year.points
        .filter((p) => jurisdictions.get(p.record.district)?.level === info.level)
        .map((p) => p.value);
      const strictlyBetter = peers.filter((v) =>
        stats.indicator.direction === 'lower' ? v < point.value : v > point.value,
      ).length;
      const equal = peers.filter((v) => v === point.value).length;
      const worse = peers.length - strictlyBetter - equal;
      expect(standing?.of).toBe(peers.length);
      expect(standing?.rank).toBe(stats.indicator.direction === 'none' ? null : 1 + strictlyBetter);
      if (stats.indicator.direction !== 'none') {
        expect(standing?.percentile).toBe(
          peers.length < 2 ? null : Math.round(((worse + (equal - 1) / 2) / (peers.length - 1)) * 100),
        );
      }
      const province = year.points
        .filter((p) => {
          const j = jurisdictions.get(p.record.district);
          return j?.level === info.level && j.province_code === info.province_code;
        })
        .map((p) => p.value)
        .sort((a, b) => a - b);
      expect(standing?.provinceMedian).toBeCloseTo(quantile(province, 0.5), 9);
      expect(standing?.national.median).toBeCloseTo(
        quantile(
          [...peers].sort((a, b) => a - b),
          0.5,
        ),
        9,
      );
    }
  }
}

describe('indicator statistics on the real plans', () => {
  it('agree with a direct recount for every indicator', () => {
    expect(realStats.size).toBe(views.length);
    for (const stats of realStats.values()) expectConsistent(stats, bySlug);
  });

  it('keep every indicator of the nine plans below the per-jurisdiction limit', () => {
    for (const stats of realStats.values()) expect(stats.perJurisdiction).toBe(true);
  });

  it('list the provinces with targets in the province table, linking to their pages', () => {
    const busiest = [...realStats.values()].sort((a, b) => b.targeting - a.targeting)[0];
    if (!busiest) throw new Error('no indicator');
    const rows = provinceRows(busiest, PROVINCES, '/');
    const provincesWithTargets = new Set(
      [...busiest.targetsByDistrict.keys()].map((slug) => bySlug.get(slug)?.province_code),
    );
    expect(rows.map((row) => row.province.code).sort()).toEqual([...provincesWithTargets].sort());
    expect(rows.reduce((sum, row) => sum + row.targeting, 0)).toBe(busiest.targeting);
    for (const row of rows) expect(row.href).toBe(`/indicators/${busiest.indicator.id}/${row.province.slug}/`);
    const map = provinceMap(busiest, rows);
    expect(map.tiles.map((tile) => tile.href)).toEqual(rows.map((row) => row.href));
  });

  it('restrict a comparison to one province without losing its targets', () => {
    for (const stats of realStats.values()) {
      for (const province of new Set(districts.map((d) => d.province_code))) {
        const inside = new Set(districts.filter((d) => d.province_code === province).map((d) => d.slug));
        const part = provinceView(stats.view, inside);
        expect(part.targets).toEqual(stats.view.targets.filter((t) => inside.has(t.record.district)));
        expect(part.districts.every((d) => inside.has(d.district))).toBe(true);
      }
    }
  });
});

describe('indicator statistics of many jurisdictions (synthetic)', () => {
  const real = views.find((view) => view.indicator.direction === 'higher' && view.indicator.unit === 'percent');
  const lower = views.find((view) => view.indicator.direction === 'lower');
  const template = real?.targets[0]?.record;
  if (!real || !template || !lower) throw new Error('the real plans lack a percentage indicator');

  const build = (n: number, view = real): { stats: IndicatorStats; jurisdictions: JurisdictionInfo[] } => {
    const { view: synthetic, jurisdictions } = syntheticComparison(template, view.indicator, n);
    return { stats: indicatorStats(synthetic, new Map(jurisdictions.map((j) => [j.slug, j]))), jurisdictions };
  };

  it('agree with a direct recount, in both directions', () => {
    for (const view of [real, lower]) {
      const { stats, jurisdictions } = build(200, view);
      expect(stats.perJurisdiction).toBe(false);
      expect(stats.targeting).toBe(200);
      expect(stats.years.map((y) => y.year)).toEqual([2025, 2030]);
      expect(stats.notCompared).toBe(Math.ceil(200 / 7));
      expectConsistent(stats, new Map(jurisdictions.map((j) => [j.slug, j])));
    }
  });

  it('rank the most ambitious first and give it the top percentile among its level', () => {
    const { stats, jurisdictions } = build(200);
    const info = new Map(jurisdictions.map((j) => [j.slug, j]));
    const year = stats.years.find((y) => y.year === 2030);
    const top = year?.most[0];
    const bottom = year?.least[0];
    if (!top || !bottom) throw new Error('no targets');
    const topInfo = info.get(top.record.district);
    const bottomInfo = info.get(bottom.record.district);
    if (!topInfo || !bottomInfo) throw new Error('unknown jurisdiction');
    expect(standingOf(stats, top, topInfo)?.rank).toBe(1);
    expect(standingOf(stats, bottom, bottomInfo)?.percentile).toBeLessThanOrEqual(1);
    expect(standingText(standingOf(stats, top, topInfo) ?? ({} as never), 'percent', 'higher')).toMatch(
      /^2030年在\d+个(县级|地级)地区中第1名，比\d+%的同级地区积极；本省\S+中位数/u,
    );
  });

  it('keep the district profile to one row per indicator with a quantile standing', () => {
    const { stats, jurisdictions } = build(200);
    const someone = jurisdictions[5];
    if (!someone) throw new Error('no jurisdiction');
    const { rows } = districtProfile(someone, [stats]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.perJurisdiction).toBe(false);
    expect(rows[0]?.strip).toEqual([]);
    expect(rows[0]?.standing?.of).toBeGreaterThan(PER_JURISDICTION_LIMIT);
  });

  it('draw charts and page parts whose size does not grow with the number of jurisdictions', () => {
    const sizes = [100, 400].map((n) => {
      const { stats, jurisdictions } = build(n);
      const input = distributionInput(stats, 'https://example.org/indicators/x/');
      if (!input) throw new Error('no distribution');
      const chart = distributionChart(input);
      // The bars of each year count every jurisdiction once.
      for (const panel of chart.panels) {
        expect(panel.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(
          stats.years.find((y) => y.year === panel.year)?.points.length,
        );
      }
      const someone = jurisdictions[3];
      const year = stats.years.at(-1);
      if (!someone || !year) throw new Error('no data');
      const standing = standingOf(stats, year.points[0] as TargetPoint, someone);
      const strip = quantileStripSvg(
        quantileStrip({
          ...year.summary,
          value: year.points[0]?.value ?? 0,
          provinceMedian: standing?.provinceMedian ?? 0,
        }),
        'strip',
      );
      const rows = provinceRows(stats, PROVINCES, '/');
      const parts = JSON.stringify({
        summary: nationalSummary(stats),
        bins: binRows(chart, 'percent'),
        extremes: extremeRows(stats, new Map(jurisdictions.map((j) => [j.slug, j])), '/'),
        rows,
        map: provinceMap(stats, rows),
      });
      return { svg: distributionChartSvg(chart).length, strip: strip.length, parts: parts.length };
    });
    const [small, large] = sizes;
    if (!small || !large) throw new Error('no sizes');
    expect(large.svg).toBeLessThan(small.svg * 1.1);
    expect(large.strip).toBeLessThan(small.strip * 1.1);
    expect(large.parts).toBeLessThan(small.parts * 1.3);
    // The per-jurisdiction chart it replaces grows with every jurisdiction.
    const perJurisdiction = [100, 400].map((n) => {
      const { view } = syntheticComparison(template, real.indicator, n);
      return chartSvg(indicatorChart(chartInput(view, 'x'))).length;
    });
    expect((perJurisdiction[1] ?? 0) / (perJurisdiction[0] ?? 1)).toBeGreaterThan(3);
  });

  it('show only the jurisdictions with targets where few of many jurisdictions target an indicator', () => {
    const sizes = [100, 400].map((n) => {
      const { jurisdictions, records } = syntheticComparison(template, real.indicator, n);
      const targeting = new Set(jurisdictions.slice(0, 5).map((j) => j.slug));
      const view = buildIndicatorView(real.indicator, {
        records: records.filter((r) => targeting.has(r.district)),
        districts: jurisdictions,
        plans: jurisdictions.map((j) => ({ district: j.slug, plan: real.indicator.group })),
      });
      const shown = perJurisdictionView(view);
      expect(shown.districts.map((d) => d.district)).toEqual([...targeting]);
      expect(shown.targets).toEqual(view.targets);
      const stats = indicatorStats(view, new Map(jurisdictions.map((j) => [j.slug, j])));
      expect(stats.perJurisdiction).toBe(true);
      expect(stats.eligible).toBe(n);
      return chartSvg(indicatorChart(chartInput(shown, 'x'))).length + nationalSummary(stats).length;
    });
    expect(sizes[1]).toBe(sizes[0]);
    // Below the limit of jurisdictions in the country, the view is the whole comparison.
    for (const view of views) expect(perJurisdictionView(view)).toBe(view);
  });
});

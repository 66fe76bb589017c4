/**
 * National statistics of one indicator, for the views that stay the same size
 * however many jurisdictions set targets: per target year the number of
 * jurisdictions, the five-number summary, the most and least ambitious
 * (direction-aware) and the province counts, medians and ranges; and where one
 * target stands among the jurisdictions of the same level (rank, percentile,
 * its province's median and the national median).
 *
 * Only comparable targets enter a distribution: absolute (`level`) targets in
 * the indicator's unit (or converted into it), one per jurisdiction and year
 * (src/lib/compare/comparability.ts). Change targets and unconvertible units
 * are counted apart and never mixed in.
 */
import { bisectLeft, bisectRight, quantileSorted } from 'd3-array';
import type { DivisionLevel } from '../../schema/district.ts';
import type { Indicator } from '../../schema/indicator.ts';
import { PROVINCES, provinceByCode, type ProvinceInfo } from '../regions/provinces.ts';
import type { ChartPanel, IndicatorView, TargetPoint, TargetStatus } from './indicator-view.ts';
import { headlinePoints } from './summary.ts';
import { PER_JURISDICTION_LIMIT } from './scale-threshold.ts';

/** What the statistics need to know of a jurisdiction. */
export interface JurisdictionInfo {
  slug: string;
  /** Short name, e.g. 铁西区. */
  name: string;
  /** Full name, e.g. 辽宁省鞍山市铁西区 (short names repeat across the country). */
  full_name: string;
  level: DivisionLevel;
  /** 6-digit code of its province. */
  province_code: string;
}

/** Minimum, quartiles, median and maximum of some values. */
export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One province's targets of one year. */
export interface ProvinceYearStats {
  province: ProvinceInfo;
  /** Jurisdictions of the province with a comparable target that year. */
  count: number;
  median: number;
  min: number;
  max: number;
}

/** The comparable targets of one year. */
export interface YearStats {
  year: number;
  /** One target per jurisdiction (its first in page order), ascending by value. */
  points: TargetPoint[];
  /** Their values, ascending. */
  values: number[];
  summary: FiveNumbers;
  /** Up to 10 most ambitious, most first (direction `none`: the highest values). */
  most: TargetPoint[];
  /** Up to 10 least ambitious, least first (direction `none`: the lowest values). */
  least: TargetPoint[];
  /** Provinces with targets that year, in the order of the province table. */
  provinces: ProvinceYearStats[];
}

/** Everything the bounded indicator views show, computed once per build. */
export interface IndicatorStats {
  indicator: Indicator;
  /** The comparison the statistics are of. */
  view: IndicatorView;
  /** Unit of the comparable (absolute) targets, or null where there are none. */
  unit: string | null;
  /** Jurisdictions with any target for the indicator (any year, any kind). */
  targeting: number;
  /** Jurisdictions with a published plan of the indicator's group. */
  eligible: number;
  /** Few enough jurisdictions to show each one's target (≤ PER_JURISDICTION_LIMIT). */
  perJurisdiction: boolean;
  /** Years with comparable targets, ascending. */
  years: YearStats[];
  /** The year most jurisdictions target (the later on a tie), or null. */
  headlineYear: number | null;
  /** Targets not in any distribution: changes relative to a baseline, units that cannot be converted. */
  notCompared: number;
  /** Jurisdictions with any target, by province code. */
  targetingByProvince: Map<string, number>;
  /** Each jurisdiction's status (only those with a plan of the group; others are `no-plan`). */
  status: Map<string, TargetStatus>;
  /** Each jurisdiction's targets, in page order. */
  targetsByDistrict: Map<string, TargetPoint[]>;
  /** The panel of each target, by record id. */
  panelOf: Map<string, ChartPanel>;
  /** Comparable values (ascending) by year, then by `level` or `level|province code`. */
  sortedByGroup: Map<number, Map<string, number[]>>;
}

/** How many to list as most and least ambitious. */
export const EXTREMES_COUNT = 10;

/** Whether `count` jurisdictions are few enough to show each one's target. */
export function showsEachJurisdiction(count: number): boolean {
  return count <= PER_JURISDICTION_LIMIT;
}

/** The five-number summary of `sorted` (ascending, not empty). */
export function fiveNumbers(sorted: number[]): FiveNumbers {
  const at = (p: number): number => quantileSorted(sorted, p) ?? Number.NaN;
  return { min: at(0), q1: at(0.25), median: at(0.5), q3: at(0.75), max: at(1) };
}

/** `points` ordered from the most ambitious (direction `none`: the highest value first). */
function byAmbition(points: readonly TargetPoint[], indicator: Indicator): TargetPoint[] {
  const sign = indicator.direction === 'lower' ? 1 : -1;
  return [...points].sort((a, b) => sign * (a.value - b.value));
}

function groupKey(level: DivisionLevel, province?: string): string {
  return province === undefined ? level : `${level}|${province}`;
}

/** The statistics of `view`; `jurisdictions` gives each district's level and province. */
export function indicatorStats(
  view: IndicatorView,
  jurisdictions: ReadonlyMap<string, JurisdictionInfo>,
): IndicatorStats {
  const { indicator } = view;
  const status = new Map<string, TargetStatus>();
  for (const district of view.districts)
    if (district.status !== 'no-plan') status.set(district.district, district.status);
  const targetsByDistrict = new Map<string, TargetPoint[]>();
  for (const point of view.targets) {
    const list = targetsByDistrict.get(point.record.district) ?? [];
    list.push(point);
    targetsByDistrict.set(point.record.district, list);
  }
  const targetingByProvince = new Map<string, number>();
  for (const district of targetsByDistrict.keys()) {
    const code = jurisdictions.get(district)?.province_code;
    if (code !== undefined) targetingByProvince.set(code, (targetingByProvince.get(code) ?? 0) + 1);
  }
  const panelOf = new Map(view.panels.flatMap((panel) => panel.points.map((point) => [point.record.id, panel])));
  const level = view.panels.find((panel) => panel.kind === 'level');
  const years: YearStats[] = [];
  const sortedByGroup = new Map<number, Map<string, number[]>>();
  for (const year of view.years) {
    const seen = new Set<string>();
    const points = (level?.points ?? []).filter((point) => {
      if (point.record.year !== year || seen.has(point.record.district)) return false;
      seen.add(point.record.district);
      return true;
    });
    if (points.length === 0) continue;
    points.sort((a, b) => a.value - b.value);
    const values = points.map((point) => point.value);
    const ranked = byAmbition(points, indicator);
    const groups = new Map<string, number[]>();
    const byProvince = new Map<string, number[]>();
    for (const point of points) {
      const info = jurisdictions.get(point.record.district);
      if (!info) continue;
      // `points` is ascending, so every group's list is filled in ascending order.
      for (const key of [groupKey(info.level), groupKey(info.level, info.province_code)]) {
        const list = groups.get(key) ?? [];
        list.push(point.value);
        groups.set(key, list);
      }
      const list = byProvince.get(info.province_code) ?? [];
      list.push(point.value);
      byProvince.set(info.province_code, list);
    }
    sortedByGroup.set(year, groups);
    years.push({
      year,
      points,
      values,
      summary: fiveNumbers(values),
      most: ranked.slice(0, EXTREMES_COUNT),
      least: ranked.slice(-EXTREMES_COUNT).reverse(),
      provinces: PROVINCES.flatMap((province) => {
        const list = byProvince.get(province.code);
        if (!list) return [];
        const summary = fiveNumbers(list);
        return [{ province, count: list.length, median: summary.median, min: summary.min, max: summary.max }];
      }),
    });
  }
  const headline = level ? headlinePoints(level) : null;
  return {
    indicator,
    view,
    unit: level?.unit ?? null,
    targeting: targetsByDistrict.size,
    eligible: status.size,
    perJurisdiction: showsEachJurisdiction(targetsByDistrict.size),
    years,
    headlineYear: headline && headline.points.length > 0 ? headline.year : null,
    notCompared: view.targets.filter((point) => point.record.kind === 'change' || !panelOf.has(point.record.id)).length,
    targetingByProvince,
    status,
    targetsByDistrict,
    panelOf,
    sortedByGroup,
  };
}

/** The year statistics of `year`, or undefined. */
export function yearStats(stats: IndicatorStats, year: number | null): YearStats | undefined {
  return stats.years.find((y) => y.year === year);
}

/** Where one target stands among the same year's targets of jurisdictions of the same level. */
export interface Standing {
  year: number;
  value: number;
  level: DivisionLevel;
  /** 1 for the most ambitious, ties sharing a rank; null where the indicator has no better direction. */
  rank: number | null;
  /** How many jurisdictions of the level target that year. */
  of: number;
  /**
   * Share (0–100) of the other same-level jurisdictions whose target it is
   * more ambitious than, ties counted half (direction `none`: whose value it is
   * above); null where it is alone.
   */
  percentile: number | null;
  /** The same level's five numbers, nationally. */
  national: FiveNumbers;
  /** Median of its province's same-level targets (its own included). */
  provinceMedian: number;
  /** How many same-level jurisdictions of its province target that year. */
  provinceCount: number;
}

/** The standing of `point` (a comparable target of `stats`), or null where it is not compared. */
export function standingOf(
  stats: IndicatorStats,
  point: TargetPoint,
  jurisdiction: Pick<JurisdictionInfo, 'level' | 'province_code'>,
): Standing | null {
  const groups = stats.sortedByGroup.get(point.record.year);
  const peers = groups?.get(groupKey(jurisdiction.level));
  const province = groups?.get(groupKey(jurisdiction.level, jurisdiction.province_code));
  if (!peers || !province || stats.panelOf.get(point.record.id)?.kind !== 'level') return null;
  const n = peers.length;
  const below = bisectLeft(peers, point.value);
  const above = n - bisectRight(peers, point.value);
  const equal = n - below - above;
  const direction = stats.indicator.direction;
  const worse = direction === 'lower' ? above : below;
  const better = direction === 'lower' ? below : above;
  return {
    year: point.record.year,
    value: point.value,
    level: jurisdiction.level,
    rank: direction === 'none' ? null : 1 + better,
    of: n,
    percentile: n < 2 ? null : Math.round(((worse + (equal - 1) / 2) / (n - 1)) * 100),
    national: fiveNumbers(peers),
    provinceMedian: fiveNumbers(province).median,
    provinceCount: province.length,
  };
}

/** The statistics of every view, by indicator id. */
export function allIndicatorStats(
  views: readonly IndicatorView[],
  jurisdictions: readonly JurisdictionInfo[],
): Map<string, IndicatorStats> {
  const bySlug = new Map(jurisdictions.map((j) => [j.slug, j]));
  return new Map(views.map((view) => [view.indicator.id, indicatorStats(view, bySlug)]));
}

/** The province of a jurisdiction, or undefined. */
export function provinceOf(jurisdiction: Pick<JurisdictionInfo, 'province_code'>): ProvinceInfo | undefined {
  return provinceByCode(jurisdiction.province_code);
}

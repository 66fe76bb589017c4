/**
 * Everything an indicator's comparison needs, from the dataset records: the
 * jurisdictions that target it (and those that do not, or have no such plan),
 * its targets with comparability flags, the chart panels (absolute targets on
 * one axis in the indicator's unit; relative changes on their own axes) and
 * the direction-aware ranks.
 */
import type { District } from '../../schema/district.ts';
import type { Indicator } from '../../schema/indicator.ts';
import type { PlanKind } from '../../schema/plan.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import { convert, isConvertible } from '../targets/units.ts';
import { rankByAmbition, type Rank } from './ambition.ts';
import { indicatorCaveats, recordFlags, type FlagId } from './comparability.ts';

/** Whether a jurisdiction targets the indicator. */
export type TargetStatus = 'target' | 'no-target' | 'no-plan';

/** One jurisdiction in an indicator's comparison. */
export interface DistrictStatus {
  /** District slug. */
  district: string;
  /** Short Chinese name, e.g. 细河区. */
  name: string;
  /** `target`; `no-target` (its plan sets none); `no-plan` (no plan of the indicator's group is published here). */
  status: TargetStatus;
}

/** One target with what the comparison needs. */
export interface TargetPoint {
  record: TargetRecord;
  flags: FlagId[];
  /** The value in its panel's unit (the indicator's unit for absolute targets). */
  value: number;
}

/** One chart panel: targets on one shared axis. */
export interface ChartPanel {
  /** `level` (absolute targets in the indicator's unit) or `change` (changes relative to a baseline). */
  kind: 'level' | 'change';
  /** Unit of the axis. */
  unit: string;
  /** The targets on it, in jurisdiction order, then by year. */
  points: TargetPoint[];
}

/** The comparison of one indicator. */
export interface IndicatorView {
  indicator: Indicator;
  /** Every jurisdiction, in the order of `data/districts.yaml`. */
  districts: DistrictStatus[];
  /** Every target of the indicator, in jurisdiction order, then by year. */
  targets: TargetPoint[];
  /** Chart panels: absolute targets first, then changes by unit. */
  panels: ChartPanel[];
  /** Targets on no panel (unit not convertible). */
  excluded: TargetPoint[];
  /** Target years, ascending. */
  years: number[];
  /** Indicator-level caveats in words. */
  caveats: string[];
  /** Ranks of the absolute targets among those of the same year, by record id. */
  ranks: Map<string, Rank>;
}

/** What `buildIndicatorView` reads. */
export interface CompareInput {
  /** Every record of the dataset. */
  records: readonly TargetRecord[];
  /** The jurisdictions, in display order. */
  districts: readonly Pick<District, 'slug' | 'name'>[];
  /** Which plans are published. */
  plans: readonly { district: string; plan: PlanKind }[];
}

/** The comparison of `indicator`. */
export function buildIndicatorView(indicator: Indicator, input: CompareInput): IndicatorView {
  const order = new Map(input.districts.map((district, index) => [district.slug, index]));
  const records = input.records
    .filter((record) => record.indicator === indicator.id)
    .sort(
      (a, b) =>
        (order.get(a.district) ?? 99) - (order.get(b.district) ?? 99) ||
        a.year - b.year ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const targets: TargetPoint[] = records.map((record) => {
    const flags = recordFlags(record, indicator.unit, input.records);
    const value =
      record.kind === 'level' && isConvertible(record.unit, indicator.unit)
        ? convert(record.value, record.unit, indicator.unit)
        : record.value;
    return { record, flags, value };
  });
  // Sets, not scans: every jurisdiction of the country is looked up here.
  const targeting = new Set(records.map((record) => record.district));
  const withPlan = new Set(input.plans.filter((plan) => plan.plan === indicator.group).map((plan) => plan.district));
  const districts = input.districts.map(({ slug, name }): DistrictStatus => {
    const status: TargetStatus = targeting.has(slug) ? 'target' : withPlan.has(slug) ? 'no-target' : 'no-plan';
    return { district: slug, name, status };
  });
  const level = targets.filter((t) => t.record.kind === 'level' && !t.flags.includes('unit-not-convertible'));
  const excluded = targets.filter((t) => t.flags.includes('unit-not-convertible'));
  const panels: ChartPanel[] = [];
  if (level.length > 0) panels.push({ kind: 'level', unit: indicator.unit, points: level });
  const changeUnits = [...new Set(targets.filter((t) => t.record.kind === 'change').map((t) => t.record.unit))];
  for (const unit of changeUnits) {
    panels.push({
      kind: 'change',
      unit,
      points: targets.filter((t) => t.record.kind === 'change' && t.record.unit === unit),
    });
  }
  const years = [...new Set(records.map((record) => record.year))].sort((a, b) => a - b);
  const ranks = new Map<string, Rank>();
  for (const year of years) {
    const items = level.filter((t) => t.record.year === year).map((t) => ({ key: t.record.id, value: t.value }));
    for (const [key, rank] of rankByAmbition(items, indicator.direction)) ranks.set(key, rank);
  }
  return {
    indicator,
    districts,
    targets,
    panels,
    excluded,
    years,
    caveats: indicatorCaveats(targets, indicator.unit),
    ranks,
  };
}

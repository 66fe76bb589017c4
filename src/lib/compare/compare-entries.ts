/**
 * A jurisdiction's targets as the comparison matrix shows them: one small
 * record per target (display text, year, flags, the value to rank by). The
 * build writes one file per jurisdiction (`/data/districts/<slug>.json`); the
 * /compare/ page fetches the files of the jurisdictions a reader picks, and
 * the static matrices read the same data at build time, so every matrix is
 * built by one function (`matrixOfDistricts`) from the same data.
 */
import type { District } from '../../schema/district.ts';
import type { Indicator } from '../../schema/indicator.ts';
import type { PlanKind } from '../../schema/plan.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import { provinceByCode } from '../regions/provinces.ts';
import { formatTarget } from '../targets/format-target.ts';
import { convert, isConvertible } from '../targets/units.ts';
import { recordFlags, type FlagId } from './comparability.ts';

/** One target of a jurisdiction, as a matrix cell shows it. */
export interface CompareEntry {
  /** Indicator id. */
  indicator: string;
  /** The dataset record's id. */
  recordId: string;
  year: number;
  /** False where the year is implied by the plan period. */
  yearStated: boolean;
  kind: 'level' | 'change';
  /** E.g. `≥95%` (absolute targets in the indicator's unit), `下降 ≥20%`; as printed where the unit cannot be converted. */
  text: string;
  /** Link to the item in the plan. */
  quoteUrl: string;
  flags: FlagId[];
  /** The value in the indicator's unit, to rank by; null where not ranked (a change, or a unit that cannot be converted). */
  value: number | null;
}

/** What a matrix needs of one jurisdiction (the content of `/data/districts/<slug>.json`). */
export interface DistrictCompareData {
  slug: string;
  /** Short name, e.g. 细河区. */
  name: string;
  /** Full name, e.g. 辽宁省阜新市细河区. */
  full_name: string;
  /** Province URL slug, e.g. `liaoning`, or null where the code is outside the 31 provinces. */
  province: string | null;
  /** The plan groups published for it. */
  plans: PlanKind[];
  /** Its targets, by indicator id, then year, then record id. */
  entries: CompareEntry[];
}

function compareEntry(record: TargetRecord, indicator: Indicator, sameItem: readonly TargetRecord[]): CompareEntry {
  const convertible = record.kind === 'level' && isConvertible(record.unit, indicator.unit);
  const value = convertible ? convert(record.value, record.unit, indicator.unit) : null;
  // The same text as the indicator page's panels (summary.ts pointText): levels in the
  // indicator's unit, changes in their own unit, unconvertible levels as printed.
  const text =
    record.kind === 'change'
      ? formatTarget(record)
      : value !== null
        ? formatTarget({ ...record, value, unit: indicator.unit })
        : record.value_as_written;
  return {
    indicator: record.indicator,
    recordId: record.id,
    year: record.year,
    yearStated: record.year_stated,
    kind: record.kind,
    text,
    quoteUrl: record.url,
    // recordFlags looks for a value shared with another indicator in the same item only,
    // so the item's records are enough (and keep this linear in the number of records).
    flags: recordFlags(record, indicator.unit, sameItem),
    value,
  };
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Every jurisdiction's comparison data (in the order of `districts`), in one pass over the records. */
export function districtCompareData(input: {
  records: readonly TargetRecord[];
  districts: readonly District[];
  plans: readonly { district: string; plan: PlanKind }[];
  indicators: readonly Indicator[];
}): DistrictCompareData[] {
  const indicatorById = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const byItem = byKey(input.records, (record) => record.url);
  const byDistrict = byKey(input.records, (record) => record.district);
  const plansOf = byKey(input.plans, (plan) => plan.district);
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return input.districts.map((district) => ({
    slug: district.slug,
    name: district.name,
    full_name: district.full_name,
    province: provinceByCode(district.province_code)?.slug ?? null,
    plans: (['women', 'children'] as const).filter((kind) =>
      (plansOf.get(district.slug) ?? []).some((plan) => plan.plan === kind),
    ),
    entries: (byDistrict.get(district.slug) ?? [])
      .flatMap((record) => {
        const indicator = indicatorById.get(record.indicator);
        return indicator ? [compareEntry(record, indicator, byItem.get(record.url) ?? [])] : [];
      })
      .sort((a, b) => cmp(a.indicator, b.indicator) || a.year - b.year || cmp(a.recordId, b.recordId)),
  }));
}

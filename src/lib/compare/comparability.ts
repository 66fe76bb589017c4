/**
 * Comparability flags: the reasons two targets of one indicator cannot simply
 * be set side by side. Charts, tables, the matrix and the per-indicator
 * downloads show them, so that no chart silently mixes targets that are not
 * directly comparable.
 */
import type { TargetRecord } from '../../schema/target-record.ts';
import { isConvertible } from '../targets/units.ts';
import { unitSymbol } from '../targets/format-target.ts';
import { FLAG_ORDER, type FlagId } from './flag-symbols.ts';

export { FLAG_ORDER, FLAG_SYMBOLS, flagSymbols, type FlagId } from './flag-symbols.ts';

/** Short Chinese explanation of each flag, as printed beside a target. */
export const FLAG_LABELS: Readonly<Record<FlagId, string>> = {
  'implied-year': '条目未写明年份，按规划期末年份计',
  change: '相对基期的变化目标，不是绝对水平，不与绝对目标同轴比较',
  'unit-corrected': '原文单位有误，已按注释更正',
  'unit-converted': '已从原文单位换算为本指标的统一单位',
  'shared-value': '原文一个数值同时适用于两项及以上指标',
  'unit-not-convertible': '单位无法换算为本指标的统一单位，未绘入图中',
};

/**
 * The printed figures of a dataset by item, year and figure, with the
 * indicators each was read for: a figure read for two or more indicators is a
 * shared value. Built once per dataset (a scan of every record per record would
 * grow with the square of the dataset).
 */
export type SharedValueIndex = ReadonlyMap<string, ReadonlySet<string>>;

function sharedValueKey(record: Pick<TargetRecord, 'url' | 'year' | 'value_as_written'>): string {
  return `${record.url}\u0000${String(record.year)}\u0000${record.value_as_written}`;
}

const sharedValueIndexes = new WeakMap<readonly TargetRecord[], SharedValueIndex>();

/** The shared-value index of `all` (cached per records array). */
export function sharedValueIndex(all: readonly TargetRecord[]): SharedValueIndex {
  const cached = sharedValueIndexes.get(all);
  if (cached) return cached;
  const index = new Map<string, Set<string>>();
  for (const record of all) {
    const key = sharedValueKey(record);
    const indicators = index.get(key) ?? new Set<string>();
    indicators.add(record.indicator);
    index.set(key, indicators);
  }
  sharedValueIndexes.set(all, index);
  return index;
}

/**
 * The flags of one record. `all` is every record of the dataset (to find a
 * value shared with another indicator: same plan, item and year, the same
 * printed figure, another indicator).
 */
export function recordFlags(record: TargetRecord, indicatorUnit: string, all: readonly TargetRecord[]): FlagId[] {
  const flags = new Set<FlagId>();
  if (!record.year_stated) flags.add('implied-year');
  if (record.kind === 'change') flags.add('change');
  if (record.unit_as_written !== null) flags.add('unit-corrected');
  if (record.kind === 'level') {
    if (!isConvertible(record.unit, indicatorUnit)) flags.add('unit-not-convertible');
    else if (record.unit !== indicatorUnit) flags.add('unit-converted');
  }
  const indicators = sharedValueIndex(all).get(sharedValueKey(record));
  if (indicators && [...indicators].some((indicator) => indicator !== record.indicator)) flags.add('shared-value');
  return FLAG_ORDER.filter((flag) => flags.has(flag));
}

/**
 * Indicator-level caveats in words (Chinese), e.g. that the jurisdictions set
 * targets for different years or mix relative and absolute targets.
 */
export function indicatorCaveats(
  targets: readonly { record: TargetRecord; flags: readonly FlagId[] }[],
  indicatorUnit: string,
): string[] {
  const records = targets.map((target) => target.record);
  const caveats: string[] = [];
  const years = [...new Set(records.map((r) => r.year))].sort();
  if (years.length > 1) caveats.push(`目标年份不同（${years.map(String).join('年、')}年），只比较同一年份的目标。`);
  const implied = records.filter((r) => !r.year_stated).length;
  if (implied > 0) caveats.push(`${String(implied)}项目标的年份为推定：条目未写明年份，按规划期末年份计（标 *）。`);
  const kinds = new Set(records.map((r) => r.kind));
  if (kinds.has('change') && kinds.has('level')) {
    caveats.push('既有绝对目标也有相对基期的变化目标（标 Δ），二者分图显示，不在同一坐标轴上比较。');
  } else if (kinds.has('change')) {
    caveats.push('均为相对基期的变化目标（标 Δ），基期和基数各不相同，变化幅度不等于绝对水平。');
  }
  if (records.some((r) => r.unit_as_written !== null)) caveats.push('部分目标的原文单位有误，已更正（标 †）。');
  const converted = records.filter((r) => r.kind === 'level' && r.unit !== indicatorUnit);
  if (converted.some((r) => isConvertible(r.unit, indicatorUnit))) {
    caveats.push(`部分目标已从原文单位换算为${unitSymbol(indicatorUnit)}（标 ‡）。`);
  }
  if (converted.some((r) => !isConvertible(r.unit, indicatorUnit))) {
    caveats.push('部分目标的单位无法换算为统一单位，未绘入图中（标 ¶）。');
  }
  if (targets.some((target) => target.flags.includes('shared-value'))) {
    caveats.push('部分数值在原文中同时适用于两项及以上指标（如“分别达到”“均达到”，标 §）。');
  }
  return caveats;
}

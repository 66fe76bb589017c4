import { format } from 'd3-format';
import type { Comparator } from '../../schema/target.ts';
import { unitById } from './units.ts';
import { parseAnchorId } from '../plan/anchor-id.ts';

const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = { '<=': '≤', '>=': '≥', '=': '', '~': '约' };

/** The comparator as readers write it: ≤, ≥, 约, or nothing for "exactly". */
export function comparatorSign(comparator: Comparator): string {
  return COMPARATOR_SIGNS[comparator];
}

/** Display symbol of a unit id, e.g. `per-100k` → `/10万`. */
export function unitSymbol(unit: string): string {
  return unitById(unit)?.symbols[0] ?? unit;
}

const formatNumber = format(',~r');

/** A number without float noise, with thousands separators, e.g. 10.5, 2,500. */
export function formatValue(value: number): string {
  return formatNumber(Number(value.toPrecision(12)));
}

/**
 * A target as one short string: `≤10.5/10万`, `≥95%`, `约45%`; changes say
 * so: `下降 ≥20%`, `提高 2个百分点`.
 */
export function formatTarget(target: {
  comparator: Comparator;
  value: number;
  unit: string;
  kind: 'level' | 'change';
}): string {
  const sign = comparatorSign(
    target.kind === 'change' && target.value < 0 ? flip(target.comparator) : target.comparator,
  );
  const magnitude = `${sign}${formatValue(Math.abs(target.value))}${unitSymbol(target.unit)}`;
  if (target.kind === 'level') return magnitude;
  return `${target.value < 0 ? '下降' : '提高'} ${magnitude}`;
}

function flip(comparator: Comparator): Comparator {
  return comparator === '<=' ? '>=' : comparator === '>=' ? '<=' : comparator;
}

/** A reader's name for an item anchor: `health-t2` → 主要目标第2条, `health-m3` → 策略措施第3条, `project-1` → 重点工程第1项. */
export function itemLabel(anchor: string): string {
  const item = parseAnchorId(anchor);
  const [number, sub] = item.numbers;
  if (item.kind !== 'item' || number === undefined || item.numbers.length > 2) return anchor;
  if (item.section === 'projects')
    return `重点工程第${String(number)}项${sub === undefined ? '' : `第${String(sub)}款`}`;
  const block = item.section === 'targets' ? '主要目标' : '策略措施';
  return `${block}第${String(number)}条${sub === undefined ? '' : `第${String(sub)}项`}`;
}

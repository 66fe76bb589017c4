/**
 * Direction-aware ranking of the targets of one indicator for one year: which
 * jurisdiction set the most ambitious target. An indicator whose direction is
 * `none` (a structure or balance) is never ranked or coloured.
 */
import { ascending, bisectLeft, bisectRight } from 'd3-array';
import type { Direction } from '../../schema/indicator.ts';

/** Ambition relative to the others: the most ambitious, the least, or between. */
export type AmbitionLevel = 'high' | 'mid' | 'low';

/** One target's place among the others. */
export interface Rank {
  /** 1 for the most ambitious; ties share a rank. */
  rank: number;
  /** How many targets were ranked. */
  of: number;
  /** Colour class, or null where all targets are equal (nothing to tell apart). */
  level: AmbitionLevel | null;
}

/** Chinese words for the levels (legends and cell labels). */
export const AMBITION_LABELS: Readonly<Record<AmbitionLevel, string>> = {
  high: '最积极',
  mid: '居中',
  low: '最保守',
};

/**
 * Ranks `items` (one value each, all in one unit and for one year) by
 * ambition: higher values first where `direction` is `higher`, lower first
 * where `lower`. Returns an empty map for `none` or fewer than two items.
 */
export function rankByAmbition(
  items: readonly { key: string; value: number }[],
  direction: Direction,
): Map<string, Rank> {
  const ranks = new Map<string, Rank>();
  if (direction === 'none' || items.length < 2) return ranks;
  // Sorted once and searched by bisection, so ranking n targets takes n log n
  // (thousands of jurisdictions per indicator at national scale).
  const sorted = items.map((item) => item.value).sort(ascending);
  const distinct = [...new Set(sorted)];
  const n = sorted.length;
  for (const item of items) {
    const better = direction === 'higher' ? n - bisectRight(sorted, item.value) : bisectLeft(sorted, item.value);
    const index = bisectLeft(distinct, item.value);
    const fromBest = direction === 'higher' ? distinct.length - 1 - index : index;
    const level: AmbitionLevel | null =
      distinct.length < 2 ? null : fromBest === 0 ? 'high' : fromBest === distinct.length - 1 ? 'low' : 'mid';
    ranks.set(item.key, { rank: 1 + better, of: n, level });
  }
  return ranks;
}

/** A rank in words, e.g. `第1/4（最积极）`. */
export function rankLabel(rank: Rank): string {
  return `第${String(rank.rank)}/${String(rank.of)}${rank.level ? `（${AMBITION_LABELS[rank.level]}）` : '（各地相同）'}`;
}

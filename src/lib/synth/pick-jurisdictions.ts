import type { Division } from '../../schema/division.ts';
import type { PlanKind } from '../../schema/plan.ts';
import { hashText } from './seeded-random.ts';

/** One plan of the synthetic corpus: a jurisdiction and which of its plans. */
export interface SyntheticPlanSlot {
  /** The jurisdiction. */
  division: Division;
  /** Which plan. */
  plan: PlanKind;
}

/**
 * The plans of a synthetic corpus: every division with a women's and a
 * children's plan, or, with `count`, a deterministic subset spread evenly across
 * provinces (round-robin over the provinces, each province's divisions in a
 * seeded order), so a smaller corpus is always a subset of a larger one.
 */
export function pickPlanSlots(divisions: readonly Division[], seed: string, count?: number): SyntheticPlanSlot[] {
  const byProvince = new Map<string, Division[]>();
  for (const division of divisions) {
    const list = byProvince.get(division.province_code) ?? [];
    list.push(division);
    byProvince.set(division.province_code, list);
  }
  const queues = [...byProvince.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, list]) =>
      list
        .map((division) => ({ division, key: hashText(`${seed}:${division.code}`) }))
        .sort((a, b) => a.key - b.key || a.division.code.localeCompare(b.division.code))
        .map(({ division }) => division),
    );
  const order: Division[] = [];
  for (let round = 0; order.length < divisions.length; round++) {
    for (const queue of queues) {
      const division = queue[round];
      if (division) order.push(division);
    }
  }
  const slots = order.flatMap((division): SyntheticPlanSlot[] => [
    { division, plan: 'women' },
    { division, plan: 'children' },
  ]);
  return count === undefined ? slots : slots.slice(0, Math.max(0, count));
}

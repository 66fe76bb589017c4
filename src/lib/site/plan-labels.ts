import type { PlanKind } from '../../schema/plan.ts';

/** What the site shows where the source does not give a value (never an invented one). */
export const NOT_STATED = '原文未载明';

/** Chinese names of the plan kinds, e.g. 妇女发展规划. */
export const PLAN_KIND_LABELS: Readonly<Record<PlanKind, string>> = {
  women: '妇女发展规划',
  children: '儿童发展规划',
};

/** Short Chinese names of the plan kinds, e.g. 妇女. */
export const PLAN_KIND_SHORT_LABELS: Readonly<Record<PlanKind, string>> = {
  women: '妇女',
  children: '儿童',
};

/** Display order of the plan kinds: women's plan first, as the sources print them. */
export const PLAN_KIND_ORDER: readonly PlanKind[] = ['women', 'children'];

/** The Chinese name of a plan kind, e.g. `children` → 儿童发展规划. */
export function planKindLabel(kind: PlanKind): string {
  return PLAN_KIND_LABELS[kind];
}

/** A plan period in years, e.g. `{ start: 2021, end: 2030 }` → `2021—2030年`. */
export function formatPeriod(period: { readonly start: number; readonly end: number }): string {
  return period.start === period.end ? `${String(period.start)}年` : `${String(period.start)}—${String(period.end)}年`;
}

/** A 1-based inclusive line range, e.g. `[5, 24]` → `第5—24行` (`[7, 7]` → `第7行`). */
export function formatLineRange(range: readonly [number, number]): string {
  const [from, to] = range;
  return from === to ? `第${String(from)}行` : `第${String(from)}—${String(to)}行`;
}

import type { PlanKind } from '../../schema/plan.ts';
import { PLAN_KIND_ORDER } from './plan-labels.ts';

/** The fields of a plan's front matter that place it: its jurisdiction and kind. */
export interface PlacedPlan {
  /** District slug. */
  district: string;
  /** Plan kind. */
  plan: PlanKind;
}

/** A jurisdiction with its plans. */
export interface DistrictWithPlans<D, P> {
  /** The jurisdiction. */
  district: D;
  /** Its plans, women's plan first. */
  plans: P[];
}

/** A source file with the plans imported from it. */
export interface SourceWithPlans<P> {
  /** File name in `data/sources/`. */
  file: string;
  /** The plans taken from it, in the order of their first line in the file. */
  plans: P[];
}

/** Orders plans by kind: women's plan, then children's plan. */
export function compareByPlanKind(a: PlacedPlan, b: PlacedPlan): number {
  return PLAN_KIND_ORDER.indexOf(a.plan) - PLAN_KIND_ORDER.indexOf(b.plan);
}

/**
 * Groups plans under their jurisdictions, in the order of `districts` (the
 * order of `data/districts.yaml`). Every jurisdiction is listed, even one with
 * no plans yet; plans of unknown jurisdictions are left out (the content check
 * rejects them).
 */
export function groupPlansByDistrict<D extends { slug: string }, P extends PlacedPlan>(
  districts: readonly D[],
  plans: readonly P[],
): DistrictWithPlans<D, P>[] {
  // One pass over the plans (not one per jurisdiction): linear at national scale.
  const bySlug = new Map<string, P[]>();
  for (const plan of plans) {
    const list = bySlug.get(plan.district) ?? [];
    list.push(plan);
    bySlug.set(plan.district, list);
  }
  return districts.map((district) => ({
    district,
    plans: [...(bySlug.get(district.slug) ?? [])].sort(compareByPlanKind),
  }));
}

/**
 * Where a plan's own text starts in its source file: its title line, or the
 * first body line where it has no title. (The issuing notice does not count:
 * one notice often issues two plans.)
 */
function planStartLine(source: { title_line: number | null; body_lines: readonly [number, number] }): number {
  return source.title_line ?? source.body_lines[0];
}

/**
 * Groups plans by the source file they were imported from (their
 * `source.file`), files sorted by name and plans by where their own text starts in the file.
 */
export function groupPlansBySource<
  P extends {
    source: { file: string; title_line: number | null; body_lines: readonly [number, number] };
  },
>(plans: readonly P[]): SourceWithPlans<P>[] {
  const byFile = new Map<string, P[]>();
  for (const plan of plans) {
    const list = byFile.get(plan.source.file) ?? [];
    list.push(plan);
    byFile.set(plan.source.file, list);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => ({
      file,
      plans: list.sort((a, b) => planStartLine(a.source) - planStartLine(b.source)),
    }));
}

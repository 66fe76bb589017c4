import type { District } from '../../schema/district.ts';
import { parseDistricts } from './parse-districts.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { checkPlanFile, type CheckedPlan } from '../plan/validate-plan.ts';
import type { PlanFileText } from './read-content.ts';

/** The result of checking all content. */
export interface ContentCheck {
  /** The valid districts (empty when `data/districts.yaml` has errors). */
  districts: District[];
  /** Every plan file, checked. */
  plans: (CheckedPlan & { file: string })[];
  /** Every problem, in file order. */
  issues: PlanIssue[];
}

/** Checks `data/districts.yaml` and every plan file (against the districts and the source files). */
export function checkContent(
  planFiles: readonly PlanFileText[],
  districtsText: string,
  sources: readonly string[],
  today: string,
): ContentCheck {
  const parsed = parseDistricts(districtsText);
  const context = { districts: new Set(parsed.districts.map((d) => d.slug)), sources: new Set(sources), today };
  const plans = planFiles.map(({ file, text }) => ({ file, ...checkPlanFile(file, text, context) }));
  return { districts: parsed.districts, plans, issues: [...parsed.issues, ...plans.flatMap((plan) => plan.issues)] };
}

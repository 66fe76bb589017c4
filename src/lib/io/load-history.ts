import type { PlanFrontMatter } from '../../schema/plan.ts';
import { buildPlanHistory, type PlanHistory } from '../history/plan-history.ts';
import { readFileHistories } from './read-git-histories.ts';

/**
 * The history of every plan file (Git read in one pass for all of them). Where Git history
 * is unavailable (a shallow clone, a tarball) the histories come from the
 * change notes alone and `warn` is called once with the reason.
 */
export function loadHistories(
  root: string,
  plans: readonly { file: string; data: PlanFrontMatter }[],
  warn: (message: string) => void,
): Map<string, PlanHistory> {
  const histories = readFileHistories(
    root,
    plans.map(({ file }) => file),
  );
  const reason = [...histories.values()].flatMap((history) => (history.available ? [] : [history.reason]))[0];
  if (reason !== undefined) {
    warn(`Git history is unavailable (${reason}): history pages show the change notes only, without text comparisons.`);
  }
  return new Map(
    plans.map(({ file, data }) => [
      file,
      buildPlanHistory(data, histories.get(file) ?? { available: false, reason: 'not read', versions: [] }),
    ]),
  );
}

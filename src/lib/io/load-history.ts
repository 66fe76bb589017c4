import type { PlanFrontMatter } from '../../schema/plan.ts';
import { buildPlanHistory, type PlanHistory } from '../history/plan-history.ts';
import { historyUnavailableReason, readFileHistory } from './read-git-history.ts';

/**
 * The history of every plan file (Git read once per file). Where Git history
 * is unavailable (a shallow clone, a tarball) the histories come from the
 * change notes alone and `warn` is called once with the reason.
 */
export function loadHistories(
  root: string,
  plans: readonly { file: string; data: PlanFrontMatter }[],
  warn: (message: string) => void,
): Map<string, PlanHistory> {
  const reason = historyUnavailableReason(root);
  if (reason) {
    warn(`Git history is unavailable (${reason}): history pages show the change notes only, without text comparisons.`);
  }
  return new Map(
    plans.map(({ file, data }) => [
      file,
      buildPlanHistory(data, reason ? { available: false, reason, versions: [] } : readFileHistory(root, file)),
    ]),
  );
}

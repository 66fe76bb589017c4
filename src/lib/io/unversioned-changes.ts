import { readCommittedText } from './read-git-history.ts';
import { checkUnversionedChange } from '../history/unversioned-change.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import type { PlanFileText } from './read-content.ts';

/** Plan files changed since the last commit without a new version and change note (none where Git is unavailable). */
export function unversionedChanges(root: string, planFiles: readonly PlanFileText[], today: string): PlanIssue[] {
  return planFiles.flatMap(({ file, text }) => {
    const committed = readCommittedText(root, file);
    return committed === null || committed === text ? [] : checkUnversionedChange(file, committed, text, today);
  });
}

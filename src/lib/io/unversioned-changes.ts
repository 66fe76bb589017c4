import { readCommittedTexts } from './read-git-histories.ts';
import { checkUnversionedChange } from '../history/unversioned-change.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import type { PlanFileText } from './read-content.ts';

/** Plan files changed since the last commit without a new version and change note (none where Git is unavailable). */
export function unversionedChanges(root: string, planFiles: readonly PlanFileText[], today: string): PlanIssue[] {
  const committedTexts = readCommittedTexts(
    root,
    planFiles.map(({ file }) => file),
  );
  return planFiles.flatMap(({ file, text }) => {
    const committed = committedTexts.get(file);
    return committed === undefined || committed === text ? [] : checkUnversionedChange(file, committed, text, today);
  });
}

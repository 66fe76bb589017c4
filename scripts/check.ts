// Validates all content without building the site: `npm run check`.
// Prints `file:line: field: message` for every problem (warnings too); exits 1 on any error.
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContentParallel } from '../src/lib/io/load-content.ts';
import { readPlanFiles } from '../src/lib/io/read-content.ts';
import { isoToday } from '../src/lib/io/today.ts';
import { unversionedChanges } from '../src/lib/io/unversioned-changes.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';

const root = process.argv[2] ?? contentRoot();
console.log(`Checking the content in ${root} …`);
const content = await loadContentParallel(root, {}, {}, (plans, workers) => {
  if (workers > 0) console.log(`${String(plans)} plans, checked in ${String(workers)} worker threads …`);
});
const { plans } = content;
// A plan changed since the last commit needs a new version and change note.
const issues = [...content.issues, ...unversionedChanges(root, readPlanFiles(root), isoToday())];
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.filter((issue) => issue.severity === 'warning');
for (const issue of warnings) console.warn(`warning: ${formatIssue(issue)}`);
for (const issue of errors) console.error(formatIssue(issue));
if (plans.length === 0) {
  console.error('content/plans: no plan files found');
  process.exit(1);
}
const targets = plans.reduce((sum, plan) => sum + (plan.data?.indicators.length ?? 0), 0);
const unreviewed = plans.reduce(
  (sum, plan) => sum + (plan.data?.indicators.filter((entry) => !entry.reviewed).length ?? 0),
  0,
);
console.log(
  `${String(plans.length)} plans, ${String(targets)} targets (${String(unreviewed)} not yet reviewed, 待核对): ${String(errors.length)} errors, ${String(warnings.length)} warnings.`,
);
process.exit(errors.length > 0 ? 1 : 0);

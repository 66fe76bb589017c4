// Validates all content without building the site: `npm run check`.
// Prints `file:line: field: message` for every problem; exits 1 on any error.
import { checkContent } from '../src/lib/content/check-content.ts';
import { listSources, readDistrictsText, readPlanFiles } from '../src/lib/content/read-content.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';
import { isoToday } from '../src/lib/content/today.ts';

const root = process.argv[2] ?? process.cwd();
const planFiles = readPlanFiles(root);
console.log(`Checking ${String(planFiles.length)} plan files in ${root} …`);
const { issues } = checkContent(planFiles, readDistrictsText(root), listSources(root), isoToday());
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.filter((issue) => issue.severity === 'warning');
for (const issue of warnings) console.warn(`warning: ${formatIssue(issue)}`);
for (const issue of errors) console.error(formatIssue(issue));
if (planFiles.length === 0) {
  console.error('content/plans: no plan files found');
  process.exit(1);
}
console.log(`${String(errors.length)} errors, ${String(warnings.length)} warnings.`);
process.exit(errors.length > 0 ? 1 : 0);

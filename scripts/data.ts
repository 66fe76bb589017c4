// Writes the dataset into the built site: `npm run data` → dist/data/* (or $PLAN_ATLAS_OUT_DIR/data/*),
// from the content at $PLAN_ATLAS_CONTENT_DIR (default: the project root).
// The build writes the same files through src/pages/data/[file].ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { loadDatasetInput } from '../src/lib/content/load-dataset-input.ts';
import { buildDataset } from '../src/lib/dataset/build-dataset.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';

const project = process.cwd();
const root = contentRoot(project);
console.log('Reading and checking the content …');
const content = loadContent(root);
const errors = content.issues.filter((issue) => issue.severity === 'error');
if (errors.length > 0) {
  for (const issue of errors) console.error(formatIssue(issue));
  console.error(`${String(errors.length)} content errors: fix them (npm run check) before building the dataset.`);
  process.exit(1);
}
const input = loadDatasetInput(root, content, process.env['PLAN_ATLAS_BASE'] ?? '/');
const files = buildDataset(input);
const out = resolve(project, process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist', 'data');
mkdirSync(out, { recursive: true });
for (const file of files) {
  writeFileSync(join(out, file.name), file.content);
  console.log(`  ${join(out, file.name)} (${String(Buffer.byteLength(file.content))} bytes)`);
}
console.log(`Dataset written for ${String(input.plans.length)} plans.`);

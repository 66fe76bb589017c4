// Writes the dataset into the built site: `npm run data` → dist/data/* (or $PLAN_ATLAS_OUT_DIR/data/*),
// from the content at $PLAN_ATLAS_CONTENT_DIR (default: the project root).
// The build writes the same files through src/pages/data/[file].ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContentParallel } from '../src/lib/io/load-content.ts';
import { loadDatasetInput } from '../src/lib/io/load-dataset-input.ts';
import { datasetFileSources } from '../src/lib/dataset/build-dataset.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';

const project = process.cwd();
const root = contentRoot(project);
console.log('Reading and checking the content …');
const content = await loadContentParallel(root);
const errors = content.issues.filter((issue) => issue.severity === 'error');
if (errors.length > 0) {
  for (const issue of errors) console.error(formatIssue(issue));
  console.error(`${String(errors.length)} content errors: fix them (npm run check) before building the dataset.`);
  process.exit(1);
}
const input = loadDatasetInput(root, content, process.env['PLAN_ATLAS_BASE'] ?? '/');
// One file at a time: the whole set in memory at once is several copies of every quote.
const files = datasetFileSources(input, process.env['PLAN_ATLAS_SITE']);
const out = resolve(project, process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist', 'data');
mkdirSync(out, { recursive: true });
let perDistrict = 0;
for (const file of files) {
  const path = join(out, file.name);
  mkdirSync(dirname(path), { recursive: true });
  const content = file.content();
  writeFileSync(path, content);
  // One line per file, except the one small file per jurisdiction (thousands at national scale).
  if (file.name.startsWith('districts/')) perDistrict++;
  else
    console.log(
      `  ${path} (${String(typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength)} bytes)`,
    );
}
console.log(`  ${String(perDistrict)} files in ${join(out, 'districts')}/ (one per jurisdiction)`);
console.log(`Dataset written for ${String(input.plans.length)} plans.`);

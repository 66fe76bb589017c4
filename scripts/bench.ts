// Performance goals of Plan Atlas, measured (not asserted in tests): `npm run bench`.
// Goals: parsing and checking all content < 3 s; building the dataset < 1 s;
// the largest plan page < 400 KB of HTML (gzip < 100 KB).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContent } from '../src/lib/io/load-content.ts';
import { loadDatasetInput } from '../src/lib/io/load-dataset-input.ts';
import { buildDataset } from '../src/lib/dataset/build-dataset.ts';

const root = contentRoot();
const GOALS = { contentMs: 3000, datasetMs: 1000, pageBytes: 400_000, pageGzipBytes: 100_000 };

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const rows: [string, string, string, boolean][] = [];
const content = timed(() => loadContent(root));
rows.push([
  'parse + check all content',
  `${content.ms.toFixed(0)} ms`,
  `< ${String(GOALS.contentMs)} ms`,
  content.ms < GOALS.contentMs,
]);
const input = loadDatasetInput(root, content.value, '/', () => undefined);
const dataset = timed(() => buildDataset(input));
rows.push([
  'build the dataset',
  `${dataset.ms.toFixed(0)} ms`,
  `< ${String(GOALS.datasetMs)} ms`,
  dataset.ms < GOALS.datasetMs,
]);

const plans = join(process.cwd(), process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist', 'plans');
try {
  statSync(plans);
  let largest = { path: '', bytes: 0, gzip: 0 };
  for (const district of readdirSync(plans)) {
    for (const plan of readdirSync(join(plans, district))) {
      const path = join(plans, district, plan, 'index.html');
      const html = readFileSync(path);
      if (html.length > largest.bytes) largest = { path, bytes: html.length, gzip: gzipSync(html).length };
    }
  }
  rows.push([
    'largest plan page (HTML)',
    `${String(largest.bytes)} B`,
    `< ${String(GOALS.pageBytes)} B`,
    largest.bytes < GOALS.pageBytes,
  ]);
  rows.push([
    'largest plan page (gzip)',
    `${String(largest.gzip)} B`,
    `< ${String(GOALS.pageGzipBytes)} B`,
    largest.gzip < GOALS.pageGzipBytes,
  ]);
} catch {
  console.log('(no dist/: run npm run build first to measure page weight)');
}

for (const [what, measured, goal, met] of rows)
  console.log(`${met ? 'ok  ' : 'SLOW'} ${what}: ${measured} (goal ${goal})`);
process.exit(rows.every((row) => row[3]) ? 0 : 1);

// The national-scale benchmark (issue 9): `npm run bench:scale -- [--plans N] [--small M] [--seed S]
//   [--no-baseline] [--no-queries] [--keep]`, or `npm run bench:scale -- --queries-on <built site>` to time
//   only the query table on a site already built (e.g. one kept with --keep), query by query.
// Generates a synthetic corpus of N plans (default: the whole country, ~6,700) into a temp folder
// (npm run synth), builds it as the real build does (astro build with PLAN_ATLAS_CONTENT_DIR and
// PLAN_ATLAS_OUT_DIR, then the search index), and prints plans, pages, build time by phase (content,
// pages, data, search), peak RSS, dist size, the largest file of each page type (raw and gzip), and the
// search latency (median time to first results over the query table of tests/e2e/search-queries.test.ts,
// in headless Chromium against 127.0.0.1) and bytes per query. It measures the same for a baseline (a
// bare Astro site rendering the same plan bodies, one page per plan, plus default Pagefind indexing),
// and, with M plans (default N/10), the same build again to check that time grows linearly.
// Goals are printed as pass/fail (docs/performance.md); nothing is asserted.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, arch, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { UNBOUNDED_TYPES, type PageTypeSummary } from '../src/lib/bench/page-types.ts';
import {
  formatBytes,
  goalRows,
  median,
  SCALE_GOALS,
  textTable,
  type BuildFigures,
} from '../src/lib/bench/scale-report.ts';
import { listOutputFiles, measureOutput } from '../src/lib/io/measure-output.ts';
import { serveDirectory } from '../src/lib/io/static-server.ts';
import { QUERIES } from '../tests/e2e/support/search-query-table.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * As `npm run build`: Node's default heap (~4 GB) is too small for a national build (it ran out in page
 * generation). 8 GiB for astro build: at 1,340 plans it passes with 1.5 GiB, so ~7.5 GiB nationally, and the
 * RSS goal (12 GiB) needs room for what is not heap (docs/performance.md, "Page-generation memory").
 */
const HEAP = '--max-old-space-size=8192';
/** The search index script's heap (not measured yet at national scale with the split index). */
const SEARCH_HEAP = '--max-old-space-size=12288';
const { values } = parseArgs({
  options: {
    plans: { type: 'string' },
    small: { type: 'string' },
    seed: { type: 'string', default: 'plan-atlas' },
    'no-baseline': { type: 'boolean', default: false },
    'no-queries': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'queries-on': { type: 'string' },
  },
});
const plansWanted = values.plans === undefined ? undefined : Number(values.plans);
const smallWanted =
  values.small !== undefined
    ? Number(values.small)
    : plansWanted === undefined
      ? 670
      : plansWanted >= 200
        ? Math.round(plansWanted / 10)
        : 0;
const temp = mkdtempSync(join(tmpdir(), 'plan-atlas-bench-'));

/** A finished command: wall seconds, peak RSS of its largest process, and the time each output line appeared. */
interface Measured {
  seconds: number;
  peakRssBytes: number;
  lines: { at: number; text: string }[];
}

/** Runs a command under /usr/bin/time (peak RSS), streaming its output and echoing the lines `echo` keeps. */
function runMeasured(
  command: readonly string[],
  env: NodeJS.ProcessEnv,
  echo: (line: string) => boolean,
): Promise<Measured> {
  const rssFile = join(temp, `rss-${String(Date.now())}.txt`);
  const start = performance.now();
  const lines: { at: number; text: string }[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...command], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at: (performance.now() - start) / 1000, text });
        if (echo(text)) console.log(`    ${text}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        console.error(
          lines
            .slice(-30)
            .map((line) => line.text)
            .join('\n'),
        );
        reject(new Error(`${command.join(' ')} failed (exit ${String(code)})`));
        return;
      }
      const kilobytes = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
      resolve({ seconds: (performance.now() - start) / 1000, peakRssBytes: kilobytes * 1024, lines });
    });
  });
}

const ROUTE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/u;
let routeCount = 0;
/** Astro's output, less its thousands of route lines (every 1000th is kept as progress). */
function astroEcho(line: string): boolean {
  if (ROUTE.test(line)) return ++routeCount % 1000 === 0;
  return line.trim().length > 0;
}

/** The phases of an astro build from its output: content sync, data-file routes, and the other routes. */
function astroPhases(run: Measured): { content: number; data: number; pages: number } {
  const synced = run.lines.find((line) => line.text.includes('[content] Synced content'))?.at ?? 0;
  let dataMs = 0;
  for (const { text } of run.lines) {
    const route = ROUTE.exec(text);
    if (route && /\.(?:json|csv|svg|gz)\/?$/u.test(route[1] ?? ''))
      dataMs += Number(route[2]) * (route[3] === 's' ? 1000 : 1);
  }
  const data = dataMs / 1000;
  return { content: synced, data, pages: Math.max(0, run.seconds - synced - data) };
}

/** The Pagefind extended binary (Chinese segmentation), as scripts/build-search-index.ts finds it. */
function extendedBinary(): string {
  return createRequire(import.meta.url).resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
}

/**
 * Per query of the table: ms to first results and bytes transferred. The page is
 * opened once (its first query, cold, is reported separately); each query is then
 * run in that page as a reader would type it (`warm`). The server sends no-store.
 */
async function queryLatency(
  browser: Browser,
  site: string,
  kind: 'search page' | 'pagefind api',
): Promise<{ ms: number[]; bytes: number[]; coldMs: number; coldBytes: number }> {
  const server = await serveDirectory(site);
  const ms: number[] = [];
  const bytes: number[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = QUERIES[0]?.query ?? '托育';
    const start = performance.now();
    if (kind === 'search page') {
      await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: first }).toString()}`);
      await page.waitForSelector('[data-search][aria-busy="false"]', { timeout: 120_000 });
    } else {
      await page.goto(`${server.origin}/pagefind/pagefind.js`);
      await page.evaluate(pagefindQuery, first);
    }
    const coldMs = performance.now() - start;
    const coldBytes = server.count().bytes;
    for (const { query } of QUERIES) {
      server.resetCount();
      ms.push(await page.evaluate(kind === 'search page' ? searchPageQuery : pagefindQuery, query));
      bytes.push(server.count().bytes);
    }
    await context.close();
    return { ms, bytes, coldMs, coldBytes };
  } finally {
    await server.stop();
  }
}

/** In the search page: submit `query` and resolve with the ms until the search has shown its results. */
async function searchPageQuery(query: string): Promise<number> {
  const root = document.querySelector('[data-search]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  if (!root || !input?.form) throw new Error('not the search page');
  input.value = query;
  const start = performance.now();
  const done = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.getAttribute('aria-busy') === 'false') {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  input.form.requestSubmit();
  await done;
  return performance.now() - start;
}

/** With Pagefind's own API (the baseline): search `query`, load the first ten results; resolve with the ms taken. */
async function pagefindQuery(query: string): Promise<number> {
  const start = performance.now();
  const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
    search: (text: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  };
  const found = await pagefind.search(query);
  await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  return performance.now() - start;
}

async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

function pageCount(directory: string): number {
  return listOutputFiles(directory).filter((file) => file.path.endsWith('.html')).length;
}

function distBytes(directory: string): number {
  return listOutputFiles(directory).reduce((sum, file) => sum + file.bytes, 0);
}

/** Writes the synthetic corpus of `plans` plans (all when undefined); returns its folder and plan count. */
async function synthesise(plans: number | undefined): Promise<{ corpus: string; plans: number }> {
  const corpus = join(temp, `corpus-${String(plans ?? 'all')}`);
  const args = ['--experimental-strip-types', 'scripts/synth.ts', '--out', corpus, '--seed', values.seed];
  if (plans !== undefined) args.push('--plans', String(plans));
  console.log(`  npm run synth -- --out ${corpus}${plans === undefined ? '' : ` --plans ${String(plans)}`}`);
  const run = await runMeasured([process.execPath, ...args], {}, (line) => line.startsWith('Done'));
  const done = run.lines.find((line) => line.text.startsWith('Done'))?.text ?? '';
  return { corpus, plans: Number(/Done: (\d+) plans/u.exec(done)?.[1] ?? '0') };
}

/** Builds the corpus as Plan Atlas (astro build, then the search index) and measures it. */
async function measureSite(
  corpus: string,
  plans: number,
  queries: boolean,
): Promise<{ figures: BuildFigures; types: PageTypeSummary[] }> {
  const out = join(temp, `dist-${String(plans)}`);
  const env = { PLAN_ATLAS_CONTENT_DIR: corpus, PLAN_ATLAS_OUT_DIR: out };
  console.log(`  astro build (${String(plans)} plans) → ${out}`);
  routeCount = 0;
  const astro = await runMeasured([process.execPath, HEAP, ASTRO, 'build'], env, astroEcho);
  console.log(`  search index`);
  const search = await runMeasured(
    [process.execPath, SEARCH_HEAP, '--experimental-strip-types', 'scripts/build-search-index.ts'],
    env,
    (line) => line.startsWith('search index'),
  );
  const phases = astroPhases(astro);
  let latency: Awaited<ReturnType<typeof queryLatency>> | null = null;
  if (queries) {
    console.log(`  ${String(QUERIES.length)} queries in Chromium`);
    latency = await withBrowser((browser) => queryLatency(browser, out, 'search page'));
  }
  const figures: BuildFigures = {
    label: `Plan Atlas, ${String(plans)} plans`,
    plans,
    pages: pageCount(out),
    seconds: { ...phases, search: search.seconds, total: astro.seconds + search.seconds },
    peakRssBytes: Math.max(astro.peakRssBytes, search.peakRssBytes),
    distBytes: distBytes(out),
    queryMs: latency && { median: median(latency.ms), max: Math.max(...latency.ms), cold: latency.coldMs },
    queryBytes: latency && { median: median(latency.bytes), max: Math.max(...latency.bytes), cold: latency.coldBytes },
  };
  return { figures, types: measureOutput(out) };
}

/** The baseline: a bare Astro site (one page per plan body, Astro's own Markdown) plus default Pagefind indexing. */
async function measureBaseline(corpus: string, plans: number, queries: boolean): Promise<BuildFigures> {
  const project = join(temp, 'baseline');
  const out = join(temp, 'dist-baseline');
  mkdirSync(join(project, 'src', 'pages', 'plans'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    // Content stored in chunks as Plan Atlas stores it: Astro's single-file store cannot hold a national
    // corpus's rendered HTML (more than one JavaScript string).
    `export default { outDir: ${JSON.stringify(out)}, build: { format: 'directory' }, devToolbar: { enabled: false }, ` +
      `experimental: { collectionStorage: 'chunked' } };\n`,
  );
  writeFileSync(
    join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { plans: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(
        join(corpus, 'content', 'plans'),
      )} }) }) };\n`,
  );
  writeFileSync(
    join(project, 'src', 'pages', 'plans', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() {\n  return (await getCollection('plans')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
      `const { Content } = await render(Astro.props.entry);\n---\n` +
      `<html lang="zh-CN"><head><meta charset="utf-8" /><title>{String(Astro.props.entry.data.title)}</title></head>` +
      `<body><main><Content /></main></body></html>\n`,
  );
  console.log(`  baseline: astro build (${String(plans)} plans) → ${out}`);
  routeCount = 0;
  const astro = await runMeasuredIn(project, [process.execPath, HEAP, ASTRO, 'build'], astroEcho);
  console.log('  baseline: pagefind --site');
  const search = await runMeasuredIn(project, [extendedBinary(), '--site', out], (line) =>
    /Indexed|Finished/u.test(line),
  );
  let latency: Awaited<ReturnType<typeof queryLatency>> | null = null;
  if (queries) latency = await withBrowser((browser) => queryLatency(browser, out, 'pagefind api'));
  const phases = astroPhases(astro);
  return {
    label: `baseline, ${String(plans)} plans`,
    plans,
    pages: pageCount(out),
    seconds: { ...phases, search: search.seconds, total: astro.seconds + search.seconds },
    peakRssBytes: Math.max(astro.peakRssBytes, search.peakRssBytes),
    distBytes: distBytes(out),
    queryMs: latency && { median: median(latency.ms), max: Math.max(...latency.ms), cold: latency.coldMs },
    queryBytes: latency && { median: median(latency.bytes), max: Math.max(...latency.bytes), cold: latency.coldBytes },
  };
}

/** `runMeasured` in another working folder (the baseline project). */
function runMeasuredIn(cwd: string, command: readonly string[], echo: (line: string) => boolean): Promise<Measured> {
  return runMeasured(['sh', '-c', `cd "$0" && exec "$@"`, cwd, ...command], {}, echo);
}

/** `--queries-on`: the query table on a built site, each query's time and bytes, and the search goals. */
async function measureQueriesOn(site: string): Promise<void> {
  console.log(`${String(QUERIES.length)} queries in Chromium on ${site}`);
  const latency = await withBrowser((browser) => queryLatency(browser, site, 'search page'));
  console.log(
    textTable(
      ['query', 'ms', 'bytes'],
      QUERIES.map(({ query }, index) => [
        query,
        (latency.ms[index] ?? 0).toFixed(0),
        formatBytes(latency.bytes[index] ?? 0),
      ]),
    ),
  );
  console.log(
    `median ${median(latency.ms).toFixed(0)} ms (max ${Math.max(...latency.ms).toFixed(0)}, first query ${latency.coldMs.toFixed(0)}); ` +
      `bytes median ${formatBytes(median(latency.bytes))}, max ${formatBytes(Math.max(...latency.bytes))}, first query ${formatBytes(latency.coldBytes)}`,
  );
}

const queries = !values['no-queries'];
if (values['queries-on'] !== undefined) {
  rmSync(temp, { recursive: true, force: true });
  await measureQueriesOn(values['queries-on']);
  process.exit(0);
}
console.log(
  `bench:scale on ${String(cpus().length)} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${formatBytes(totalmem())} RAM, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}; temp ${temp}`,
);
try {
  const main = await synthesise(plansWanted);
  const site = await measureSite(main.corpus, main.plans, queries);
  // Printed at once, so a long run that is stopped later still leaves its main figures.
  console.log(`  figures: ${JSON.stringify(site.figures)}`);
  console.log(
    `  largest per type: ${JSON.stringify(site.types.map((type) => [type.type, type.files, type.largest.path, type.largest.bytes, type.largest.gzipBytes]))}`,
  );
  let small: BuildFigures | null = null;
  if (smallWanted > 0 && smallWanted < main.plans) {
    const corpus = await synthesise(smallWanted);
    small = (await measureSite(corpus.corpus, corpus.plans, false)).figures;
  }
  let baseline: BuildFigures | null = null;
  if (!values['no-baseline']) {
    // A baseline that fails (e.g. out of memory) is reported, and the figures above still printed.
    try {
      baseline = await measureBaseline(main.corpus, main.plans, queries);
      console.log(`  baseline figures: ${JSON.stringify(baseline)}`);
    } catch (error) {
      console.log(`  baseline failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const builds = [site.figures, ...(small ? [small] : []), ...(baseline ? [baseline] : [])];
  console.log('\nBuilds');
  console.log(
    textTable(
      [
        'build',
        'plans',
        'pages',
        'content s',
        'pages s',
        'data s',
        'search s',
        'total s',
        'peak RSS',
        'dist',
        'query median (first query, cold)',
        'bytes per query, max (first, cold)',
      ],
      builds.map((b) => [
        b.label,
        String(b.plans),
        String(b.pages),
        b.seconds.content.toFixed(1),
        b.seconds.pages.toFixed(1),
        b.seconds.data.toFixed(1),
        b.seconds.search.toFixed(1),
        b.seconds.total.toFixed(1),
        formatBytes(b.peakRssBytes),
        formatBytes(b.distBytes),
        b.queryMs ? `${b.queryMs.median.toFixed(0)} ms (cold ${b.queryMs.cold.toFixed(0)})` : '—',
        b.queryBytes ? `${formatBytes(b.queryBytes.max)} (cold ${formatBytes(b.queryBytes.cold)})` : '—',
      ]),
    ),
  );
  console.log(`\nLargest file per page type (${site.figures.label})`);
  console.log(
    textTable(
      ['page type', 'files', 'largest', 'raw', 'gzip', 'goal (≤ 1 MB, gzip ≤ 200 KB)'],
      site.types.map((type) => {
        const met = type.largest.bytes <= SCALE_GOALS.pageBytes && type.largest.gzipBytes <= SCALE_GOALS.pageGzipBytes;
        // Plan pages are excepted by their own text; other files than pages have no page budget.
        const goal =
          type.type === 'plan'
            ? '(its own text)'
            : UNBOUNDED_TYPES.has(type.type) || !type.largest.path.endsWith('.html')
              ? '(not a page)'
              : met
                ? 'pass'
                : 'FAIL';
        return [
          type.type,
          String(type.files),
          type.largest.path,
          formatBytes(type.largest.bytes),
          formatBytes(type.largest.gzipBytes),
          goal,
        ];
      }),
    ),
  );
  console.log(
    `\nLoad average at the end: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (other work on the machine slows every figure)`,
  );
  console.log('\nGoals');
  for (const [what, measured, goal, met] of goalRows(site.figures, small, baseline))
    console.log(`${met === null ? 'n/a ' : met ? 'pass' : 'FAIL'} ${what}: ${measured} (goal ${goal})`);
} finally {
  if (values.keep) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

// Builds the Pagefind search index of the built site (`npm run build` runs it
// right after `astro build`). Usage: node --experimental-strip-types scripts/build-search-index.ts
//
// Every plan is one record holding its passages (each domain, target, measure
// and project with its own `#anchor`), made from the plan parser's anchors (not
// scraped from HTML, so navigation, footers and other chrome are never
// indexed), for each plan page that was built as `<html lang="zh-CN">`.
// Indicator comparison pages (`dist/indicators/<id>/index.html`) that exist
// are listed in the query data and matched in the browser. A record is
// indexed as its distinct tokens: character pairs, single characters and other
// words (src/lib/search/han-text.ts), which are then dropped from Pagefind's
// fragments (src/lib/io/pagefind-fragments.ts). Where
// there are more plans than one part holds, the index is written in parts of
// whole provinces (src/lib/search/index-parts.ts): dist/pagefind/ and
// dist/pagefind/part-<n>/.
// dist/pagefind/query-data.json lists the parts and holds the
// traditional-character folding, the indicator pages and indicator synonyms
// for the search page.
// Design: docs/search.md.
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, platform, tmpdir } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContentParallel } from '../src/lib/io/load-content.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';
import { INDEX_LANGUAGE, indexTokens } from '../src/lib/search/han-text.ts';
import { buildVariantMap, hanCandidates } from '../src/lib/search/han-variants.ts';
import { indicatorEntries, indicatorPagePath, indicatorSynonyms } from '../src/lib/search/indicator-records.ts';
import { htmlLanguage, INDEX_PAGE_LANGUAGE } from '../src/lib/search/page-language.ts';
import {
  planIndexInputs,
  planRecord,
  UNSEARCHED_META,
  type PlanIndexInput,
  type SearchRecord,
} from '../src/lib/search/plan-records.ts';
import { astroCacheDir, searchInputLines, searchInputPath } from '../src/lib/io/search-input.ts';
import { readDataFiles } from '../src/lib/io/read-content.ts';
import { parseYamlData } from '../src/lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../src/lib/content/content-paths.ts';
import { IndicatorRegistrySchema, type Indicator } from '../src/schema/indicator.ts';
import { indexParts, type IndexPart, type SearchPageData } from '../src/lib/search/index-parts.ts';
import { planPath } from '../src/lib/site/site-paths.ts';
import { positiveIntegerFromEnv } from '../src/lib/io/env-integer.ts';
import { rewriteFragments } from '../src/lib/io/pagefind-fragments.ts';

const ROOT = join(import.meta.dirname, '..');
/** The built site: astro.config.mjs writes it to PLAN_ATLAS_OUT_DIR (default dist/). */
const DIST = resolve(ROOT, process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist');
const OUTPUT = join(DIST, 'pagefind');

/**
 * The Pagefind Node API runs `pagefind_extended` (Chinese segmentation) when
 * its platform package ships it; fail rather than fall back to the plain build.
 */
function requireExtendedBinary(): string {
  const fromEnvironment = process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  const system = platform() === 'win32' ? 'windows' : platform();
  const executable = system === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${system}-${arch()}/bin/${executable}`);
  } catch {
    throw new Error(`the extended Pagefind binary (@pagefind/${system}-${arch()}) is not installed: run npm install`);
  }
}

/** The language of a built page, or null where the page was not built. */
function builtPageLanguage(sitePath: string): string | null {
  const file = join(DIST, ...sitePath.split('/').filter(Boolean), 'index.html');
  return existsSync(file) ? htmlLanguage(readFileSync(file, 'utf8')) : null;
}

/** Indicator pages in dist/indicators/ (directory names). */
function builtIndicatorPages(): string[] {
  const directory = join(DIST, 'indicators');
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'index.html')))
    .map((entry) => entry.name);
}

/** When the script started (a part's worker thread is given its main thread's start). */
const started = isMainThread ? Date.now() : (workerData as PartJob).startedAt;
/** Seconds since the script started, for progress lines. */
function elapsed(): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * What the index is made from, one plan at a time: the plans as the Astro build parsed them
 * (the plan loader's search input in the build cache, `src/lib/io/search-input.ts`), else,
 * where there is none (an index made without a build in this checkout), the content parsed
 * and checked here.
 */
async function* indexInputs(): AsyncGenerator<PlanIndexInput> {
  const path = searchInputPath(astroCacheDir(ROOT));
  if (existsSync(path)) {
    console.log(`search index: reading the plans as the build parsed them (${path})`);
    yield* searchInputLines(path);
    return;
  }
  console.log(`search index: no ${path} from astro build: reading and checking the content`);
  const content = await loadContentParallel(contentRoot(ROOT));
  const errors = content.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`content errors (run npm run check):\n${errors.map(formatIssue).join('\n')}`);
  console.log(`search index: ${String(content.plans.length)} plans read and checked (${elapsed()})`);
  yield* planIndexInputs(content);
}

/** The indicator registry (data/indicators.yaml, checked by the build). */
function readIndicators(): Indicator[] {
  const registry = parseYamlData(
    readDataFiles(contentRoot(ROOT)).indicators,
    IndicatorRegistrySchema,
    CONTENT_PATHS.indicators,
  );
  if (!registry.data) throw new Error(registry.issues.map(formatIssue).join('\n'));
  return registry.data;
}

/** Records go to the Pagefind service in concurrent batches of this many (one awaited round trip each was slow). */
const BATCH = 256;

/**
 * Plans per index part (`src/lib/search/index-parts.ts`): `PLAN_ATLAS_SEARCH_PART_PLANS`, else
 * PART_PLANS. Every part costs each query a chunk per word, so fewer parts make smaller queries;
 * Pagefind's memory while it writes a part grows with its plans, ~5 MB per plan (a part of 1,918
 * synthetic plans peaked at 9.5 GB; one of all 6,678 passed 20 GB; docs/performance.md), so a part
 * of 1,500 takes ~7.5 GB and two written at once fit a machine of 24 GB.
 */
const PART_PLANS = 1_500;
/**
 * Pagefind's index chunk size (its unstable `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, counted in
 * postings, about three per plan that has a word): a query loads, per part, the chunk of each of
 * its words, so small chunks keep a rare word cheap; the chunk list each part's metadata holds
 * (loaded with the first query) grows as they shrink. Pagefind's default is 20,000.
 */
const INDEX_CHUNK_SIZE = 4_000;

/** The plans to index, sorted into one JSON-lines file per province in `folder`, and how many each holds. */
async function sortByProvince(
  folder: string,
  skipped: string[],
): Promise<{ files: Map<string, string>; plans: Map<string, number> }> {
  const descriptors = new Map<string, number>();
  const files = new Map<string, string>();
  const plans = new Map<string, number>();
  try {
    for await (const input of indexInputs()) {
      const path = planPath('/', input.plan.district, input.plan.plan);
      const language = builtPageLanguage(path);
      if (language !== INDEX_PAGE_LANGUAGE) {
        skipped.push(`${path} (${language === null ? 'not built' : `lang="${language}"`})`);
        continue;
      }
      let descriptor = descriptors.get(input.province);
      if (descriptor === undefined) {
        const file = join(folder, `${input.province === '' ? '_' : input.province}.jsonl`);
        descriptor = openSync(file, 'w');
        descriptors.set(input.province, descriptor);
        files.set(input.province, file);
      }
      writeSync(descriptor, `${JSON.stringify(input)}\n`);
      plans.set(input.province, (plans.get(input.province) ?? 0) + 1);
    }
  } finally {
    for (const descriptor of descriptors.values()) closeSync(descriptor);
  }
  return { files, plans };
}

/**
 * Adds records to a Pagefind index in batches; counts them and the characters they use, and
 * keeps their unsearched meta (`UNSEARCHED_META`) by URL for `completeFragments`.
 */
function recordAdder(index: PagefindIndex, used: Set<string>, unsearched: Map<string, Record<string, string>>) {
  let pending: SearchRecord[] = [];
  let added = 0;
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    const results = await Promise.all(
      batch.map((record) => {
        const unsearchedFields: readonly string[] = UNSEARCHED_META;
        const meta = Object.fromEntries(
          Object.entries(record.meta).filter(([field]) => !unsearchedFields.includes(field)),
        );
        const held = Object.fromEntries(
          Object.entries(record.meta).filter(([field]) => unsearchedFields.includes(field)),
        );
        if (Object.keys(held).length > 0) unsearched.set(record.url, held);
        return index.addCustomRecord({
          url: record.url,
          content: indexTokens(record.content),
          language: INDEX_LANGUAGE,
          meta,
          filters: record.filters,
        });
      }),
    );
    results.forEach((result, position) => {
      if (result.errors.length > 0)
        throw new Error(`pagefind: ${batch[position]?.url ?? ''}: ${result.errors.join('; ')}`);
    });
    if (Math.floor((added + batch.length) / 5_000) > Math.floor(added / 5_000))
      console.log(`search index: ${String(added + batch.length)} records added (${elapsed()})`);
    added += batch.length;
  };
  return {
    add: async (records: readonly SearchRecord[]): Promise<void> => {
      for (const record of records) {
        for (const character of record.content) used.add(character);
        pending.push(record);
      }
      if (pending.length >= BATCH) await flush();
    },
    flush,
    count: (): number => added,
  };
}

/**
 * The fragments of a written part as the search page reads them (`src/lib/io/pagefind-fragments.ts`):
 * without the indexed tokens, and with each record's unsearched meta.
 */
function completeFragments(bundle: string, unsearched: ReadonlyMap<string, Record<string, string>>) {
  let completed = 0;
  const files = rewriteFragments(bundle, (fragment) => {
    fragment.content = '';
    const held = unsearched.get(fragment.url);
    if (held === undefined) return;
    Object.assign(fragment.meta, held);
    completed += 1;
  });
  if (completed !== unsearched.size)
    throw new Error(`search index: ${String(unsearched.size - completed)} records' fragments not found in ${bundle}`);
  return files;
}

/** One part of the index to write (in a worker thread of its own). */
interface PartJob {
  /** 0-based. */
  position: number;
  /** How many parts there are. */
  count: number;
  part: IndexPart;
  /** The JSON-lines files of its provinces' plans (`sortByProvince`). */
  files: string[];
  /** When the script started (`Date.now()`), for progress lines. */
  startedAt: number;
}

/** What writing a part found. */
interface PartResult {
  /** Plan records. */
  plans: number;
  /** The characters its records use. */
  characters: string[];
  skipped: string[];
}

/**
 * Writes one part with a Pagefind service of its own; closing it ends the process and gives its
 * memory back.
 */
async function writePart({ position, count, part, files }: PartJob): Promise<PartResult> {
  const label = `part ${String(position + 1)} of ${String(count)}`;
  console.log(
    `search index: ${label}: ${String(part.plans)} plans (${part.provinces.join(', ') || 'none'}) (${elapsed()})`,
  );
  const used = new Set<string>();
  const unsearched = new Map<string, Record<string, string>>();
  const skipped: string[] = [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const adder = recordAdder(index, used, unsearched);
    for (const file of files) for await (const input of searchInputLines(file)) await adder.add([planRecord(input)]);
    await adder.flush();
    console.log(`search index: writing ${label} (${elapsed()})`);
    const written = await index.writeFiles({ outputPath: join(OUTPUT, part.folder) });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    const fragments = completeFragments(join(OUTPUT, part.folder), unsearched);
    console.log(
      `search index: ${label} written; its ${String(fragments.files)} fragments, tokens out and passages in: ` +
        `${(fragments.before / 1e6).toFixed(1)} MB → ${(fragments.after / 1e6).toFixed(1)} MB (${elapsed()})`,
    );
    return { plans: adder.count(), characters: [...used], skipped };
  } finally {
    await pagefind.close();
  }
}

/** Parts written at once: `PLAN_ATLAS_SEARCH_JOBS`, else one per core (Pagefind adds and writes on about one core). */
function partJobs(): number {
  return positiveIntegerFromEnv('PLAN_ATLAS_SEARCH_JOBS', availableParallelism());
}

/** Runs `writePart` for `job` in a worker thread (this script again), so that parts are written in parallel. */
function writePartInWorker(job: PartJob): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    // The worker inherits this process's Node options; passing them (e.g. a heap size) is refused.
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (result: PartResult) => {
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`search index: part ${String(job.position + 1)}: worker exited with ${String(code)}`));
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run astro build first`);
  process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = requireExtendedBinary();
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const indicators = readIndicators();
  const maxPlans = positiveIntegerFromEnv('PLAN_ATLAS_SEARCH_PART_PLANS', PART_PLANS);
  const jobs = partJobs();
  rmSync(OUTPUT, { recursive: true, force: true });
  const temporary = mkdtempSync(join(tmpdir(), 'plan-atlas-search-'));
  const skipped: string[] = [];
  try {
    const { files, plans } = await sortByProvince(temporary, skipped);
    const parts = indexParts(plans, maxPlans);
    const queue: PartJob[] = parts.map((part, position) => ({
      position,
      count: parts.length,
      part,
      files: part.provinces.flatMap((province) => files.get(province) ?? []),
      startedAt: started,
    }));
    const results: PartResult[] = [];
    // One part is written in this thread; several, each in a worker thread of its own, `jobs` at a time.
    const runners = Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift())
        results[job.position] = parts.length === 1 ? await writePart(job) : await writePartInWorker(job);
    });
    await Promise.all(runners);

    // Indicator pages travel in the query data (`matchingIndicators`), not in the index.
    const indicatorPages = new Set(
      builtIndicatorPages().filter((id) => builtPageLanguage(indicatorPagePath(id)) === INDEX_PAGE_LANGUAGE),
    );
    const unknownPages = [...indicatorPages].filter((id) => !indicators.some((indicator) => indicator.id === id));
    skipped.push(...unknownPages.map((id) => `${indicatorPagePath(id)} (not in data/indicators.yaml)`));
    /** The characters the records use, for the traditional-character map (not the whole text: ~200 M characters nationally). */
    const used = new Set(results.flatMap((result) => result.characters));
    const toSimplified = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
    const pageData: SearchPageData = {
      variants: buildVariantMap(
        [...used].join(''),
        hanCandidates(),
        (character) =>
          toSimplified.map((convert) => convert(character)).find((converted) => converted !== character) ?? character,
      ),
      synonyms: indicatorSynonyms(indicators),
      parts: parts.slice(1).map((part) => part.folder),
      indicators: indicatorEntries(indicators, (id) => indicatorPages.has(id)),
    };
    writeFileSync(join(OUTPUT, 'query-data.json'), JSON.stringify(pageData));

    const planCount = [...plans.values()].reduce((sum, count) => sum + count, 0);
    const indexed = results.reduce((total, result) => total + result.plans, 0);
    console.log(
      `search index: ${String(indexed)} of ${String(planCount)} plans, ` +
        `${String(pageData.indicators.length)} indicator pages, in ${String(parts.length)} part(s) ` +
        `(${String(Math.min(jobs, parts.length))} at a time) → ${OUTPUT} (${process.env['PAGEFIND_EXTENDED_BINARY_PATH']})`,
    );
    console.log(`search index: done (${elapsed()})`);
    for (const page of [...skipped, ...results.flatMap((result) => result.skipped)])
      console.warn(`search index: skipped ${page}`);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else parentPort?.postMessage(await writePart(workerData as PartJob));

// Builds the Pagefind search index of the built site (`npm run build` runs it
// right after `astro build`). Usage: node --experimental-strip-types scripts/build-search-index.ts
//
// Every section (part or domain) of every plan is one record holding its
// passages (each domain, target, measure and project with its own `#anchor`),
// made from the plan parser's anchors (not scraped from HTML, so navigation,
// footers and other chrome are never indexed), for each plan page that was
// built as `<html lang="zh-CN">`. Indicator comparison pages
// (`dist/indicators/<id>/index.html`) are indexed when they exist. Han text is
// indexed as overlapping character pairs (see src/lib/search/han-text.ts). Writes
// dist/pagefind/ and dist/pagefind/query-data.json (traditional-character
// folding and indicator synonyms for the search page). Design: docs/search.md.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import { contentRoot } from '../src/lib/io/content-root.ts';
import { loadContent } from '../src/lib/io/load-content.ts';
import { formatIssue } from '../src/lib/plan/plan-issue.ts';
import { INDEX_LANGUAGE, indexText } from '../src/lib/search/han-text.ts';
import { buildVariantMap, hanCandidates } from '../src/lib/search/han-variants.ts';
import { indicatorPagePath, indicatorRecords, indicatorSynonyms } from '../src/lib/search/indicator-records.ts';
import { htmlLanguage, INDEX_PAGE_LANGUAGE } from '../src/lib/search/page-language.ts';
import {
  planIndexInputs,
  planRecords,
  type PlanIndexInput,
  type SearchRecord,
} from '../src/lib/search/plan-records.ts';
import { astroCacheDir, searchInputLines, searchInputPath } from '../src/lib/io/search-input.ts';
import { readDataFiles } from '../src/lib/io/read-content.ts';
import { parseYamlData } from '../src/lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../src/lib/content/content-paths.ts';
import { IndicatorRegistrySchema, type Indicator } from '../src/schema/indicator.ts';
import type { QueryData } from '../src/lib/search/search-passes.ts';
import { planPath } from '../src/lib/site/site-paths.ts';

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

const started = performance.now();
/** Seconds since the script started, for progress lines. */
function elapsed(): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
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
  const content = loadContent(contentRoot(ROOT));
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

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run astro build first`);
  process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = requireExtendedBinary();
  const indicators = readIndicators();
  rmSync(OUTPUT, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

  /** The characters the records use, for the traditional-character map (not the whole text: ~200 M characters nationally). */
  const used = new Set<string>();
  let pending: SearchRecord[] = [];
  let added = 0;
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    const results = await Promise.all(
      batch.map((record) =>
        index.addCustomRecord({
          url: record.url,
          content: indexText(record.content),
          language: INDEX_LANGUAGE,
          meta: record.meta,
          filters: record.filters,
        }),
      ),
    );
    results.forEach((result, position) => {
      if (result.errors.length > 0)
        throw new Error(`pagefind: ${batch[position]?.url ?? ''}: ${result.errors.join('; ')}`);
    });
    if (Math.floor((added + batch.length) / 5_000) > Math.floor(added / 5_000))
      console.log(`search index: ${String(added + batch.length)} records added (${elapsed()})`);
    added += batch.length;
  };
  const add = async (records: readonly SearchRecord[]): Promise<void> => {
    for (const record of records) {
      for (const character of record.content) used.add(character);
      pending.push(record);
    }
    if (pending.length >= BATCH) await flush();
  };

  try {
    const skipped: string[] = [];
    let plans = 0;
    for await (const input of indexInputs()) {
      const path = planPath('/', input.plan.district, input.plan.plan);
      const language = builtPageLanguage(path);
      if (language !== INDEX_PAGE_LANGUAGE) {
        skipped.push(`${path} (${language === null ? 'not built' : `lang="${language}"`})`);
        continue;
      }
      plans += 1;
      await add(planRecords(input));
    }
    await flush();
    const sections = added;

    const indicatorPages = new Set(
      builtIndicatorPages().filter((id) => builtPageLanguage(indicatorPagePath(id)) === INDEX_PAGE_LANGUAGE),
    );
    await add(indicatorRecords(indicators, (id) => indicatorPages.has(id)));
    await flush();
    const unknownPages = [...indicatorPages].filter((id) => !indicators.some((indicator) => indicator.id === id));
    if (unknownPages.length > 0)
      skipped.push(...unknownPages.map((id) => `${indicatorPagePath(id)} (not in data/indicators.yaml)`));

    console.log(`search index: writing the index (${elapsed()})`);
    const written = await index.writeFiles({ outputPath: OUTPUT });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);

    const toSimplified = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
    const queryData: QueryData = {
      variants: buildVariantMap(
        [...used].join(''),
        hanCandidates(),
        (character) =>
          toSimplified.map((convert) => convert(character)).find((converted) => converted !== character) ?? character,
      ),
      synonyms: indicatorSynonyms(indicators),
    };
    writeFileSync(join(OUTPUT, 'query-data.json'), JSON.stringify(queryData));

    console.log(
      `search index: ${String(sections)} sections of ${String(plans)} plans, ` +
        `${String(added - sections)} indicator pages → ${OUTPUT} (${process.env['PAGEFIND_EXTENDED_BINARY_PATH']})`,
    );
    console.log(`search index: done (${elapsed()})`);
    for (const page of skipped) console.warn(`search index: skipped ${page}`);
  } finally {
    await pagefind.close();
  }
}

await main();

// Builds the Pagefind search index of the built site (`npm run build` runs it
// right after `astro build`). Usage: node --experimental-strip-types scripts/build-search-index.ts
//
// Every section (part or domain) of every plan is one record holding its
// passages (each domain, target, measure and project with its own `#anchor`),
// made from the plan parser's anchors (not scraped from HTML, so navigation,
// footers and other chrome are never indexed), for each plan page that was
// built as `<html lang="zh-CN">`. Indicator comparison pages
// (`dist/indicators/<id>/index.html`) are indexed when they exist. Han text is
// indexed as overlapping character pairs (see src/lib/search/han-text.ts). The
// index is written in parts of whole provinces, one after another
// (src/lib/search/index-parts.ts): dist/pagefind/ and dist/pagefind/part-<n>/.
// dist/pagefind/query-data.json lists the parts and holds the
// traditional-character folding and indicator synonyms for the search page.
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
import { arch, platform, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
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
import { indexParts, type SearchPageData } from '../src/lib/search/index-parts.ts';
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

/**
 * Plans per index part (`src/lib/search/index-parts.ts`). Pagefind's memory while writing grows
 * with its index (a national index of 6,678 plans passed 23 GB); 1,000 plans keep it to a few GB.
 */
function maxPlansPerPart(): number {
  const value = process.env['PLAN_ATLAS_SEARCH_PART_PLANS'];
  if (value === undefined || value === '') return 1000;
  const plans = Number(value);
  if (!Number.isInteger(plans) || plans < 1)
    throw new Error(`PLAN_ATLAS_SEARCH_PART_PLANS must be a whole number ≥ 1, not "${value}"`);
  return plans;
}

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

/** Adds records to a Pagefind index in batches; counts them and the characters they use. */
function recordAdder(index: PagefindIndex, used: Set<string>) {
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

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run astro build first`);
  process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = requireExtendedBinary();
  const indicators = readIndicators();
  const maxPlans = maxPlansPerPart();
  rmSync(OUTPUT, { recursive: true, force: true });
  const temporary = mkdtempSync(join(tmpdir(), 'plan-atlas-search-'));
  /** The characters the records use, for the traditional-character map (not the whole text: ~200 M characters nationally). */
  const used = new Set<string>();
  const skipped: string[] = [];
  try {
    const { files, plans } = await sortByProvince(temporary, skipped);
    const parts = indexParts(plans, maxPlans);
    let sections = 0;
    let indicatorRecordCount = 0;
    for (const [position, part] of parts.entries()) {
      console.log(
        `search index: part ${String(position + 1)} of ${String(parts.length)}: ${String(part.plans)} plans ` +
          `(${part.provinces.join(', ') || 'none'}) (${elapsed()})`,
      );
      // A Pagefind service per part: closing it ends the process and gives its memory back.
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      try {
        const adder = recordAdder(index, used);
        for (const province of part.provinces) {
          const file = files.get(province);
          if (file === undefined) continue;
          for await (const input of searchInputLines(file)) await adder.add(planRecords(input));
        }
        await adder.flush();
        sections += adder.count();
        if (position === 0) {
          // Indicator pages compare every plan: they go with the first part.
          const indicatorPages = new Set(
            builtIndicatorPages().filter((id) => builtPageLanguage(indicatorPagePath(id)) === INDEX_PAGE_LANGUAGE),
          );
          const before = adder.count();
          await adder.add(indicatorRecords(indicators, (id) => indicatorPages.has(id)));
          await adder.flush();
          indicatorRecordCount = adder.count() - before;
          const unknownPages = [...indicatorPages].filter((id) => !indicators.some((indicator) => indicator.id === id));
          if (unknownPages.length > 0)
            skipped.push(...unknownPages.map((id) => `${indicatorPagePath(id)} (not in data/indicators.yaml)`));
        }
        console.log(`search index: writing part ${String(position + 1)} (${elapsed()})`);
        const written = await index.writeFiles({ outputPath: join(OUTPUT, part.folder) });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      } finally {
        await pagefind.close();
      }
    }

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
    };
    writeFileSync(join(OUTPUT, 'query-data.json'), JSON.stringify(pageData));

    const planCount = [...plans.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `search index: ${String(sections)} sections of ${String(planCount)} plans, ` +
        `${String(indicatorRecordCount)} indicator pages, in ${String(parts.length)} part(s) → ${OUTPUT} ` +
        `(${process.env['PAGEFIND_EXTENDED_BINARY_PATH']})`,
    );
    console.log(`search index: done (${elapsed()})`);
    for (const page of skipped) console.warn(`search index: skipped ${page}`);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

await main();

import type { Loader, LoaderContext } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentParallel } from '../lib/io/load-content.ts';
import { isoToday } from '../lib/io/today.ts';
import { parseDistricts } from '../lib/content/parse-districts.ts';
import { contentRoot } from '../lib/io/content-root.ts';
import { readDivisionIndex } from '../lib/io/read-division-list.ts';
import { parseYamlData } from '../lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../lib/content/content-paths.ts';
import { readDataFiles } from '../lib/io/read-content.ts';
import { IndicatorRegistrySchema } from '../schema/indicator.ts';
import { formatIssue } from '../lib/plan/plan-issue.ts';
import { PlanFrontMatterSchema } from '../schema/plan.ts';
import { planIndexInputs } from '../lib/search/plan-records.ts';
import { searchInputPath, writeSearchInput } from '../lib/io/search-input.ts';
import { deletePlanHtmlExcept, writePlanHtml } from '../lib/io/plan-html.ts';

/** The change handler each collection has on a watcher (a new `load` replaces its old handler). */
const handlers = new WeakMap<NonNullable<LoaderContext['watcher']>, Map<string, (path: string) => void>>();

/**
 * In `astro dev`, runs `reload` whenever one of `files` (paths relative to the
 * project root; a folder covers everything in it) changes, is added or is
 * removed, so the next page load shows the edit. A failed reload (e.g. a
 * content error while the editor is mid-edit) is logged and the last good
 * content stays. In a build there is no watcher and this does nothing.
 */
function reloadOnChange(context: LoaderContext, files: readonly string[], reload: () => Promise<void>): void {
  const { watcher, config, logger } = context;
  if (!watcher) return;
  const root = contentRoot(fileURLToPath(config.root));
  const watched = files.map((file) => resolve(root, file));
  watcher.add(watched);
  const isWatched = (path: string): boolean =>
    watched.some((file) => resolve(path) === file || resolve(path).startsWith(join(file, '/')));
  const onChange = (path: string): void => {
    if (!isWatched(path)) return;
    reload().then(
      () => {
        logger.info(`reloaded after a change to ${path}`);
      },
      (error: unknown) => {
        logger.error(
          `could not reload after a change to ${path}:\n${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  };
  const byCollection = handlers.get(watcher) ?? new Map<string, (path: string) => void>();
  handlers.set(watcher, byCollection);
  const previous = byCollection.get(context.collection);
  for (const event of ['change', 'add', 'unlink'] as const) {
    if (previous) watcher.off(event, previous);
    watcher.on(event, onChange);
  }
  byCollection.set(context.collection, onChange);
}

/**
 * Loads the plans into Astro through Plan Atlas's own parser (gray-matter and the
 * one unified pipeline), so the pages render exactly the HTML that the dataset,
 * `npm run check` and the tests see. Any content error fails the build with the
 * same `file:line: field: message` lines as `npm run check`.
 */
export function planLoader(): Loader {
  return {
    name: 'plan-atlas-plans',
    schema: PlanFrontMatterSchema,
    load: async (context) => {
      await loadPlans(context);
      // A plan's page also depends on the districts, the indicators and the site configuration.
      reloadOnChange(
        context,
        [CONTENT_PATHS.plans, CONTENT_PATHS.districts, CONTENT_PATHS.indicators, CONTENT_PATHS.config],
        () => loadPlans(context),
      );
    },
  };
}

/**
 * Deletes the store's entries whose ids are not in `keep`. Loaders replace
 * entries in place rather than `store.clear()` first: under `astro dev` a
 * reload after a clear was seen to leave pages showing the old entry.
 */
function deleteOthers(store: LoaderContext['store'], keep: ReadonlySet<string>): void {
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/**
 * Part of every plan entry's digest; change it when what the loader stores for a plan changes
 * shape. Astro keeps a stored entry whose digest is unchanged, and clears its store only when
 * the Astro or content configuration changes, so without it an entry stored by an older loader
 * (e.g. with the body HTML) would stay as it was.
 */
const ENTRY_FORMAT = 'entry format 2: the body HTML in a file';

/**
 * Reads, checks and renders every plan into the collection's store and each plan's body HTML
 * into its file in the cache folder (src/lib/io/plan-html.ts); throws on content errors.
 */
async function loadPlans(context: LoaderContext): Promise<void> {
  const { store, config, logger } = context;
  const root = contentRoot(fileURLToPath(config.root));
  const check = await loadContentParallel(
    root,
    { today: isoToday(), base: config.base, site: String(config.site) },
    {},
    (plans, workers) => {
      logger.info(`checking ${String(plans)} plans${workers > 0 ? ` in ${String(workers)} worker threads` : ''}`);
    },
  );
  const errors = check.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`content errors (run npm run check):\n${errors.map(formatIssue).join('\n')}`);
  }
  const cacheDir = fileURLToPath(config.cacheDir);
  const ids = new Set<string>();
  for (const plan of check.plans) {
    if (!plan.data) continue;
    const id = `${plan.data.district}/${plan.data.plan}`;
    ids.add(id);
    // Written before the entry is set, so a page of the entry finds it; and on every load, even where
    // the digest below is unchanged, because the HTML also depends on the site's base and configuration.
    writePlanHtml(cacheDir, id, plan.body.html);
    const data = await context.parseData({ id, data: plan.data, filePath: plan.file });
    const targets = new Set(plan.data.indicators.map((entry) => entry.target));
    store.set({
      id,
      data,
      // No `body` (the Markdown) and no body HTML: Astro's chunked store writer costs ~1 µs per
      // character, and the plan page reads the HTML from the file written above.
      filePath: plan.file,
      digest: context.generateDigest(`${ENTRY_FORMAT}\n${plan.markdown}${JSON.stringify(plan.data)}`),
      rendered: {
        // Astro's `RenderedContent` requires `html`; empty, as the body is in the file. Nothing calls
        // `render()` on a plan entry (it would render nothing); `metadata` is what the pages read.
        html: '',
        metadata: {
          headings: [],
          planHeadings: plan.body.headings,
          // Only the anchors the dataset quotes (the front matter's targets): every anchor would
          // store the plan's text a second time, and the store of a national corpus is large.
          anchors: plan.body.anchors.filter((anchor) => targets.has(anchor.id)),
          entryLines: plan.entryLines,
        },
      },
    });
  }
  deleteOthers(store, ids);
  deletePlanHtmlExcept(cacheDir, ids);
  // The search index script reads the plans as parsed here rather than parsing them again.
  writeSearchInput(searchInputPath(cacheDir), planIndexInputs(check));
  logger.info(`${String(check.plans.length)} plans loaded`);
}

/** Loads the indicator registry `data/indicators.yaml` (validated by `npm run check` and the plan loader). */
export function indicatorLoader(): Loader {
  return {
    name: 'plan-atlas-indicators',
    load: async (context) => {
      await loadIndicators(context);
      reloadOnChange(context, [CONTENT_PATHS.indicators], () => loadIndicators(context));
    },
  };
}

async function loadIndicators(context: LoaderContext): Promise<void> {
  const { store, config } = context;
  const root = contentRoot(fileURLToPath(config.root));
  const registry = parseYamlData(readDataFiles(root).indicators, IndicatorRegistrySchema, CONTENT_PATHS.indicators);
  if (!registry.data) throw new Error(registry.issues.map(formatIssue).join('\n'));
  deleteOthers(store, new Set(registry.data.map((indicator) => indicator.id)));
  for (const indicator of registry.data) {
    store.set({ id: indicator.id, data: await context.parseData({ id: indicator.id, data: indicator }) });
  }
}

/** Loads `data/districts.yaml` (validated by the same schema as `npm run check`). */
export function districtLoader(): Loader {
  return {
    name: 'plan-atlas-districts',
    load: async (context) => {
      await loadDistricts(context);
      reloadOnChange(context, [CONTENT_PATHS.districts], () => loadDistricts(context));
    },
  };
}

async function loadDistricts(context: LoaderContext): Promise<void> {
  const { store, config } = context;
  const root = contentRoot(fileURLToPath(config.root));
  const { districts, issues } = parseDistricts(readDataFiles(root).districts, readDivisionIndex());
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join('\n'));
  deleteOthers(store, new Set(districts.map((district) => district.slug)));
  for (const district of districts) {
    store.set({ id: district.slug, data: await context.parseData({ id: district.slug, data: district }) });
  }
}

import { getCollection } from 'astro:content';
import type { DatasetInput } from '../lib/dataset/dataset-input.ts';
import { loadHistories } from '../lib/io/load-history.ts';
import { parseYamlData } from '../lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../lib/content/content-paths.ts';
import { readDataFiles } from '../lib/io/read-content.ts';
import { formatIssue } from '../lib/plan/plan-issue.ts';
import { SiteConfigSchema, type SiteConfig } from '../schema/site-config.ts';
import type { PlanHistory } from '../lib/history/plan-history.ts';
import { oncePerBuild } from './build-cache.ts';
import { contentRoot } from '../lib/io/content-root.ts';
import { entryLinesFromMetadata, planAnchorsFromMetadata } from '../lib/plan/plan-metadata.ts';

/** Every plan's history, read from Git once per build (one warning where Git history is unavailable). */
export function planHistories(): Promise<Map<string, PlanHistory>> {
  return oncePerBuild('plan-histories', () =>
    getCollection('plans').then((plans) =>
      loadHistories(
        contentRoot(),
        plans.map((entry) => ({ file: entry.filePath ?? '', data: entry.data })),
        (message) => {
          console.warn(`[plan-atlas] warning: ${message}`);
        },
      ),
    ),
  );
}

/** The history of the plan file at `file`. */
export function historyOf(map: ReadonlyMap<string, PlanHistory>, file: string | undefined): PlanHistory {
  const history = file === undefined ? undefined : map.get(file);
  if (!history) throw new Error(`no history for plan file ${file ?? '(unknown)'}`);
  return history;
}

/** The dataset input from Astro's collections, built once per build (pages, feeds and data files share it). */
export function datasetInputFromCollections(base: string): Promise<DatasetInput> {
  return oncePerBuild(`dataset-input:${base}`, () => readDatasetInput(base));
}

/** The dataset input from Astro's collections (the same data `npm run data` reads from disk). */
async function readDatasetInput(base: string): Promise<DatasetInput> {
  const [plans, indicators, districts] = await Promise.all([
    getCollection('plans'),
    getCollection('indicators'),
    getCollection('districts'),
  ]);
  const histories = await planHistories();
  const config = siteConfig();
  return {
    plans: plans.map((entry) => ({
      data: entry.data,
      anchors: planAnchorsFromMetadata(entry.rendered?.metadata),
      history: historyOf(histories, entry.filePath),
      file: entry.filePath ?? '',
      entryLines: entryLinesFromMetadata(entry.rendered?.metadata),
    })),
    indicators: indicators.map((entry) => entry.data),
    districts: districts.map((entry) => entry.data),
    base,
    licence: config.dataset_licence,
  };
}

/** `plan-atlas.config.json`, validated (the plan loader has already failed the build on its errors). */
function siteConfig(): SiteConfig {
  const parsed = parseYamlData(readDataFiles(process.cwd()).config, SiteConfigSchema, CONTENT_PATHS.config);
  if (!parsed.data) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return parsed.data;
}

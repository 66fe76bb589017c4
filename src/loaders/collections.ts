import { getCollection } from 'astro:content';
import type { DatasetInput } from '../lib/dataset/dataset-input.ts';
import { loadHistories } from '../lib/content/load-history.ts';
import type { PlanHistory } from '../lib/history/plan-history.ts';
import { entryLinesFromMetadata, planAnchorsFromMetadata } from '../lib/plan/plan-metadata.ts';

let histories: Promise<Map<string, PlanHistory>> | undefined;

/** Every plan's history, read from Git once per build (one warning where Git history is unavailable). */
export function planHistories(): Promise<Map<string, PlanHistory>> {
  histories ??= getCollection('plans').then((plans) =>
    loadHistories(
      process.cwd(),
      plans.map((entry) => ({ file: entry.filePath ?? '', data: entry.data })),
      (message) => {
        console.warn(`[plan-atlas] warning: ${message}`);
      },
    ),
  );
  return histories;
}

/** The history of the plan file at `file`. */
export function historyOf(map: ReadonlyMap<string, PlanHistory>, file: string | undefined): PlanHistory {
  const history = file === undefined ? undefined : map.get(file);
  if (!history) throw new Error(`no history for plan file ${file ?? '(unknown)'}`);
  return history;
}

const inputs = new Map<string, Promise<DatasetInput>>();

/** The dataset input from Astro's collections, built once per base path (pages, feeds and data files share it). */
export function datasetInputFromCollections(base: string): Promise<DatasetInput> {
  let input = inputs.get(base);
  if (!input) {
    input = readDatasetInput(base);
    inputs.set(base, input);
  }
  return input;
}

/** The dataset input from Astro's collections (the same data `npm run data` reads from disk). */
async function readDatasetInput(base: string): Promise<DatasetInput> {
  const [plans, indicators, districts] = await Promise.all([
    getCollection('plans'),
    getCollection('indicators'),
    getCollection('districts'),
  ]);
  const histories = await planHistories();
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
  };
}

import { getCollection } from 'astro:content';
import type { DatasetInput } from '../lib/dataset/dataset-input.ts';
import { planAnchorsFromMetadata } from '../lib/plan/plan-metadata.ts';

/** The dataset input from Astro's collections (the same data `npm run data` reads from disk). */
export async function datasetInputFromCollections(base: string): Promise<DatasetInput> {
  const [plans, indicators, districts] = await Promise.all([
    getCollection('plans'),
    getCollection('indicators'),
    getCollection('districts'),
  ]);
  return {
    plans: plans.map((entry) => ({ data: entry.data, anchors: planAnchorsFromMetadata(entry.rendered?.metadata) })),
    indicators: indicators.map((entry) => entry.data),
    districts: districts.map((entry) => entry.data),
    base,
  };
}

import type { APIContext } from 'astro';
import { buildChangeRecords } from '../lib/dataset/build-changes.ts';
import type { DatasetInput } from '../lib/dataset/dataset-input.ts';
import { datasetInputFromCollections } from './collections.ts';

/** The site URL including the base path, for feed links. */
export function siteUrl(context: Pick<APIContext, 'site'>): URL {
  if (!context.site) throw new Error('astro.config.mjs must set `site` (PLAN_ATLAS_SITE) for the RSS feeds');
  return new URL(import.meta.env.BASE_URL, context.site);
}

/** The dataset input and every target-level change, for the feeds. */
export async function feedData(): Promise<{ input: DatasetInput; changes: ReturnType<typeof buildChangeRecords> }> {
  const input = await datasetInputFromCollections(import.meta.env.BASE_URL);
  return { input, changes: buildChangeRecords(input.plans, input.base) };
}

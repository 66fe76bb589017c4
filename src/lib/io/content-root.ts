import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiteConfigSchema } from '../../schema/site-config.ts';

/**
 * The content root: the folder holding `content/plans/`, `data/districts.yaml`,
 * `data/indicators.yaml`, `data/sources/` and `plan-atlas.config.json`. It is
 * `PLAN_ATLAS_CONTENT_DIR` (resolved against `projectRoot`) where set, else the
 * project root itself, so the same code builds, checks and exports another
 * content tree (e.g. the synthetic corpus of `npm run synth`).
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  const directory = process.env['PLAN_ATLAS_CONTENT_DIR'];
  return directory === undefined || directory === '' ? projectRoot : resolve(projectRoot, directory);
}

const synthetic = new Map<string, boolean>();

/**
 * Whether the content at `root` is a synthetic corpus (`"synthetic": true` in
 * its `plan-atlas.config.json`, written by `npm run synth`): every page then
 * says so in its header. An invalid configuration reads as not synthetic here;
 * `npm run check` and the plan loader report it.
 */
export function isSyntheticCorpus(root: string = contentRoot()): boolean {
  let value = synthetic.get(root);
  if (value === undefined) {
    const file = join(root, 'plan-atlas.config.json');
    const parsed = existsSync(file) ? SiteConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : null;
    value = parsed?.success === true && parsed.data.synthetic;
    synthetic.set(root, value);
  }
  return value;
}

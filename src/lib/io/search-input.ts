/**
 * The search index's input, handed from the Astro build to the index script
 * (`scripts/build-search-index.ts`) so that the plans are parsed once per
 * build: the plan loader writes what `planRecord` needs of every plan it
 * loaded (anchors, unanchored paragraphs, jurisdiction) into the build's cache
 * folder, one JSON line per plan (a national corpus is several hundred MB, more
 * than one JavaScript string holds).
 */
import { closeSync, createReadStream, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { PlanIndexInput } from '../search/plan-records.ts';

/** The file in Astro's cache folder (`cacheDir` of astro.config.mjs). */
export function searchInputPath(cacheDir: string): string {
  return join(cacheDir, 'plan-atlas', 'search-input.jsonl');
}

/**
 * Astro's cache folder for the content being built: `<content>/.astro-cache` for
 * `PLAN_ATLAS_CONTENT_DIR` (as astro.config.mjs sets it), else Astro's default.
 */
export function astroCacheDir(projectRoot: string, contentDirectory = process.env['PLAN_ATLAS_CONTENT_DIR']): string {
  return contentDirectory === undefined || contentDirectory === ''
    ? join(projectRoot, 'node_modules', '.astro')
    : join(resolve(projectRoot, contentDirectory), '.astro-cache');
}

/** Writes the inputs (replacing the file in one step, so a reader never sees half of it). */
export function writeSearchInput(path: string, inputs: Iterable<PlanIndexInput>): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    for (const input of inputs) writeSync(fd, `${JSON.stringify(input)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

/** The inputs, one plan at a time, as the file is read (a national corpus need not fit in memory at once). */
export async function* searchInputLines(path: string): AsyncGenerator<PlanIndexInput> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line === '') continue;
    let input: PlanIndexInput;
    try {
      input = JSON.parse(line) as PlanIndexInput;
    } catch (error) {
      throw new Error(
        `${path}:${String(number)}: not a plan's search input (${error instanceof Error ? error.message : String(error)}): run astro build again`,
        { cause: error },
      );
    }
    yield input;
  }
}

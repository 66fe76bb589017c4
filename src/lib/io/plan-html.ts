/**
 * Each plan's rendered body HTML, handed from the plan loader to the plan page
 * through files in the build's cache folder rather than Astro's content store:
 * Astro's chunked store writer costs about 1 µs per character, and the bodies
 * are most of the store's characters (a national corpus: ~14 of a build's ~31
 * minutes, docs/performance.md), which then also stay in memory while every
 * page is generated. One file per plan, so a page reads only its own plan.
 */
import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder of the HTML files in Astro's cache folder (`cacheDir` of astro.config.mjs). */
export function planHtmlDirectory(cacheDir: string): string {
  return join(cacheDir, 'plan-atlas', 'plan-html');
}

/** The file name of a plan id (`<district>/<plan>`), one folder for every plan. */
function planHtmlFileName(id: string): string {
  return `${encodeURIComponent(id)}.html`;
}

/** The file of the plan `id` (`<district>/<plan>`, the store entry's id). */
export function planHtmlPath(cacheDir: string, id: string): string {
  return join(planHtmlDirectory(cacheDir), planHtmlFileName(id));
}

/**
 * Writes the plan's HTML, replacing the file in one step (write, then rename),
 * so a page being generated or served by `astro dev` never reads half of it.
 * Synchronous, so two loads under `astro dev` cannot interleave on one file.
 */
export function writePlanHtml(cacheDir: string, id: string, html: string): void {
  const path = planHtmlPath(cacheDir, id);
  mkdirSync(planHtmlDirectory(cacheDir), { recursive: true });
  const partial = `${path}.partial`;
  writeFileSync(partial, html);
  renameSync(partial, path);
}

/**
 * Deletes every file in the folder that is not the HTML of a plan in `keep`
 * (plans removed since the last load, and any half-written file), as the
 * loader deletes their store entries. Returns how many files it deleted.
 */
export function deletePlanHtmlExcept(cacheDir: string, keep: Iterable<string>): number {
  const directory = planHtmlDirectory(cacheDir);
  const kept = new Set(Array.from(keep, planHtmlFileName));
  let files: string[];
  try {
    files = readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let deleted = 0;
  for (const file of files) {
    if (kept.has(file)) continue;
    unlinkSync(join(directory, file));
    deleted += 1;
  }
  return deleted;
}

/** The plan's HTML as the plan loader wrote it; a missing file fails with its path and what to do. */
export async function readPlanHtml(cacheDir: string, id: string): Promise<string> {
  const path = planHtmlPath(cacheDir, id);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `${path}: no rendered HTML for plan ${id}. The plan loader writes it into the build's cache folder ` +
        `while loading the content: run the build again (npm run build, or restart npm run dev).`,
      { cause: error },
    );
  }
}

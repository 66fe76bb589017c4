import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_PATHS } from '../content/content-paths.ts';
import { normaliseFileText } from '../content/file-text.ts';

/** A plan file as read from disk. */
export interface PlanFileText {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Its text. */
  text: string;
}

/** Reads a UTF-8 text file as {@link normaliseFileText} makes it (no BOM, `\n` line ends). */
export function readTextFile(path: string): string {
  return normaliseFileText(readFileSync(path, 'utf8'));
}

/** Reads every `*.md` under `content/plans/`, sorted by path. */
export function readPlanFiles(root: string): PlanFileText[] {
  const base = join(root, CONTENT_PATHS.plans);
  if (!existsSync(base)) return [];
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(base, name))
    .sort();
  return files.map((path) => ({ file: relative(root, path).split('\\').join('/'), text: readTextFile(path) }));
}

/** The texts of the data files every check needs (districts, indicators, site configuration). */
export function readDataFiles(root: string): { districts: string; indicators: string; config: string } {
  return {
    districts: readTextFile(join(root, CONTENT_PATHS.districts)),
    indicators: readTextFile(join(root, CONTENT_PATHS.indicators)),
    config: readTextFile(join(root, CONTENT_PATHS.config)),
  };
}

/** Names of the source files in `data/sources/`: texts and documents as received (not the `.yaml` sidecars or README.md). */
export function listSources(root: string): string[] {
  return readdirSync(join(root, CONTENT_PATHS.sources))
    .filter((name) => !name.endsWith('.yaml') && name !== 'README.md')
    .sort();
}

/** Lines `[from, to]` (1-based, inclusive) of a source text. */
export function readSourceLines(root: string, file: string, [from, to]: readonly [number, number]): string {
  return readTextFile(join(root, CONTENT_PATHS.sources, file))
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

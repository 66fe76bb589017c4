import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_PATHS } from '../content/content-paths.ts';

/** A plan file as read from disk. */
export interface PlanFileText {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Its text. */
  text: string;
}

/** Reads every `*.md` under `content/plans/`, sorted by path. */
export function readPlanFiles(root: string): PlanFileText[] {
  const base = join(root, CONTENT_PATHS.plans);
  if (!existsSync(base)) return [];
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(base, name))
    .sort();
  return files.map((path) => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}

/** The texts of the data files every check needs (districts, indicators, site configuration). */
export function readDataFiles(root: string): { districts: string; indicators: string; config: string } {
  return {
    districts: readFileSync(join(root, CONTENT_PATHS.districts), 'utf8'),
    indicators: readFileSync(join(root, CONTENT_PATHS.indicators), 'utf8'),
    config: readFileSync(join(root, CONTENT_PATHS.config), 'utf8'),
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
  return readFileSync(join(root, CONTENT_PATHS.sources, file), 'utf8')
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

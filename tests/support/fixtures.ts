import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root of the repository. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The case folders of `tests/fixtures/<group>/`, sorted. */
export function fixtureCases(group: string): { name: string; dir: string }[] {
  const base = join(ROOT, 'tests', 'fixtures', group);
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, dir: join(base, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The expected output stored in a fixture folder. With `UPDATE_FIXTURES=1`
 * (never on CI) a missing or different file is rewritten from `actual`, to be
 * reviewed by hand before committing.
 */
export function expectedOutput(dir: string, name: string, actual: string): string {
  const path = join(dir, name);
  if (process.env['UPDATE_FIXTURES'] === '1' && process.env['CI'] !== 'true') writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${path} is missing: write it (or run with UPDATE_FIXTURES=1 and review it)`);
  return readFileSync(path, 'utf8');
}

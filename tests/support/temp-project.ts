import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.ts';

/**
 * A small copy of the project in a temp folder, to run its commands on: the
 * code (scripts/, src/, package.json, node_modules linked), the data files
 * (districts, indicators, site configuration) and an empty `data/sources/`
 * and `content/plans/`. Returns its folder.
 */
export function makeTempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-project-'));
  for (const path of [
    'package.json',
    'scripts',
    'src',
    'plan-atlas.config.json',
    'data/districts.yaml',
    'data/indicators.yaml',
  ])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  mkdirSync(join(dir, 'data', 'sources'), { recursive: true });
  mkdirSync(join(dir, 'content', 'plans'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

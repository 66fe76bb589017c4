import { execFileSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixtureRepo } from '../../support/fixture-repo.ts';
import { ROOT } from '../../support/fixtures.ts';

/**
 * Builds the site of the fixture Git repository (one plan committed in four
 * versions) with this project's code and data, and returns its folder; the
 * site is in `<folder>/dist`.
 */
export function buildFixtureSite(): string {
  const dir = makeFixtureRepo();
  for (const path of ['src', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'plan-atlas.config.json']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The fixture's versions are dated after the day this test was written.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAN_ATLAS_TODAY: '2030-01-01' };
  delete env['PLAN_ATLAS_BASE'];
  delete env['PLAN_ATLAS_OUT_DIR'];
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, env, stdio: 'pipe' });
  return dir;
}

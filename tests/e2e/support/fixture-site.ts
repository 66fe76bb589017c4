import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFixtureRepo } from '../../support/fixture-repo.ts';
import { ROOT } from '../../support/fixtures.ts';

const PROJECT_FILES = ['src', 'public', 'data', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies this project's code and data into `dir` (node_modules linked), optionally its content too. */
export function copyProject(dir: string, withContent: boolean): void {
  for (const path of [...PROJECT_FILES, ...(withContent ? ['content'] : [])]) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
}

/** Variables Vitest sets in its own process that would leak into a child build (Vite reads BASE_URL, MODE…). */
const TEST_RUNNER_VARIABLES = /^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/u;

/** This process's environment without the test runner's and Plan Atlas's variables, plus `env`. */
export function cleanEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!TEST_RUNNER_VARIABLES.test(name) && !name.startsWith('PLAN_ATLAS_')) clean[name] = value;
  }
  return Object.assign(clean, { ASTRO_TELEMETRY_DISABLED: '1' }, env);
}

/** Runs a command in `dir` with a clean environment; returns its exit status and output (both streams). */
export function runCommand(
  dir: string,
  command: readonly string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; output: string } {
  const [program = '', ...args] = command;
  const result = spawnSync(program, args, { cwd: dir, env: cleanEnvironment(env), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * The environment that gives a copy its own Astro cache: its `node_modules` is this project's, so
 * Astro's default cache folder (and the plan loader's HTML and search input in it) would be shared.
 * With the content folder named, the cache is `<dir>/.astro-cache` (`astroCacheDir`).
 */
export function ownCache(dir: string): NodeJS.ProcessEnv {
  return { PLAN_ATLAS_CONTENT_DIR: dir };
}

function build(dir: string, command: readonly string[], env: NodeJS.ProcessEnv): string {
  const { status, output } = runCommand(dir, command, { ...ownCache(dir), ...env });
  if (status !== 0) throw new Error(`${command.join(' ')} failed in ${dir}:\n${output}`);
  return output;
}

/**
 * Builds the site of the fixture Git repository (one plan committed in four
 * versions) with this project's code and data, and returns its folder; the
 * site is in `<folder>/dist`.
 */
export function buildFixtureSite(): string {
  const dir = makeFixtureRepo();
  copyProject(dir, false);
  writeFileSync(join(dir, 'plan-atlas.config.json'), '{ "report_error": null }\n');
  // The fixture's versions are dated after the day this test was written.
  build(dir, [join(ROOT, 'node_modules', '.bin', 'astro'), 'build'], { PLAN_ATLAS_TODAY: '2030-01-01' });
  return dir;
}

/**
 * Builds a copy of this project (outside Git, as from a tarball) with `npm run
 * build` under a base path and with 纠错 links configured (and any other
 * build variables in `env`, e.g. `PLAN_ATLAS_PRECOMPRESS`). Returns the
 * folder, the folder served as the web root (the site is in `<root><base>`)
 * and the build's output.
 */
export function buildDeployedSite(options: { base: string; site: string; config: unknown; env?: NodeJS.ProcessEnv }): {
  dir: string;
  webRoot: string;
  log: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-deploy-'));
  copyProject(dir, true);
  writeFileSync(join(dir, 'plan-atlas.config.json'), `${JSON.stringify(options.config, null, 2)}\n`);
  const webRoot = join(dir, 'www');
  const log = build(dir, ['npm', 'run', 'build'], {
    PLAN_ATLAS_BASE: options.base,
    PLAN_ATLAS_SITE: options.site,
    PLAN_ATLAS_OUT_DIR: join(webRoot, options.base),
    ...options.env,
  });
  return { dir, webRoot, log };
}

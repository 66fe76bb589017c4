// The two corpora of the bounded-page test, cut from one synthetic corpus (npm run synth): a small
// and a 4× larger one in which one province (the focus) has the same jurisdictions, so a page that
// grows with the country rather than with its own province shows on that province's pages.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import { CONTENT_PATHS } from '../../src/lib/content/content-paths.ts';
import { provinceByCode } from '../../src/lib/regions/provinces.ts';
import { SITE_ROOT } from '../e2e/support/site-content.ts';

/** A jurisdiction of a synthetic corpus, as its `data/districts.yaml` lists it. */
export interface CorpusJurisdiction {
  slug: string;
  code: string;
  /** Slug of its province. */
  province: string;
}

/**
 * What Vitest adds to the environment (mirroring Vite's import.meta.env). A build that inherits it
 * runs some 20× slower: 60 plans took 10 minutes instead of 30 s with NODE_ENV=test, and as long
 * with NODE_ENV removed but DEV=1, MODE=test and the rest kept.
 */
const TEST_RUNNER_VARIABLES = /^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/u;

/** Runs a Node script of the project (`args` after `node`) in the environment of a shell, failing with its output. */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)),
  );
  const result = spawnSync(process.execPath, args, {
    cwd: SITE_ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const why = result.error?.message ?? (result.signal === null ? `exit ${String(result.status)}` : result.signal);
    throw new Error(`node ${args.join(' ')} failed (${why}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Writes a synthetic corpus of `plans` plans into `out` (npm run synth). */
export function synthesise(out: string, plans: number): void {
  runNode(['--experimental-strip-types', 'scripts/synth.ts', '--out', out, '--plans', String(plans)]);
}

/** The jurisdictions of the corpus at `root`, in the order synth listed them (round-robin over provinces). */
export function readCorpusJurisdictions(root: string): CorpusJurisdiction[] {
  const entries = parse(readFileSync(join(root, CONTENT_PATHS.districts), 'utf8')) as { slug: string; code: string }[];
  return entries.map(({ slug, code }) => {
    const province = provinceByCode(`${code.slice(0, 2)}0000`);
    if (!province) throw new Error(`${root}/${CONTENT_PATHS.districts}: ${slug} (${code}) is in no known province`);
    return { slug, code, province: province.slug };
  });
}

/**
 * The `count` jurisdictions of a cut: every jurisdiction of `focus` in `all`,
 * then the others in their order in `all`; the cuts of one corpus are nested.
 */
export function cutJurisdictions(
  all: readonly CorpusJurisdiction[],
  focus: string,
  count: number,
): CorpusJurisdiction[] {
  const inFocus = all.filter((jurisdiction) => jurisdiction.province === focus);
  const others = all.filter((jurisdiction) => jurisdiction.province !== focus);
  const cut = [...inFocus, ...others.slice(0, Math.max(0, count - inFocus.length))];
  if (cut.length !== count) throw new Error(`a cut of ${String(count)} jurisdictions needs a larger source corpus`);
  return cut;
}

/** Copies the corpus at `source` into `target` with only the plans of `keep` (and their districts.yaml entries). */
export function writeCut(source: string, target: string, keep: readonly CorpusJurisdiction[]): void {
  const slugs = new Set(keep.map((jurisdiction) => jurisdiction.slug));
  cpSync(source, target, {
    recursive: true,
    filter: (path) => {
      const parts = relative(source, path).split(sep);
      const plans = CONTENT_PATHS.plans.split('/');
      const isPlanFolder = parts.length > plans.length && plans.every((part, index) => parts[index] === part);
      return !isPlanFolder || slugs.has(parts[plans.length] ?? '');
    },
  });
  writeFileSync(
    join(target, CONTENT_PATHS.districts),
    `# SYNTHETIC jurisdictions for the bounded-page test (a cut of npm run synth).\n${stringify(
      keep.map(({ slug, code }) => ({ slug, code })),
    )}`,
  );
}

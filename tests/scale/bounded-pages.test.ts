// Every page stays bounded as jurisdictions are added (issue 9): the site is built from a small
// synthetic corpus at two sizes (npm run synth; PLAN_ATLAS_CONTENT_DIR), and the largest file of each
// page type may grow by less than 1.3× while the plans grow 4×. Sizes only, never times. The two
// builds (pages only, no search index) take a few minutes on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageType, PageTypeSummary } from '../../src/lib/bench/page-types.ts';
import { listOutputFiles, measureOutput } from '../../src/lib/io/measure-output.ts';
import { SITE_ROOT } from '../e2e/support/site-content.ts';

/** What the header of every page built from a synthetic corpus says. */
const SYNTHETIC_NOTICE = '合成数据，仅供性能测试';
const SMALL = 40;
const LARGE = 160;
/** Largest-file growth allowed while plans grow LARGE / SMALL = 4×. */
const MAX_GROWTH = 1.3;
/** The page types that must stay bounded. */
const BOUNDED: readonly PageType[] = [
  'plan',
  'district',
  'indicator',
  'indicator-province',
  'regions index',
  'province',
  'compare',
  'home',
  'data',
  'search',
  'about',
  'feeds',
  'data files',
];

const temp = mkdtempSync(join(tmpdir(), 'plan-atlas-bounded-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, {
    cwd: SITE_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Writes a corpus of `plans` synthetic plans, builds its pages and measures them by page type. */
function buildCorpus(plans: number): Map<PageType, PageTypeSummary> {
  const corpus = join(temp, `corpus-${String(plans)}`);
  const out = join(temp, `dist-${String(plans)}`);
  run(['--experimental-strip-types', 'scripts/synth.ts', '--out', corpus, '--plans', String(plans)]);
  run([join(SITE_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    PLAN_ATLAS_CONTENT_DIR: corpus,
    PLAN_ATLAS_OUT_DIR: out,
  });
  return new Map(measureOutput(out).map((summary) => [summary.type, summary]));
}

let small = new Map<PageType, PageTypeSummary>();
let large = new Map<PageType, PageTypeSummary>();
beforeAll(() => {
  small = buildCorpus(SMALL);
  large = buildCorpus(LARGE);
}, 20 * 60_000);

describe(`the largest page of each type, ${String(SMALL)} → ${String(LARGE)} synthetic plans`, () => {
  for (const type of BOUNDED) {
    it(`${type} grows less than ${String(MAX_GROWTH)}×`, () => {
      const before = small.get(type);
      const after = large.get(type);
      if (!before || !after) throw new Error(`no ${type} files were built`);
      const growth = after.largest.bytes / before.largest.bytes;
      expect(
        growth,
        `${type}: ${before.largest.path} ${String(before.largest.bytes)} B → ${after.largest.path} ${String(after.largest.bytes)} B`,
      ).toBeLessThan(MAX_GROWTH);
    });
  }

  it('says on every page of a synthetic corpus that it is synthetic, and never on the real site', () => {
    const pages = listOutputFiles(join(temp, `dist-${String(LARGE)}`)).filter((file) => file.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(LARGE);
    const unmarked = pages.filter(
      (file) => !readFileSync(join(temp, `dist-${String(LARGE)}`, file.path), 'utf8').includes(SYNTHETIC_NOTICE),
    );
    expect(unmarked.map((file) => file.path)).toEqual([]);
    expect(readFileSync(join(SITE_ROOT, 'dist', 'index.html'), 'utf8')).not.toContain(SYNTHETIC_NOTICE);
  });
});

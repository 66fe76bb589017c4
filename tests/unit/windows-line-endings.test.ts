import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSources, readPlanFiles, readTextFile } from '../../src/lib/io/read-content.ts';
import { buildPlanHistory } from '../../src/lib/history/plan-history.ts';
import { readFileHistory } from '../../src/lib/io/read-git-history.ts';
import { planSnapshot } from '../../src/lib/history/plan-snapshot.ts';
import { FIXTURE_PLAN, makeFixtureRepo } from '../support/fixture-repo.ts';
import { ROOT } from '../support/fixtures.ts';
import { importSourceText } from '../support/import-source-text.ts';

// Windows editors save with CRLF line ends and often a byte-order mark; a file
// re-saved that way with no word changed must be the same file to every reader.
const windows = (text: string): string => `\uFEFF${text.replaceAll('\n', '\r\n')}`;

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Plan Atlas tests',
  GIT_AUTHOR_EMAIL: 'tests@plan-atlas.invalid',
  GIT_COMMITTER_NAME: 'Plan Atlas tests',
  GIT_COMMITTER_EMAIL: 'tests@plan-atlas.invalid',
};
function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run check` (scripts/check.ts) on the project at `root`. */
function runCheck(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', join(ROOT, 'scripts', 'check.ts'), root], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('files saved on Windows (CRLF and a BOM)', () => {
  it('pass npm run check with no change reported, as their committed LF copies do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-crlf-'));
    scratch.push(dir);
    for (const path of ['content', 'data', 'plan-atlas.config.json'])
      cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'content as committed');
    const before = runCheck(dir);
    const plans = readPlanFiles(dir);
    expect(plans.length).toBeGreaterThan(0);
    for (const file of [...plans.map((plan) => plan.file), 'data/districts.yaml', 'data/indicators.yaml']) {
      writeFileSync(join(dir, file), windows(readFileSync(join(dir, file), 'utf8')));
    }
    expect(git(dir, 'status', '--porcelain').split('\n').filter(Boolean)).toHaveLength(plans.length + 2);
    const after = runCheck(dir);
    expect(after.output).toBe(before.output);
    expect(after.status).toBe(0);
  }, 60_000);

  it('make no version comparison of their own in the history', () => {
    const dir = makeFixtureRepo();
    scratch.push(dir);
    const path = join(dir, FIXTURE_PLAN);
    const lf = readFileSync(path, 'utf8');
    writeFileSync(path, windows(lf));
    git(dir, 'commit', '-q', '-am', 're-saved on Windows');
    const history = readFileHistory(dir, FIXTURE_PLAN);
    expect(history.versions).toHaveLength(5);
    const [previous, resaved] = history.versions.slice(-2);
    expect(resaved?.text).toBe(previous?.text);
    const current = planSnapshot(readTextFile(path))?.data;
    if (!current) throw new Error(`${FIXTURE_PLAN} did not parse`);
    const comparisons = buildPlanHistory(current, history).comparisons;
    const withoutResave = buildPlanHistory(current, { available: true, versions: history.versions.slice(0, -1) });
    expect(comparisons).toEqual(withoutResave.comparisons);
    expect(comparisons).toHaveLength(3);
  });

  it('import to the same plans', () => {
    for (const source of listSources(ROOT)) {
      const original = readFileSync(join(ROOT, 'data', 'sources', source), 'utf8');
      const plans = (text: string): string[] => importSourceText(text, source).map((plan) => plan.markdown);
      expect(plans(windows(original)), source).toEqual(plans(original));
    }
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bumpVersion } from '../../src/lib/history/bump-version.ts';
import { ROOT } from './fixtures.ts';

/** The plan file path inside the fixture repository. */
export const FIXTURE_PLAN = 'content/plans/fuxin-xihe/women.md';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Plan Atlas tests',
      GIT_AUTHOR_EMAIL: 'tests@plan-atlas.invalid',
      GIT_COMMITTER_NAME: 'Plan Atlas tests',
      GIT_COMMITTER_EMAIL: 'tests@plan-atlas.invalid',
    },
  });
}

const TARGET_2030 = `  - indicator: maternal-mortality
    target: health-t2
    section: targets
    label: 孕产妇死亡率
    year: 2030
    value: 9.5
    value_as_written: 9.5/10 万
    unit: per-100k
    comparator: '<='
`;

/**
 * A Git repository in a temp folder with one plan committed in four versions:
 * the original; one changing only wording; one changing a target value
 * (10.5 → 9.5/10 万 in 2025); one adding a target (2030). Returns its folder.
 */
export function makeFixtureRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-history-'));
  const path = join(dir, FIXTURE_PLAN);
  mkdirSync(dirname(path), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const commit = (text: string, message: string): void => {
    writeFileSync(path, text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', message);
  };
  const v1 = readFileSync(join(ROOT, 'tests/fixtures/check/valid-targets/input.md'), 'utf8');
  commit(v1, 'v1');
  const wording = v1.replace('享有良好的卫生健康服务', '享有优质的卫生健康服务');
  const v2 = bumpVersion(wording, '措辞修改：第1条“良好”改为“优质”。', '2026-11-26').text;
  commit(v2, 'v2');
  const value = v2
    .replace('控制在 10.5/10 万以下', '控制在 9.5/10 万以下')
    .replace(/value: 10\.5\n {4}value_as_written: 10\.5\/10 万/u, 'value: 9.5\n    value_as_written: 9.5/10 万');
  const v3 = bumpVersion(value, '孕产妇死亡率2025年目标由10.5/10万改为9.5/10万。', '2026-11-27').text;
  commit(v3, 'v3');
  const added = v3
    .replace(
      '控制在 9.5/10 万以下。 {#health-t2}',
      '控制在 9.5/10 万以下，到 2030 年控制在 9.5/10 万以下。 {#health-t2}',
    )
    .replace('ignored_figures: []\n', '')
    .replace(/(comparator: '<='\n)/u, `$1${TARGET_2030}`);
  const v4 = bumpVersion(added, '新增孕产妇死亡率2030年目标。', '2026-11-28').text;
  commit(v4, 'v4');
  return dir;
}

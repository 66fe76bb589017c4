import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCommittedText, readFileHistory } from '../../src/lib/io/read-git-history.ts';
import { readCommittedTexts, readFileHistories } from '../../src/lib/io/read-git-histories.ts';
import { FIXTURE_PLAN, makeFixtureRepo } from '../support/fixture-repo.ts';
import { ROOT } from '../support/fixtures.ts';

// The one-pass reader must give exactly what the per-file reader (git log --follow, git show) gives.
const repo = makeFixtureRepo();
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});
function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Plan Atlas tests', '-c', 'user.email=tests@plan-atlas.invalid', ...args], {
    cwd: repo,
  });
}
// A second plan: committed, renamed (as when a district slug changes), then edited.
const RENAMED_FROM = 'content/plans/old-slug/children.md';
const RENAMED = 'content/plans/new-slug/children.md';
// Its text is another real plan's (git log --follow would take a copy of the first plan for a rename of it).
const text = readFileSync(join(ROOT, 'content/plans/lishui/children.md'), 'utf8');
mkdirSync(join(repo, 'content/plans/old-slug'), { recursive: true });
writeFileSync(join(repo, RENAMED_FROM), text);
git('add', '-A');
git('commit', '-q', '-m', 'Add a second plan');
mkdirSync(join(repo, 'content/plans/new-slug'), { recursive: true });
git('mv', RENAMED_FROM, RENAMED);
git('commit', '-q', '-m', 'Rename its district');
writeFileSync(join(repo, RENAMED), text.replace('儿童', '少年儿童'));
git('commit', '-q', '-am', 'Edit the renamed plan');
writeFileSync(join(repo, FIXTURE_PLAN), `${readFileSync(join(repo, FIXTURE_PLAN), 'utf8')}\n`); // uncommitted edit

describe('Git history of every plan in one pass', () => {
  const histories = readFileHistories(repo, [FIXTURE_PLAN, RENAMED]);

  it('matches git log --follow for each file, renames included', () => {
    for (const file of [FIXTURE_PLAN, RENAMED]) expect(histories.get(file)).toEqual(readFileHistory(repo, file));
    const renamed = histories.get(RENAMED);
    expect(renamed?.versions.map((version) => version.path)).toEqual([RENAMED_FROM, RENAMED, RENAMED]);
  });

  it('reads the committed texts (HEAD) of all files at once', () => {
    const committed = readCommittedTexts(repo, [FIXTURE_PLAN, RENAMED, 'content/plans/none/women.md']);
    expect(committed.get(FIXTURE_PLAN)).toBe(readCommittedText(repo, FIXTURE_PLAN));
    expect(committed.get(RENAMED)).toBe(readCommittedText(repo, RENAMED));
    expect(committed.has('content/plans/none/women.md')).toBe(false);
  });

  it('says why history is unavailable outside Git, for every file', () => {
    const outside = mkdtempSync(join(tmpdir(), 'plan-atlas-no-git-'));
    const unavailable = readFileHistories(outside, [FIXTURE_PLAN, RENAMED]);
    expect([...unavailable.values()].map((history) => history.available)).toEqual([false, false]);
    expect(readCommittedTexts(outside, [FIXTURE_PLAN]).size).toBe(0);
    rmSync(outside, { recursive: true });
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unversionedChanges } from '../../src/lib/io/unversioned-changes.ts';
import { buildChangeRecords } from '../../src/lib/dataset/build-changes.ts';
import { bumpVersion } from '../../src/lib/history/bump-version.ts';
import { buildPlanHistory } from '../../src/lib/history/plan-history.ts';
import { planSnapshot } from '../../src/lib/history/plan-snapshot.ts';
import { readFileHistory } from '../../src/lib/io/read-git-history.ts';
import { checkUnversionedChange } from '../../src/lib/history/unversioned-change.ts';
import { FIXTURE_PLAN, makeFixtureRepo } from '../support/fixture-repo.ts';

const repo = makeFixtureRepo();
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});
const currentText = readFileSync(join(repo, FIXTURE_PLAN), 'utf8');
const current = planSnapshot(currentText);
if (!current) throw new Error('fixture plan does not parse');
const history = buildPlanHistory(current.data, readFileHistory(repo, FIXTURE_PLAN));

describe('plan history from Git', () => {
  it('pairs every version with its change note and commit', () => {
    expect(history.available).toBe(true);
    expect(history.versions.map((v) => [v.version, v.date, v.commit?.length])).toEqual([
      [4, '2026-11-28', 40],
      [3, '2026-11-27', 40],
      [2, '2026-11-26', 40],
      [1, '2026-11-25', 40],
    ]);
  });

  it('finds only the wording change in version 2', () => {
    const comparison = history.comparisons.find((c) => c.to === 2);
    expect(comparison?.targets).toEqual([]);
    const changed = comparison?.blocks.filter((b) => b.kind !== 'same') ?? [];
    expect(changed).toHaveLength(1);
    const block = changed[0];
    expect(block?.kind === 'changed' && block.after.id).toBe('health-t1');
    expect(block?.kind === 'changed' && block.parts.filter((p) => p.kind !== 'same')).toEqual([
      { text: '良好', kind: 'removed' },
      { text: '优质', kind: 'added' },
    ]);
  });

  it('finds the changed target value in version 3', () => {
    const comparison = history.comparisons.find((c) => c.to === 3);
    const targets = comparison?.targets ?? [];
    expect(targets.map((t) => [t.kind, t.indicator, t.year])).toEqual([['changed', 'maternal-mortality', 2025]]);
    const change = targets[0];
    expect(change?.kind === 'changed' && [change.before.value, change.after.value, change.fields]).toEqual([
      10.5,
      9.5,
      ['value'],
    ]);
  });

  it('finds the added target in version 4', () => {
    const comparison = history.comparisons.find((c) => c.to === 4);
    expect(comparison?.targets.map((t) => [t.kind, t.indicator, t.year])).toEqual([
      ['added', 'maternal-mortality', 2030],
    ]);
  });

  it('works without Git history, from the change notes alone', () => {
    const alone = buildPlanHistory(current.data, { available: false, reason: 'a shallow clone', versions: [] });
    expect(alone.versions.map((v) => [v.version, v.commit])).toEqual([
      [4, null],
      [3, null],
      [2, null],
      [1, null],
    ]);
    expect(alone.comparisons).toEqual([]);
    const outside = mkdtempSync(join(tmpdir(), 'plan-atlas-no-git-'));
    expect(readFileHistory(outside, FIXTURE_PLAN).available).toBe(false);
    rmSync(outside, { recursive: true });
  });
});

describe('unversioned changes', () => {
  it('rejects an edited plan without a new change note, saying what to add', () => {
    const edited = currentText.replace('享有优质的', '享有更好的');
    const issues = checkUnversionedChange(FIXTURE_PLAN, currentText, edited, '2026-11-29');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(FIXTURE_PLAN);
    expect(issues[0]?.message).toContain('正文已修改');
    expect(issues[0]?.message).toContain(`npm run new-version -- ${FIXTURE_PLAN}`);
    expect(issues[0]?.message).toContain('version 改为 5');
  });

  it('compares the working file with its last commit in the repository', () => {
    const edited = currentText.replace('享有优质的', '享有更好的');
    const issues = unversionedChanges(repo, [{ file: FIXTURE_PLAN, text: edited }], '2026-11-29');
    expect(issues.map((issue) => [issue.file, issue.field, issue.severity])).toEqual([
      [FIXTURE_PLAN, 'version', 'error'],
    ]);
    expect(unversionedChanges(repo, [{ file: FIXTURE_PLAN, text: currentText }], '2026-11-29')).toEqual([]);
  });

  it('accepts the same edit with a new version', () => {
    const edited = bumpVersion(currentText.replace('享有优质的', '享有更好的'), '措辞修改。', '2026-11-29').text;
    expect(checkUnversionedChange(FIXTURE_PLAN, currentText, edited, '2026-11-29')).toEqual([]);
  });

  it('rejects a changed target without a new version', () => {
    const edited = currentText.replace("comparator: '<='", "comparator: '~'");
    expect(checkUnversionedChange(FIXTURE_PLAN, currentText, edited, '2026-11-29')[0]?.message).toContain('量化目标');
  });
});

describe('changes.json', () => {
  it('lists exactly the changed targets, newest first, linking to the comparison pages', () => {
    const records = buildChangeRecords([{ data: current.data, history }], '/');
    expect(records.map((r) => [r.id, r.change, r.before_value, r.after_value])).toEqual([
      ['fuxin-xihe/women/v4/maternal-mortality/2030', 'added', null, 9.5],
      ['fuxin-xihe/women/v3/maternal-mortality/2025', 'changed', 10.5, 9.5],
    ]);
    expect(records[1]?.history_url).toBe('/plans/fuxin-xihe/women/history/v3/');
    expect(records[1]?.url).toBe('/plans/fuxin-xihe/women/#health-t2');
  });
});

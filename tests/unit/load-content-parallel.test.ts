import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, loadContentParallel } from '../../src/lib/io/load-content.ts';
import { ROOT } from '../support/fixtures.ts';

// The plans checked in worker threads must be exactly what the one-thread check gives: the same
// plans in the same order, the same issues with the same files and lines. Two workers, one plan
// per batch and no minimum, so that even the nine real plans are shared out over both workers.
const OPTIONS = { today: '2100-01-01' };
const PARALLEL = { workers: 2, minPlans: 0, plansPerBatch: 1 };

/** A copy of the project's content (plans, data files, sources, site configuration) in a temp folder. */
function copyContent(): string {
  const copy = mkdtempSync(join(tmpdir(), 'plan-atlas-parallel-'));
  for (const path of ['content/plans', 'data/districts.yaml', 'data/indicators.yaml', 'data/sources'])
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  cpSync(join(ROOT, 'plan-atlas.config.json'), join(copy, 'plan-atlas.config.json'));
  return copy;
}

describe('loadContentParallel', () => {
  const copy = copyContent();
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('gives the same result as loadContent on the real content', async () => {
    const sequential = loadContent(ROOT, OPTIONS);
    const started: [number, number][] = [];
    const parallel = await loadContentParallel(ROOT, OPTIONS, PARALLEL, (plans, workers) =>
      started.push([plans, workers]),
    );
    expect(started).toEqual([[sequential.plans.length, PARALLEL.workers]]);
    expect(parallel).toStrictEqual(sequential);
  });

  it('reports a front-matter error with the same file and line', async () => {
    // An unknown plan kind in one plan's front matter.
    const file = 'content/plans/lishui/women.md';
    const lines = readFileSync(join(copy, file), 'utf8').split('\n');
    const line = lines.indexOf('plan: women') + 1;
    expect(line).toBeGreaterThan(1);
    lines[line - 1] = 'plan: womens';
    writeFileSync(join(copy, file), lines.join('\n'));

    const sequential = loadContent(copy, OPTIONS);
    const parallel = await loadContentParallel(copy, OPTIONS, PARALLEL);
    const errors = parallel.issues.filter((issue) => issue.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file, line, field: 'plan' }));
    expect(parallel).toStrictEqual(sequential);
  });
});

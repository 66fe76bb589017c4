import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { listSources } from '../../src/lib/io/read-content.ts';
import { formatIssue } from '../../src/lib/plan/plan-issue.ts';
import { checkPlanFile } from '../../src/lib/plan/validate-plan.ts';
import { expectedOutput, fixtureCases, ROOT } from '../support/fixtures.ts';

// Each tests/fixtures/check/<case>/ holds input.md (a plan file), optionally
// path.txt (where the file sits; default content/plans/fuxin-xihe/women.md),
// and expected.txt: the exact lines `npm run check` prints for it.
const { districts, indicators } = loadContent(ROOT);
const context = {
  districts: new Set(districts.map((d) => d.slug)),
  indicators,
  sources: new Set(listSources(ROOT)),
  today: '2026-11-25',
};

describe('npm run check on fixtures', () => {
  for (const { name, dir } of fixtureCases('check')) {
    it(name, () => {
      const pathFile = join(dir, 'path.txt');
      const file = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'content/plans/fuxin-xihe/women.md';
      const { issues } = checkPlanFile(file, readFileSync(join(dir, 'input.md'), 'utf8'), context);
      const actual = issues.map((issue) => `${formatIssue(issue)}\n`).join('');
      expect(actual).toBe(expectedOutput(dir, 'expected.txt', actual));
      // Every case but the `valid*` ones must report at least one error.
      expect(issues.length > 0).toBe(!name.startsWith('valid'));
    });
  }
});

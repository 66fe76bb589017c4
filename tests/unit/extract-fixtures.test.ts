import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetEntrySchema } from '../../src/schema/target.ts';
import { extractTargets, type PlanItem, type PlanPeriod } from '../../src/lib/targets/extract-targets.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import { expectedOutput, fixtureCases, ROOT } from '../support/fixtures.ts';

const registry = readIndicators(ROOT);

// Each tests/fixtures/extract/<case>/ holds input.json (the plan period and
// items whose text is copied from data/sources/) and expected.json (the
// proposed target entries).
describe('target extractor on fixtures', () => {
  for (const { name, dir } of fixtureCases('extract')) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as {
        period: PlanPeriod;
        items: PlanItem[];
      };
      const entries = extractTargets(input.items, input.period, registry);
      for (const entry of entries) expect(TargetEntrySchema.parse(entry)).toEqual(entry);
      const actual = `${JSON.stringify(entries, null, 2)}\n`;
      expect(actual).toBe(expectedOutput(dir, 'expected.json', actual));
    });
  }
});

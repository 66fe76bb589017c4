import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/schema/domains.ts';
import type { TargetMarksOptions } from '../../src/lib/plan/rehype-target-marks.ts';
import { renderPlanBody } from '../../src/lib/plan/render-plan-body.ts';
import { TargetEntrySchema } from '../../src/schema/target.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';

// Each tests/fixtures/render/<case>/ holds input.md (a plan body), optionally
// targets.json (the plan's front-matter targets and indicator names), and
// expected.html (what the one plan pipeline renders) and expected-anchors.json.
function targetMarks(dir: string): TargetMarksOptions | undefined {
  const path = join(dir, 'targets.json');
  if (!existsSync(path)) return undefined;
  const json = JSON.parse(readFileSync(path, 'utf8')) as { targets: unknown[]; indicatorNames: Record<string, string> };
  return {
    targets: json.targets.map((target) => TargetEntrySchema.parse(target)),
    indicatorNames: new Map(Object.entries(json.indicatorNames)),
    domainIds: new Set(DOMAINS.map((domain) => domain.id)),
    indicatorHref: (indicator) => `/indicators/${indicator}/`,
  };
}

describe('plan pipeline on fixtures', () => {
  for (const { name, dir } of fixtureCases('render')) {
    it(name, () => {
      const rendered = renderPlanBody(readFileSync(join(dir, 'input.md'), 'utf8'), 0, targetMarks(dir));
      expect(rendered.html).toBe(expectedOutput(dir, 'expected.html', rendered.html));
      const anchors = `${JSON.stringify(rendered.anchors, null, 2)}\n`;
      expect(anchors).toBe(expectedOutput(dir, 'expected-anchors.json', anchors));
      expect(rendered.problems).toEqual([]);
    });
  }
});

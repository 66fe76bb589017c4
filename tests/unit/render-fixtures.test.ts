import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanBody } from '../../src/lib/plan/render-plan-body.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';

// Each tests/fixtures/render/<case>/ holds input.md (a plan body) and
// expected.html (what the one plan pipeline renders) and expected-anchors.json.
describe('plan pipeline on fixtures', () => {
  for (const { name, dir } of fixtureCases('render')) {
    it(name, () => {
      const rendered = renderPlanBody(readFileSync(join(dir, 'input.md'), 'utf8'));
      expect(rendered.html).toBe(expectedOutput(dir, 'expected.html', rendered.html));
      const anchors = `${JSON.stringify(rendered.anchors, null, 2)}\n`;
      expect(anchors).toBe(expectedOutput(dir, 'expected-anchors.json', anchors));
      expect(rendered.problems).toEqual([]);
    });
  }
});

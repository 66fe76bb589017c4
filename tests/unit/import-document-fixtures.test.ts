import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource, type ImportOutcome } from '../../src/lib/import/import-source.ts';
import { normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';
import { parseSidecar } from '../../src/lib/import/sidecar.ts';
import { splitLines } from '../../src/lib/import/source-lines.ts';
import { firstDifference, withoutWhitespace } from '../../src/lib/plan/compare-text.ts';
import { plainTextOfHtml } from '../../src/lib/plan/plain-text.ts';
import { readFrontMatter } from '../../src/lib/plan/read-front-matter.ts';
import { renderPlanBody } from '../../src/lib/plan/render-plan-body.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import { expectedOutput, fixtureCases, ROOT } from '../support/fixtures.ts';

// Whole documents in the forms other jurisdictions publish (a title printed
// twice, a date line under the title, one notice issuing both plans, a
// Traditional-character title, a text holding only numbered targets, a title
// without its period, lines that cannot be placed). Each case folder holds
// `input.txt` (written for the test), `sidecar.yaml` and `expected.md`: every
// plan file the importer writes, with a summary line, and the problems it
// reports where it cannot import.
const registry = readIndicators(ROOT);

/** The outcome as one reviewable text. */
function describeOutcome(outcome: ImportOutcome): string {
  const blocks = outcome.plans.map((plan) => {
    const { summary } = plan;
    const unplaced = summary.unplaced.map((p) => `line ${String(p.line)}`).join(', ') || 'none';
    return [
      `<!-- ${plan.path}: ${String(summary.parts)} parts, ${String(summary.domains)} domains, ${String(summary.targets)} targets, ${String(summary.measures)} measures, ${String(summary.projects)} projects; unplaced: ${unplaced}; ${String(plan.drafts.length)} drafted targets -->`,
      plan.markdown,
    ].join('\n');
  });
  for (const problem of outcome.problems) blocks.push(`<!-- problem: ${problem} -->\n`);
  return blocks.join('\n');
}

describe('importer on whole documents (tests/fixtures/import-documents/)', () => {
  for (const { name, dir } of fixtureCases('import-documents')) {
    describe(name, () => {
      const input = readFileSync(join(dir, 'input.txt'), 'utf8');
      const { sidecar, issues } = parseSidecar(readFileSync(join(dir, 'sidecar.yaml'), 'utf8'), 'sidecar.yaml');
      if (!sidecar) throw new Error(JSON.stringify(issues));
      const outcome = importSource(
        input,
        sidecar,
        { text: 'input.txt', original: null },
        { today: '2026-11-30', registry },
      );

      it('writes the expected plans, or says why it cannot', () => {
        const actual = describeOutcome(outcome);
        expect(actual).toBe(expectedOutput(dir, 'expected.md', actual));
        expect(outcome.plans.length + outcome.problems.length).toBeGreaterThan(0);
      });

      it('publishes exactly the normalised source lines', () => {
        const lines = splitLines(input);
        for (const plan of outcome.plans) {
          const [from, to] = plan.frontMatter.source.body_lines;
          const { body, bodyLineOffset } = readFrontMatter(plan.markdown);
          const rendered = withoutWhitespace(plainTextOfHtml(renderPlanBody(body, bodyLineOffset).html));
          const source = withoutWhitespace(normaliseSourceText(lines.slice(from - 1, to).join('\n')));
          expect(firstDifference(source, rendered), plan.path).toBeNull();
        }
      });
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBody } from '../../src/lib/import/import-source.ts';
import { writeMarkdownBody } from '../../src/lib/import/markdown-writer.ts';
import { normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';
import { splitLines } from '../../src/lib/import/source-lines.ts';
import type { ImportWarning } from '../../src/lib/import/types.ts';
import { firstDifference, withoutWhitespace } from '../../src/lib/plan/compare-text.ts';
import { plainTextOfHtml } from '../../src/lib/plan/plain-text.ts';
import { renderPlanBody } from '../../src/lib/plan/render-plan-body.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';

// Each case folder holds `input.txt` (body lines copied from a source in
// data/sources/, or a short text written for the test in a form seen in other
// jurisdictions' plans: 第一章/第一节 and `(一)` headings, headings ending in 。,
// `（1）` `(1)` `①` `1、` `1．` item numbers, items whose text starts on the next
// line, goals and measures numbered together, Traditional characters, mixed
// punctuation…) and `expected.md` (the Markdown body the importer writes).
describe('importer fixtures (tests/fixtures/import/)', () => {
  for (const { name, dir } of fixtureCases('import')) {
    describe(name, () => {
      const input = readFileSync(join(dir, 'input.txt'), 'utf8');
      const lines = splitLines(input);
      const warnings: ImportWarning[] = [];
      const markdown = writeMarkdownBody(importBody(lines, [1, lines.length], [], warnings));

      it('writes the expected Markdown', () => {
        expect(markdown).toBe(expectedOutput(dir, 'expected.md', markdown));
        expect(warnings).toEqual([]);
      });

      it('renders exactly the normalised input text', () => {
        const rendered = withoutWhitespace(plainTextOfHtml(renderPlanBody(markdown).html));
        expect(firstDifference(withoutWhitespace(normaliseSourceText(input)), rendered)).toBeNull();
      });
    });
  }
});

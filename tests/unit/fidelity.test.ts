import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { readSourceLines } from '../../src/lib/io/read-content.ts';
import { normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';
import { firstDifference, withoutWhitespace } from '../../src/lib/plan/compare-text.ts';
import { plainTextOfHtml } from '../../src/lib/plan/plain-text.ts';
import { ROOT } from '../support/fixtures.ts';

// The promise to citizens: the published text is the text of record. For every
// plan, the rendered body (and title and notice) must equal the source lines
// after the documented normalisation rules, character by character.
const { plans } = loadContent(ROOT, { today: '2100-01-01' });

function expectSame(source: string, published: string): void {
  const expected = withoutWhitespace(normaliseSourceText(source));
  const actual = withoutWhitespace(published);
  expect(firstDifference(expected, actual)).toBeNull();
  expect(actual.length).toBeGreaterThan(0);
}

describe('published text equals the source text', () => {
  it('covers all nine plans', () => {
    expect(plans.map((plan) => plan.file)).toHaveLength(9);
  });
  for (const plan of plans) {
    describe(plan.file, () => {
      const data = plan.data;
      if (!data) throw new Error(`${plan.file} has front-matter errors: run npm run check`);
      it('body', () => {
        expectSame(readSourceLines(ROOT, data.source.file, data.source.body_lines), plainTextOfHtml(plan.body.html));
      });
      it('title', () => {
        if (data.source.title_line === null) {
          expect(data.title_inferred).toBe(true);
        } else {
          const line = data.source.title_line;
          expectSame(readSourceLines(ROOT, data.source.file, [line, line]), data.title);
        }
      });
      it('notice', () => {
        if (data.source.notice_lines === null) expect(data.notice).toBeNull();
        else expectSame(readSourceLines(ROOT, data.source.file, data.source.notice_lines), data.notice ?? '');
      });
    });
  }
});

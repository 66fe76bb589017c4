import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { readSourceLines } from '../../src/lib/io/read-content.ts';
import { normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';
import { firstDifference, withoutWhitespace } from '../../src/lib/plan/compare-text.ts';
import { plainTextOf } from '../../src/lib/plan/plain-text.ts';
import { ROOT } from '../support/fixtures.ts';

// The fidelity promise checked on the built pages themselves: the text of each
// plan page's <article> equals the source lines after the normalisation rules.
const { plans } = loadContent(ROOT, { today: '2100-01-01' });

function articleOf(tree: Root): Element {
  let article: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'article') article ??= node;
  });
  if (!article) throw new Error('no <article> in the page');
  return article;
}

describe('built plan pages carry the text of record', () => {
  for (const plan of plans) {
    it(plan.file, () => {
      const data = plan.data;
      if (!data) throw new Error(`${plan.file} has errors: run npm run check`);
      const page = join(ROOT, 'dist', 'plans', data.district, data.plan, 'index.html');
      const article = articleOf(fromHtml(readFileSync(page, 'utf8')));
      const expected = withoutWhitespace(
        normaliseSourceText(readSourceLines(ROOT, data.source.file, data.source.body_lines)),
      );
      expect(firstDifference(expected, withoutWhitespace(plainTextOf(article)))).toBeNull();
    });
  }
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceDocumentFrom } from '../../src/lib/import/source-text/source-document-from.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';
import { planBodies, sourceTexts } from '../support/source-files.ts';
import { launchChromium } from './support/chromium.ts';
import { printPdf, templatesOf } from './support/print-pdf.ts';
import { sourcePdfPage } from './support/source-pdf-page.ts';

/**
 * What a PDF printed by Chromium cannot carry, so the round trip compares
 * plan bodies after (documented in docs/import-formats.md):
 * - whitespace removed: a space where a line wraps is not printed, and a
 *   no-break space prints as a space (the fidelity check ignores whitespace too);
 * - 戶 (U+6236) read as 户 (U+6237): Noto CJK SC draws both with one glyph,
 *   which the PDF maps back to the lower code point.
 */
function pdfComparable(markdown: string): string {
  return markdown.replace(/\s+/gu, '').replace(/戶/gu, '户');
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
});

// Each case folder holds an HTML page to print (`input.html`, with its running
// header and footer in <template id="pdf-header"> and <template id="pdf-footer">)
// and the text extracted from the PDF (`expected.txt`) or the error (`expected-error.txt`).
describe('PDF fixtures (tests/fixtures/source-text-pdf/)', () => {
  for (const { name, dir } of fixtureCases('source-text-pdf')) {
    it(name, async () => {
      const html = readFileSync(join(dir, 'input.html'), 'utf8');
      const pdf = await printPdf(page, html, templatesOf(html));
      const errorFile = join(dir, 'expected-error.txt');
      if (existsSync(errorFile)) {
        await expect(sourceDocumentFrom(pdf, 'input.pdf')).rejects.toThrow(readFileSync(errorFile, 'utf8').trim());
        return;
      }
      const document = await sourceDocumentFrom(pdf, 'input.pdf');
      expect(document.format).toBe('pdf');
      expect(document.text).toBe(expectedOutput(dir, 'expected.txt', document.text));
      const notes = `${document.notes.join('\n')}\n`;
      expect(notes).toBe(expectedOutput(dir, 'expected-notes.txt', notes));
    });
  }
});

// Each source text printed to PDF (with a running header and page numbers like
// `— 3 —`) imports to the same plan bodies as the text, up to pdfComparable.
describe('PDF round trip of the sources', () => {
  for (const { file, text } of sourceTexts()) {
    it(file, async () => {
      const pdf = await printPdf(page, sourcePdfPage(text), {
        header: '<div style="width:100%;text-align:center;font-size:10pt">某某区人民政府公报　2022年第2期</div>',
        footer: '<div style="width:100%;text-align:center;font-size:12pt">— <span class="pageNumber"></span> —</div>',
      });
      const document = await sourceDocumentFrom(pdf, file.replace(/\.txt$/u, '.pdf'));
      expect(document.notes.join('\n')).toMatch(/dropped \d+ page numbers \(such as '— 1 —'\)/u);
      expect(document.notes.join('\n')).toMatch(/dropped the running header or footer '某某区人民政府公报/u);
      const original = planBodies(text, file);
      expect(original.length).toBeGreaterThan(0);
      expect(planBodies(document.text, file).map(pdfComparable)).toEqual(original.map(pdfComparable));
    });
  }
});

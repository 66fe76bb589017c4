import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sourceDocumentFrom } from '../../src/lib/import/source-text/source-document-from.ts';
import { docxOfSourceText } from '../support/source-docx.ts';
import { planBodies, sourceTexts } from '../support/source-files.ts';

// Each source text, saved as a GB18030 file or typed into Word (with automatic
// list numbering), must give back the same text or the same plan bodies.
// The PDF round trip needs Chromium: tests/e2e/source-pdf.test.ts.
describe('source round trip', () => {
  for (const { file, text } of sourceTexts()) {
    describe(file, () => {
      it('a GB18030 copy reads as exactly the UTF-8 text', async () => {
        const document = await sourceDocumentFrom(new Uint8Array(iconv.encode(text, 'gb18030')), file);
        expect(document.encoding).toBe('GB18030');
        expect(document.text === text).toBe(true);
      });

      it('a .docx copy imports to the same plan bodies', async () => {
        const document = await sourceDocumentFrom(await docxOfSourceText(text), file.replace(/\.txt$/u, '.docx'));
        expect(document.notes.some((note) => /automatic list numbers? as text/u.test(note))).toBe(true);
        const original = planBodies(text, file);
        expect(original.length).toBeGreaterThan(0);
        expect(planBodies(document.text, file)).toEqual(original);
      });
    });
  }
});

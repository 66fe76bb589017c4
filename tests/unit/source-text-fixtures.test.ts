import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer, type Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { sourceDocumentFrom } from '../../src/lib/import/source-text/source-document-from.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';

/** The document of a case as received: a file, or a Word document written by the case's `input.docx.ts`. */
async function inputOf(dir: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const module = join(dir, 'input.docx.ts');
  if (existsSync(module)) {
    const { default: document } = (await import(pathToFileURL(module).href)) as { default: Document };
    return { bytes: new Uint8Array(await Packer.toBuffer(document)), fileName: 'input.docx' };
  }
  const fileName = ['input.html', 'input.txt'].find((name) => existsSync(join(dir, name)));
  if (!fileName) throw new Error(`${dir}: no input.html, input.txt or input.docx.ts`);
  return { bytes: new Uint8Array(readFileSync(join(dir, fileName))), fileName };
}

// Each case folder holds a document as received (see tests/fixtures/source-text/README.md),
// the text extracted from it (`expected.txt`) and the notes reported (`expected-notes.txt`).
describe('source text fixtures (tests/fixtures/source-text/)', () => {
  for (const { name, dir } of fixtureCases('source-text')) {
    it(name, async () => {
      const { bytes, fileName } = await inputOf(dir);
      const document = await sourceDocumentFrom(bytes, fileName);
      expect(document.text).toBe(expectedOutput(dir, 'expected.txt', document.text));
      const notes = `${document.notes.join('\n')}\n`;
      expect(notes).toBe(expectedOutput(dir, 'expected-notes.txt', notes));
    });
  }
});

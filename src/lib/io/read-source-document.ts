/**
 * Reads a source document of any supported format as text.
 *
 * This minimal version reads UTF-8 `.txt` only (BOM removed, CRLF turned into
 * LF); the full reader (GB18030/UTF-16 text, `.docx`, `.pdf`, `.html`) has the
 * same interface.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceDocument } from '../import/source-text/source-document.ts';

export type { SourceDocument } from '../import/source-text/source-document.ts';

/** Reads the document at `path`; throws with a message naming the file where it cannot. */
export async function readSourceDocument(path: string): Promise<SourceDocument> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.txt') throw new Error(`${path}: cannot read ${extension || 'this'} files yet (only .txt)`);
  const bytes = await readFile(path);
  const notes: string[] = [];
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.push('byte order mark removed');
  }
  if (text.includes('\r\n')) {
    text = text.replace(/\r\n?/gu, '\n');
    notes.push('CRLF line ends converted to LF');
  }
  return { text, format: 'txt', encoding: 'utf-8', notes };
}

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { sourceDocumentFrom } from '../import/source-text/source-document-from.ts';
import type { SourceDocument } from '../import/source-text/source-document.ts';

/**
 * Reads a source document (`.txt`, `.docx`, `.pdf`, `.html`) and extracts its
 * plain text; errors name the file.
 */
export async function readSourceDocument(path: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(await readFile(path));
  try {
    return await sourceDocumentFrom(bytes, basename(path));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      message.startsWith(basename(path)) ? `${path}${message.slice(basename(path).length)}` : `${path}：${message}`,
      { cause: error },
    );
  }
}

/** The file formats the importer reads. */
export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html';

/**
 * A source document as received, turned into the plain text the importer reads.
 *
 * `text` has LF line endings, no BOM, one paragraph per line (as the `.txt`
 * sources in `data/sources/` are) and tables as Markdown tables.
 */
export interface SourceDocument {
  /** The extracted plain text. */
  text: string;
  /** The format read (from the file name's extension). */
  format: SourceFormat;
  /** Character encoding of a text file or web page (`UTF-8`, `UTF-8 with BOM`, `GB18030`, `UTF-16LE`…); null for .docx and .pdf. */
  encoding: string | null;
  /** What was detected, dropped or repaired, one human-readable line each. */
  notes: string[];
}

/** The extracted text and notes of one converter, before the format and encoding are attached. */
export interface ExtractedText {
  text: string;
  notes: string[];
}

// The converters import only types from this file, so re-exporting the entry point here makes no import cycle.
export { sourceDocumentFrom } from './source-document-from.ts';

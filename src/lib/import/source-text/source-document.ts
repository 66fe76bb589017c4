/** A source document as read from `data/sources/`: its text and how it was obtained. */
export interface SourceDocument {
  /** The document's text: LF line ends, no BOM, one paragraph per line, Markdown tables for tables. */
  text: string;
  /** The format the document was read as. */
  format: 'txt' | 'docx' | 'pdf' | 'html';
  /** The character encoding detected (e.g. `utf-8`, `gb18030`), or null for a format without one. */
  encoding: string | null;
  /** What the reader noticed and did (e.g. `CRLF line ends converted`), for the import summary. */
  notes: string[];
}

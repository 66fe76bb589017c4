import { decodeText } from './decode-text.ts';
import { docxToText } from './docx-to-text.ts';
import { htmlToText } from './html-to-text.ts';
import { pdfToText } from './pdf-to-text.ts';
import { readPdfTextLayer } from './pdf-text-layer.ts';
import type { SourceDocument } from './source-document.ts';

/** The extensions read, for the error message. */
const KNOWN = '.txt、.docx、.pdf、.html（.htm）';

/**
 * Turns a source document as received into the plain text the importer
 * reads, by the file name's extension (case-insensitive): `.txt` (UTF-8,
 * UTF-16 or GB18030/GBK), `.docx`, `.pdf` with a text layer, `.html`/`.htm`.
 * @throws {Error} (in Chinese, saying what to do) for another extension, a
 *   legacy `.doc`, a scanned PDF, or a file that cannot be read.
 */
export async function sourceDocumentFrom(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  switch (extension) {
    case 'txt': {
      const { text, encoding, notes } = decodeText(bytes);
      return { text, format: 'txt', encoding, notes };
    }
    case 'docx':
      return { ...(await docxToText(bytes)), format: 'docx', encoding: null };
    case 'pdf':
      return { ...pdfToText(await readPdfTextLayer(bytes)), format: 'pdf', encoding: null };
    case 'html':
    case 'htm': {
      // A saved page declares its charset; the text decoder's detection covers UTF-8 and GB18030 pages alike.
      const { text, encoding, notes } = decodeText(bytes);
      const extracted = htmlToText(text);
      return {
        text: extracted.text,
        format: 'html',
        encoding,
        notes: [`page encoding: ${notes.join('; ')}`, ...extracted.notes],
      };
    }
    case 'doc':
    case 'wps':
      throw new Error(
        `${fileName}：不能直接读取旧版 Word（.${extension}）文件：请用 Word 或 WPS 打开后另存为 .docx 再导入`,
      );
    default:
      throw new Error(
        `${fileName}：不支持的文件类型“${extension === '' ? '（无扩展名）' : `.${extension}`}”：能导入的是 ${KNOWN}；请另存为其中一种格式再导入`,
      );
  }
}

import { getDocumentProxy } from 'unpdf';
import type { PdfPage, PdfTextItem } from './pdf-types.ts';

/**
 * Reads the text layer of every page of a PDF with pdf.js (through unpdf):
 * each text run with its position, width and font size.
 * @throws {Error} (in Chinese) when the file is not a readable PDF.
 */
export async function readPdfTextLayer(bytes: Uint8Array): Promise<PdfPage[]> {
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    document = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/iu.test(reason))
      throw new Error('该 PDF 设有打开密码：请向发文单位索取不加密的版本后再导入', { cause: error });
    throw new Error(`无法读取该 PDF（${reason}）：文件可能已损坏，请重新下载或索取 Word 版本后再导入`, {
      cause: error,
    });
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({
          text: item.str,
          x,
          y,
          width: item.width,
          fontSize: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

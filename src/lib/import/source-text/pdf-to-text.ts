import { joinSpacedOutCharacters, repairPdfCharacters } from './pdf-characters.ts';
import { pdfLines } from './pdf-lines.ts';
import { dropPageFurniture } from './pdf-page-furniture.ts';
import { pdfParagraphs } from './pdf-paragraphs.ts';
import type { PdfPage } from './pdf-types.ts';
import { plural } from './plural.ts';
import type { ExtractedText } from './source-document.ts';

/** Fewest printed characters per page (on average) for a PDF to count as having a text layer. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** The error for a PDF without a text layer. */
export const SCANNED_PDF_MESSAGE =
  '该 PDF 没有文字层（可能是扫描件）：请先做文字识别（OCR），或向发文单位索取 Word 版本或带文字的 PDF 后再导入';

/**
 * The text of a PDF from the text layer of its pages: lines rebuilt from
 * positioned text, page numbers and running headers or footers dropped,
 * paragraphs rebuilt across line and page breaks, radicals repaired and
 * spaced-out characters joined.
 * @throws {Error} (in Chinese) when the PDF has no text layer (a scan).
 */
export function pdfToText(pages: readonly PdfPage[]): ExtractedText {
  const printed = pages.reduce(
    (sum, page) => sum + page.items.reduce((count, item) => count + item.text.replace(/\s+/gu, '').length, 0),
    0,
  );
  if (printed < MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) throw new Error(SCANNED_PDF_MESSAGE);
  let repaired = 0;
  const repairedLines = pdfLines(pages).map((line) => {
    const characters = repairPdfCharacters(line.text);
    repaired += characters.repaired;
    return { ...line, text: characters.text };
  });
  const { lines: bodyLines, dropped } = dropPageFurniture(repairedLines);
  let joined = 0;
  const lines = bodyLines.map((line) => {
    const spaced = joinSpacedOutCharacters(line.text);
    joined += spaced.joined;
    return { ...line, text: spaced.text };
  });
  const paragraphs = pdfParagraphs(lines);
  const notes = [
    `${plural(pages.length, 'page')}, ${plural(lines.length, 'line')} of text, rebuilt into ${plural(paragraphs.length, 'paragraph')}`,
  ];
  if (dropped.pageNumbers > 0)
    notes.push(`dropped ${plural(dropped.pageNumbers, 'page number')} (such as '${dropped.pageNumberExample ?? ''}')`);
  for (const running of dropped.runningLines)
    notes.push(`dropped the running header or footer '${running.text}' on ${plural(running.pages, 'page')}`);
  if (repaired > 0)
    notes.push(`repaired ${plural(repaired, 'character')} the PDF maps to a radical or U+2015 (e.g. ⼈ → 人, ― → —)`);
  if (joined > 0) notes.push(`joined spaced-out characters (${plural(joined, 'space')} dropped)`);
  return { text: paragraphs.length > 0 ? `${paragraphs.join('\n')}\n` : '', notes };
}

import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { printListNumbers } from './docx-numbering.ts';
import { htmlBlocksToLines } from './html-blocks-to-text.ts';
import { plural } from './plural.ts';
import type { ExtractedText } from './source-document.ts';

/**
 * The text of a Word document (.docx), read with mammoth: one line per
 * paragraph, automatic list numbers kept as printed (see docx-numbering.ts),
 * tables as Markdown tables. Images, comments and footnote marks are dropped.
 */
export async function docxToText(bytes: Uint8Array): Promise<ExtractedText> {
  const { docx, numbered, bulleted } = printListNumbers(bytes);
  const { value: html, messages } = await mammoth.convertToHtml(
    { buffer: Buffer.from(docx) },
    {
      ignoreEmptyParagraphs: true,
      // Images carry no text here; an empty src keeps mammoth from inlining them as base64.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  const lines = htmlBlocksToLines(fromHtml(html, { fragment: true }), { preserveSpaces: true });
  const tables = (html.match(/<table/gu) ?? []).length;
  const notes: string[] = [];
  if (numbered > 0) notes.push(`wrote ${plural(numbered, 'automatic list number')} as text`);
  if (bulleted > 0) notes.push(`dropped the bullet symbols of ${plural(bulleted, 'bulleted paragraph')}`);
  if (tables > 0) notes.push(`wrote ${plural(tables, 'table')} as Markdown`);
  const images = (html.match(/<img/gu) ?? []).length;
  if (images > 0) notes.push(`dropped ${plural(images, 'image')} (text in images is not read)`);
  for (const message of messages) if (message.type === 'error') notes.push(`mammoth: ${message.message}`);
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', notes };
}

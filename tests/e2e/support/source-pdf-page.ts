/** Escapes text for an HTML element's content. */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * An HTML page that lays a source text out as a government document:
 * each non-blank line a paragraph (indentation removed), first lines
 * indented by two characters, justified. 12 pt (小四) type rather than the
 * 16 pt (三号) of an official document keeps the page count, and the time
 * pdf.js takes to read the pages, down.
 */
export function sourcePdfPage(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>',
    'body { margin: 0; font-size: 12pt; line-height: 1.6; }',
    'p { margin: 0; text-indent: 2em; text-align: justify; white-space: pre-wrap; }',
    '</style></head><body>',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

/**
 * A text file's content made independent of the editor that saved it: without
 * a leading byte-order mark and with `\n` line ends (Windows editors write
 * `\r\n` and often a BOM). Every reader of content, data, source texts and Git
 * history applies it, so a file re-saved on Windows with no word changed is
 * the same text to `npm run check`, the history and the version comparison.
 */
export function normaliseFileText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replaceAll('\r\n', '\n');
}

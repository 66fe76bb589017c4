/**
 * Backslash-escapes the characters that Markdown would otherwise interpret, so
 * the text renders exactly as printed: `\`, `*`, `_`, `` ` ``, `<`, `[`, `]`,
 * `&` (entity references) and `{` anywhere; and, at the start of the text
 * (where it opens a block), `#`, `>`, `-`, `+`, `=` and a list number `1.`/`1)`.
 */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(/[\\*_`<[\]&{]/gu, (character) => `\\${character}`);
  escaped = escaped.replace(/^([#>+=-])/u, '\\$1');
  escaped = escaped.replace(/^(\d{1,9})([.)])/u, '$1\\$2');
  return escaped;
}

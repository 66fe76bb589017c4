/** Counts of the line endings in a text. */
export interface LineEndingCounts {
  crlf: number;
  lf: number;
  cr: number;
}

/** Counts `\r\n`, lone `\n` and lone `\r` line endings. */
export function countLineEndings(text: string): LineEndingCounts {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\r') {
      if (text[index + 1] === '\n') {
        crlf++;
        index++;
      } else cr++;
    } else if (char === '\n') lf++;
  }
  return { crlf, lf, cr };
}

/** Describes the line endings found, e.g. `CRLF line endings` or `mixed line endings (3 CRLF, 2 LF)`. */
export function describeLineEndings({ crlf, lf, cr }: LineEndingCounts): string {
  const kinds = [
    { name: 'CRLF', count: crlf },
    { name: 'LF', count: lf },
    { name: 'CR', count: cr },
  ].filter((kind) => kind.count > 0);
  if (kinds.length === 0) return 'no line breaks';
  if (kinds.length === 1) return `${kinds[0]?.name ?? ''} line endings`;
  return `mixed line endings (${kinds.map((kind) => `${kind.count} ${kind.name}`).join(', ')})`;
}

/** The text with every line ending (`\r\n`, `\r`) written as `\n`. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

import { normaliseSourceText } from './normalisation-rules.ts';

/** One non-blank source line after normalisation, with its 1-based line number. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line's text after {@link normaliseSourceText}, without leading or trailing whitespace. */
  text: string;
}

/** Splits a source text into lines (`\n`, tolerating `\r\n`). */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/u, ''));
}

/** The non-blank, normalised lines of `lines` within the 1-based inclusive range `[from, to]`. */
export function normalisedLines(lines: readonly string[], [from, to]: readonly [number, number]): SourceLine[] {
  const result: SourceLine[] = [];
  for (let line = from; line <= to; line++) {
    const text = normaliseSourceText(lines[line - 1] ?? '').trim();
    if (text !== '') result.push({ line, text });
  }
  return result;
}

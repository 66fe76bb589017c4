import { endsSentence, isHeadingShape, lineShape, type BlockKind, type LineShape } from './line-shapes.ts';
import type { SourceLine } from './source-lines.ts';

/** Kind of a logical paragraph: a line shape, or a subsection heading that lost its numeral. */
export type ParagraphKind = LineShape['kind'] | 'lost-subsection';

/** A logical paragraph: one or more source lines joined across line and page breaks. */
export interface Paragraph {
  /** What the paragraph is. */
  kind: ParagraphKind;
  /** Its text; for an item, the text after the printed number. */
  text: string;
  /** Item number, or the numeral of a part, subsection or inline title; null otherwise. */
  number: number | null;
  /** Block kind of a block heading; null otherwise. */
  block: BlockKind | null;
  /** First source line. */
  firstLine: number;
  /** Last source line. */
  lastLine: number;
}

/** Longest line read as a subsection heading that lost its numeral. */
const MAX_LOST_HEADING = 30;

/**
 * Finds subsection headings that lost their `（N）` numeral (丽水 source: e.g.
 * `“十四五”时期我市妇女发展机遇和挑战` between `（一）` and `（三）`). Within each
 * part, where the numerals jump from `a` to `b`, the lines between them that
 * look like headings (short, no closing punctuation, starting a paragraph) are
 * taken as the missing subsections — but only if there are exactly `b - a - 1`
 * of them. Returns a map from line number to the implied numeral.
 */
export function findLostSubsections(lines: readonly SourceLine[]): Map<number, number> {
  const lost = new Map<number, number>();
  let previous = 0;
  let candidates: SourceLine[] = [];
  let previousText = '';
  for (const line of lines) {
    const shape = lineShape(line.text);
    if (shape.kind === 'part') {
      previous = 0;
      candidates = [];
    } else if (shape.kind === 'subsection') {
      if (shape.number > previous + 1 && candidates.length === shape.number - previous - 1) {
        candidates.forEach((candidate, index) => lost.set(candidate.line, previous + index + 1));
      }
      previous = shape.number;
      candidates = [];
    } else if (
      shape.kind === 'plain' &&
      line.text.length <= MAX_LOST_HEADING &&
      !endsSentence(line.text) &&
      (previousText === '' || endsSentence(previousText) || isHeadingShape(lineShape(previousText).kind))
    ) {
      candidates.push(line);
    }
    previousText = line.text;
  }
  return lost;
}

/** Largest jump in list numbers accepted when items in between lost their numbers. */
const MAX_NUMBER_GAP = 10;

/** True when `number` can be the next printed list number after `last` (0: no item yet), allowing for lost numbers. */
function isPlausibleNext(number: number, last: number): boolean {
  return number > last && number <= last + MAX_NUMBER_GAP;
}

/**
 * Joins source lines into logical paragraphs.
 *
 * A line continues the previous paragraph when that paragraph is not a heading,
 * does not end a sentence, and the line does not open a new structural element
 * (heading, `——` sub-item, inline title, or a list number that is the next in
 * sequence). A line opening with a number that is not the next list number
 * (e.g. `99.32%、…` after `…分别达到`) is the rest of a broken sentence.
 */
export function joinParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const lost = findLostSubsections(lines);
  const paragraphs: Paragraph[] = [];
  let lastNumber = 0;
  for (const { line, text } of lines) {
    const shape = lineShape(text);
    const lostNumber = lost.get(line);
    const kind: ParagraphKind = lostNumber === undefined ? shape.kind : 'lost-subsection';
    const previous = paragraphs.at(-1);
    const open = previous !== undefined && !isHeadingShape(previous.kind) && !endsSentence(previous.text);
    let startsNew: boolean;
    if (kind === 'item' && shape.kind === 'item') {
      startsNew = open ? shape.number === lastNumber + 1 : isPlausibleNext(shape.number, lastNumber);
    } else {
      startsNew = kind !== 'plain';
    }
    if (previous && open && !startsNew) {
      previous.text += text;
      previous.lastLine = line;
      continue;
    }
    if (kind === 'item' && shape.kind === 'item' && startsNew) {
      lastNumber = shape.number;
      paragraphs.push({ kind, text: shape.rest, number: shape.number, block: null, firstLine: line, lastLine: line });
      continue;
    }
    if (isHeadingShape(kind) || kind === 'inline') lastNumber = 0;
    const number =
      lostNumber ??
      (shape.kind === 'part' || shape.kind === 'subsection' || shape.kind === 'inline' ? shape.number : null);
    paragraphs.push({
      kind: kind === 'item' ? 'plain' : kind,
      text,
      number: kind === 'item' ? null : number,
      block: shape.kind === 'block' ? shape.block : null,
      firstLine: line,
      lastLine: line,
    });
  }
  return paragraphs;
}

import type { PdfLine } from './pdf-types.ts';

/*
 * Rebuilding paragraphs from printed lines is hand-written: pdf.js gives
 * positioned text runs, not paragraphs, and the rules of Chinese typesetting
 * that tell a wrapped line from a paragraph end are simple to state.
 */

/** The layout of the body text, measured from its lines. */
interface BodyLayout {
  /** Left margin (where wrapped lines start). */
  left: number;
  /** Right margin (where full lines end). */
  right: number;
  /** Usual distance between baselines. */
  pitch: number;
  /** Usual font size. */
  fontSize: number;
}

/** The value below which `share` of `values` lie (0.5: the median). */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function measure(lines: readonly PdfLine[]): BodyLayout {
  const fontSize = median(lines.map((line) => line.fontSize)) || 12;
  // The left margin: the leftmost position at which at least two lines start (a stray line may start further left).
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.left), (starts.get(Math.round(line.left)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= 2).map(([x]) => x);
  const left = shared.length > 0 ? Math.min(...shared) : Math.min(...lines.map((line) => line.left));
  // The right margin: where lines that start at the margin end, at the furthest but for a few overlong lines.
  const marginLines = lines.filter((line) => Math.abs(line.left - left) < fontSize / 2);
  const right = percentile(
    (marginLines.length > 0 ? marginLines : lines).map((line) => line.right),
    0.9,
  );
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const [above, below] = [lines[index - 1], lines[index]];
    if (above && below && above.page === below.page && above.y > below.y) gaps.push(above.y - below.y);
  }
  return { left, right, pitch: median(gaps) || fontSize * 1.5, fontSize };
}

const CLOSING = '。，、；：？！）》」』】〕〉”’%…—·.,;:?!)';
const OPENING = '（《「『【〔〈“‘(';

/** Estimated width of the first unbreakable piece of a line (what could not fit at the end of the line before). */
function firstPieceWidth(text: string, fontSize: number): number {
  const latin = /^[A-Za-z0-9.%/\-+_]+/u.exec(text);
  if (latin) return latin[0].length * fontSize * 0.55;
  let index = 0;
  while (index < text.length && OPENING.includes(text[index] ?? '')) index++;
  index++;
  while (index < text.length && CLOSING.includes(text[index] ?? '')) index++;
  return index * fontSize;
}

/** True when a line sits in the middle of the text block (a title), or fills it. */
function isCentred(line: PdfLine, layout: BodyLayout): boolean {
  const leftGap = line.left - layout.left;
  const rightGap = layout.right - line.right;
  return leftGap > -layout.fontSize / 2 && Math.abs(leftGap - rightGap) < layout.fontSize;
}

/** True when line `next` continues the paragraph of line `line`, whose paragraph started with line `first`. */
function continues(line: PdfLine, next: PdfLine, first: PdfLine, layout: BodyLayout): boolean {
  const tolerance = layout.fontSize * 0.8;
  if (next.page === line.page && line.y - next.y > layout.pitch * 1.6) return false;
  if (Math.abs(next.fontSize - line.fontSize) > layout.fontSize * 0.15) return false;
  const piece = firstPieceWidth(next.text, next.fontSize);
  // A centred title wraps onto a centred line when the piece did not fit in the room left on both sides.
  if (
    isCentred(first, layout) &&
    isCentred(line, layout) &&
    isCentred(next, layout) &&
    next.left > layout.left + tolerance
  )
    return line.left - layout.left + (layout.right - line.right) <= piece + tolerance;
  if (next.left > layout.left + tolerance) return false;
  return layout.right - line.right <= piece + tolerance;
}

/** Joins two wrapped lines: Latin words get their space back, Chinese text none. */
function join(text: string, more: string): string {
  return /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(more) ? `${text} ${more}` : text + more;
}

/**
 * Rebuilds paragraphs from the printed lines of a PDF, in reading order,
 * across pages. A line continues the paragraph of the line before when it
 * starts at the left margin (not indented, centred or aligned right), is in
 * the same font size, follows without extra space, and the line before
 * reaches the right margin — or stops short of it only by the width of the
 * piece that opens this line and could not fit there (a number, or a
 * character with punctuation that may not start a line). A centred title
 * continues on a centred line when that line's first piece did not fit in
 * the room on both sides of the line before. Whether a line
 * ends in 。 does not count: a sentence may end at the margin inside a
 * paragraph, and a paragraph may have lost its 。.
 */
export function pdfParagraphs(lines: readonly PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const layout = measure(lines);
  const paragraphs: string[] = [];
  let previous: PdfLine | null = null;
  let first: PdfLine | null = null;
  for (const line of lines) {
    if (previous && first && continues(previous, line, first, layout))
      paragraphs[paragraphs.length - 1] = join(paragraphs.at(-1) ?? '', line.text);
    else {
      paragraphs.push(line.text);
      first = line;
    }
    previous = line;
  }
  return paragraphs;
}

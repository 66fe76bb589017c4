import type { PdfLine, PdfPage, PdfTextItem } from './pdf-types.ts';

/** Share of the font size two baselines may differ by and still be one line. */
const SAME_LINE = 0.5;

/** Gap between two runs, as a share of the font size, above which a space is read between them. */
const SPACE_GAP = 0.25;

function lineOf(page: number, items: readonly PdfTextItem[]): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let previousEnd: number | null = null;
  for (const item of sorted) {
    const gap = previousEnd === null ? 0 : item.x - previousEnd;
    if (previousEnd !== null && gap > SPACE_GAP * item.fontSize && !text.endsWith(' ') && !item.text.startsWith(' '))
      text += ' ';
    text += item.text;
    previousEnd = Math.max(previousEnd ?? -Infinity, item.x + item.width);
  }
  const first = sorted[0];
  const sizes = sorted.map((item) => item.fontSize).sort((a, b) => a - b);
  return {
    page,
    text: text.trim(),
    left: first?.x ?? 0,
    right: previousEnd ?? 0,
    y: first?.y ?? 0,
    fontSize: sizes[Math.floor(sizes.length / 2)] ?? 0,
  };
}

/**
 * Groups the text runs of each page into printed lines, top to bottom: runs
 * whose baselines are within half a font size are one line, read left to
 * right, with a space where the gap between two runs is wider than a quarter
 * of the font size. Runs without text are ignored.
 */
export function pdfLines(pages: readonly PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  pages.forEach((page, index) => {
    const items = page.items
      .filter((item) => item.text.trim() !== '' || item.text === ' ')
      .sort((a, b) => b.y - a.y || a.x - b.x);
    let current: PdfTextItem[] = [];
    const flush = (): void => {
      if (current.some((item) => item.text.trim() !== '')) lines.push(lineOf(index + 1, current));
      current = [];
    };
    for (const item of items) {
      const anchor = current.find((other) => other.text.trim() !== '') ?? current[0];
      if (
        anchor &&
        Math.abs(anchor.y - item.y) >
          SAME_LINE * Math.max(1, Math.min(anchor.fontSize, item.fontSize || anchor.fontSize))
      )
        flush();
      current.push(item);
    }
    flush();
  });
  return lines;
}

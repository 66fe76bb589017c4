import type { PdfLine } from './pdf-types.ts';

/**
 * Page numbers as printed in Chinese documents: `— 1 —`, `- 1 -`, `第1页`,
 * `第1页 共35页`, `1/35`.
 */
const PAGE_NUMBER =
  /^(?:[—–－\-‒―]+\s*\d+\s*[—–－\-‒―]+|第\s*\d+\s*页(?:\s*[,，/、]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;

/** A bare page number: only taken as one on the very first or last line of a page (a figure may stand alone in the text). */
const BARE_PAGE_NUMBER = /^\d{1,4}$/u;

/** How many lines at the top and bottom of a page are looked at for page numbers and running heads. */
const EDGE_LINES = 2;

/** What was dropped, for the notes. */
export interface DroppedFurniture {
  pageNumbers: number;
  /** Example of a dropped page number, e.g. `— 3 —`. */
  pageNumberExample: string | null;
  /** Running headers and footers: their text (digits as printed on the first page found) and on how many pages. */
  runningLines: { text: string; pages: number }[];
}

/** Key of a running line: page numbers and other digits do not count, nor do spaces. */
function runningKey(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
}

function byPage(lines: readonly PdfLine[]): PdfLine[][] {
  const pages = new Map<number, PdfLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page) ?? [];
    page.push(line);
    pages.set(line.page, page);
  }
  return [...pages.values()];
}

/**
 * Drops page furniture from the lines of a PDF: page numbers among the first
 * and last two lines of each page (a bare number only as the very first or last line), and running headers or footers: a line that is
 * the first (or last) on at least two pages and at least half of the pages
 * (digits aside, so `2022年第2期` repeats).
 */
export function dropPageFurniture(lines: readonly PdfLine[]): { lines: PdfLine[]; dropped: DroppedFurniture } {
  const pages = byPage(lines);
  const dropped: DroppedFurniture = { pageNumbers: 0, pageNumberExample: null, runningLines: [] };
  const removed = new Set<PdfLine>();
  for (const page of pages) {
    const edges = [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
    const outermost = [page[0], page.at(-1)];
    for (const line of new Set(edges)) {
      const text = line.text.trim();
      if (PAGE_NUMBER.test(text) || (outermost.includes(line) && BARE_PAGE_NUMBER.test(text))) {
        removed.add(line);
        dropped.pageNumbers++;
        dropped.pageNumberExample ??= line.text.trim();
      }
    }
  }
  for (let pass = 0; pass < EDGE_LINES; pass++) {
    for (const edge of ['first', 'last'] as const) {
      const candidates = pages
        .map((page) => page.filter((line) => !removed.has(line)))
        .map((page) => (edge === 'first' ? page[0] : page.at(-1)))
        .filter((line): line is PdfLine => line !== undefined);
      const counts = new Map<string, PdfLine[]>();
      for (const line of candidates)
        counts.set(runningKey(line.text), [...(counts.get(runningKey(line.text)) ?? []), line]);
      for (const repeated of counts.values()) {
        if (repeated.length < 2 || repeated.length * 2 < pages.length) continue;
        for (const line of repeated) removed.add(line);
        dropped.runningLines.push({ text: repeated[0]?.text ?? '', pages: repeated.length });
      }
    }
  }
  return { lines: lines.filter((line) => !removed.has(line)), dropped };
}

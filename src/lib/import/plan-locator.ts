import { lineShape } from './line-shapes.ts';
import { normaliseSourceText } from './normalisation-rules.ts';
import { parseChineseDate } from './notice-metadata.ts';
import { simplifiedKey } from './simplified-key.ts';

/** The two kinds of plan. */
export type PlanKind = 'women' | 'children';

/** Where one plan sits in a source text. */
export interface LocatedPlan {
  /** Women's or children's plan; null where the source prints no title to tell. */
  plan: PlanKind | null;
  /** 1-based line of the printed title, or null. */
  titleLine: number | null;
  /** Printed title after normalisation, or null. */
  title: string | null;
  /** 1-based inclusive range of the body. */
  bodyLines: [number, number];
  /**
   * A date line printed under the title (`2022年10月`, `2022年10月8日`), kept out of the body: its line, and
   * its date where it prints a day (a month alone is no date to publish, never completed by a guess).
   */
  dateLine: { line: number; date: string | null } | null;
}

/** How to locate plans in a text the forms alone do not settle. */
export interface LocateOptions {
  /** Take the whole text as one untitled plan when it prints neither a title nor a `一、` part (a title was given). */
  wholeTextAsPlan?: boolean;
}

/** Where the plans and their issuing notice sit in a source text. */
export interface SourceLayout {
  /** 1-based inclusive range of the issuing notice, or null. */
  noticeLines: [number, number] | null;
  /** The plans, in order. */
  plans: LocatedPlan[];
  /** 1-based inclusive range of the closing colophon (`公开方式…印发`), or null. */
  colophonLines: [number, number] | null;
}

/**
 * A printed plan title on a line of its own (not a reference inside `《》`),
 * matched on the Simplified form of the line (`兒童發展規劃` too) with spaces removed.
 */
const TITLE = /^[^《》、，。]{2,30}(妇女|儿童)发展(?:“十四五”|"十四五")?规划(?:（\d{4}[—–-]\d{4}年）)?$/u;
/** A date line under a title: `2022年10月` or `2022年10月8日`. */
const DATE_LINE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/u;
/** The title of an issuing notice. */
const NOTICE_TITLE = /关于印发.*(?:规划|通知)/u;
/**
 * The document number, printed just above a notice title in some sources (the
 * letterhead `…文件` and the gazette's `以此为准` stamp above it are not part of the notice).
 */
const NOTICE_HEAD = /^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/u;
/** Closing colophon lines after the last plan. */
const COLOPHON = /^(?:公开方式|抄送|.*印发$|.*人民政府办公室$)/u;

/** The normalised, trimmed text of 1-based line `n`. */
function textOf(lines: readonly string[], n: number): string {
  return normaliseSourceText(lines[n - 1] ?? '').trim();
}

/** Last non-blank line in `[from, to]`, or `from - 1` when there is none. */
function lastNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let n = to; n >= from; n--) if (textOf(lines, n) !== '') return n;
  return from - 1;
}

/** First non-blank line in `[from, to]`, or `to + 1` when there is none. */
function firstNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let n = from; n <= to; n++) if (textOf(lines, n) !== '') return n;
  return to + 1;
}

/** True when line `n` is a printed plan title. */
function isTitle(lines: readonly string[], n: number): boolean {
  return TITLE.test(simplifiedKey(textOf(lines, n)).replace(/\s+/gu, ''));
}

/** The date line directly under line `n` (blank lines skipped), or null. */
function dateLineAfter(lines: readonly string[], n: number): { line: number; date: string | null } | null {
  const next = firstNonBlank(lines, n + 1, lines.length);
  const text = textOf(lines, next).replace(/\s+/gu, '');
  if (!DATE_LINE.test(text)) return null;
  return { line: next, date: parseChineseDate(text) };
}

/** The plan kind a title names. */
function kindOfTitle(title: string): PlanKind {
  return simplifiedKey(title).includes('儿童') ? 'children' : 'women';
}

/** Range of the notice that ends just before line `before`, or null when there is no notice title. */
function findNotice(lines: readonly string[], before: number): [number, number] | null {
  const end = lastNonBlank(lines, 1, before - 1);
  let start = 0;
  for (let n = end; n >= 1; n--) {
    const text = textOf(lines, n);
    if (NOTICE_TITLE.test(simplifiedKey(text)) && !/^[一二三四五六七八九十]+、/u.test(text)) {
      start = n;
      break;
    }
  }
  if (start === 0) return null;
  for (let n = start - 1; n >= 1; n--) {
    const text = textOf(lines, n);
    if (text === '') continue;
    if (!NOTICE_HEAD.test(text)) break;
    start = n;
  }
  return [start, end];
}

/** Line where a plan without a printed title starts: its preface paragraphs before its first part heading. */
function untitledStart(lines: readonly string[], partLine: number, floor: number): number {
  let start = partLine;
  for (let n = partLine - 1; n >= floor; n--) {
    const text = textOf(lines, n);
    if (text === '') continue;
    if (lineShape(text).kind !== 'plain') break;
    start = n;
  }
  return start;
}

/**
 * Finds the issuing notice, each plan's title line and body, and the closing
 * colophon in a source text (given as its lines). Plans are found by their
 * printed titles; where a source prints none, each plan starts with the
 * preface paragraphs before its first `一、` part heading.
 */
export function locatePlans(lines: readonly string[], options: LocateOptions = {}): SourceLayout {
  const count = lines.length;
  const titleLines: number[] = [];
  for (let n = 1; n <= count; n++) {
    if (!isTitle(lines, n)) continue;
    // A title printed twice (a cover page, then the first page) is one title: the second one heads the plan.
    const previous = titleLines.at(-1);
    if (previous !== undefined && textOf(lines, previous) === textOf(lines, n)) {
      const between = firstNonBlank(lines, (dateLineAfter(lines, previous)?.line ?? previous) + 1, n - 1);
      if (between >= n) titleLines.pop();
    }
    titleLines.push(n);
  }

  let starts: { start: number; titleLine: number | null }[];
  if (titleLines.length > 0) {
    starts = titleLines.map((titleLine) => ({
      start: (dateLineAfter(lines, titleLine)?.line ?? titleLine) + 1,
      titleLine,
    }));
  } else {
    const partOnes: number[] = [];
    for (let n = 1; n <= count; n++) {
      const shape = lineShape(textOf(lines, n));
      if (shape.kind === 'part' && shape.number === 1) partOnes.push(n);
    }
    starts = partOnes.map((partLine, index) => ({
      start:
        index === 0 ? firstNonBlank(lines, 1, count) : untitledStart(lines, partLine, (partOnes[index - 1] ?? 0) + 1),
      titleLine: null,
    }));
    if (starts.length === 0 && options.wholeTextAsPlan && firstNonBlank(lines, 1, count) <= count)
      starts = [{ start: firstNonBlank(lines, 1, count), titleLine: null }];
  }

  // The colophon: trailing lines after the last plan's text.
  let end = lastNonBlank(lines, 1, count);
  let colophonStart = end + 1;
  for (let n = end; n >= 1; n--) {
    const text = textOf(lines, n);
    if (text === '') continue;
    if (!COLOPHON.test(text)) break;
    colophonStart = n;
  }
  const colophonLines: [number, number] | null = colophonStart <= end ? [colophonStart, end] : null;
  end = lastNonBlank(lines, 1, colophonStart - 1);

  const plans = starts.map(({ start, titleLine }, index): LocatedPlan => {
    const next = starts[index + 1];
    const bodyEnd = next ? lastNonBlank(lines, start, (next.titleLine ?? next.start) - 1) : end;
    const title = titleLine === null ? null : textOf(lines, titleLine);
    return {
      plan: title === null ? null : kindOfTitle(title),
      titleLine,
      title,
      bodyLines: [firstNonBlank(lines, start, bodyEnd), bodyEnd],
      dateLine: titleLine === null ? null : dateLineAfter(lines, titleLine),
    };
  });
  const first = titleLines[0];
  return { noticeLines: first === undefined ? null : findNotice(lines, first), plans, colophonLines };
}

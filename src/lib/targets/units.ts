/**
 * Unit conversion and the figure parser (the unit table is `src/schema/units.ts`).
 *
 * A figure is a number with a unit attached, as the plans print it: `98%`,
 * `10.5/10 万`, `3.0‰`, `4 个`, `0.5—1 个百分点`. Units of the same
 * `dimension` convert into each other through `factor` (the value of one unit
 * in the dimension's base unit); counting classifiers (个/所/家…) share one
 * dimension, so a count printed with another classifier still matches.
 */

import { UNITS, unitById, type Unit } from '../../schema/units.ts';

export { UNITS, unitById, type Unit } from '../../schema/units.ts';

/** True where a value in `fromUnit` can be expressed in `toUnit` (same dimension). */
export function isConvertible(fromUnit: string, toUnit: string): boolean {
  const from = unitById(fromUnit);
  const to = unitById(toUnit);
  return from !== undefined && to !== undefined && from.dimension === to.dimension;
}

/** `value` in `from` expressed in `to`; throws where the units do not convert. */
export function convert(value: number, from: string, to: string): number {
  const source = unitById(from);
  const target = unitById(to);
  if (!source || !target) throw new Error(`unknown unit: ${source ? to : from}`);
  if (source.dimension !== target.dimension) throw new Error(`cannot convert ${from} to ${to}`);
  // Round away binary noise (0.1 + 0.2) without hiding real precision.
  return Number(((value * source.factor) / target.factor).toPrecision(12));
}

/** A figure found in a text. */
export interface Figure {
  /** The number (the lower bound of a range such as `0.5—1`). */
  value: number;
  /** Upper bound where the figure is a range, e.g. 1 for `0.5—1 个百分点`. */
  max?: number;
  /** Unit id. */
  unit: string;
  /** The unit symbol as printed (without whitespace), e.g. `%` or `/10万`. */
  symbol: string;
  /** The figure exactly as printed, spacing kept, e.g. `10.5/10 万`. */
  written: string;
  /** Offset of the figure in the searched text. */
  start: number;
  /** Offset just after the figure. */
  end: number;
}

/** Full-width digits and the full-width decimal point, as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．]/gu, '.');
}

/** Characters that, right after a symbol, show it is the first character of a word, not a unit. */
const NOT_A_UNIT_BEFORE: Readonly<Record<string, RegExp>> = {
  家: /^[庭长务教风乡属]/u,
  处: /^[理置罚分于在]/u,
  名: /^[单额义称次]/u,
  年: /^[级龄度均轻]/u,
  人: /^[口员群民工大]/u,
  所: /^[有以在属得]/u,
  次: /^[数序]/u,
  个: /^[人体性别]/u,
};

/** Unit symbols with their unit, longest first, whitespace removed. */
const SYMBOLS: readonly { symbol: string; unit: Unit }[] = UNITS.flatMap((unit) =>
  unit.symbols.map((symbol) => ({ symbol: symbol.replace(/\s+/gu, ''), unit })),
)
  .filter((entry, index, all) => all.findIndex((other) => other.symbol === entry.symbol) === index)
  .sort((a, b) => b.symbol.length - a.symbol.length);

const NUMBER = /(\d+(?:[.．]\d+)?|[０-９]+(?:[.．][０-９]+)?)/u;
const RANGE_DASH = /^\s*[—－\-~～至到]{1,2}\s*/u;

/**
 * Reads the unit symbol at `offset` in `text`, allowing whitespace inside and
 * before it (`10.5/10 万`, `98 %`). Returns the symbol and the offset after it.
 */
function readSymbol(text: string, offset: number): { symbol: string; unit: Unit; end: number } | null {
  let index = offset;
  while (index < text.length && /\s/u.test(text[index] ?? '')) index++;
  for (const { symbol, unit } of SYMBOLS) {
    let i = index;
    let k = 0;
    while (k < symbol.length && i < text.length) {
      const ch = text[i] ?? '';
      if (/\s/u.test(ch) && k > 0) {
        i++;
        continue;
      }
      if (ch !== symbol[k] && !(symbol[k] === '%' && ch === '％')) break;
      i++;
      k++;
    }
    if (k < symbol.length) continue;
    const guard = NOT_A_UNIT_BEFORE[symbol];
    if (guard?.test(text.slice(i))) continue;
    return { symbol, unit, end: i };
  }
  return null;
}

/**
 * Every figure in `text`, in order. A four-digit year followed by 年 (`2025 年`)
 * is a date, not a figure; a number directly after a letter, digit or `.`
 * is not read (it belongs to a code or another number).
 */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [...wordFigures(text)];
  const pattern = new RegExp(NUMBER.source, 'gu');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const before = text[start - 1] ?? '';
    if (/[A-Za-z0-9.．０-９]/u.test(before)) continue;
    let end = start + match[0].length;
    const value = Number(asciiDigits(match[0]));
    let max: number | undefined;
    const dash = RANGE_DASH.exec(text.slice(end));
    if (dash) {
      const second = new RegExp(`^${NUMBER.source}`, 'u').exec(text.slice(end + dash[0].length));
      if (second) {
        max = Number(asciiDigits(second[0]));
        end = end + dash[0].length + second[0].length;
      }
    }
    const symbol = readSymbol(text, end);
    if (!symbol) {
      pattern.lastIndex = end;
      continue;
    }
    const isYear = symbol.unit.id === 'year' && max === undefined && /^(19|20)\d\d$/u.test(match[0]);
    if (isYear) {
      pattern.lastIndex = symbol.end;
      continue;
    }
    const figure: Figure = {
      value,
      unit: symbol.unit.id,
      symbol: symbol.symbol,
      written: text.slice(start, symbol.end),
      start,
      end: symbol.end,
    };
    if (max !== undefined) figure.max = max;
    figures.push(figure);
    pattern.lastIndex = symbol.end;
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** Percentages written in words: `百分之百`, `百分之九十五`, `一半`, `半数`. */
const WORD_PERCENT = /百分之([百〇零一二两三四五六七八九十]{1,4})|一半|半数/gu;
const WORD_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral from 0 to 100 (`九十五`, `百`), or null. */
function wordNumber(text: string): number | null {
  if (text === '百' || text === '一百') return 100;
  const match = /^([一二两三四五六七八九])?(十)?([〇零一二两三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? (WORD_DIGITS[tens] ?? null) : null;
  return (tens ? (WORD_DIGITS[tens] ?? 0) : 1) * 10 + (units ? (WORD_DIGITS[units] ?? 0) : 0);
}

/** Figures written in words (percentages only; other quantities in words are not read). */
function wordFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(WORD_PERCENT)) {
    const value = match[1] === undefined ? 50 : wordNumber(match[1]);
    if (value === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    figures.push({ value, unit: 'percent', symbol: '%', written: match[0], start, end });
  }
  return figures;
}

/**
 * Parses one figure, e.g. `10.5/10 万`, `70% 以上`, `98%`: the figure at the
 * start of `text` (leading whitespace ignored; words after it such as 以上 are
 * not part of it). Returns null where `text` does not start with a figure.
 */
export function parseFigure(text: string): { value: number; unit: string; written: string; max?: number } | null {
  const offset = text.length - text.trimStart().length;
  const first = findFigures(text)[0];
  if (first?.start !== offset) return null;
  const result: { value: number; unit: string; written: string; max?: number } = {
    value: first.value,
    unit: first.unit,
    written: first.written,
  };
  if (first.max !== undefined) result.max = first.max;
  return result;
}

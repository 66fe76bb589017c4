/**
 * A plan sentence without whitespace and with full-width/ASCII variants and
 * Traditional characters folded to one form, keeping the offset of every
 * character in the original, so that matches found in the compact form can be
 * cut from the text as printed.
 */
import { simplifiedKey } from '../import/simplified-key.ts';

/** Compact text with a map back to the original. */
export interface CompactText {
  /** The folded text without whitespace. */
  text: string;
  /** `offsets[i]` is the offset in the original of `text[i]`. */
  offsets: number[];
  /** The original text. */
  original: string;
}

/** One-character folds: ASCII punctuation to the full-width forms the plans mostly print, digits to ASCII. */
const FOLD: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '％': '%',
  '．': '.',
  '～': '~',
};

/** Simplified forms of the CJK characters seen so far (one character each, else the character itself). */
const simplified = new Map<string, string>();

/** The character `ch` folded to its canonical form (a Traditional character to its Simplified one: 萬 → 万). */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x3400 && code <= 0x9fff) {
    let folded = simplified.get(ch);
    if (folded === undefined) {
      const converted = simplifiedKey(ch);
      folded = converted.length === 1 ? converted : ch;
      simplified.set(ch, folded);
    }
    return folded;
  }
  return FOLD[ch] ?? ch;
}

/** Removes whitespace and folds character variants, keeping offsets into `original`. */
export function compactText(original: string): CompactText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (/\s/u.test(ch)) continue;
    text += fold(ch);
    offsets.push(i);
  }
  return { text, offsets, original };
}

/** The folded, whitespace-free form of a short string (an alias, a figure). */
export function compactKey(text: string): string {
  return compactText(text).text;
}

/** The original text printed for the compact range [start, end), whitespace inside kept. */
export function originalSlice(compact: CompactText, start: number, end: number): string {
  if (end <= start) return '';
  const from = compact.offsets[start] ?? 0;
  const to = (compact.offsets[end - 1] ?? from) + 1;
  return compact.original.slice(from, to);
}

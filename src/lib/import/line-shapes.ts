import { parseChineseNumeral } from './chinese-numerals.ts';
import { simplifiedKey } from './simplified-key.ts';

/**
 * What a single (normalised, trimmed) source line looks like on its own.
 * Whether a numbered line really starts a list item, or is a figure glued to
 * the end of a broken sentence, is decided later from the list sequence.
 */
export type LineShape =
  /** `前 言` / `序言`: the unnumbered opening heading. */
  | { kind: 'preface' }
  /** `一、指导思想…`: a part heading. */
  | { kind: 'part'; number: number }
  /** `（一）指导思想`: a numbered subsection or domain heading (may end in `。`). */
  | { kind: 'subsection'; number: number; title: string }
  /** `（一）坚持党的全面领导。坚持…`: a paragraph that opens with a numbered inline title. */
  | { kind: 'inline'; number: number }
  /** `主要目标：`, `策略措施`, `主要措施：`, `重点工程`: a block heading. */
  | { kind: 'block'; block: BlockKind }
  /** `1.…`: a line that opens with a list number (possibly a figure such as `99.32%`). */
  | { kind: 'item'; number: number; rest: string }
  /** `——…`: a dash sub-item. */
  | { kind: 'subitem' }
  /** Anything else. */
  | { kind: 'plain' };

/** The kinds of block heading inside a domain. */
export type BlockKind = 'targets' | 'measures' | 'projects';

/** Longest subsection title (after the numeral) still read as a heading rather than an inline title. */
const MAX_HEADING_TITLE = 30;

const PREFACE = /^(?:前|序)\s*言$/u;
const PART = /^([一二三四五六七八九十]+)、\s*(.*)$/u;
/** `第一章 总则`: a chapter, read as a part. */
const CHAPTER = /^第([一二三四五六七八九十]+)章(?:\s+|$)(.*)$/u;
const SUBSECTION = /^（([一二三四五六七八九十]+)）\s*(.*)$/u;
/** `第一节 …`: a section of a chapter, read as a subsection. */
const SECTION = /^第([一二三四五六七八九十]+)节(?:\s+|$)(.*)$/u;
const BLOCK = /^(主要目标|策略措施|主要措施|重点工程)\s*[：。]?$/u;
/** Longest part heading; a part heading may end in `。` when short (`一、指导思想。`). */
const MAX_PART = 40;
const MAX_PART_WITH_STOP = 20;
const ITEM = /^(\d{1,3})\.\s*(.*)$/u;

/** Block kind of a block heading's wording. */
function blockKind(word: string): BlockKind {
  if (word === '主要目标') return 'targets';
  if (word === '重点工程') return 'projects';
  return 'measures';
}

/** True when a subsection's text after the numeral is a heading, not an inline title followed by text. */
function isHeadingTitle(title: string): boolean {
  const stop = title.indexOf('。');
  return title.length <= MAX_HEADING_TITLE && (stop === -1 || stop === title.length - 1);
}

/** Classifies one normalised, trimmed line by its form alone. */
export function lineShape(text: string): LineShape {
  if (PREFACE.test(text)) return { kind: 'preface' };
  const part = PART.exec(text) ?? CHAPTER.exec(text);
  const partNumber = part?.[1] ? parseChineseNumeral(part[1]) : null;
  const stops = (text.match(/。/gu) ?? []).length;
  const partLike =
    text.length <= MAX_PART &&
    (stops === 0 || (stops === 1 && text.endsWith('。') && text.length <= MAX_PART_WITH_STOP));
  if (part && partNumber !== null && partLike) return { kind: 'part', number: partNumber };
  const sub = SUBSECTION.exec(text) ?? SECTION.exec(text);
  const subNumber = sub?.[1] ? parseChineseNumeral(sub[1]) : null;
  if (sub && subNumber !== null) {
    const title = sub[2] ?? '';
    return isHeadingTitle(title)
      ? { kind: 'subsection', number: subNumber, title }
      : { kind: 'inline', number: subNumber };
  }
  const block = BLOCK.exec(simplifiedKey(text));
  if (block?.[1]) return { kind: 'block', block: blockKind(block[1]) };
  const item = ITEM.exec(text);
  if (item?.[1]) return { kind: 'item', number: Number(item[1]), rest: item[2] ?? '' };
  if (text.startsWith('——')) return { kind: 'subitem' };
  return { kind: 'plain' };
}

/** True for shapes that are headings (never continued by the next line). */
export function isHeadingShape(kind: LineShape['kind'] | 'lost-subsection'): boolean {
  return (
    kind === 'preface' || kind === 'part' || kind === 'subsection' || kind === 'block' || kind === 'lost-subsection'
  );
}

/**
 * True when `text` ends a sentence or clause (`。！？；：`, ASCII equivalents,
 * possibly followed by closing quotes or brackets), so a following line starts
 * a new paragraph rather than continuing a sentence broken by a page break.
 */
export function endsSentence(text: string): boolean {
  const stripped = text.replace(/[”’」』》）)\s]+$/u, '');
  if (stripped.length < text.trimEnd().length && /[。！？]$/u.test(stripped)) return true;
  return /[。！？；：!?;:]$/u.test(text.trimEnd());
}

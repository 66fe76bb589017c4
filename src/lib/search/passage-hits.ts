/**
 * From a found plan record to the passages the search page shows: which of
 * its passages contain the query (as the pass asks: every term, or any),
 * which the filters keep, and an excerpt of each with the matched wordings
 * marked. Pagefind finds and ranks the plans (`plan-records.ts`) by the
 * query's character pairs; the passages and excerpts are worked out here
 * from the record's own text, so every result shown really contains what
 * was searched.
 */
import type { FilterSelection } from './search-filters.ts';
import type { IndexedPassage } from './plan-records.ts';
import { anchorPlace } from './anchor-place.ts';
import { wordingPattern } from './han-text.ts';
import type { SearchPass } from './search-passes.ts';

/** A run of excerpt text, matched (`hit`) or not. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** A passage to show, with its excerpt and score. */
export interface PassageHit {
  passage: IndexedPassage;
  excerpt: ExcerptPart[];
  /** BM25 score of the passage for the pass's terms (`passageScore`): higher is better. */
  score: number;
}

/** BM25's usual parameters: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/**
 * The length (characters) passages are normalised to: about a typical target item. A constant
 * rather than the average of the passages found, so scores of passages loaded at different
 * times (显示更多结果) compare.
 */
const TYPICAL_PASSAGE_CHARACTERS = 60;

/**
 * The BM25 score of a passage: for each term, how often it occurs (any of its wordings),
 * saturating, and discounted for long passages; summed over the terms. Pagefind ranks whole
 * plans, so the passages within and across the plans found are ranked here.
 */
export function passageScore(text: string, terms: readonly (readonly string[])[]): number {
  const length = Array.from(text.replace(/\s+/gu, '')).length;
  const norm = K1 * (1 - B + (B * length) / TYPICAL_PASSAGE_CHARACTERS);
  return terms.reduce((sum, wordings) => {
    const frequency = hitRanges(text, wordings).length;
    return sum + (frequency * (K1 + 1)) / (frequency + norm);
  }, 0);
}

/** Passages best first (by score; ties keep their order). */
export function rankPassageHits<T extends { hit: PassageHit }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => b.hit.score - a.hit.score);
}

/** Characters of an excerpt around its first hit. */
export const EXCERPT_CHARACTERS = 80;
/** Characters shown before the first hit when the excerpt does not start at the beginning. */
const LEAD = 24;
const ELLIPSIS = '…';

/** The passages of a record's `passages` meta (JSON); [] where it is missing or malformed. */
export function readPassages(meta: string | undefined): IndexedPassage[] {
  if (meta === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(meta);
    return Array.isArray(parsed) ? (parsed as IndexedPassage[]) : [];
  } catch {
    return [];
  }
}

/** Where the wordings occur in `text`: [start, end) ranges, sorted, overlapping ones merged. */
export function hitRanges(text: string, wordings: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const wording of wordings) {
    const pattern = wordingPattern(wording);
    if (pattern === null) continue;
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** True when `text` contains one of the wordings. */
function containsAny(text: string, wordings: readonly string[]): boolean {
  return hitRanges(text, wordings).length > 0;
}

/** Whether `text` contains the pass's query: every term (an `all` pass) or one (`any`), each in any of its wordings. */
export function containsQuery(text: string, pass: SearchPass): boolean {
  const found = (wordings: readonly string[]): boolean => containsAny(text, wordings);
  return pass.match === 'all' ? pass.terms.every(found) : pass.terms.some(found);
}

/**
 * An excerpt of `text` around its first hit, at most `length` characters
 * (an ellipsis marks a cut), with every hit in it marked.
 */
export function passageExcerpt(text: string, wordings: readonly string[], length = EXCERPT_CHARACTERS): ExcerptPart[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const ranges = hitRanges(flat, wordings);
  const firstHit = ranges[0]?.[0] ?? 0;
  const start = firstHit + length <= flat.length ? Math.max(0, firstHit - LEAD) : Math.max(0, flat.length - length);
  const end = Math.min(flat.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (piece: string, hit: boolean): void => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last?.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    push(flat.slice(at, Math.max(at, from)), false);
    push(flat.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push(ELLIPSIS, false);
  return parts;
}

/**
 * Whether the filters that apply to single passages (domain, block, quantitative) keep
 * `passage`; Pagefind filters whole plans by the values of any of their passages.
 */
function keptByFilters(passage: IndexedPassage, filters: FilterSelection): boolean {
  const domains = filters.domain ?? [];
  const sections = filters.section ?? [];
  const quantitative = filters.quantitative ?? [];
  if (domains.length > 0) {
    const domain = anchorPlace(passage.id).domain;
    if (domain === null || !domains.includes(domain)) return false;
  }
  if (sections.length > 0 && (passage.section === null || !sections.includes(passage.section))) return false;
  if (quantitative.length > 0 && (passage.quantitative === null || !quantitative.includes(passage.quantitative)))
    return false;
  return true;
}

/**
 * The passages of a plan record to show for `pass`, in document order: for an
 * `all` pass those containing every term (where the terms are only spread
 * over several passages, those containing any), for an `any` pass those
 * containing any (their scores rank those with more terms first); each with
 * its excerpt and score (`rankPassageHits` orders them). [] where no
 * passage contains the query (the record then is not shown).
 */
export function passageHits(
  passages: readonly IndexedPassage[],
  pass: SearchPass,
  filters: FilterSelection,
): PassageHit[] {
  const wordings = pass.terms.flat();
  const counted = passages
    .filter((passage) => keptByFilters(passage, filters))
    .map((passage) => ({
      passage,
      terms: pass.terms.filter((alternatives) => containsAny(passage.text, alternatives)).length,
    }))
    .filter((entry) => entry.terms > 0);
  const complete = counted.filter((entry) => entry.terms === pass.terms.length);
  const shown = pass.match === 'all' && complete.length > 0 ? complete : counted;
  return shown.map(({ passage }) => ({
    passage,
    excerpt: passageExcerpt(passage.text, wordings),
    score: passageScore(passage.text, pass.terms),
  }));
}

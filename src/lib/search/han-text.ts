/**
 * Text in the search index and in queries: Han text as character trigrams,
 * pairs and single characters, other words as written, each spelled as a
 * Latin token and listed once per record.
 *
 * A record (one plan, `plan-records.ts`) is indexed as the set of its tokens:
 * every overlapping trigram and pair of every run of Han characters, every
 * single Han character (托育服务 → 托育服 育服务, 托育 育服 服务, 托 育 服 务),
 * and every other word (numbers, Latin words), each once, however often the
 * plan uses it. A query term is searched as the tokens that every text
 * containing it has: a Han run of three or more characters as its trigrams
 * (孕产妇死亡率 → 孕产妇 产妇死 妇死亡 死亡率), of two as its pair, of one as
 * its single character. Pagefind finds the plans with all of them, and the
 * search page keeps the passages that really contain the query
 * (`passage-hits.ts`).
 *
 * Why this shape, at national scale (~6,700 plans; docs/performance.md):
 * - Each token once per record: Pagefind stores every position of a word, and
 *   a common pair (儿童) occurs hundreds of times in a plan; listed once, a
 *   word's postings hold one entry per plan that has it, so even the commonest
 *   words cost a query tens of kilobytes. Positions are then meaningless, so
 *   there is no exact-phrase search.
 * - Trigrams make up for it: a plan with every pair of 新生儿死亡率 (新生 生儿
 *   儿死 死亡 亡率) rarely has every trigram (儿死亡 is in no plan), so what
 *   Pagefind finds does contain the query, and a query that is not in the
 *   plans falls through to its shorter words (`search-passes.ts`) without
 *   loading plans that only seemed to match. Trigrams are also rarer than
 *   pairs, so their postings are smaller.
 * - Pagefind matches every query word as a prefix (and, where a word has no
 *   extension, falls back to the longest indexed word that is a prefix of
 *   it). So no token may be a prefix of another: each Han token ends with a
 *   letter saying what it is (`x` trigram, `y` pair, `z` single character; no
 *   character code has them in that place) and every other word starts with
 *   `w` (no character code does).
 *
 * Each character is spelled as four lower-case Latin letters (its code point in
 * base 26, starting with a letter before `m`), so Pagefind sees plain words: it
 * neither segments them (as it would Han text) nor splits them. Hand-written
 * because no library offers this: it is the index's own encoding, shared by the
 * index script and the search page.
 */

/**
 * The language the records are indexed in: `zxx` (ISO 639-2: no linguistic content). The
 * tokens are Latin spellings, so no stemmer or segmenter may touch them, and Pagefind's
 * Chinese segmentation (charabia), which `zh-cn` would run over every token, took most of
 * the time of adding records. The search page (`lang="zh-CN"`) finds no index of its own
 * language and uses this one, the only one.
 */
export const INDEX_LANGUAGE = 'zxx';

const HAN = /\p{Script=Han}/u;
const HAN_SPLIT = /(\p{Script=Han}+)/u;
const LETTERS = 4;
const A = 'a'.charCodeAt(0);
/** The last letter of a trigram, pair and single character token; the first of every other word. */
const TRIGRAM = 'x';
const PAIR = 'y';
const SINGLE = 'z';
const WORD = 'w';

/** The Latin spelling of one Han character: its code point in base 26, four letters (`托` → `bgvz`). */
export function hanCode(character: string): string {
  let value = character.codePointAt(0) ?? 0;
  let code = '';
  for (let place = 0; place < LETTERS; place += 1) {
    code = String.fromCharCode(A + (value % 26)) + code;
    value = Math.floor(value / 26);
  }
  return code;
}

/** The overlapping runs of `size` characters of a Han run, as tokens. */
function grams(run: string, size: 1 | 2 | 3): string[] {
  const codes = Array.from(run, hanCode);
  const marker = size === 3 ? TRIGRAM : size === 2 ? PAIR : SINGLE;
  return codes.slice(0, codes.length - size + 1).map((_, at) => `${codes.slice(at, at + size).join('')}${marker}`);
}

/** The words of text without Han characters: runs of letters and digits (a decimal point kept), lower-cased. */
function otherWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/gu, '').toLowerCase())
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The text as the index stores it: its distinct tokens, in order of first
 * appearance, separated by spaces: the trigrams, pairs and single characters
 * of its Han runs, and its other words.
 */
export function indexTokens(text: string): string {
  const tokens = new Set<string>();
  for (const piece of text.split(HAN_SPLIT)) {
    if (HAN.test(piece)) {
      for (const size of [3, 2, 1] as const) for (const token of grams(piece, size)) tokens.add(token);
    } else {
      for (const word of otherWords(piece)) tokens.add(`${WORD}${word}`);
    }
  }
  return [...tokens].join(' ');
}

/**
 * How `term` is searched in Pagefind: the tokens that every record containing
 * it has (a Han run of three or more characters as its trigrams, of two as
 * its pair, of one as its character; other words as typed). Pagefind finds
 * the records with all of them; whether a passage really contains the term is
 * checked against its text (`wordingPattern`).
 */
export function termQuery(term: string): string {
  return term
    .split(HAN_SPLIT)
    .flatMap((piece) => {
      if (!HAN.test(piece)) return otherWords(piece).map((word) => `${WORD}${word}`);
      const length = Array.from(piece).length;
      return grams(piece, length >= 3 ? 3 : length === 2 ? 2 : 1);
    })
    .join(' ');
}

/**
 * A pattern that finds `wording` in plain text as the index does: whitespace
 * between its characters optional (`5 岁` finds 5岁 too), case ignored.
 * Null for a wording without letters, digits or Han characters.
 */
export function wordingPattern(wording: string): RegExp | null {
  const characters = Array.from(wording.replace(/\s+/gu, ''));
  if (!characters.some((character) => /[\p{L}\p{N}]/u.test(character))) return null;
  const escaped = characters.map((character) => character.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
  return new RegExp(escaped.join('\\s*'), 'giu');
}

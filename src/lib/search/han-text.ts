/**
 * Text in the search index and in queries: Han text as character pairs and
 * single characters, other words as written, each spelled as a Latin token
 * and listed once per record.
 *
 * A record (one plan, `plan-records.ts`) is indexed as the set of its tokens:
 * every overlapping pair of every run of Han characters, every single Han
 * character (托育服务 → 托育 育服 服务, 托 育 服 务), and every other word
 * (numbers, Latin words), each once, however often the plan uses it. A query
 * term is searched as the tokens that every text containing it has: a Han run
 * of two or more characters as its pairs (孕产妇 → 孕产 产妇), of one as its
 * character. Pagefind finds the plans with all of them, and the search page
 * keeps the passages that really contain the query (`passage-hits.ts`); a plan
 * can have every pair without the query (新生儿死亡 and 死亡率, not
 * 新生儿死亡率), which the page's probe catches (`search-page.ts`).
 *
 * Why this shape, at national scale (~6,700 plans; docs/performance.md):
 * - Pairs rather than single characters: a query loads the postings of its
 *   pairs (孕产, 产妇), not those of every 产 and 率 in the country.
 * - Each token once per record: Pagefind stores every position of a word, and
 *   a common pair (儿童) occurs hundreds of times in a plan; listed once, a
 *   word's postings hold one entry per plan that has it, so even the commonest
 *   words cost a query tens of kilobytes. Positions are then meaningless, so
 *   there is no exact-phrase search. (Trigrams as well were tried: 2.4 times
 *   the tokens, and the false matches they were to prevent remained.)
 * - Pagefind matches every query word as a prefix (and, where a word has no
 *   extension, falls back to the longest indexed word that is a prefix of
 *   it). So no token may be a prefix of another: each Han token ends with a
 *   letter saying what it is (`y` pair, `z` single character; no character
 *   code has them in that place) and every other word starts with `w` (no
 *   character code does).
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

/** A Han run, or a run of other letters, digits and points. */
const HAN_OR_OTHER = /(\p{Script=Han}+)|([[\p{L}\p{N}.]--\p{Script=Han}]+)/gv;
const LETTERS = 4;
const A = 'a'.charCodeAt(0);
/** The last letter of a pair and of a single character's token; the first of every other word. */
const PAIR = 'y';
const SINGLE = 'z';
const WORD = 'w';

/** Spellings made so far (a plan repeats its ~1,100 characters ~25,000 times; the index script spells ~170 M). */
const SPELLINGS = new Map<string, string>();

/** The Latin spelling of one Han character: its code point in base 26, four letters (`托` → `bgvz`). */
export function hanCode(character: string): string {
  const known = SPELLINGS.get(character);
  if (known !== undefined) return known;
  const code = spell(character);
  SPELLINGS.set(character, code);
  return code;
}

function spell(character: string): string {
  let value = character.codePointAt(0) ?? 0;
  let code = '';
  for (let place = 0; place < LETTERS; place += 1) {
    code = String.fromCharCode(A + (value % 26)) + code;
    value = Math.floor(value / 26);
  }
  return code;
}

/** The overlapping pairs of a Han run (none for a single character) and its characters, as tokens. */
function runTokens(run: string): { pairs: string[]; singles: string[] } {
  const codes = Array.from(run, hanCode);
  return {
    pairs: codes.slice(1).map((code, at) => `${codes[at] ?? ''}${code}${PAIR}`),
    singles: codes.map((code) => `${code}${SINGLE}`),
  };
}

/** A word of other text: letters and digits (a decimal point kept inside), lower-cased, or null. */
function otherWord(run: string): string | null {
  const word = run.replace(/^\.+|\.+$/gu, '').toLowerCase();
  return /[\p{L}\p{N}]/u.test(word) ? word : null;
}

/**
 * The pieces of a text, in order: its Han runs (with their pairs and
 * characters as tokens) and its other words (as tokens), in one pass over it.
 * The index (`indexTokens`) and queries (`termQuery`) cut text alike here.
 */
function* textPieces(text: string): Generator<{ pairs: string[]; singles: string[] } | { word: string }> {
  for (const [, han, other] of text.matchAll(HAN_OR_OTHER)) {
    if (han !== undefined) yield runTokens(han);
    else if (other !== undefined) {
      const word = otherWord(other);
      if (word !== null) yield { word: `${WORD}${word}` };
    }
  }
}

/**
 * The text as the index stores it: its distinct tokens, in order of first
 * appearance, separated by spaces: the pairs and single characters of its
 * Han runs, and its other words.
 */
export function indexTokens(text: string): string {
  const tokens = new Set<string>();
  for (const piece of textPieces(text)) {
    if ('word' in piece) tokens.add(piece.word);
    else {
      for (const token of piece.pairs) tokens.add(token);
      for (const token of piece.singles) tokens.add(token);
    }
  }
  return [...tokens].join(' ');
}

/**
 * How `term` is searched in Pagefind: the tokens that every record containing
 * it has (a Han run of two or more characters as its pairs, of one as its
 * character; other words as typed). Pagefind finds the records with all of
 * them; whether a passage really contains the term is checked against its
 * text (`wordingPattern`).
 */
export function termQuery(term: string): string {
  return [...textPieces(term)]
    .flatMap((piece) => ('word' in piece ? [piece.word] : piece.pairs.length > 0 ? piece.pairs : piece.singles))
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

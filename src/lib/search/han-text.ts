/**
 * Han text in the search index and in queries: overlapping character pairs
 * (bigrams), each spelled as a Latin token.
 *
 * Every run of Han characters is indexed as its overlapping pairs plus its
 * last character alone: 托育服务 → 托育 育服 服务 务, one token per character,
 * so each pair sits at the position of its first character. A query of two or
 * more Han characters is then the exact phrase of its own pairs (孕产妇 →
 * "孕产 产妇"), which finds exactly the texts that contain it as a substring,
 * whatever a word segmenter would have made of it (jieba at index time and the
 * browser's `Intl.Segmenter` at query time disagree often enough to lose real
 * hits). A single character is searched as a prefix: the pairs it starts and
 * the run-final character alone.
 *
 * Pairs instead of single characters keep the index usable at national scale:
 * a query loads the postings of its pairs (孕产, 产妇), not those of every
 * occurrence of its characters (产 and 率 occur in every plan hundreds of times).
 *
 * Each character is spelled as four lower-case Latin letters (its code point in
 * base 26), so Pagefind sees plain words: it neither segments them (as it would
 * Han text) nor splits them. Hand-written because no library offers this: it is
 * the index's own encoding, shared by the index script and the search page.
 */

/**
 * The language the records are indexed in: `zxx` (ISO 639-2: no linguistic content). The
 * tokens are Latin spellings, so no stemmer or segmenter may touch them, and Pagefind's
 * Chinese segmentation (charabia), which `zh-cn` would run over every token, took most of
 * the time of adding records. The search page (`lang="zh-CN"`) finds no index of its own
 * language and uses this one, the only one.
 */
export const INDEX_LANGUAGE = 'zxx';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const LETTERS = 4;
const A = 'a'.charCodeAt(0);

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

/** The tokens of one run of Han characters: its overlapping pairs, then its last character alone. */
function runTokens(run: string): string[] {
  const codes = Array.from(run, hanCode);
  const pairs = codes.slice(0, -1).map((code, index) => `${code}${codes[index + 1] ?? ''}`);
  return [...pairs, codes.at(-1) ?? ''];
}

/**
 * The text as the index stores it: every Han run replaced by its tokens
 * (spaces around them), other text (numbers, Latin words, punctuation) as it is.
 */
export function indexText(text: string): string {
  return text.replace(HAN_RUN, (run) => ` ${runTokens(run).join(' ')} `);
}

/** How one query term is searched in Pagefind. */
export interface TermQuery {
  /**
   * An exact-phrase query that finds exactly the records containing the term
   * (for one Han run of two or more characters, or one other word), else null.
   */
  exact: string | null;
  /**
   * The same tokens as separate words: Pagefind finds the records containing
   * all of them (a single character or the last word as a prefix) and ranks
   * them. Where `exact` is null this is the search, and its results must be
   * checked against the text (`wordingPattern`).
   */
  loose: string;
}

/** The pieces of a term: Han runs and other words (letters and digits). */
function termPieces(term: string): { han: boolean; text: string }[] {
  const pieces: { han: boolean; text: string }[] = [];
  for (const part of term.split(/(\p{Script=Han}+)/u)) {
    if (part === '') continue;
    if (HAN.test(part)) pieces.push({ han: true, text: part });
    else
      for (const word of part.split(/[^\p{L}\p{N}.]+/u))
        if (word.replace(/\./gu, '') !== '') pieces.push({ han: false, text: word.toLowerCase() });
  }
  return pieces;
}

/** How `term` is searched: its Han runs as pairs (a single character alone), other words as typed. */
export function termQuery(term: string): TermQuery {
  const pieces = termPieces(term);
  const tokens = pieces.flatMap((piece) => {
    if (!piece.han) return [piece.text];
    const tokensOfRun = runTokens(piece.text);
    return tokensOfRun.length === 1 ? tokensOfRun : tokensOfRun.slice(0, -1);
  });
  const [only] = pieces;
  const exact =
    pieces.length === 1 && only !== undefined && (!only.han || Array.from(only.text).length > 1)
      ? `"${tokens.join(' ')}"`
      : null;
  return { exact, loose: tokens.join(' ') };
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

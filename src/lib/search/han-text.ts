/**
 * Han characters in the search index and in queries.
 *
 * The index stores every Han character as its own word: the text is indexed
 * with a zero-width space around each Han character, and a query is searched
 * as an exact phrase of its characters. Pagefind then finds exactly the records
 * that contain the query as a substring, whatever a word segmenter would have
 * made of 托位 or 孕产妇死亡率 at index time (jieba) or at query time (the
 * browser's Intl.Segmenter): the two disagree often enough to lose real hits.
 */

/** The separator put around Han characters in indexed text (U+200B ZERO WIDTH SPACE; invisible in excerpts). */
export const HAN_SEPARATOR = '\u200B';

const HAN_CHARACTER = /\p{Script=Han}/gu;
const SEPARATOR_RUN = /\u200B+/gu;

/** Puts a zero-width space around every Han character of `text`, e.g. `托位3个` → `\u200B托\u200B位\u200B3\u200B个\u200B`. */
export function separateHan(text: string): string {
  return text
    .replace(HAN_CHARACTER, (character) => `${HAN_SEPARATOR}${character}${HAN_SEPARATOR}`)
    .replace(SEPARATOR_RUN, HAN_SEPARATOR);
}

/** Removes the separators `separateHan` added (for showing an excerpt). */
export function removeHanSeparators(text: string): string {
  return text.replace(SEPARATOR_RUN, '');
}

/**
 * A query term as a Pagefind exact-phrase query over single Han characters,
 * e.g. `托育` → `"托 育"`, `5 岁` → `"5 岁"`, `HPV疫苗` → `"HPV 疫 苗"`.
 * Double quotes in the term are dropped (they would end the phrase).
 */
export function hanPhraseQuery(term: string): string {
  return `"${hanWords(term)}"`;
}

/**
 * A query term as separate words, Han characters one by one, e.g. `托育` →
 * `托 育`: searched without quotes, Pagefind ranks the records that contain
 * these characters.
 */
export function hanWords(term: string): string {
  return term
    .replace(/["“”]/gu, ' ')
    .replace(HAN_CHARACTER, (character) => ` ${character} `)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when `text` contains a Han character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

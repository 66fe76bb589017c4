/**
 * How a query is searched: a list of passes, tried in order until one finds
 * something. Each term of a pass is searched as the tokens every text
 * containing it has (`han-text.ts`), and the passages shown must contain it
 * (`passage-hits.ts`), so a pass finds the passages that contain all of its
 * terms as substrings (a term matches through any of its alternatives: the
 * term itself, its simplified-character form and, where it is an indicator
 * name or alias, the indicator's other wordings).
 *
 * 1. `phrase`: the whole query, e.g. 孕产妇死亡率, `5 岁` (also matches `5岁`).
 * 2. `all-terms`: where the query has several terms (spaces or punctuation
 *    between them), records that contain every term, anywhere.
 * 3. `words`: the words of at least two characters that the browser's
 *    segmenter finds in the query (孕产妇的死亡率 → 产妇, 死亡率), all required.
 * 4. `any-terms`: where the last of these had several terms, records that
 *    contain any of them, those with more of them first.
 */
import { foldVariants, type VariantMap } from './han-variants.ts';

/** What the index script hands the search page besides the index (`query-data.json`). */
export interface QueryData {
  /** Traditional → simplified characters (`han-variants.ts`). */
  variants: VariantMap;
  /** Sets of wordings searched together (`indicatorSynonyms`). */
  synonyms: readonly (readonly string[])[];
}

/** One way of searching a query. */
export interface SearchPass {
  /** Which fallback this is. */
  kind: 'phrase' | 'all-terms' | 'words' | 'any-terms';
  /** Each term is a list of alternative wordings, the first being as typed. */
  terms: string[][];
  /** Whether a result must contain every term (`all`) or one at least (`any`). */
  match: 'all' | 'any';
}

/** Punctuation or a symbol that is not inside a number (10.5, 3/1000 keep theirs). */
const TERM_BREAK = /\s+|(?<!\p{Nd})[\p{P}\p{S}]+|[\p{P}\p{S}]+(?!\p{Nd})/u;
const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

/** The query as typed, with whitespace trimmed and collapsed. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim();
}

/** The terms of a query: split at whitespace and at punctuation outside numbers. */
export function queryTerms(query: string): string[] {
  return query.split(TERM_BREAK).filter((term) => term !== '');
}

/** A wording without spaces and punctuation, for comparing with indicator names. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(SPACE_OR_PUNCTUATION, '');
}

/** The alternative wordings of a term: as typed, folded to simplified characters, and its synonyms. */
export function termAlternatives(term: string, data: QueryData): string[] {
  const folded = foldVariants(term, data.variants);
  const keys = new Set([compact(term), compact(folded)]);
  const synonyms = data.synonyms.filter((set) => set.some((wording) => keys.has(compact(wording)))).flat();
  return [...new Set([term, folded, ...synonyms])].filter((wording) => compact(wording) !== '');
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, index) => term === b[index]);
}

/**
 * The passes for `query` (see the module comment); `segment` splits text
 * into words (the browser's `Intl.Segmenter`). Empty for an empty query.
 */
export function searchPasses(query: string, data: QueryData, segment: (text: string) => string[]): SearchPass[] {
  const normalised = normaliseQuery(query);
  if (compact(normalised) === '') return [];
  const passes: SearchPass[] = [{ kind: 'phrase', terms: [termAlternatives(normalised, data)], match: 'all' }];

  const terms = queryTerms(normalised);
  if (terms.length > 1) {
    passes.push({ kind: 'all-terms', terms: terms.map((term) => termAlternatives(term, data)), match: 'all' });
  }

  const words = [...new Set(terms.flatMap((term) => segment(term)))].filter(
    (word) => Array.from(compact(word)).length > 1,
  );
  const tried = passes.map((pass) => pass.terms.map((alternatives) => alternatives[0] ?? ''));
  if (words.length > 0 && !tried.some((earlier) => sameTerms(earlier, words))) {
    passes.push({ kind: 'words', terms: words.map((word) => termAlternatives(word, data)), match: 'all' });
  }

  const last = passes.at(-1);
  if (last !== undefined && last.terms.length > 1) passes.push({ kind: 'any-terms', terms: last.terms, match: 'any' });
  return passes;
}

/**
 * The wordings to highlight on the page a result links to: every alternative
 * of every term, and each also without its spaces (`5 岁` matched `5岁` too).
 */
export function highlightTerms(pass: SearchPass): string[] {
  return [...new Set(pass.terms.flat().flatMap((wording) => [wording, wording.replace(/\s+/gu, '')]))];
}

/**
 * Traditional → simplified characters for queries. A query typed in
 * traditional characters (學生) is also searched folded to the simplified
 * characters the plans print (学生). The map is made at build time from
 * OpenCC's tables, limited to the characters that occur in the indexed text,
 * so the search page loads a few kilobytes instead of a converter.
 */

/** Traditional (or variant) character → the simplified character the plans use. */
export type VariantMap = Readonly<Record<string, string>>;

/** The Unicode ranges searched for traditional characters: CJK Unified Ideographs, Extension A and the compatibility ideographs. */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Every character of the ranges above. */
export function* hanCandidates(): Generator<string> {
  for (const [from, to] of HAN_RANGES) {
    for (let code = from; code <= to; code += 1) yield String.fromCodePoint(code);
  }
}

/**
 * The characters among `candidates` that `toSimplified` turns into a single
 * different character occurring in `corpus`, mapped to that character.
 */
export function buildVariantMap(
  corpus: string,
  candidates: Iterable<string>,
  toSimplified: (character: string) => string,
): Record<string, string> {
  const used = new Set(corpus);
  const map: Record<string, string> = {};
  for (const character of candidates) {
    const simplified = toSimplified(character);
    if (simplified !== character && Array.from(simplified).length === 1 && used.has(simplified))
      map[character] = simplified;
  }
  return map;
}

/**
 * `text` in the form the index most likely holds: Unicode compatibility
 * forms folded (full-width digits and letters, `５岁` → `5岁`) and every
 * character of `map` replaced.
 */
export function foldVariants(text: string, map: VariantMap): string {
  return Array.from(text.normalize('NFKC'), (character) => map[character] ?? character).join('');
}

import * as OpenCC from 'opencc-js';

/** Traditional → Simplified (OpenCC's `t` → `cn` tables): a maintained converter, not a hand-made table. */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The text in Simplified characters, for recognising keywords (`規劃`, `主要目標`)
 * only: the published text always keeps the characters as printed.
 */
export function simplifiedKey(text: string): string {
  return /[^\p{ASCII}]/u.test(text) ? toSimplified(text) : text;
}

/**
 * How a target value relates to the value to reach, read from the words
 * around the figure: `控制在 10% 以下` → `<=`, `达到 70% 以上` → `>=`,
 * `保持在 45% 左右` → `~`, plain `达到 100%` → `=`.
 */
import type { Comparator } from '../../schema/target.ts';

/** Words right after a figure, with the comparator they state. */
const AFTER: readonly [RegExp, Comparator][] = [
  [/^(及以下|以下|以内|之内|及其以下)/u, '<='],
  [/^(及以上|以上|之上|及其以上)/u, '>='],
  [/^(左右|上下|前后)/u, '~'],
];

/** Words right before a figure (the end of the preceding text), with the comparator they state. */
const BEFORE: readonly [RegExp, Comparator][] = [
  [/(不超过|不高于|不多于|不大于|≤|<=|(?<!不)少于|(?<!不)低于|(?<!不)小于)$/u, '<='],
  [/(至少|最少)[\u4e00-\u9fa5]{0,3}$/u, '>='],
  [/(不低于|不少于|不小于|≥|>=|(?<!不)超过|(?<!不)高于|(?<!不)多于|(?<!不)大于)$/u, '>='],
  [/(约|大约|大概)$/u, '~'],
  [/(控制在|控制到|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至)$/u, '<='],
];

/** The comparator the words right after a figure state, or null where they state none. */
export function comparatorAfter(textAfterValue: string): Comparator | null {
  const words = textAfterValue.replace(/^\s+/u, '');
  for (const [pattern, comparator] of AFTER) if (pattern.test(words)) return comparator;
  return null;
}

/**
 * The comparator a target states: words after the value (以下/以内 `<=`,
 * 以上 `>=`, 左右 `~`) take precedence; otherwise words before it
 * (不超过/低于/控制在…/降至… `<=`, 不低于/至少/超过/高于 `>=`, 约 `~`); otherwise
 * `=` (plain 达到/保持/稳定在).
 */
export function comparatorFromWords(textAfterValue: string, textBefore = ''): Comparator {
  const after = comparatorAfter(textAfterValue);
  if (after) return after;
  const before = textBefore.replace(/\s+$/u, '');
  for (const [pattern, comparator] of BEFORE) if (pattern.test(before)) return comparator;
  return '=';
}

/** The comparator with its direction reversed (for decreases stored as negative changes). */
export function reversed(comparator: Comparator): Comparator {
  if (comparator === '<=') return '>=';
  if (comparator === '>=') return '<=';
  return comparator;
}

/**
 * True where the words after a value state a different comparator from the
 * recorded one (e.g. `>=` recorded, 以下 printed). Words stating none never
 * contradict. With `decrease`, the recorded comparator applies to a negative
 * change (下降 20% 以上 is recorded as `<=` −20) and is compared reversed.
 */
export function contradicts(comparator: Comparator, wordsAfter: string, decrease = false): boolean {
  const stated = comparatorAfter(wordsAfter);
  if (stated === null) return false;
  return stated !== (decrease ? reversed(comparator) : comparator);
}

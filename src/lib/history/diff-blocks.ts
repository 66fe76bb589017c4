import { diffArrays, diffChars } from 'diff';
import type { TextBlock } from './plan-snapshot.ts';

/** A piece of inline text in a changed block. */
export interface InlinePart {
  /** The text. */
  text: string;
  /** Inserted (`added`), deleted (`removed`) or unchanged (`same`). */
  kind: 'added' | 'removed' | 'same';
}

/** One step of a block-by-block comparison. */
export type BlockChange =
  | { kind: 'same'; count: number; first: TextBlock; last: TextBlock }
  | { kind: 'added'; block: TextBlock }
  | { kind: 'removed'; block: TextBlock }
  | { kind: 'changed'; before: TextBlock; after: TextBlock; parts: InlinePart[] };

/**
 * Compares two versions of a plan block by block (paragraphs, headings, list
 * items): unchanged runs are folded into one `same` step; a deleted block
 * followed by an inserted one is a `changed` block with its inline
 * insertions and deletions (character diff: Chinese has no spaces between words).
 */
export function diffBlocks(before: readonly TextBlock[], after: readonly TextBlock[]): BlockChange[] {
  const changes: BlockChange[] = [];
  const parts = diffArrays([...before], [...after], { comparator: (a, b) => a.text === b.text && a.id === b.id });
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part) continue;
    if (!part.added && !part.removed) {
      const first = part.value[0];
      const last = part.value.at(-1);
      if (first && last) changes.push({ kind: 'same', count: part.value.length, first, last });
      continue;
    }
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const pairs = Math.min(part.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) {
        const old = part.value[k];
        const now = next.value[k];
        if (old && now)
          changes.push({ kind: 'changed', before: old, after: now, parts: inlineDiff(old.text, now.text) });
      }
      for (const block of part.value.slice(pairs)) changes.push({ kind: 'removed', block });
      for (const block of next.value.slice(pairs)) changes.push({ kind: 'added', block });
      index++;
      continue;
    }
    for (const block of part.value) changes.push(part.added ? { kind: 'added', block } : { kind: 'removed', block });
  }
  return changes;
}

/** Inline insertions and deletions between two texts. */
export function inlineDiff(before: string, after: string): InlinePart[] {
  return diffChars(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

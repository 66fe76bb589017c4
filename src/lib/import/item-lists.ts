import { childAnchorId } from '../plan/anchor-id.ts';
import type { Paragraph } from './paragraphs.ts';
import type { ImportWarning, ItemNode, ParagraphNode } from './types.ts';

/** A resolved piece of a list container: a paragraph outside the list, or an item. */
export type ListSegment = ParagraphNode | ({ type: 'item' } & ItemNode);

/** A paragraph of a list container, with whether a structure hint marks it as an introduction. */
export interface ListEntry {
  paragraph: Paragraph;
  /** True where a source profile says the paragraph introduces the block rather than being an item. */
  intro: boolean;
}

/**
 * Splits items whose text swallowed the next item (`4.…均衡。5.女童平等…` printed
 * on one line): where item N is followed by item M > N + 1 with no paragraph in
 * between, and its text contains `。N+1.`, the item is split there.
 */
export function splitGluedItems(paragraphs: readonly Paragraph[]): Paragraph[] {
  const result: Paragraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== 'item' || paragraph.number === null) {
      result.push(paragraph);
      return;
    }
    const next = paragraphs.slice(index + 1).find((p) => p.kind === 'item' || p.kind === 'plain');
    const nextNumber = next?.kind === 'item' ? next.number : null;
    let current: Paragraph = { ...paragraph };
    while (nextNumber !== null && current.number !== null && nextNumber > current.number + 1) {
      const marker = `。${current.number + 1}.`;
      const at = current.text.indexOf(marker);
      if (at === -1) break;
      result.push({ ...current, text: current.text.slice(0, at + 1) });
      current = { ...current, number: current.number + 1, text: current.text.slice(at + marker.length) };
    }
    result.push(current);
  });
  return result;
}

/**
 * Resolves the paragraphs of a list container (a block such as `主要目标`, or a
 * subsection with numbered items) into items and paragraphs.
 *
 * Plain paragraphs between numbered items are either items that lost their
 * numbers or the rest of the previous item after a page break; the printed
 * numbers decide: if item `a` is followed by `k` plain paragraphs and then item
 * `b`, they are lost items when `b - a - 1 === k`, continuations when `b === a + 1`.
 * In a block with no printed number at all, every plain paragraph is a lost
 * item (丽水 source). `——` paragraphs are sub-items of the item before them.
 *
 * @param itemId anchor id of item N, e.g. `(n) => \`health-t${n}\``
 */
export function resolveList(
  entries: readonly ListEntry[],
  itemId: (n: number) => string,
  isBlock: boolean,
  warnings: ImportWarning[],
): ListSegment[] {
  const segments: ListSegment[] = [];
  let current = 0;
  let lastItem: ItemNode | null = null;

  const addItem = (number: number, printed: boolean, paragraph: Paragraph): void => {
    const item: ListSegment = { type: 'item', number, printed, text: paragraph.text, id: itemId(number), children: [] };
    segments.push(item);
    current = number;
    lastItem = item;
  };
  const addSubItem = (paragraph: Paragraph): void => {
    if (lastItem) {
      lastItem.children.push({ text: paragraph.text, id: childAnchorId(lastItem.id, lastItem.children.length + 1) });
    } else segments.push({ type: 'paragraph', text: paragraph.text, id: null });
  };
  const addContinuation = (paragraph: Paragraph): void => {
    const item: ItemNode | null = lastItem;
    if (!item) {
      segments.push({ type: 'paragraph', text: paragraph.text, id: null });
      return;
    }
    const lastChild = item.children.at(-1);
    if (lastChild) {
      lastChild.text += paragraph.text;
      warnings.push({ line: paragraph.firstLine, message: `continuation after sub-items joined to ${lastChild.id}` });
    } else item.text += paragraph.text;
  };

  let index = 0;
  while (index < entries.length) {
    const entry = entries[index];
    if (!entry) break;
    const { paragraph } = entry;
    if (entry.intro) {
      segments.push({ type: 'paragraph', text: paragraph.text, id: null });
      lastItem = null;
      index++;
      continue;
    }
    if (paragraph.kind === 'item' && paragraph.number !== null) {
      if (paragraph.number !== current + 1) {
        warnings.push({ line: paragraph.firstLine, message: `list number ${paragraph.number} follows ${current}` });
      }
      addItem(paragraph.number, true, paragraph);
      index++;
      continue;
    }
    if (paragraph.kind === 'subitem') {
      addSubItem(paragraph);
      index++;
      continue;
    }
    // A run of plain paragraphs (and their sub-items) up to the next numbered item.
    let end = index;
    let plains = 0;
    while (end < entries.length) {
      const next = entries[end];
      if (!next || next.intro || next.paragraph.kind === 'item') break;
      if (next.paragraph.kind !== 'subitem') plains++;
      end++;
    }
    const following = entries[end];
    const nextNumber = following && !following.intro ? following.paragraph.number : null;
    const missing = nextNumber !== null ? nextNumber - current - 1 : isBlock && current === 0 ? plains : 0;
    const lostItems = missing > 0 && missing === plains;
    if (!lostItems && missing !== 0) {
      warnings.push({
        line: paragraph.firstLine,
        message: `${plains} unnumbered paragraph(s) where ${missing} item number(s) are missing; kept as continuation`,
      });
    }
    for (let k = index; k < end; k++) {
      const run = entries[k];
      if (!run) continue;
      if (run.paragraph.kind === 'subitem') addSubItem(run.paragraph);
      else if (lostItems) addItem(current + 1, false, run.paragraph);
      else addContinuation(run.paragraph);
    }
    index = end;
  }
  return segments;
}

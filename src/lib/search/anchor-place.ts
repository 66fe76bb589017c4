/**
 * Where an anchor sits in a plan, read from its id alone (the ids follow the
 * fixed scheme of docs/content-model.md): `health-t2` is item 2 of the
 * 主要目标 of the health domain, `education-m3-1` a sub-item of a measure,
 * `project-4` a 重点工程 project.
 */
import { parseAnchorId } from '../plan/anchor-id.ts';
import type { SearchSection } from './search-filters.ts';

/** The domain and block of an anchor. */
export interface AnchorPlace {
  /** Domain id (`health`…) for the domain heading and everything under it, else null. */
  domain: string | null;
  /** Block (targets, measures, projects) for its heading and items, else null. */
  section: SearchSection | null;
}

/** The domain and block of the anchor `id`. */
export function anchorPlace(id: string): AnchorPlace {
  const { domain, section } = parseAnchorId(id);
  return { domain, section };
}

/**
 * The ordinal of an item or paragraph in Chinese, from the numbers of its id:
 * `health-t2` → 第 2 条, `health-t2-1` → 第 2 条第 1 项, `project-3` → 第 3 项,
 * `part-4-2` (a paragraph) → 第 2 段; null where the id has no number.
 */
export function anchorOrdinal(id: string, element: 'heading' | 'item' | 'paragraph'): string | null {
  const anchor = parseAnchorId(id);
  const [number, sub] = anchor.numbers;
  if (anchor.kind === 'item' && number !== undefined) {
    if (anchor.scope === null && sub === undefined) return `第 ${String(number)} 项`;
    if (anchor.scope !== null && anchor.numbers.length <= 2) {
      return sub === undefined ? `第 ${String(number)} 条` : `第 ${String(number)} 条第 ${String(sub)} 项`;
    }
  }
  const last = anchor.numbers.at(-1);
  if (last === undefined) return null;
  return element === 'paragraph' ? `第 ${String(last)} 段` : `第 ${String(last)} 条`;
}

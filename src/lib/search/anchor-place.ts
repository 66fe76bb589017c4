/**
 * Where an anchor sits in a plan, read from its id alone (the ids follow the
 * fixed scheme of docs/content-model.md): `health-t2` is item 2 of the
 * 主要目标 of the health domain, `education-m3-1` a sub-item of a measure,
 * `project-4` a 重点工程 project.
 */
import { DOMAINS } from '../../schema/domains.ts';
import type { SearchSection } from './search-filters.ts';

/** The domain and block of an anchor. */
export interface AnchorPlace {
  /** Domain id (`health`…) for the domain heading and everything under it, else null. */
  domain: string | null;
  /** Block (targets, measures, projects) for its heading and items, else null. */
  section: SearchSection | null;
}

/** Domain ids, longest first (so `social-security` is never read as a shorter id). */
const DOMAIN_IDS = DOMAINS.map((domain) => domain.id).sort((a, b) => b.length - a.length);

/** The domain and block of the anchor `id`. */
export function anchorPlace(id: string): AnchorPlace {
  if (id === 'projects' || /^project-\d+(?:-\d+)*$/u.test(id)) return { domain: null, section: 'projects' };
  const domain = DOMAIN_IDS.find((candidate) => id === candidate || id.startsWith(`${candidate}-`));
  if (domain === undefined) return { domain: null, section: null };
  const rest = id.slice(domain.length + 1);
  if (rest === 'targets' || /^t\d+(?:-\d+)*$/u.test(rest)) return { domain, section: 'targets' };
  if (rest === 'measures' || /^m\d+(?:-\d+)*$/u.test(rest)) return { domain, section: 'measures' };
  if (rest === 'projects' || /^p\d+(?:-\d+)*$/u.test(rest)) return { domain, section: 'projects' };
  return { domain, section: null };
}

/**
 * The ordinal of an item or paragraph in Chinese, from the numbers of its id:
 * `health-t2` → 第 2 条, `health-t2-1` → 第 2 条第 1 项, `project-3` → 第 3 项,
 * `part-4-2` (a paragraph) → 第 2 段; null where the id has no number.
 */
export function anchorOrdinal(id: string, element: 'heading' | 'item' | 'paragraph'): string | null {
  if (/^project-\d+$/u.test(id)) return `第 ${id.slice('project-'.length)} 项`;
  const item = /-[tmp](\d+)(?:-(\d+))?$/u.exec(id);
  if (item?.[1] !== undefined) {
    return item[2] === undefined ? `第 ${item[1]} 条` : `第 ${item[1]} 条第 ${item[2]} 项`;
  }
  const last = /-(\d+)$/u.exec(id)?.[1];
  if (last === undefined) return null;
  return element === 'paragraph' ? `第 ${last} 段` : `第 ${last} 条`;
}

/**
 * Anchor ids: the one place that reads and writes them. The ids follow the
 * fixed scheme of docs/content-model.md: `health` is a domain heading,
 * `health-targets` / `health-measures` / `projects` block headings,
 * `health-t2` item 2 of the health domain's 主要目标, `health-t2-1` its first
 * sub-item, `education-m3` a measure, `project-4` a 重点工程 project (inside a
 * domain: `health-project-1` or `health-p1`), and `part-1-2`, `preface`… the
 * other headings and paragraphs.
 */
import { DOMAINS } from '../../schema/domains.ts';

/** The block an anchor names or lies in. */
export type AnchorSection = 'targets' | 'measures' | 'projects';

/** An anchor id read into its parts. */
export interface AnchorId {
  /** What it names: a domain heading, a block heading, an item (target, measure, project, sub-item), or anything else. */
  kind: 'domain' | 'block' | 'item' | 'other';
  /** The domain id it starts with (`health` for `health`, `health-targets`, `health-t2`), else null. */
  domain: string | null;
  /** The block it names or lies in, else null. */
  section: AnchorSection | null;
  /** For an item, the id before its block marker (`health`, `part-1-2`); null for a plan-level `project-N` and non-items. */
  scope: string | null;
  /** The numbers the id ends with: `health-t2-1` → [2, 1], `project-4` → [4], `part-4-2` → [4, 2]; [] for none. */
  numbers: number[];
}

/** Domain ids, longest first (so `social-security` is never read as a shorter id). */
const DOMAIN_IDS = DOMAINS.map((domain) => domain.id).sort((a, b) => b.length - a.length);

/** The block markers of item ids: `health-t2`, `health-m2`, `health-p2`, `health-project-2`. */
const MARKER_SECTIONS: Readonly<Record<string, AnchorSection>> = {
  t: 'targets',
  m: 'measures',
  p: 'projects',
  'project-': 'projects',
};

/** The marker that item ids of each block get when written. */
const SECTION_MARKERS: Readonly<Record<AnchorSection, string>> = { targets: 't', measures: 'm', projects: 'project-' };

const PLAN_PROJECT = /^project-(\d+(?:-\d+)*)$/u;
const SCOPED_ITEM = /^(.+)-(t|m|p|project-)(\d+(?:-\d+)*)$/u;
const BLOCK = /^(?:(.+)-)?(targets|measures|projects)$/u;
const TRAILING_NUMBERS = /(?:^|-)(\d+(?:-\d+)*)$/u;

function numbersOf(text: string | undefined): number[] {
  return text === undefined ? [] : text.split('-').map(Number);
}

/** Reads an anchor id into its parts (any id parses; unknown shapes are kind `other`). */
export function parseAnchorId(id: string): AnchorId {
  const domain = DOMAIN_IDS.find((candidate) => id === candidate || id.startsWith(`${candidate}-`)) ?? null;
  const project = PLAN_PROJECT.exec(id);
  if (project) return { kind: 'item', domain: null, section: 'projects', scope: null, numbers: numbersOf(project[1]) };
  const item = SCOPED_ITEM.exec(id);
  const section = item?.[2] === undefined ? undefined : MARKER_SECTIONS[item[2]];
  if (item?.[1] !== undefined && section !== undefined) {
    return { kind: 'item', domain, section, scope: item[1], numbers: numbersOf(item[3]) };
  }
  const block = BLOCK.exec(id);
  if (block?.[2] !== undefined) {
    return { kind: 'block', domain, section: block[2] as AnchorSection, scope: null, numbers: [] };
  }
  const kind = domain !== null && id === domain ? 'domain' : 'other';
  return { kind, domain, section: null, scope: null, numbers: numbersOf(TRAILING_NUMBERS.exec(id)?.[1]) };
}

/**
 * The id of an item: `itemAnchorId('health', 'targets', [2])` → `health-t2`,
 * `itemAnchorId(null, 'projects', [4])` → `project-4` (a plan-level project).
 */
export function itemAnchorId(scope: string | null, section: AnchorSection, numbers: readonly number[]): string {
  const suffix = numbers.join('-');
  if (scope === null) return `project-${suffix}`;
  return `${scope}-${SECTION_MARKERS[section]}${suffix}`;
}

/** The id of a block heading: `blockAnchorId('health', 'targets')` → `health-targets`; `projects` without a scope. */
export function blockAnchorId(scope: string | null, section: AnchorSection): string {
  return scope === null ? section : `${scope}-${section}`;
}

/** The id of the `n`th sub-item (or numbered paragraph) under `parent`: `health-t2`, 1 → `health-t2-1`. */
export function childAnchorId(parent: string, n: number): string {
  return `${parent}-${String(n)}`;
}

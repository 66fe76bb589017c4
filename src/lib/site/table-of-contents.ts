import type { PlanHeading } from '../plan/plan-data.ts';

/** One entry of a plan's table of contents. */
export interface TocEntry {
  /** Anchor of the heading, or null where it has none (shown as plain text). */
  id: string | null;
  /** Heading text. */
  text: string;
  /** Heading depth (2 for parts, 3 for domains and subsections). */
  depth: number;
  /** Entries nested under this one. */
  children: TocEntry[];
}

/**
 * Builds the nested table of contents of a plan from its headings (in document
 * order): parts (depth 2) with their domains and subsections (depth 3) below.
 * Headings deeper than `maxDepth` (the 主要目标 / 策略措施 blocks) are left out.
 * A heading deeper than the one before it becomes its child even when levels
 * are skipped; a heading with no shallower heading before it stays at the top.
 */
export function buildTableOfContents(headings: readonly PlanHeading[], maxDepth = 3): TocEntry[] {
  const roots: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth > maxDepth) continue;
    const entry: TocEntry = { id: heading.id, text: heading.text.trim(), depth: heading.depth, children: [] };
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= heading.depth) open.pop();
    const parent = open.at(-1);
    if (parent) parent.children.push(entry);
    else roots.push(entry);
    open.push(entry);
  }
  return roots;
}

function isPlanHeading(value: unknown): value is PlanHeading {
  if (value === null || typeof value !== 'object') return false;
  const { depth, id, text } = value as Record<string, unknown>;
  return typeof depth === 'number' && (id === null || typeof id === 'string') && typeof text === 'string';
}

/**
 * Reads the plan headings the plan loader stores on an entry's rendered
 * metadata (`planHeadings`).
 * @throws {TypeError} when they are missing or malformed, so a loader change fails the build loudly.
 */
export function planHeadingsFromMetadata(metadata: Readonly<Record<string, unknown>> | undefined): PlanHeading[] {
  const headings = metadata?.['planHeadings'];
  if (!Array.isArray(headings) || !headings.every(isPlanHeading)) {
    throw new TypeError('rendered.metadata.planHeadings is missing or malformed (see src/loaders/plan-loader.ts)');
  }
  return headings;
}

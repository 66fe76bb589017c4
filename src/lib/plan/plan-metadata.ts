import type { PlanAnchor } from './plan-data.ts';

function isPlanAnchor(value: unknown): value is PlanAnchor {
  if (value === null || typeof value !== 'object') return false;
  const anchor = value as Record<string, unknown>;
  return typeof anchor['id'] === 'string' && typeof anchor['text'] === 'string' && typeof anchor['line'] === 'number';
}

/** The line of each front-matter target entry, as the plan loader stores it in `entry.rendered.metadata.entryLines`. */
export function entryLinesFromMetadata(metadata: Readonly<Record<string, unknown>> | undefined): number[] {
  const lines = metadata?.['entryLines'];
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'number')) {
    throw new TypeError('rendered.metadata.entryLines is missing or malformed (see src/loaders/plan-loader.ts)');
  }
  return lines;
}

/** The anchors the plan loader stores in `entry.rendered.metadata.anchors`. */
export function planAnchorsFromMetadata(metadata: Readonly<Record<string, unknown>> | undefined): PlanAnchor[] {
  const anchors = metadata?.['anchors'];
  if (!Array.isArray(anchors) || !anchors.every(isPlanAnchor)) {
    throw new TypeError('rendered.metadata.anchors is missing or malformed (see src/loaders/plan-loader.ts)');
  }
  return anchors;
}

import type { PlanFrontMatter } from '../../schema/plan.ts';
import { diffBlocks, type BlockChange } from './diff-blocks.ts';
import { planSnapshot, type PlanSnapshot } from './plan-snapshot.ts';
import type { FileHistory } from '../io/read-git-history.ts';
import { targetChanges, type TargetChange } from './target-changes.ts';

/** One published version of a plan. */
export interface PlanVersion {
  /** Version number. */
  version: number;
  /** Date of its change note. */
  date: string;
  /** Its change note (Chinese). */
  note: string;
  /** The last commit holding this version, or null where Git history is unavailable. */
  commit: string | null;
}

/** What changed from one version to the next. */
export interface VersionComparison {
  /** The older version. */
  from: number;
  /** The newer version. */
  to: number;
  /** Block-by-block text changes. */
  blocks: BlockChange[];
  /** Target-level changes. */
  targets: TargetChange[];
}

/** A plan's history: its versions (newest first) and the comparisons between consecutive committed versions. */
export interface PlanHistory {
  /** Whether Git history was read. */
  available: boolean;
  /** Why it was not, where it was not. */
  reason: string | null;
  /** Every version, newest first (from the change notes, paired with commits). */
  versions: PlanVersion[];
  /** Comparison of each committed version with the one before, newest first. */
  comparisons: VersionComparison[];
}

/**
 * Pairs each change note of the current file with the last commit holding that
 * version, and compares consecutive committed versions (each parsed with the
 * same parser as the current file).
 */
export function buildPlanHistory(current: PlanFrontMatter, history: FileHistory): PlanHistory {
  const byVersion = new Map<number, { commit: string; snapshot: PlanSnapshot }>();
  for (const committed of history.versions) {
    const snapshot = planSnapshot(committed.text);
    if (snapshot) byVersion.set(snapshot.data.version, { commit: committed.commit, snapshot });
  }
  const versions = current.changes.map((change) => ({
    version: change.version,
    date: change.date,
    note: change.note,
    commit: byVersion.get(change.version)?.commit ?? null,
  }));
  const committed = [...byVersion.entries()].sort(([a], [b]) => a - b);
  const comparisons: VersionComparison[] = [];
  for (let index = 1; index < committed.length; index++) {
    const [from, older] = committed[index - 1] ?? [];
    const [to, newer] = committed[index] ?? [];
    if (from === undefined || to === undefined || !older || !newer) continue;
    comparisons.push({
      from,
      to,
      blocks: diffBlocks(older.snapshot.blocks, newer.snapshot.blocks),
      targets: targetChanges(older.snapshot.data.indicators, newer.snapshot.data.indicators),
    });
  }
  return {
    available: history.available,
    reason: history.available ? null : history.reason,
    versions,
    comparisons: comparisons.reverse(),
  };
}

import type { TargetEntry } from '../../schema/target.ts';
import { formatTarget } from '../targets/format-target.ts';
import type { TargetChange } from './target-changes.ts';

/** A target-level change as one line for readers, e.g. `孕产妇死亡率 2030：≤10/10万 → ≤9.5/10万`. */
export interface TargetChangeRow {
  /** 新增 / 删除 / 修改. */
  kind: string;
  /** Indicator id. */
  indicator: string;
  /** Indicator name. */
  name: string;
  /** Target year. */
  year: number;
  /** The target before (or empty for an addition). */
  before: string;
  /** The target after (or empty for a removal). */
  after: string;
  /** Anchor of the item in the newer version (older for a removal). */
  target: string;
}

const KIND_NAMES = { added: '新增', removed: '删除', changed: '修改' } as const;

const show = (entry: TargetEntry | null): string => (entry ? formatTarget(entry) : '');

/** Rows of the target-level change table. */
export function targetChangeRows(
  changes: readonly TargetChange[],
  names: ReadonlyMap<string, string>,
): TargetChangeRow[] {
  return changes.map((change) => {
    const before = change.kind === 'added' ? null : change.before;
    const after = change.kind === 'removed' ? null : change.after;
    return {
      kind: KIND_NAMES[change.kind],
      indicator: change.indicator,
      name: names.get(change.indicator) ?? change.indicator,
      year: change.year,
      before: show(before),
      after: show(after),
      target: (after ?? before)?.target ?? '',
    };
  });
}

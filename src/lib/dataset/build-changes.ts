import type { PlanFrontMatter } from '../../schema/plan.ts';
import type { Comparator } from '../../schema/target.ts';
import type { PlanHistory } from '../history/plan-history.ts';
import { planPath, planVersionPath } from '../site/site-paths.ts';

/** One target-level change between two versions of a plan (a record of `changes.json`). */
export interface ChangeRecord {
  /** Stable id `<district>/<plan>/v<version>/<indicator>/<year>`. */
  id: string;
  district: string;
  plan: string;
  indicator: string;
  year: number;
  /** added, removed or changed. */
  change: 'added' | 'removed' | 'changed';
  from_version: number;
  to_version: number;
  /** Date of the newer version's change note. */
  date: string;
  /** Its change note. */
  note: string;
  /** Commit of the newer version. */
  commit: string | null;
  before_value: number | null;
  after_value: number | null;
  before_comparator: Comparator | null;
  after_comparator: Comparator | null;
  /** Unit of `before_value`. */
  before_unit: string | null;
  /** Unit of `after_value`. */
  after_unit: string | null;
  /** Kind of the target (`level` or `change`), of the newer version where it has one. */
  kind: 'level' | 'change';
  /** Anchor of the item in the newer version (or the older one for a removal). */
  target: string;
  /** Link to the item on the current plan page. */
  url: string;
  /** Link to the page comparing the two versions. */
  history_url: string;
}

/** Every target-level change of every plan, newest first, then by id. */
export function buildChangeRecords(
  plans: readonly { data: PlanFrontMatter; history: PlanHistory }[],
  base: string,
): ChangeRecord[] {
  const records: ChangeRecord[] = [];
  for (const { data, history } of plans) {
    for (const comparison of history.comparisons) {
      const version = history.versions.find((v) => v.version === comparison.to);
      for (const change of comparison.targets) {
        const before = change.kind === 'added' ? null : change.before;
        const after = change.kind === 'removed' ? null : change.after;
        const entry = after ?? before;
        if (!entry) continue;
        records.push({
          id: `${data.district}/${data.plan}/v${String(comparison.to)}/${change.indicator}/${String(change.year)}`,
          district: data.district,
          plan: data.plan,
          indicator: change.indicator,
          year: change.year,
          change: change.kind,
          from_version: comparison.from,
          to_version: comparison.to,
          date: version?.date ?? '',
          note: version?.note ?? '',
          commit: version?.commit ?? null,
          before_value: before?.value ?? null,
          after_value: after?.value ?? null,
          before_comparator: before?.comparator ?? null,
          after_comparator: after?.comparator ?? null,
          before_unit: before?.unit ?? null,
          after_unit: after?.unit ?? null,
          kind: entry.kind,
          target: entry.target,
          url: `${planPath(base, data.district, data.plan)}#${entry.target}`,
          history_url: planVersionPath(base, data.district, data.plan, comparison.to),
        });
      }
    }
  }
  return records.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}

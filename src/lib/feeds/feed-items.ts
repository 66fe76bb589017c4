import type { ChangeRecord } from '../dataset/build-changes.ts';
import { byCodePoint } from '../dataset/build-dataset.ts';
import type { DatasetPlan } from '../dataset/dataset-input.ts';
import { planHistoryPath, planVersionPath } from '../site/site-paths.ts';
import type { Comparator } from '../../schema/target.ts';
import { formatTarget } from '../targets/format-target.ts';

/** One item of an RSS feed. */
export interface FeedItem {
  /** Item title (Chinese). */
  title: string;
  /** Site path of the history page of the change. */
  link: string;
  /** What changed. */
  description: string;
  /** Date of the change. */
  pubDate: Date;
}

const byDateDescending = (a: FeedItem, b: FeedItem): number =>
  b.pubDate.getTime() - a.pubDate.getTime() || byCodePoint(a.link, b.link);

/**
 * One item per published version of each plan, newest first, linking to the
 * page comparing it with the version before (or to the history page for the
 * first version).
 */
export function planVersionItems(plans: readonly DatasetPlan[], base: string): FeedItem[] {
  const items = plans.flatMap(({ data, history }) => {
    const compared = new Set(history.comparisons.map((comparison) => comparison.to));
    return history.versions.map((version) => ({
      title: `${data.title} 第${String(version.version)}版`,
      link: compared.has(version.version)
        ? planVersionPath(base, data.district, data.plan, version.version)
        : planHistoryPath(base, data.district, data.plan),
      description: version.note,
      pubDate: new Date(`${version.date}T00:00:00Z`),
    }));
  });
  return items.sort(byDateDescending);
}

const CHANGE_NAMES = { added: '新增', removed: '删除', changed: '修改' } as const;

/** One item per target-level change of an indicator, newest first, linking to the version comparison page. */
export function targetChangeItems(
  changes: readonly ChangeRecord[],
  indicatorName: string,
  districtNames: ReadonlyMap<string, string>,
): FeedItem[] {
  const show = (
    value: number | null,
    comparator: Comparator | null,
    unit: string | null,
    kind: 'level' | 'change',
  ): string =>
    value === null || comparator === null || unit === null ? '无' : formatTarget({ value, comparator, unit, kind });
  return changes
    .map((change) => ({
      title: `${districtNames.get(change.district) ?? change.district} ${indicatorName} ${String(change.year)}年目标${CHANGE_NAMES[change.change]}`,
      link: change.history_url,
      description: `${show(change.before_value, change.before_comparator, change.before_unit, change.kind)} → ${show(change.after_value, change.after_comparator, change.after_unit, change.kind)}（第${String(change.to_version)}版：${change.note}）`,
      pubDate: new Date(`${change.date}T00:00:00Z`),
    }))
    .sort(byDateDescending);
}

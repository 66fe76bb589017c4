import type { ChangeRecord } from '../dataset/build-changes.ts';
import { byCodePoint } from '../dataset/build-dataset.ts';
import type { DatasetPlan } from '../dataset/dataset-input.ts';
import { planHistoryPath, planPath, planVersionPath } from '../site/site-paths.ts';
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

/** How many items feeds and "latest" lists keep (the newest), so none grows with the number of plans. */
export const LATEST_ITEM_LIMIT = 50;

/** One published version of a plan, for feeds and the home page's latest updates. */
export interface PlanUpdate {
  /** Plan title. */
  title: string;
  /** Site path of the plan's page. */
  planLink: string;
  /** Site path of the page comparing it with the version before (the history page for a first version). */
  link: string;
  /** Version number. */
  version: number;
  /** Its change note. */
  note: string;
  /** Date of the version, `YYYY-MM-DD`. */
  date: string;
}

/** Every published version of each plan, newest first (ties: by link). */
export function planUpdates(plans: readonly DatasetPlan[], base: string): PlanUpdate[] {
  const updates = plans.flatMap(({ data, history }) => {
    const compared = new Set(history.comparisons.map((comparison) => comparison.to));
    return history.versions.map((version): PlanUpdate => ({
      title: data.title,
      planLink: planPath(base, data.district, data.plan),
      link: compared.has(version.version)
        ? planVersionPath(base, data.district, data.plan, version.version)
        : planHistoryPath(base, data.district, data.plan),
      version: version.version,
      note: version.note,
      date: version.date,
    }));
  });
  return updates.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byCodePoint(a.link, b.link)));
}

/**
 * One item per published version of each plan, newest first, linking to the
 * page comparing it with the version before (or to the history page for the
 * first version).
 */
export function planVersionItems(plans: readonly DatasetPlan[], base: string): FeedItem[] {
  return planUpdates(plans, base).map((update) => ({
    title: `${update.title} 第${String(update.version)}版`,
    link: update.link,
    description: update.note,
    pubDate: new Date(`${update.date}T00:00:00Z`),
  }));
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

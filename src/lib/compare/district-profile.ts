/**
 * A jurisdiction's profile: for each indicator it targets, where its target
 * stands among the other jurisdictions' targets of the same year; and the
 * common indicators (targeted by at least half of the jurisdictions with such
 * a plan) for which it sets no target.
 */
import type { DotInput } from '../charts/dot-strip.ts';
import type { Indicator } from '../../schema/indicator.ts';
import type { Rank } from './ambition.ts';
import type { IndicatorView, TargetPoint } from './indicator-view.ts';
import { headlinePoints, pointText } from './summary.ts';

/** One indicator the jurisdiction targets. */
export interface ProfileRow {
  indicator: Indicator;
  /** Its targets, as text, e.g. `2030年 ≥95%`. */
  targets: string[];
  /** The compared year, or null where it has no absolute target. */
  year: number | null;
  /** Its rank that year, or null (no direction, alone, or only a change target). */
  rank: Rank | null;
  /** The same year's absolute targets of every jurisdiction, its own highlighted. */
  strip: DotInput[];
  /** The strip in words. */
  stripLabel: string;
}

/** A common indicator without a target here. */
export interface MissingIndicator {
  indicator: Indicator;
  /** How many jurisdictions target it. */
  count: number;
  /** Of how many with a plan of its group. */
  of: number;
}

/** The profile of `district`. */
export function districtProfile(
  district: string,
  views: readonly IndicatorView[],
): { rows: ProfileRow[]; missing: MissingIndicator[] } {
  const rows: ProfileRow[] = [];
  const missing: MissingIndicator[] = [];
  for (const view of views) {
    const status = view.districts.find((d) => d.district === district)?.status;
    if (status === 'no-target') {
      const eligible = view.districts.filter((d) => d.status !== 'no-plan').length;
      const count = view.districts.filter((d) => d.status === 'target').length;
      if (count * 2 >= eligible && count > 0) missing.push({ indicator: view.indicator, count, of: eligible });
      continue;
    }
    if (status !== 'target') continue;
    const own = view.targets.filter((t) => t.record.district === district);
    const panelOf = new Map(view.panels.flatMap((panel) => panel.points.map((point) => [point.record.id, panel])));
    const text = (point: TargetPoint): string => {
      const panel = panelOf.get(point.record.id);
      return `${String(point.record.year)}年${point.record.year_stated ? '' : '*'} ${
        panel ? pointText(point, panel.unit) : point.record.value_as_written
      }`;
    };
    const level = view.panels.find((panel) => panel.kind === 'level');
    const ownLevel = own.filter((point) => level?.points.includes(point));
    const headline = level ? headlinePoints(level).year : null;
    const chosen = ownLevel.find((point) => point.record.year === headline) ?? ownLevel.at(-1) ?? null;
    const year = chosen?.record.year ?? null;
    const peers = level && year !== null ? level.points.filter((point) => point.record.year === year) : [];
    rows.push({
      indicator: view.indicator,
      targets: own.map(text),
      year,
      rank: chosen ? (view.ranks.get(chosen.record.id) ?? null) : null,
      strip: peers.map((point) => ({
        district: point.record.district,
        value: point.value,
        highlight: point.record.district === district,
      })),
      stripLabel:
        level && year !== null
          ? `${String(year)}年各地目标（左低右高）：${peers
              .map((point) => `${point.record.district_name}${pointText(point, level.unit)}`)
              .join('，')}`
          : '',
    });
  }
  missing.sort((a, b) => b.count - a.count);
  return { rows, missing };
}

/**
 * A jurisdiction's profile: for each indicator it targets, where its target
 * stands among the other jurisdictions' targets of the same year; and the
 * common indicators (targeted by at least half of the jurisdictions with such
 * a plan) for which it sets no target. Up to PER_JURISDICTION_LIMIT
 * jurisdictions per indicator the profile lists every target of the year (a
 * dot strip); above it, the target's rank and percentile among jurisdictions
 * of the same level and the province and national medians (a quantile strip).
 */
import type { DotInput } from '../charts/dot-strip.ts';
import type { Indicator } from '../../schema/indicator.ts';
import type { Rank } from './ambition.ts';
import { standingOf, type IndicatorStats, type JurisdictionInfo, type Standing } from './indicator-stats.ts';
import type { TargetPoint } from './indicator-view.ts';
import { pointText } from './summary.ts';

/** One indicator the jurisdiction targets. */
export interface ProfileRow {
  indicator: Indicator;
  /** Its targets, as text, e.g. `2030年 ≥95%`. */
  targets: string[];
  /** The compared year, or null where it has no absolute target. */
  year: number | null;
  /** Its rank that year, or null (no direction, alone, or only a change target). */
  rank: Rank | null;
  /** Whether the indicator has few enough jurisdictions to show each one's target (the dot strip). */
  perJurisdiction: boolean;
  /** The same year's absolute targets of every jurisdiction, its own highlighted (empty above the limit). */
  strip: DotInput[];
  /** The strip in words. */
  stripLabel: string;
  /** Above the limit: where its target stands among the same level's (rank, percentile, medians), or null. */
  standing: Standing | null;
  /** Unit of the compared (absolute) targets, or null. */
  unit: string | null;
}

/** A common indicator without a target here. */
export interface MissingIndicator {
  indicator: Indicator;
  /** How many jurisdictions target it. */
  count: number;
  /** Of how many with a plan of its group. */
  of: number;
}

/** The profile of `district`, from every indicator's statistics (src/lib/compare/indicator-stats.ts). */
export function districtProfile(
  district: JurisdictionInfo,
  stats: readonly IndicatorStats[],
): { rows: ProfileRow[]; missing: MissingIndicator[] } {
  const rows: ProfileRow[] = [];
  const missing: MissingIndicator[] = [];
  // Only look-ups in the statistics' indexes: this runs once per district page.
  for (const item of stats) {
    const { view, indicator } = item;
    const status = item.status.get(district.slug) ?? 'no-plan';
    if (status === 'no-target') {
      const { targeting: count, eligible } = item;
      if (count * 2 >= eligible && count > 0) missing.push({ indicator, count, of: eligible });
      continue;
    }
    if (status !== 'target') continue;
    const own = item.targetsByDistrict.get(district.slug) ?? [];
    const text = (point: TargetPoint): string => {
      const panel = item.panelOf.get(point.record.id);
      return `${String(point.record.year)}年${point.record.year_stated ? '' : '*'} ${
        panel ? pointText(point, panel.unit) : point.record.value_as_written
      }`;
    };
    const level = view.panels.find((panel) => panel.kind === 'level');
    const ownLevel = own.filter((point) => item.panelOf.get(point.record.id)?.kind === 'level');
    const chosen = ownLevel.find((point) => point.record.year === item.headlineYear) ?? ownLevel.at(-1) ?? null;
    const year = chosen?.record.year ?? null;
    const peers =
      item.perJurisdiction && level && year !== null ? level.points.filter((point) => point.record.year === year) : [];
    rows.push({
      indicator,
      targets: own.map(text),
      year,
      rank: chosen ? (view.ranks.get(chosen.record.id) ?? null) : null,
      perJurisdiction: item.perJurisdiction,
      strip: peers.map((point) => ({
        district: point.record.district,
        value: point.value,
        highlight: point.record.district === district.slug,
      })),
      stripLabel:
        level && year !== null && peers.length > 0
          ? `${String(year)}年各地目标（左低右高）：${peers
              .map((point) => `${point.record.district_name}${pointText(point, level.unit)}`)
              .join('，')}`
          : '',
      standing: !item.perJurisdiction && chosen ? standingOf(item, chosen, district) : null,
      unit: item.unit,
    });
  }
  missing.sort((a, b) => b.count - a.count);
  return { rows, missing };
}

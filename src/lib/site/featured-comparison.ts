/**
 * The home page's featured comparison: today's per-jurisdiction chart while few
 * jurisdictions target the indicator, otherwise only a sentence of counts and a
 * link to the indicator page (whose views stay fixed-size), so the home page
 * never grows with the number of jurisdictions.
 */
import type { IndicatorView } from '../compare/indicator-view.ts';
import { PER_JURISDICTION_LIMIT } from '../compare/scale-threshold.ts';
import { summarySentence } from '../compare/summary.ts';
import { PLAN_KIND_SHORT_LABELS } from './plan-labels.ts';

/** How the home page shows the featured indicator. */
export interface FeaturedComparison {
  /** Draw the chart of every jurisdiction's target (at most `PER_JURISDICTION_LIMIT` jurisdictions). */
  chart: boolean;
  /** The one-line summary; above the limit it names no jurisdiction. */
  sentence: string;
}

/** The featured comparison of `view`. */
export function featuredComparison(view: IndicatorView): FeaturedComparison {
  const targeting = view.districts.filter((district) => district.status === 'target').length;
  if (targeting <= PER_JURISDICTION_LIMIT) return { chart: true, sentence: summarySentence(view) };
  const eligible = view.districts.filter((district) => district.status !== 'no-plan').length;
  const group = PLAN_KIND_SHORT_LABELS[view.indicator.group];
  return {
    chart: false,
    sentence: `${String(eligible)}个有${group}规划的地区中，${String(targeting)}个设定了${view.indicator.name}的量化目标；各地目标的分布、各省中位数以及最积极和最保守的地区见指标页。`,
  };
}

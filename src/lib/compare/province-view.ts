/**
 * An indicator's comparison restricted to the jurisdictions of one province:
 * the per-province indicator page lists these targets in full. Ranks stay the
 * national ones (a target's place among every jurisdiction's of that year).
 */
import { indicatorCaveats } from './comparability.ts';
import type { IndicatorView } from './indicator-view.ts';
import { PER_JURISDICTION_LIMIT } from './scale-threshold.ts';

/** `view` with only the jurisdictions in `districts` (slugs). */
export function provinceView(view: IndicatorView, districts: ReadonlySet<string>): IndicatorView {
  const inside = <T extends { record: { district: string } }>(list: readonly T[]): T[] =>
    list.filter((point) => districts.has(point.record.district));
  const targets = inside(view.targets);
  const panels = view.panels
    .map((panel) => ({ ...panel, points: inside(panel.points) }))
    .filter((panel) => panel.points.length > 0);
  return {
    indicator: view.indicator,
    districts: view.districts.filter((district) => districts.has(district.district)),
    targets,
    panels,
    excluded: inside(view.excluded),
    years: [...new Set(targets.map((point) => point.record.year))].sort((a, b) => a - b),
    caveats: indicatorCaveats(targets, view.indicator.unit),
    ranks: view.ranks,
  };
}

/**
 * `view` as the per-jurisdiction chart and table show it: every jurisdiction
 * (those without a target say so) while there are at most
 * PER_JURISDICTION_LIMIT, else only those with a target, so that an indicator
 * few jurisdictions target does not list every jurisdiction of the country.
 */
export function perJurisdictionView(view: IndicatorView): IndicatorView {
  if (view.districts.length <= PER_JURISDICTION_LIMIT) return view;
  return provinceView(view, new Set(view.districts.filter((d) => d.status === 'target').map((d) => d.district)));
}

/**
 * An indicator's comparison restricted to the jurisdictions of one province:
 * the per-province indicator page lists these targets in full. Ranks stay the
 * national ones (a target's place among every jurisdiction's of that year).
 */
import { indicatorCaveats } from './comparability.ts';
import type { IndicatorView } from './indicator-view.ts';

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

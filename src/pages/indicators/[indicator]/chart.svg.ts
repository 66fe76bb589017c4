import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg, distributionChartSvg } from '../../../lib/charts/chart-svg.ts';
import { perJurisdictionView } from '../../../lib/compare/province-view.ts';
import { chartOfView, compareData } from '../../../loaders/compare-data.ts';
import { distributionOfStats, indicatorStatsData } from '../../../loaders/indicator-stats-data.ts';

// The SVG is made when it is written, not in getStaticPaths: Astro keeps every route's props until
// all pages are written.
export const getStaticPaths = (async () => {
  const base = import.meta.env.BASE_URL;
  const { views } = await compareData(base);
  const { stats } = await indicatorStatsData(base);
  return [...views.values()].flatMap((view) => {
    const own = stats.get(view.indicator.id);
    // The chart the page shows: each jurisdiction's target up to the limit, the distribution above it.
    const distribution = own && !own.perJurisdiction ? distributionOfStats(own, base) : null;
    const svg = distribution
      ? (): string => distributionChartSvg(distribution.chart)
      : own?.perJurisdiction === false
        ? null
        : (): string => chartSvg(chartOfView(perJurisdictionView(view), base));
    return svg === null ? [] : [{ params: { indicator: view.indicator.id }, props: { svg } }];
  });
}) satisfies GetStaticPaths;

// The chart of the indicator page as a standalone SVG file (the same markup as the inline chart).
export const GET: APIRoute<{ svg: () => string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg()}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });

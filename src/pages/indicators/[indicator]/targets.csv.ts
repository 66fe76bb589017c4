import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRows, indicatorRowsCsv } from '../../../lib/compare/indicator-rows.ts';
import type { IndicatorView } from '../../../lib/compare/indicator-view.ts';
import { compareData } from '../../../loaders/compare-data.ts';

// The file is made when it is written, not in getStaticPaths: Astro keeps every route's props until
// all pages are written.
export const getStaticPaths = (async () => {
  const { views } = await compareData(import.meta.env.BASE_URL);
  return [...views.values()].map((view) => ({ params: { indicator: view.indicator.id }, props: { view } }));
}) satisfies GetStaticPaths;

// This indicator's targets as CSV (the dataset's columns plus how the page compares them).
export const GET: APIRoute<{ view: IndicatorView }> = ({ props }) =>
  new Response(indicatorRowsCsv(indicatorRows(props.view)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

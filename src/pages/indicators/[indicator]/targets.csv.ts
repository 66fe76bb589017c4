import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRows, indicatorRowsCsv } from '../../../lib/compare/indicator-rows.ts';
import { compareData } from '../../../loaders/compare-data.ts';

export const getStaticPaths = (async () => {
  const { views } = await compareData(import.meta.env.BASE_URL);
  return [...views.values()].map((view) => ({
    params: { indicator: view.indicator.id },
    props: { content: indicatorRowsCsv(indicatorRows(view)) },
  }));
}) satisfies GetStaticPaths;

// This indicator's targets as CSV (the dataset's columns plus how the page compares them).
export const GET: APIRoute<{ content: string }> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

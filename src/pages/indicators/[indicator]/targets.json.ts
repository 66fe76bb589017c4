import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRows } from '../../../lib/compare/indicator-rows.ts';
import { compareData } from '../../../loaders/compare-data.ts';

export const getStaticPaths = (async () => {
  const { views } = await compareData(import.meta.env.BASE_URL);
  return [...views.values()].map((view) => ({
    params: { indicator: view.indicator.id },
    props: { content: `${JSON.stringify(indicatorRows(view), null, 2)}\n` },
  }));
}) satisfies GetStaticPaths;

// This indicator's targets as JSON (the same rows as targets.csv).
export const GET: APIRoute<{ content: string }> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg } from '../../../lib/charts/chart-svg.ts';
import { chartOfView, compareData } from '../../../loaders/compare-data.ts';

export const getStaticPaths = (async () => {
  const base = import.meta.env.BASE_URL;
  const { views } = await compareData(base);
  return [...views.values()].map((view) => ({
    params: { indicator: view.indicator.id },
    props: {
      content: `<?xml version="1.0" encoding="UTF-8"?>\n${chartSvg(chartOfView(view, base))}\n`,
    },
  }));
}) satisfies GetStaticPaths;

// The chart of the indicator page as a standalone SVG file (the same markup as the inline chart).
export const GET: APIRoute<{ content: string }> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'image/svg+xml' } });

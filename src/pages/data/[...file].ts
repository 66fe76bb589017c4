import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFileSources, type DatasetFileSource } from '../../lib/dataset/build-dataset.ts';
import { compareData } from '../../loaders/compare-data.ts';

// Every build writes the dataset files under /data/, some in folders (the same bytes as `npm run data`).
// Astro keeps every route's props until all pages are written, so the props hold how to make a file,
// not its content: each file is made when it is written and dropped after (the whole set is several
// copies of every target's quote).
export const getStaticPaths = (async () => {
  const { input, records } = await compareData(import.meta.env.BASE_URL);
  return datasetFileSources(input, import.meta.env.SITE, records).map((file) => ({
    params: { file: file.name },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DatasetFileSource }> = ({ props }) =>
  new Response(props.file.content(), { headers: { 'Content-Type': props.file.type } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDataset, type DatasetFile } from '../../lib/dataset/build-dataset.ts';
import { datasetInputFromCollections } from '../../loaders/collections.ts';

// Every build writes the dataset files under /data/, some in folders (the same bytes as `npm run data`).
export const getStaticPaths = (async () => {
  const files = buildDataset(await datasetInputFromCollections(import.meta.env.BASE_URL), import.meta.env.SITE);
  return files.map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DatasetFile }> = ({ props }) =>
  new Response(props.file.content, { headers: { 'Content-Type': props.file.type } });

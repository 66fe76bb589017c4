import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../../../src/lib/io/static-server.ts';
import type { SearchPageData } from '../../../src/lib/search/index-parts.ts';
import { runCommand } from './fixture-site.ts';
import { startPreviewSite, type PreviewSite } from './preview-server.ts';
import { SITE_ROOT } from './site-content.ts';

/** The folders of the search index's parts after the first, as the built site in `dist` lists them. */
export function searchIndexParts(dist: string): string[] {
  return (JSON.parse(readFileSync(join(dist, 'pagefind', 'query-data.json'), 'utf8')) as SearchPageData).parts;
}

/** The built site, served as it is, with its search index's parts. */
export async function startBuiltSearchSite(): Promise<PartedSearchSite> {
  return { ...(await startPreviewSite()), parts: searchIndexParts(join(SITE_ROOT, 'dist')) };
}

/** A served copy of the built site whose search index is in parts. */
export interface PartedSearchSite extends PreviewSite {
  /** The folders of the parts after the first, as `query-data.json` lists them. */
  parts: string[];
}

/**
 * Copies the built site, writes its search index again in parts of at most
 * `maxPlans` plans (`PLAN_ATLAS_SEARCH_PART_PLANS`, `src/lib/search/index-parts.ts`)
 * and serves the copy on 127.0.0.1. The real site fits one part, so this is how
 * the browser tests search an index merged from several, as a national site's is.
 */
export async function startPartedSearchSite(maxPlans: number): Promise<PartedSearchSite> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-parted-search-'));
  const dist = join(dir, 'dist');
  cpSync(join(SITE_ROOT, 'dist'), dist, { recursive: true });
  const { status, output } = runCommand(
    SITE_ROOT,
    [process.execPath, '--experimental-strip-types', join(SITE_ROOT, 'scripts', 'build-search-index.ts')],
    { PLAN_ATLAS_OUT_DIR: dist, PLAN_ATLAS_SEARCH_PART_PLANS: String(maxPlans) },
  );
  if (status !== 0) throw new Error(`the search index in parts could not be built:\n${output}`);
  const parts = searchIndexParts(dist);
  const server = await serveDirectory(dist);
  return {
    origin: server.origin,
    url: (path) => `${server.origin}/${path.replace(/^\/+/, '')}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    parts,
  };
}

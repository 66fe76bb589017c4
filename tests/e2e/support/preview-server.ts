import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { SITE_ROOT } from './site-content.ts';

/** The built site served over HTTP on 127.0.0.1. */
export interface PreviewSite {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** The absolute URL of a site path such as `/plans/fuxin-xihe/women/` (the configured base is added). */
  url: (path: string) => string;
  /** Stops the server. */
  stop: () => Promise<void>;
}

/**
 * Serves the built `dist/` of the site with Astro's own static preview server,
 * on 127.0.0.1 and a free port chosen by the system.
 * @throws {Error} when there is no build yet.
 */
export async function startPreviewSite(): Promise<PreviewSite> {
  if (!existsSync(join(SITE_ROOT, 'dist', 'index.html'))) {
    throw new Error(`${join(SITE_ROOT, 'dist')} has no built site: run npm run build before the browser tests.`);
  }
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const server = await preview({ root: SITE_ROOT, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const origin = `http://127.0.0.1:${String(server.port)}`;
  const base = (process.env['PLAN_ATLAS_BASE'] ?? '/').replace(/\/+$/, '');
  return {
    origin,
    url: (path) => `${origin}${base}/${path.replace(/^\/+/, '')}`,
    stop: () => server.stop(),
  };
}

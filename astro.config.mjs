// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroCacheDir } from './src/lib/io/search-input.ts';
import { isListedInSitemap } from './src/lib/site/sitemap-filter.ts';

// Plan Atlas builds a fully static site. Plans are rendered by our own
// unified pipeline (src/lib/plan/) through a custom content loader, so Astro's
// own Markdown processing is not used for content.
//
// Deployment is set by environment variables at build time:
//   PLAN_ATLAS_SITE     public origin, e.g. https://www.example.gov.cn
//   PLAN_ATLAS_BASE     base path the site is served under, e.g. /guihua/ (default /)
//   PLAN_ATLAS_OUT_DIR  where to write the site (default ./dist)
// and the content it is built from by PLAN_ATLAS_CONTENT_DIR (default: this folder), which then also
// holds the build cache, so builds of different content never share Astro's content store.
export default defineConfig({
  site: process.env['PLAN_ATLAS_SITE'] ?? 'https://plan-atlas.example.org',
  base: process.env['PLAN_ATLAS_BASE'] ?? '/',
  outDir: process.env['PLAN_ATLAS_OUT_DIR'] ?? './dist',
  // The index script (the search input) and the plan page (each plan's HTML) find the loader's files through it.
  cacheDir: astroCacheDir(process.cwd()),
  trailingSlash: 'always',
  // No inline <style> or <script> from Astro: the Content-Security-Policy of
  // deploy/nginx.conf allows scripts and styles from the site's own files only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // The content store as many small files: one file (the default) holds every plan's rendered
  // HTML, ~1.6 GB for a national corpus, more than one JavaScript string can hold.
  experimental: { collectionStorage: 'chunked' },
  integrations: [sitemap({ filter: isListedInSitemap })],
});

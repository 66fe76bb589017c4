// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Plan Atlas builds a fully static site. Plans are rendered by our own
// unified pipeline (src/lib/plan/) through a custom content loader, so Astro's
// own Markdown processing is not used for content.
//
// Deployment is set by environment variables at build time:
//   PLAN_ATLAS_SITE     public origin, e.g. https://www.example.gov.cn
//   PLAN_ATLAS_BASE     base path the site is served under, e.g. /guihua/ (default /)
//   PLAN_ATLAS_OUT_DIR  where to write the site (default ./dist)
export default defineConfig({
  site: process.env['PLAN_ATLAS_SITE'] ?? 'https://plan-atlas.example.org',
  base: process.env['PLAN_ATLAS_BASE'] ?? '/',
  outDir: process.env['PLAN_ATLAS_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // No inline <style> or <script> from Astro: the Content-Security-Policy of
  // deploy/nginx.conf allows scripts and styles from the site's own files only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});

// @ts-check
import { defineConfig } from 'astro/config';

// Plan Atlas builds a fully static site. Plans are rendered by our own
// unified pipeline (src/lib/plan/) through a custom content loader, so Astro's
// own Markdown processing is not used for content.
export default defineConfig({
  site: process.env['PLAN_ATLAS_SITE'] ?? 'https://plan-atlas.example.org',
  base: process.env['PLAN_ATLAS_BASE'] ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});

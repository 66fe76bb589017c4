import { districtsIndexPath } from './site-paths.ts';

/**
 * Whether a page belongs in the sitemap (`@astrojs/sitemap`'s `filter`, given
 * the page's full URL): every page except those that only send the reader on
 * (the old jurisdiction list, /districts/, which forwards to /regions/ and is
 * marked noindex).
 */
export function isListedInSitemap(page: string): boolean {
  return !new URL(page).pathname.endsWith(districtsIndexPath('/'));
}

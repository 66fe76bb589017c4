import rss from '@astrojs/rss';
import { LATEST_ITEM_LIMIT, type FeedItem } from './feed-items.ts';

/**
 * An RSS 2.0 response for a feed of Plan Atlas (Chinese; item links resolved
 * against the site URL), keeping the first `LATEST_ITEM_LIMIT` items (callers
 * pass them newest first).
 */
export function feedResponse(options: { title: string; description: string; site: URL; items: readonly FeedItem[] }) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    items: options.items.slice(0, LATEST_ITEM_LIMIT).map((item) => ({ ...item })),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}

import rss from '@astrojs/rss';
import type { FeedItem } from './feed-items.ts';

/** An RSS 2.0 response for a feed of Plan Atlas (Chinese; item links resolved against the site URL). */
export function feedResponse(options: { title: string; description: string; site: URL; items: readonly FeedItem[] }) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    items: options.items.map((item) => ({ ...item })),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}

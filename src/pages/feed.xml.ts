import type { APIRoute } from 'astro';
import { LATEST_ITEM_LIMIT, planVersionItems } from '../lib/feeds/feed-items.ts';
import { feedResponse } from '../lib/feeds/feed-response.ts';
import { feedData, siteUrl } from '../loaders/feeds.ts';

// The whole site's feed: the newest published versions of all plans (feedResponse keeps LATEST_ITEM_LIMIT).
export const GET: APIRoute = async (context) => {
  const { input } = await feedData();
  return feedResponse({
    title: '规划图谱：规划更新',
    description: `各地妇女、儿童发展规划在规划图谱上最近的${String(LATEST_ITEM_LIMIT)}次发布与修订`,
    site: siteUrl(context),
    items: planVersionItems(input.plans, input.base),
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { targetChangeItems } from '../../../lib/feeds/feed-items.ts';
import { feedResponse } from '../../../lib/feeds/feed-response.ts';
import { feedData, siteUrl } from '../../../loaders/feeds.ts';

export const getStaticPaths = (async () =>
  (await getCollection('indicators')).map((entry) => ({
    params: { indicator: entry.id },
    props: { name: entry.data.name },
  }))) satisfies GetStaticPaths;

/** How many changes an indicator's feed keeps. */
const FEED_ITEMS = 50;

// One indicator's feed: every change to any jurisdiction's target for it.
export const GET: APIRoute<{ name: string }> = async (context) => {
  const { input, changes } = await feedData();
  const names = new Map(input.districts.map((district) => [district.slug, district.name]));
  return feedResponse({
    title: `${context.props.name}：各地目标的变化`,
    description: `各地规划中${context.props.name}目标的每一次新增、修改和删除`,
    site: siteUrl(context),
    // The newest items only (the list is newest first): a feed must not grow with the country.
    items: targetChangeItems(
      changes.filter((change) => change.indicator === context.params['indicator']),
      context.props.name,
      names,
    ).slice(0, FEED_ITEMS),
  });
};

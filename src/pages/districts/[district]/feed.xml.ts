import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { planVersionItems } from '../../../lib/feeds/feed-items.ts';
import { feedResponse } from '../../../lib/feeds/feed-response.ts';
import { feedData, siteUrl } from '../../../loaders/feeds.ts';

export const getStaticPaths = (async () =>
  (await getCollection('districts')).map((entry) => ({
    params: { district: entry.id },
    props: { name: entry.data.name },
  }))) satisfies GetStaticPaths;

// One jurisdiction's feed: the versions of its plans.
export const GET: APIRoute<{ name: string }> = async (context) => {
  const { input } = await feedData();
  const plans = input.plans.filter((plan) => plan.data.district === context.params['district']);
  return feedResponse({
    title: `${context.props.name}规划：更新`,
    description: `${context.props.name}的妇女、儿童发展规划在规划图谱上的每一次发布与修订`,
    site: siteUrl(context),
    items: planVersionItems(plans, input.base),
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { planVersionItems } from '../../../../lib/feeds/feed-items.ts';
import { feedResponse } from '../../../../lib/feeds/feed-response.ts';
import { feedData, siteUrl } from '../../../../loaders/feeds.ts';

export const getStaticPaths = (async () =>
  (await getCollection('plans')).map((entry) => ({
    params: { district: entry.data.district, plan: entry.data.plan },
  }))) satisfies GetStaticPaths;

// One plan's feed: its published versions.
export const GET: APIRoute = async (context) => {
  const { input } = await feedData();
  const plans = input.plans.filter(
    (plan) => plan.data.district === context.params['district'] && plan.data.plan === context.params['plan'],
  );
  const title = plans[0]?.data.title ?? '规划';
  return feedResponse({
    title: `${title}：更新`,
    description: `${title}在规划图谱上的每一次发布与修订`,
    site: siteUrl(context),
    items: planVersionItems(plans, input.base),
  });
};

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { DatasetPlan } from '../../../src/lib/dataset/dataset-input.ts';
import { LATEST_ITEM_LIMIT, planUpdates, planVersionItems, type FeedItem } from '../../../src/lib/feeds/feed-items.ts';
import { feedResponse } from '../../../src/lib/feeds/feed-response.ts';
import { planFrontMatter } from '../site/plan-fixtures.ts';

/** A plan of `district` with `versions` published on consecutive days from `firstDay`, v2 onwards compared with Git. */
function datasetPlan(district: string, versions: number, firstDay = 1): DatasetPlan {
  const dates = Array.from({ length: versions }, (_, index) => `2026-01-${String(firstDay + index).padStart(2, '0')}`);
  const changes = dates
    .map((date, index) => ({ date, version: index + 1, note: `第${String(index + 1)}次` }))
    .reverse();
  return {
    data: planFrontMatter({ district, version: versions, updated: dates.at(-1), changes }),
    anchors: [],
    history: {
      available: true,
      reason: null,
      versions: changes.map((change) => ({ ...change, commit: null })),
      comparisons: changes
        .filter((change) => change.version > 1)
        .map((change) => ({ from: change.version - 1, to: change.version, blocks: [], targets: [] })),
    },
    file: `content/plans/${district}/women.md`,
    entryLines: [],
  };
}

describe('planUpdates', () => {
  it('lists every version newest first, linking the plan and the version comparison', () => {
    const updates = planUpdates([datasetPlan('lishui', 1, 5), datasetPlan('fuxin-xihe', 3)], '/');
    expect(updates.map((u) => [u.date, u.planLink, u.link, u.version])).toEqual([
      ['2026-01-05', '/plans/lishui/women/', '/plans/lishui/women/history/', 1],
      ['2026-01-03', '/plans/fuxin-xihe/women/', '/plans/fuxin-xihe/women/history/v3/', 3],
      ['2026-01-02', '/plans/fuxin-xihe/women/', '/plans/fuxin-xihe/women/history/v2/', 2],
      ['2026-01-01', '/plans/fuxin-xihe/women/', '/plans/fuxin-xihe/women/history/', 1],
    ]);
    expect(planVersionItems([datasetPlan('lishui', 1, 5)], '/')[0]).toMatchObject({
      title: '细河区妇女发展规划（2021—2030年） 第1版',
      link: '/plans/lishui/women/history/',
      description: '第1次',
    });
  });
});

describe('feedResponse', () => {
  it(`keeps the newest ${String(LATEST_ITEM_LIMIT)} items`, async () => {
    const items: FeedItem[] = Array.from({ length: LATEST_ITEM_LIMIT + 7 }, (_, index) => ({
      title: `item ${String(index)}`,
      link: `/item/${String(index)}/`,
      description: '',
      pubDate: new Date(Date.UTC(2026, 0, 1) - index * 86_400_000),
    }));
    const response = await feedResponse({ title: 't', description: 'd', site: new URL('https://example.org/'), items });
    const parsed = new XMLParser({ isArray: (name) => name === 'item' }).parse(await response.text()) as {
      rss: { channel: { item: { title: string }[] } };
    };
    const titles = parsed.rss.channel.item.map((item) => item.title);
    expect(titles).toHaveLength(LATEST_ITEM_LIMIT);
    expect(titles[0]).toBe('item 0');
    expect(titles.at(-1)).toBe(`item ${String(LATEST_ITEM_LIMIT - 1)}`);
  });
});

import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { startBuiltSearchSite, startPartedSearchSite } from './support/parted-search-site.ts';
import { indexParts } from '../../src/lib/search/index-parts.ts';
import { planIndexInputs } from '../../src/lib/search/plan-records.ts';
import { searchFor } from './support/search.ts';
import { QUERIES } from './support/search-query-table.ts';
import { SITE_ROOT } from './support/site-content.ts';

/** Plan passages shown before 显示更多结果 (one page of results). */
const FIRST_RESULTS = 20;

/** A query that finds nothing, even with the fallbacks. */
const NO_RESULTS_QUERY = '火星殖民';

const content = loadContent(SITE_ROOT);

/** The parser's text of every anchor, by `district/plan#anchor`. */
const anchorTexts = new Map(
  content.plans.flatMap((plan) =>
    plan.data === null
      ? []
      : plan.body.anchors.map((anchor) => [
          `${plan.data?.district ?? ''}/${plan.data?.plan ?? ''}#${anchor.id}`,
          anchor.text,
        ]),
  ),
);

/** Plans per index part for the copy searched in parts: the real site's largest province holds more. */
const PART_PLANS = 2;

describe('search: the query table', () => {
  it('has at least 25 queries, and the expected passages exist', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    for (const { query, expected, match } of QUERIES) {
      for (const key of expected) {
        const text = anchorTexts.get(key);
        expect(text, `${query}: ${key} is no anchor`).toBeDefined();
        if (match === 'literal') expect(text?.replace(/\s+/gu, ''), key).toContain(query.replace(/\s+/gu, ''));
      }
    }
  });
});

/** Plans per province of the real content, as the index script counts them. */
const plansByProvince = new Map<string, number>();
for (const input of planIndexInputs(content))
  plansByProvince.set(input.province, (plansByProvince.get(input.province) ?? 0) + 1);

describe.each([
  ['one index (the built site)', startBuiltSearchSite, 1],
  [
    `an index in parts of ≤ ${String(PART_PLANS)} plans, merged in the browser`,
    () => startPartedSearchSite(PART_PLANS),
    indexParts(plansByProvince, PART_PLANS).length,
  ],
] as const)('search: a table of real queries, %s', (_, start, parts) => {
  const session = useBrowserSession({}, start);

  it(`is searched in ${String(parts)} part(s)`, () => {
    expect(session().site.parts.length + 1).toBe(parts);
  });

  it.each(QUERIES.map((entry) => [entry.query, entry] as const))(
    '%s finds the expected passages among the first results',
    async (query, entry) => {
      const { site, page } = session();
      // What the page logged, for the message of a failure (a search that loses its results).
      const logged: string[] = [];
      const log = (message: ConsoleMessage): void => {
        if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
      };
      page.on('console', log);
      const shown = await searchFor(page, site, { q: query }).finally(() => page.off('console', log));
      expect(shown.empty, shown.status).toBe(false);
      // Plan passages come one page at a time (indicator pages, where built, are shown above them).
      const passages = shown.results.filter((result) => result.path.startsWith('/plans/'));
      const first = passages.slice(0, FIRST_RESULTS).map((result) => result.key);
      const missing = entry.expected.filter((key) => !first.includes(key));
      expect(
        missing,
        `${query} (${entry.why}); status: ${shown.status}; first results: ${first.join(' ')}; ` +
          `shown: ${shown.results.map((result) => result.key).join(' ')}; logged: ${logged.join(' | ')}`,
      ).toEqual([]);
      // Every result links to its anchor and highlights what was searched; matches are marked.
      for (const result of passages) {
        expect(result.hash).toMatch(/^#[a-z0-9-]+$/);
        expect(result.highlight.length).toBeGreaterThan(0);
      }
      expect(shown.results.some((result) => result.marked.length > 0)).toBe(true);
    },
  );

  it('孕产妇死亡率 finds results in all four women’s plans, and only there', async () => {
    const { site, page } = session();
    const shown = await searchFor(page, site, { q: '孕产妇死亡率' });
    const plans = new Set(shown.results.filter((result) => result.path.startsWith('/plans/')).map((r) => r.path));
    expect([...plans].sort()).toEqual([
      '/plans/fuxin-xihe/women/',
      '/plans/lishui/women/',
      '/plans/qingyuan-qingcheng/women/',
      '/plans/tianjin-wuqing/women/',
    ]);
    const hit = shown.results.find((result) => result.key === 'lishui/women#health-t2-1');
    expect(hit?.marked).toEqual(['孕产妇死亡率']);
  });

  it(`${NO_RESULTS_QUERY} shows a helpful empty state`, async () => {
    const { site, page } = session();
    const shown = await searchFor(page, site, { q: NO_RESULTS_QUERY });
    expect(shown.results).toEqual([]);
    expect(shown.empty).toBe(true);
    const text = await page.locator('.search-empty').innerText();
    expect(text).toContain(`没有找到包含“${NO_RESULTS_QUERY}”的规划条文`);
    expect(text).toContain('托育');
    const browse = page.locator('.search-empty a', { hasText: '按地区浏览各项规划' });
    expect(new URL(await browse.evaluate((link) => (link as HTMLAnchorElement).href)).pathname).toBe(
      new URL(site.url('/districts/')).pathname,
    );
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LATEST_ITEM_LIMIT } from '../../src/lib/feeds/feed-items.ts';
import { NORMALISATION_RULES } from '../../src/lib/import/normalisation-rules.ts';
import { provinceByCode } from '../../src/lib/regions/provinces.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

const plans = readPlansUnderTest();
const districts = readDistrictsUnderTest();

/** URL paths of the links in the page's main content. */
async function linkPaths(page: Page): Promise<string[]> {
  return page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).pathname));
}

describe('home, regions, district and about pages', () => {
  const session = useBrowserSession();

  /** A site path as the browser sees it (with the configured base). */
  const pathOf = (path: string): string => new URL(session().site.url(path)).pathname;

  it('the home page links to every province page and, in its latest updates, to every plan', async () => {
    const { site, page } = session();
    const response = await page.goto(site.url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const links = await linkPaths(page);
    for (const district of districts) {
      const province = provinceByCode(district.province_code);
      expect(links).toContain(pathOf(`/regions/${province?.slug ?? ''}/`));
    }
    // The latest updates keep the newest LATEST_ITEM_LIMIT versions; the real plans have fewer, so all are there.
    const updates = page.locator('ol.latest-updates > li');
    const count = await updates.count();
    expect(count).toBeGreaterThanOrEqual(plans.length);
    expect(count).toBeLessThanOrEqual(LATEST_ITEM_LIMIT);
    const updateLinks = await page
      .locator('ol.latest-updates a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    for (const plan of plans) expect(updateLinks).toContain(pathOf(plan.path));
    const dates = await page
      .locator('ol.latest-updates time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('the regions index and the province pages link to every district and every plan', async () => {
    const { site, page } = session();
    await page.goto(site.url('/regions/'));
    const provincePages = (await linkPaths(page)).filter((path) => /\/regions\/[a-z]+\/$/u.test(path));
    const links: string[] = [];
    for (const path of new Set(provincePages)) {
      await page.goto(new URL(path, site.origin).href);
      links.push(...(await linkPaths(page)));
    }
    for (const district of districts) expect(links).toContain(pathOf(`/districts/${district.slug}/`));
    for (const plan of plans) expect(links).toContain(pathOf(plan.path));
  });

  it.each(districts.map((district) => [district.slug, district] as const))(
    'the district page of %s names it and links to exactly its plans',
    async (slug, district) => {
      const { site, page } = session();
      const response = await page.goto(site.url(`/districts/${slug}/`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(district.full_name);
      const ownPlans = plans.filter((plan) => plan.district === slug);
      const planLinks = (await linkPaths(page)).filter((path) => path.startsWith(pathOf('/plans/')));
      expect(planLinks.sort()).toEqual(ownPlans.map((plan) => pathOf(plan.path)).sort());
      for (const plan of ownPlans) {
        expect(await page.getByRole('link', { name: plan.title, exact: true }).count()).toBe(1);
      }
    },
  );

  it('the about page lists the normalisation rules and links to the regions index', async () => {
    const { site, page } = session();
    await page.goto(site.url('/about/'));
    const text = await page.locator('main').innerText();
    expect(await page.locator('table.normalisation-rules tbody tr').count()).toBe(NORMALISATION_RULES.length);
    for (const rule of NORMALISATION_RULES) expect(text).toContain(rule.description_zh);
    expect(await linkPaths(page)).toContain(pathOf('/regions/'));
  });

  it.each(plans.map((plan) => [plan.path, plan] as const))(
    'the source link of %s leads to its source file on its district page',
    async (_path, plan) => {
      const { site, page } = session();
      await page.goto(site.url(plan.path));
      const source = page.locator('.plan-metadata a', { hasText: plan.sourceFile });
      const href = await source.evaluate((link) => (link as HTMLAnchorElement).href);
      expect(new URL(href).pathname).toBe(pathOf(`/districts/${plan.district}/`));
      await page.goto(href);
      const entry = page.locator(`[id="${new URL(href).hash.slice(1)}"]`);
      expect(await entry.textContent()).toBe(plan.sourceFile);
      const list = await page.locator('.district-sources').innerText();
      expect(list).toContain(plan.title);
    },
  );

  it('an unknown address gets the 404 page', async () => {
    const { site, page } = session();
    const response = await page.goto(site.url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NORMALISATION_RULES } from '../../src/lib/import/normalisation-rules.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

const plans = readPlansUnderTest();
const districts = readDistrictsUnderTest();

/** URL paths of the links in the page's main content. */
async function linkPaths(page: Page): Promise<string[]> {
  return page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('home, district and about pages', () => {
  const session = useBrowserSession();

  /** A site path as the browser sees it (with the configured base). */
  const pathOf = (path: string): string => new URL(session().site.url(path)).pathname;

  it('the home page links to every district and every plan', async () => {
    const { site, page } = session();
    const response = await page.goto(site.url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const links = await linkPaths(page);
    for (const district of districts) expect(links).toContain(pathOf(`/districts/${district.slug}/`));
    for (const plan of plans) expect(links).toContain(pathOf(plan.path));
  });

  it('the districts index links to every district and every plan', async () => {
    const { site, page } = session();
    await page.goto(site.url('/districts/'));
    const links = await linkPaths(page);
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

  it('the about page lists every source file and the normalisation rules', async () => {
    const { site, page } = session();
    await page.goto(site.url('/about/'));
    const text = await page.locator('main').innerText();
    for (const file of new Set(plans.map((plan) => plan.sourceFile))) expect(text).toContain(file);
    expect(await page.locator('table.normalisation-rules tbody tr').count()).toBe(NORMALISATION_RULES.length);
    for (const rule of NORMALISATION_RULES) expect(text).toContain(rule.description_zh);
  });

  it('an unknown address gets the 404 page', async () => {
    const { site, page } = session();
    const response = await page.goto(site.url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
  });
});

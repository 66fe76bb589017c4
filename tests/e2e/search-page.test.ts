import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { recordRequests } from './support/chromium.ts';
import { searchFor, shownSearch, waitForSearch, type ShownResult, type ShownSearch } from './support/search.ts';
import { SITE_ROOT } from './support/site-content.ts';
import { loadContent } from '../../src/lib/io/load-content.ts';

/** `district/plan#anchor` of every passage that carries a quantitative target (front matter `indicators`). */
const QUANTITATIVE = new Set(
  loadContent(SITE_ROOT).plans.flatMap(({ data }) =>
    data === null ? [] : data.indicators.map((entry) => `${data.district}/${data.plan}#${entry.target}`),
  ),
);

/** Requests for JavaScript among `urls`. */
function scripts(urls: readonly string[]): string[] {
  return urls.filter((url) => new URL(url).pathname.endsWith('.js'));
}

async function axeViolations(page: Page): Promise<{ rule: string; targets: string[] }[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

/** Clicks a filter checkbox by its label and waits for the new search. */
async function toggleFilter(page: Page, legend: string, label: string): Promise<void> {
  const before = page.url();
  await page.locator('fieldset', { hasText: legend }).getByRole('checkbox', { name: label, exact: true }).click();
  await page.waitForURL((url) => url.href !== before);
  await waitForSearch(page);
}

describe('search page', () => {
  const session = useBrowserSession({ viewport: { width: 1024, height: 768 } });

  /** A site path as the browser sees it (with the configured base). */
  const pathOf = (path: string): string => new URL(session().site.url(path)).pathname;

  it('a search from the header box of a plan page reaches the results; a click lands on the highlighted target', async () => {
    const { site, page } = session();
    // A plain visit of a plan page loads no JavaScript.
    const visit = await recordRequests(page, () => page.goto(site.url('/plans/fuxin-xihe/children/')));
    expect(scripts(visit)).toEqual([]);

    // Using the header box loads the search code (on the search page).
    const search = await recordRequests(page, async () => {
      await page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox').fill('托位');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === pathOf('/search/'));
      await waitForSearch(page);
    });
    expect(scripts(search).map((url) => new URL(url).pathname)).toContain(pathOf('/pagefind/pagefind.js'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('托位');
    expect(await page.locator('#search-query').inputValue()).toBe('托位');

    const shown = await shownSearch(page, site);
    const result = shown.results.find((candidate) => candidate.key === 'fuxin-xihe/children#welfare-t4');
    expect(result?.marked).toContain('托位');
    await page
      .locator(`[data-result] a[href*="${pathOf('/plans/fuxin-xihe/children/')}?"][href$="#welfare-t4"]`)
      .click();
    await page.waitForURL((url) => url.pathname === pathOf('/plans/fuxin-xihe/children/'));
    expect(new URL(page.url()).hash).toBe('#welfare-t4');
    expect(new URL(page.url()).searchParams.getAll('pagefind-highlight')).toContain('托位');

    await page.waitForSelector('#welfare-t4 mark.search-hit');
    const landing = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const box = target?.getBoundingClientRect();
      const marks = [...(target?.querySelectorAll('mark.search-hit') ?? [])];
      return {
        id: target?.id ?? null,
        inViewport: box !== undefined && box.top >= 0 && box.top < window.innerHeight,
        marked: [...new Set(marks.map((mark) => mark.textContent))],
        markColour: marks[0] ? getComputedStyle(marks[0]).backgroundColor : null,
        outsideArticle: document.querySelectorAll('mark.search-hit:not(article *)').length,
      };
    });
    expect(landing).toEqual({
      id: 'welfare-t4',
      inViewport: true,
      marked: ['托位'],
      markColour: 'rgb(255, 213, 79)',
      outsideArticle: 0,
    });
  });

  it('keeps the query and filters in the URL; checkboxes filter; the back button returns', async () => {
    const { site, page } = session();
    const all = await searchFor(page, site, { q: '托育' });
    expect(all.results.some((result) => result.path.includes('/women/'))).toBe(true);

    await toggleFilter(page, '规划', '儿童');
    expect(new URL(page.url()).searchParams.getAll('group')).toEqual(['children']);
    const children = await shownSearch(page, site);
    expect(children.results.length).toBeGreaterThan(0);
    expect(children.results.every((result) => result.path.includes('/children/'))).toBe(true);

    await toggleFilter(page, '目标条目', '有量化指标');
    const quantitative = await shownSearch(page, site);
    expect(quantitative.results.map((result) => result.key).sort()).toEqual(
      expect.arrayContaining(['anshan-tiexi/children#welfare-t4', 'fuxin-xihe/children#welfare-t4']),
    );
    // Only passages that the plans' front matter records a quantitative target for.
    expect(quantitative.results.filter((result) => !QUANTITATIVE.has(result.key))).toEqual([]);

    await page.goBack();
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.getAll('quantitative')).toEqual([]);
    expect(await page.getByRole('checkbox', { name: '有量化指标' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: '儿童', exact: true }).isChecked()).toBe(true);
    expect((await shownSearch(page, site)).results.length).toBe(children.results.length);

    await page.goBack();
    await waitForSearch(page);
    expect(await page.getByRole('checkbox', { name: '儿童', exact: true }).isChecked()).toBe(false);
    expect((await shownSearch(page, site)).results.length).toBe(all.results.length);
  });

  it('a shared URL restores the search: query, jurisdiction and section', async () => {
    const { site, page } = session();
    const shown = await searchFor(page, site, [
      ['q', '健康'],
      ['jurisdiction', 'lishui'],
      ['section', 'targets'],
    ]);
    expect(await page.locator('#search-query').inputValue()).toBe('健康');
    expect(await page.getByRole('checkbox', { name: '丽水市' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '主要目标' }).isChecked()).toBe(true);
    expect(shown.results.length).toBeGreaterThan(0);
    expect(shown.results.every((result) => /^lishui\/(women|children)#[a-z-]+-t\d+(-\d+)*$/.test(result.key))).toBe(
      true,
    );
    // Results are grouped by plan, each group headed by the plan's title and jurisdiction.
    const headings = await page.locator('.search-group h2').allInnerTexts();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings)
      expect(heading).toMatch(/^丽水市(妇女|儿童)发展“十四五”规划\s+丽水市 · (妇女|儿童)$/);
  });

  it('a filter that leaves nothing offers to clear the filters', async () => {
    const { site, page } = session();
    const shown = await searchFor(page, site, { q: '宫颈癌', group: 'children' });
    expect(shown.empty).toBe(true);
    const clear = page.locator('.search-empty a', { hasText: '取消全部筛选' });
    await clear.click();
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.getAll('group')).toEqual([]);
    expect((await shownSearch(page, site)).results.length).toBeGreaterThan(0);
  });

  it('offers the indicator comparison page first where it was built', async () => {
    const { site, page } = session();
    const built = existsSync(join(SITE_ROOT, 'dist', 'indicators', 'maternal-mortality', 'index.html'));
    const shown = await searchFor(page, site, { q: '孕产妇死亡率' });
    expect(shown.results[0]?.path.startsWith('/indicators/')).toBe(built);
    if (built) expect(shown.results[0]?.path).toBe('/indicators/maternal-mortality/');
    expect(await page.locator('.search-group--indicators').count()).toBe(built ? 1 : 0);
  });

  it('has no axe violations: empty, with results, and with no results', async () => {
    const { site, page } = session();
    await page.goto(site.url('/search/'));
    await waitForSearch(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('请输入');
    expect(await axeViolations(page)).toEqual([]);
    await searchFor(page, site, { q: '托育', group: 'children' });
    expect(await axeViolations(page)).toEqual([]);
    await searchFor(page, site, { q: '火星殖民' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('loads more results on request', async () => {
    const { site, page } = session();
    const passages = (shown: ShownSearch): ShownResult[] =>
      shown.results.filter((result) => result.path.startsWith('/plans/'));
    expect(passages(await searchFor(page, site, { q: '健康' })).length).toBe(20);
    await page.getByRole('button', { name: /显示更多结果/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-plan-groups [data-result]').length > 20);
    expect(passages(await shownSearch(page, site)).length).toBe(40);
  });
});

describe('search without JavaScript', () => {
  const session = useBrowserSession({ javaScriptEnabled: false });

  it('the header box submits to /search/, which says search needs JavaScript and links to the plans', async () => {
    const { site, page } = session();
    await page.goto(site.url('/plans/lishui/women/'));
    await page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox').fill('托育');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(site.url('/search/')).pathname);
    expect(new URL(page.url()).searchParams.get('q')).toBe('托育');
    const message = page.locator('[data-search-nojs]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('搜索功能需要浏览器启用 JavaScript');
    const link = message.getByRole('link', { name: '按地区浏览各项规划' });
    expect(new URL(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).pathname).toBe(
      new URL(site.url('/districts/')).pathname,
    );
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
  });
});

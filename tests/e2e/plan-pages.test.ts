import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { recordRequests } from './support/chromium.ts';
import { readPlansUnderTest } from './support/site-content.ts';

const plans = readPlansUnderTest();

describe('plan pages', () => {
  const session = useBrowserSession({ viewport: { width: 1024, height: 768 } });

  it('finds plans to test', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans.map((plan) => [plan.path, plan] as const))(
    '%s: title, table of contents and item anchors',
    async (_path, plan) => {
      const { site, page } = session();
      const requests = await recordRequests(page, async () => {
        const response = await page.goto(site.url(plan.path));
        expect(response?.status()).toBe(200);
      });
      expect(await page.locator('h1').textContent()).toBe(plan.title);
      expect(await page.title()).toContain(plan.title);
      // A plain visit loads no JavaScript: the page's only script is the tiny
      // inline loader of the search highlighter, which fetches nothing unless
      // the URL carries ?pagefind-highlight (a click on a search result).
      expect(requests.filter((url) => new URL(url).pathname.endsWith('.js'))).toEqual([]);
      const scripts = await page
        .locator('script')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ src: node.getAttribute('src'), length: node.textContent.length })),
        );
      expect(scripts.filter((script) => script.src !== null)).toEqual([]);
      expect(scripts.reduce((sum, script) => sum + script.length, 0)).toBeLessThan(1024);

      // Every table-of-contents link leads to an element of the page.
      const tocTargets = await page.locator('nav.toc a').evaluateAll((links) =>
        links.map((link) => {
          const id = decodeURIComponent((link as HTMLAnchorElement).hash.slice(1));
          return { id, found: document.getElementById(id) !== null };
        }),
      );
      expect(tocTargets.length).toBeGreaterThan(0);
      expect(tocTargets.filter((target) => !target.found)).toEqual([]);

      // Landing on an item anchor makes the item the :target, highlighted and scrolled into view.
      const itemId = plan.anchors.includes('health-t2')
        ? 'health-t2'
        : await page.locator('article li[id]').first().getAttribute('id');
      expect(itemId).toBeTruthy();
      await page.goto(site.url(`${plan.path}#${String(itemId)}`));
      const landing = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          id: target?.id ?? null,
          tag: target?.tagName ?? null,
          inViewport: box !== undefined && box.top >= 0 && box.top < window.innerHeight,
          highlighted: target ? getComputedStyle(target).backgroundColor !== 'rgba(0, 0, 0, 0)' : false,
        };
      });
      expect(landing).toEqual({ id: itemId, tag: 'LI', inViewport: true, highlighted: true });
    },
  );

  it('a visible skip link is the first thing keyboard users reach', async () => {
    const { site, page } = session();
    const plan = plans[0];
    if (!plan) throw new Error('no plans');
    await page.goto(site.url(plan.path));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLAnchorElement)) return null;
      const box = element.getBoundingClientRect();
      return {
        href: element.getAttribute('href'),
        onScreen: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight,
        outlined: getComputedStyle(element).outlineStyle !== 'none',
      };
    });
    expect(focused).toEqual({ href: '#main', onScreen: true, outlined: true });
  });

  it('prints without the site chrome and anchor links, in black', async () => {
    const { site, page } = session();
    const plan = plans[0];
    if (!plan) throw new Error('no plans');
    await page.goto(site.url(plan.path));
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await page.evaluate(() => {
        const shown = (selector: string): boolean =>
          [...document.querySelectorAll(selector)].some((element) => element.checkVisibility());
        return {
          header: shown('.site-header'),
          anchors: shown('.anchor'),
          article: shown('article'),
          color: getComputedStyle(document.querySelector('article') ?? document.body).color,
        };
      });
      expect(printed).toEqual({ header: false, anchors: false, article: true, color: 'rgb(0, 0, 0)' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

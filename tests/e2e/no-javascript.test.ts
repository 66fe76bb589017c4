import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { readPlansUnderTest } from './support/site-content.ts';

const plans = readPlansUnderTest();

describe('plan pages with JavaScript disabled', () => {
  const session = useBrowserSession({ javaScriptEnabled: false });

  it.each(plans.map((plan) => [plan.path, plan] as const))(
    '%s shows the full text and the table of contents',
    async (_path, plan) => {
      const { site, page } = session();
      const response = await page.goto(site.url(plan.path));
      expect(response?.status()).toBe(200);

      expect(await page.locator('nav.toc').isVisible()).toBe(true);
      expect(await page.locator('nav.toc a[href^="#"]').count()).toBeGreaterThan(0);

      // Every anchored heading, item and paragraph of the plan file is in the article, visible and not empty.
      expect(plan.anchors.length).toBeGreaterThan(0);
      const missing = await page.evaluate(
        (ids) =>
          ids.filter((id) => {
            const element = document.getElementById(id);
            return !element?.closest('article') || !element.checkVisibility() || element.textContent.trim() === '';
          }),
        plan.anchors,
      );
      expect(missing).toEqual([]);
    },
  );
});

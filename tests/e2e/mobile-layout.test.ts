import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { allPagePaths } from './support/site-content.ts';

/** A small phone screen. */
const VIEWPORT = { width: 360, height: 740 };

describe(`layout at ${String(VIEWPORT.width)}×${String(VIEWPORT.height)}`, () => {
  const session = useBrowserSession({ viewport: VIEWPORT });

  it.each([...allPagePaths(), '/no-such-page/'])('%s has no horizontal overflow', async (path) => {
    const { site, page } = session();
    await page.goto(site.url(path));
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(scrollWidth).toBeLessThanOrEqual(VIEWPORT.width);
  });
});

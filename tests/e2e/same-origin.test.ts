import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { recordRequests } from './support/chromium.ts';
import { allPagePaths } from './support/site-content.ts';

describe('requests', () => {
  const session = useBrowserSession();

  it.each([...allPagePaths(), '/no-such-page/'])('%s loads nothing from other origins', async (path) => {
    const { site, page } = session();
    const requests = await recordRequests(page, () => page.goto(site.url(path), { waitUntil: 'load' }));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import type { PreviewSite } from './preview-server.ts';

/** One result as the search page shows it. */
export interface ShownResult {
  /** `district/plan#anchor` for a plan passage, or the site path of another page (e.g. `/indicators/x/`). */
  key: string;
  /** Site path of the link, without the base (e.g. `/plans/lishui/women/`). */
  path: string;
  /** The `#anchor` of the link, or ''. */
  hash: string;
  /** The `pagefind-highlight` values of the link. */
  highlight: string[];
  /** The result's title. */
  title: string;
  /** The matched words marked in its excerpt. */
  marked: string[];
}

/** What a search showed. */
export interface ShownSearch {
  /** The status line, e.g. 找到 7 条结果. */
  status: string;
  /** Every result, in the order shown (grouped by plan). */
  results: ShownResult[];
  /** True when the empty state is shown. */
  empty: boolean;
}

/** Waits until the search page has finished its current search. */
export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForSelector('[data-search][aria-busy="false"]', { timeout: 30_000 });
}

/** The results the search page shows now (site paths without the base of `site`). */
export async function shownSearch(page: Page, site: PreviewSite): Promise<ShownSearch> {
  const base = new URL(site.url('/')).pathname;
  const raw = await page.locator('[data-search-output] [data-result]').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a');
      return {
        href: link?.href ?? '',
        title: link?.textContent ?? '',
        marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
      };
    }),
  );
  const results = raw.map(({ href, title, marked }) => {
    const url = new URL(href);
    const path = `/${url.pathname.slice(base.length)}`;
    const plan = /^\/plans\/([^/]+)\/([^/]+)\/$/.exec(path);
    return {
      key: plan ? `${plan[1] ?? ''}/${plan[2] ?? ''}${url.hash}` : path,
      path,
      hash: url.hash,
      highlight: url.searchParams.getAll('pagefind-highlight'),
      title,
      marked,
    };
  });
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    results,
    empty: (await page.locator('[data-search-output] .search-empty').count()) > 0,
  };
}

/** Opens `/search/?…` with `params` and returns what the search showed. */
export async function searchFor(
  page: Page,
  site: PreviewSite,
  params: Record<string, string> | string[][],
): Promise<ShownSearch> {
  await page.goto(site.url(`/search/?${new URLSearchParams(params).toString()}`));
  await waitForSearch(page);
  return shownSearch(page, site);
}

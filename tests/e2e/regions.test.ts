import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceByCode } from '../../src/lib/regions/provinces.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

const plans = readPlansUnderTest();
const districts = readDistrictsUnderTest();

/** Per province code: the jurisdictions with plans and the plans, counted from the content under test. */
const expected = new Map(
  PROVINCES.map((province) => {
    const own = districts.filter((district) => district.province_code === province.code);
    const ownPlans = plans.filter((plan) => own.some((district) => district.slug === plan.district));
    const withPlans = own.filter((district) => ownPlans.some((plan) => plan.district === district.slug));
    return [province.code, { districts: withPlans, plans: ownPlans }] as const;
  }),
);

function slugOf(code: string): string {
  const province = provinceByCode(code);
  if (!province) throw new Error(`no province ${code}`);
  return province.slug;
}

/** URL paths of the links in the element matched by `selector`. */
async function linkPaths(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} a[href]`)
    .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).pathname));
}

/** The breadcrumb's steps: label and link path (null for the current page). */
async function breadcrumb(page: Page): Promise<[string, string | null][]> {
  return page.locator('nav.breadcrumb li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a');
      return [item.textContent.trim(), link ? new URL(link.href).pathname + new URL(link.href).hash : null];
    }),
  );
}

describe('regions pages', () => {
  const session = useBrowserSession();
  const pathOf = (path: string): string => new URL(session().site.url(path)).pathname;

  it('the regions index counts each province’s jurisdictions and plans', async () => {
    const { site, page } = session();
    const response = await page.goto(site.url('/regions/'));
    expect(response?.status()).toBe(200);
    const rows = await page.locator('table.region-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-province') ?? '',
        href: new URL(tr.querySelector('a')?.href ?? 'http://x/').pathname,
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
      })),
    );
    expect(rows.map((row) => row.code)).toEqual(PROVINCES.map((province) => province.code));
    for (const row of rows) {
      const counts = expected.get(row.code);
      expect(row.href).toBe(pathOf(`/regions/${slugOf(row.code)}/`));
      expect(row.cells.slice(0, 2), row.code).toEqual([String(counts?.districts.length), String(counts?.plans.length)]);
    }
    const text = await page.locator('main').innerText();
    const withPlans = [...expected.values()].filter((counts) => counts.plans.length > 0).length;
    expect(text).toContain(`本站收录${String(withPlans)}个省级行政区的`);
  });

  it.each(['/', '/regions/'])(
    'the map of %s links every tile to its province page and matches its table',
    async (path) => {
      const { site, page } = session();
      await page.goto(site.url(path));
      const tiles = await page.locator('svg.tile-map a.tile').evaluateAll((links) =>
        links.map((link) => ({
          code: link.getAttribute('data-province') ?? '',
          href: link.getAttribute('href') ?? '',
          value: link.querySelectorAll('text')[1]?.textContent ?? '',
        })),
      );
      expect(tiles.map((tile) => tile.code).sort()).toEqual(PROVINCES.map((province) => province.code).sort());
      const table = await page
        .locator('table.tile-map-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            new URL(tr.querySelector('a')?.href ?? 'http://x/').pathname,
            tr.querySelector('td')?.textContent,
          ]),
        );
      expect(table).toHaveLength(PROVINCES.length);
      for (const tile of tiles) {
        expect(tile.href).toBe(pathOf(`/regions/${slugOf(tile.code)}/`));
        expect(tile.value).toBe(String(expected.get(tile.code)?.districts.length));
        expect(table).toContainEqual([tile.href, tile.value]);
        const target = await page.request.get(new URL(tile.href, site.origin).href);
        expect(target.status(), tile.href).toBe(200);
      }
    },
  );

  it.each([...new Set(districts.map((district) => district.province_code))])(
    'the province page of %s lists its jurisdictions with plans, grouped by city, and their plans',
    async (code) => {
      const { site, page } = session();
      const response = await page.goto(site.url(`/regions/${slugOf(code)}/`));
      expect(response?.status()).toBe(200);
      const counts = expected.get(code);
      const links = await linkPaths(page, 'main');
      for (const district of counts?.districts ?? []) {
        expect(links).toContain(pathOf(`/districts/${district.slug}/`));
        const group = page.locator(`section.region-group:has(li[data-district="${district.slug}"]) h2`);
        const heading = (await group.textContent()) ?? '';
        // Counties under a prefecture-level city are grouped under the city, others under the province.
        expect(heading).toContain(district.level === '县级' ? (district.city ?? district.province) : district.name);
      }
      for (const plan of counts?.plans ?? []) expect(links).toContain(pathOf(plan.path));
      const listed = await page.locator('li[data-district]').count();
      expect(listed).toBe(counts?.districts.length);
    },
  );

  it('a province without plans has a page that says so', async () => {
    const { site, page } = session();
    const empty = PROVINCES.find((province) => expected.get(province.code)?.plans.length === 0);
    if (!empty) throw new Error('every province has plans: pick another check');
    const response = await page.goto(site.url(`/regions/${empty.slug}/`));
    expect(response?.status()).toBe(200);
    expect(await page.locator('main').innerText()).toContain('尚未收录');
    expect(await page.locator('li[data-district]').count()).toBe(0);
  });

  it('district and plan pages have a province › city › district breadcrumb whose links lead somewhere', async () => {
    const { site, page } = session();
    const county = districts.find((district) => district.level === '县级' && district.city !== null);
    const plan = plans.find((candidate) => candidate.district === county?.slug);
    if (!county?.city || !plan) throw new Error('no county with a city and a plan under test');
    const province = pathOf(`/regions/${slugOf(county.province_code)}/`);
    await page.goto(site.url(`/districts/${county.slug}/`));
    const trail = await breadcrumb(page);
    expect(trail.map(([label]) => label)).toEqual(['首页', '地区', county.province, county.city, county.name]);
    expect(trail.slice(1, 3).map(([, href]) => href)).toEqual([pathOf('/regions/'), province]);
    expect(trail.at(-1)?.[1]).toBeNull();
    const cityHref = trail[3]?.[1] ?? '';
    expect(cityHref.startsWith(`${province}#`)).toBe(true);
    await page.goto(new URL(cityHref, site.origin).href);
    const cityGroup = page.locator(`[id="${cityHref.split('#')[1] ?? ''}"]`);
    expect(await cityGroup.textContent()).toContain(county.city);

    await page.goto(site.url(plan.path));
    const planTrail = await breadcrumb(page);
    expect(planTrail.map(([label]) => label).slice(0, 5)).toEqual([
      '首页',
      '地区',
      county.province,
      county.city,
      county.name,
    ]);
    expect(planTrail[4]?.[1]).toBe(pathOf(`/districts/${county.slug}/`));
    expect(planTrail).toHaveLength(6);
    expect(planTrail.at(-1)?.[1]).toBeNull();
  });

  it('a district page shows where it is: its province highlighted on the map', async () => {
    const { site, page } = session();
    const district = districts[0];
    if (!district) throw new Error('no district under test');
    await page.goto(site.url(`/districts/${district.slug}/`));
    const highlighted = await page
      .locator('.district-locator svg.tile-map a.tile')
      .evaluateAll((tiles) =>
        tiles
          .filter((tile) => tile.querySelector('rect')?.getAttribute('stroke-width') === '3')
          .map((tile) => tile.getAttribute('data-province')),
      );
    expect(highlighted).toEqual([district.province_code]);
    expect(await page.locator('.district-locator figcaption').innerText()).toContain(district.province);
  });
});

describe('the old districts index without JavaScript', () => {
  const session = useBrowserSession({ javaScriptEnabled: false });

  it('/districts/ sends the reader to the regions index', async () => {
    const { site, page } = session();
    await page.goto(site.url('/districts/'));
    await page.waitForURL((url) => url.pathname === new URL(site.url('/regions/')).pathname);
    expect(await page.locator('h1').textContent()).toBe('地区');
  });
});

import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/lib/compare/anchors.ts';
import { PROVINCES } from '../../src/lib/regions/provinces.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { builtJson, builtPage, startTags } from './support/built-site.ts';
import { readDistrictsUnderTest } from './support/site-content.ts';

interface Record_ {
  id: string;
  district: string;
  indicator: string;
}

const records = builtJson('/data/targets.json') as Record_[];
const indicators = builtJson('/data/indicators.json') as { id: string }[];
const districts = readDistrictsUnderTest();
const provinceOf = new Map(districts.map((d) => [d.slug, PROVINCES.find((p) => p.code === d.province_code)]));
const base = (process.env['PLAN_ATLAS_BASE'] ?? '/').replace(/\/+$/, '');
/** A site path without the base path. */
const unbased = (href: string): string => (href.startsWith(`${base}/`) ? href.slice(base.length) : href);

/** The provinces whose jurisdictions target `indicator`, by slug, with those records. */
function provincesTargeting(indicator: string): Map<string, Record_[]> {
  const byProvince = new Map<string, Record_[]>();
  for (const record of records.filter((r) => r.indicator === indicator)) {
    const slug = provinceOf.get(record.district)?.slug;
    if (slug === undefined) throw new Error(`${record.district} has no province`);
    byProvince.set(slug, [...(byProvince.get(slug) ?? []), record]);
  }
  return byProvince;
}

const targeted = indicators.filter((indicator) => records.some((r) => r.indicator === indicator.id));
/** The indicator targeted in the most provinces, and one of its province pages, for the browser tests. */
const widest = [...targeted].sort((a, b) => provincesTargeting(b.id).size - provincesTargeting(a.id).size)[0];
const widestProvince = [...provincesTargeting(widest?.id ?? '').keys()][0] ?? '';
const provincePage = `/indicators/${widest?.id ?? ''}/${widestProvince}/`;

describe('indicator pages by province', () => {
  it('has indicators targeted in more than one province', () => {
    expect(provincesTargeting(widest?.id ?? '').size).toBeGreaterThan(1);
  });

  it('every indicator page maps and tables the provinces with targets, linking to their pages', () => {
    for (const { id } of targeted) {
      const html = builtPage(`/indicators/${id}/`);
      const expected = [...provincesTargeting(id).keys()].sort();
      const rows = startTags(html, 'tr data-province="[^"]+"').map((row) => row['data-province']);
      expect(rows.sort()).toEqual(expected);
      const tiles = startTags(html, 'a class="tile"').map((tile) => unbased(tile['href'] ?? ''));
      expect(tiles.sort()).toEqual(expected.map((slug) => `/indicators/${id}/${slug}/`).sort());
      expect(html).toContain('role="group"');
    }
  });

  it("each province page of an indicator lists that province's targets in full, and only those", () => {
    for (const { id } of targeted) {
      for (const [province, own] of provincesTargeting(id)) {
        const html = builtPage(`/indicators/${id}/${province}/`);
        const rows = startTags(html, 'tr data-district="[^"]+" data-status="target" data-id="[^"]+"');
        expect(rows.map((row) => row['data-id']).sort()).toEqual(own.map((r) => r.id).sort());
        for (const record of own) expect(html).toContain(`id="${quoteAnchor(record.id)}"`);
        for (const row of startTags(html, 'tr data-district="[^"]+"')) {
          expect(provinceOf.get(row['data-district'] ?? '')?.slug).toBe(province);
        }
      }
    }
  });

  it('keeps the per-jurisdiction dot strips on district pages of the nine plans', () => {
    for (const district of districts) {
      const html = builtPage(`/districts/${district.slug}/`);
      if (!html.includes('class="profile-table"')) continue;
      expect(html, district.slug).toContain('class="dot-strip"');
      expect(html, district.slug).not.toContain('class="quantile-strip"');
    }
  });
});

describe('indicator province pages in the browser', () => {
  const plain = useBrowserSession({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  it('shows the chart, the quotes and the data table without JavaScript at 360 px', async () => {
    const { site, page } = plain();
    const response = await page.goto(site.url(provincePage));
    expect(response?.status()).toBe(200);
    expect(await page.locator('svg.chart[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('.quote-list > li').count()).toBe(
      provincesTargeting(widest?.id ?? '').get(widestProvince)?.length,
    );
    expect(await page.locator('table.compare-table').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('shows the province map on the indicator page without JavaScript, its tiles linking to the province pages', async () => {
    const { site, page } = plain();
    await page.goto(site.url(`/indicators/${widest?.id ?? ''}/`));
    const tile = page.locator(`svg.tile-map a.tile[href$="/${widestProvince}/"]`);
    expect(await tile.isVisible()).toBe(true);
    await tile.click();
    expect(new URL(page.url()).pathname).toBe(`${base}${provincePage}`);
    expect(await page.locator('h1').textContent()).toContain('各地目标');
  });
});

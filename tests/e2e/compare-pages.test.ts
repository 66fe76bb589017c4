import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { isConvertible } from '../../src/lib/targets/units.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { builtJson, builtPage, shippedJavaScriptGzip, startTags } from './support/built-site.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

interface Record_ {
  id: string;
  district: string;
  indicator: string;
  year: number;
  value: number;
  unit: string;
  kind: string;
  quote: string;
}
interface Indicator_ {
  id: string;
  unit: string;
}

const records = builtJson('/data/targets.json') as Record_[];
const indicators = builtJson('/data/indicators.json') as Indicator_[];
const districts = readDistrictsUnderTest();
const charted = (record: Record_, indicator: Indicator_): boolean =>
  record.kind === 'change' || isConvertible(record.unit, indicator.unit);
/** An indicator targeted by several jurisdictions, for the browser tests. */
const busiest = [...indicators].sort(
  (a, b) =>
    new Set(records.filter((r) => r.indicator === b.id).map((r) => r.district)).size -
    new Set(records.filter((r) => r.indicator === a.id).map((r) => r.district)).size,
)[0];
const indicatorPage = `/indicators/${busiest?.id ?? ''}/`;

describe('built comparison pages', () => {
  it.each(indicators.map((indicator) => [indicator.id, indicator] as const))(
    '/indicators/%s/ has a mark for each of its targets in targets.json',
    (id, indicator) => {
      const html = builtPage(`/indicators/${id}/`);
      const marks = startTags(html, 'g class="chart-mark"').map((m) => ({
        id: m['data-id'],
        district: m['data-district'],
        year: Number(m['data-year']),
        value: Number(m['data-value']),
      }));
      const expected = records
        .filter((r) => r.indicator === id && charted(r, indicator))
        .map((r) => ({ id: r.id, district: r.district, year: r.year, value: r.value }));
      const byId = (a: { id: string | undefined }, b: { id: string | undefined }): number =>
        (a.id ?? '') < (b.id ?? '') ? -1 : 1;
      expect(marks.sort(byId)).toEqual(expected.sort(byId));
      // Every jurisdiction is in the data table: with its targets, or saying it has none.
      for (const district of districts) expect(html).toContain(`data-district="${district.slug}"`);
      expect(html).toContain('role="img"');
    },
  );

  it('/compare/ shows every (jurisdiction, indicator) pair with a value or "no target"', () => {
    const html = builtPage('/compare/');
    const rows = html.split('<tr data-indicator="').slice(1);
    expect(rows.map((row) => row.slice(0, row.indexOf('"'))).sort()).toEqual(indicators.map((i) => i.id).sort());
    for (const row of rows) {
      const id = row.slice(0, row.indexOf('"'));
      const cells = row.split('<td ').slice(1);
      expect(cells, id).toHaveLength(districts.length);
      districts.forEach((district, index) => {
        const cell = cells[index] ?? '';
        expect(cell).toContain(`data-district="${district.slug}"`);
        const targets = records.filter((r) => r.indicator === id && r.district === district.slug);
        if (targets.length === 0) expect(cell, `${id} ${district.slug}`).toMatch(/未设目标|未收录该规划/u);
        else for (const target of targets) expect(cell).toContain(`data-id="${target.id}"`);
      });
    }
  });

  it('ships at most 20 KB of JavaScript (gzip) on a plan page and an indicator page', () => {
    const plan = readPlansUnderTest()[0];
    for (const path of [plan?.path ?? '/', indicatorPage]) {
      expect(shippedJavaScriptGzip(path), path).toBeLessThanOrEqual(20 * 1024);
    }
  });

  it('offers the per-indicator downloads', () => {
    const html = builtPage(indicatorPage);
    for (const file of ['targets.csv', 'targets.json', 'chart.svg'])
      expect(html).toContain(`${busiest?.id ?? ''}/${file}`);
    const rows = builtJson(`${indicatorPage}targets.json`) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(
      records
        .filter((r) => r.indicator === busiest?.id)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('comparison pages with JavaScript disabled', () => {
  const session = useBrowserSession({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  it('shows the chart, its title and description, and the data table at 360 px', async () => {
    const { site, page } = session();
    await page.goto(site.url(indicatorPage));
    const chart = page.locator('svg.chart[role="img"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('title').textContent()).toBeTruthy();
    expect(await chart.locator('desc').textContent()).toBeTruthy();
    expect(await page.locator('table.compare-table').isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('shows the whole matrix', async () => {
    const { site, page } = session();
    await page.goto(site.url('/compare/'));
    expect(await page.locator('table.matrix').first().isVisible()).toBe(true);
    expect(await page.locator('td[data-district]').count()).toBe(indicators.length * districts.length);
  });
});

describe('comparison pages with JavaScript', () => {
  const session = useBrowserSession();

  it('shows the quote in a tooltip when a mark is focused', async () => {
    const { site, page } = session();
    await page.goto(site.url(indicatorPage));
    const hotspot = page.locator('.chart-hotspot').first();
    const id = await hotspot.getAttribute('data-record');
    await hotspot.focus();
    const tooltip = page.locator('.chart-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const quote = records.find((r) => r.id === id)?.quote ?? '';
    expect(quote).not.toBe('');
    expect((await tooltip.textContent())?.replace(/\s+/g, '')).toContain(quote.replace(/\s+/g, ''));
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
  });

  it('filters the matrix and keeps the view in the URL', async () => {
    const { site, page } = session();
    await page.goto(site.url('/compare/'));
    await page.selectOption('select[name="year"]', '2030');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2030');
    expect(await page.locator('.cell-entry[data-year="2025"]').first().isVisible()).toBe(false);
    expect(await page.locator('.cell-entry[data-year="2030"]').first().isVisible()).toBe(true);
    await page.selectOption('select[name="group"]', 'women');
    expect(new URL(page.url()).searchParams.get('group')).toBe('women');
    expect(await page.locator('section[data-group="children"]').isVisible()).toBe(false);
    // The shared URL opens the same view.
    await page.goto(page.url());
    expect(await page.locator('select[name="group"]').inputValue()).toBe('women');
    expect(await page.locator('section[data-group="children"]').isVisible()).toBe(false);
  });

  it.each(['/', '/compare/', indicatorPage, `/districts/${districts[0]?.slug ?? ''}/`])(
    '%s has no axe violations',
    async (path) => {
      const { site, page } = session();
      await page.goto(site.url(path));
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
      expect(violations).toEqual([]);
    },
  );
});

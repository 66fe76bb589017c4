import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { provinceByCode } from '../../src/lib/regions/provinces.ts';
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
  url: string;
}
interface Indicator_ {
  id: string;
  unit: string;
  group: string;
  domain: string;
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
/** The provinces with jurisdictions, and a province matrix page with targets of several jurisdictions. */
const provinceOf = (slug: string): string =>
  provinceByCode(districts.find((d) => d.slug === slug)?.province_code ?? '')?.slug ?? '';
const provinces = [...new Set(districts.map((d) => provinceOf(d.slug)))];
const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
const partOf = (record: Record_): string => {
  const indicator = indicatorById.get(record.indicator);
  return `/compare/${provinceOf(record.district)}/${indicator?.group ?? ''}/${indicator?.domain ?? ''}/`;
};
const partPages = [...new Set(records.map(partOf))].sort();
const busiestPart =
  [...partPages].sort(
    (a, b) => records.filter((r) => partOf(r) === b).length - records.filter((r) => partOf(r) === a).length,
  )[0] ?? '';

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

  it('ships at most 20 KB of JavaScript (gzip) on a plan page, an indicator page and /compare/', () => {
    const plan = readPlansUnderTest()[0];
    for (const path of [plan?.path ?? '/', indicatorPage, '/compare/']) {
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

describe('province matrices', () => {
  it('has a page per province with jurisdictions, linking to its matrices', () => {
    for (const province of provinces) {
      const html = builtPage(`/compare/${province}/`);
      for (const part of partPages.filter((p) => p.startsWith(`/compare/${province}/`))) {
        expect(html).toContain(`href="${part}"`);
      }
      for (const district of districts.filter((d) => provinceOf(d.slug) === province)) {
        expect(html).toContain(`href="/districts/${district.slug}/"`);
      }
    }
  });

  it.each(partPages)("%s links each of its targets to the item in the plan, in its jurisdiction's row", (part) => {
    const html = builtPage(part);
    const rows = html
      .split('<tr data-district="')
      .slice(1)
      .map((row) => row.slice(0, row.indexOf('</tr>')));
    const province = part.split('/')[2] ?? '';
    // One row per jurisdiction of the province, by division code.
    expect(rows.map((row) => row.slice(0, row.indexOf('"')))).toEqual(
      districts
        .filter((d) => provinceOf(d.slug) === province)
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((d) => d.slug),
    );
    for (const row of rows) {
      const district = row.slice(0, row.indexOf('"'));
      const cellLinks = [
        ...row
          .split('</th>')
          .slice(1)
          .join('')
          .matchAll(/<a (?:class="amb-[a-z]+" )?href="([^"]+)"/gu),
      ].map((m) => m[1]);
      const expected = records.filter((r) => r.district === district && partOf(r) === part).map((r) => r.url);
      expect(cellLinks.sort(), district).toEqual(expected.sort());
    }
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

  it('shows the whole matrix, and links to the province matrices instead of the picker', async () => {
    const { site, page } = session();
    await page.goto(site.url('/compare/?d=lishui'));
    expect(await page.locator('table.matrix').first().isVisible()).toBe(true);
    expect(await page.locator('td[data-district]').count()).toBe(indicators.length * districts.length);
    expect(await page.locator('[data-compare-picker]').isVisible()).toBe(false);
    for (const province of provinces)
      expect(await page.locator(`a[href="/compare/${province}/"]`).isVisible()).toBe(true);
  });

  it('shows a province matrix at 360 px inside its scroll box', async () => {
    const { site, page } = session();
    await page.goto(site.url(busiestPart));
    expect(await page.locator('table.province-matrix').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
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

  it('compares the jurisdictions picked, keeps them in the URL, and fetches only their files', async () => {
    const { site, page } = session();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/')) fetched.push(path);
    });
    const [first, second] = [districts[4], districts[0]];
    await page.goto(site.url(`/compare/?d=${first?.slug ?? ''},${second?.slug ?? ''}&group=women`));
    await page.locator(`[data-picked] li`).nth(1).waitFor();
    const header = page.locator('section[data-group="women"] thead th');
    expect(await header.allTextContents()).toEqual(['指标', first?.name, second?.name]);
    expect(await page.locator('section[data-group="children"]').isVisible()).toBe(false);
    const ids = await page
      .locator('td[data-district] .cell-entry')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    const chosen = new Set([first?.slug, second?.slug]);
    expect(ids.sort()).toEqual(
      records
        .filter((r) => chosen.has(r.district))
        .map((r) => r.id)
        .sort(),
    );
    // Search, add a third jurisdiction, remove the first.
    const third = districts[2];
    await page.fill('[data-picker-search]', third?.name ?? '');
    const add = page.locator('[data-picker-results] button').first();
    await add.waitFor();
    expect(await add.textContent()).toContain(third?.full_name);
    await add.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-picked] li').length === 3);
    expect(new URL(page.url()).searchParams.get('d')).toBe([first, second, third].map((d) => d?.slug).join(','));
    expect(new URL(page.url()).searchParams.get('group')).toBe('women');
    await page.locator('[data-picked] li').first().locator('button').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-picked] li').length === 2);
    expect(new URL(page.url()).searchParams.get('d')).toBe([second, third].map((d) => d?.slug).join(','));
    expect(await page.locator('td[data-district]').first().getAttribute('data-district')).toBe(second?.slug);
    // One small file per jurisdiction and the name index: never the whole dataset.
    expect(fetched.filter((path) => !/^\/data\/(districts\/[a-z-]+\.json|district-names\.json)$/u.test(path))).toEqual(
      [],
    );
    // Back restores the earlier view.
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-picked] li').length === 3);
  });

  it('builds the same matrix in the browser as the static page', async () => {
    const { site, page } = session();
    const cells = (): Promise<string[]> =>
      page
        .locator('[data-matrix-sections] td')
        .evaluateAll((tds) =>
          tds.map((td) =>
            [td.getAttribute('data-district'), td.getAttribute('data-status'), td.textContent.replace(/\s+/gu, '')]
              .concat(
                [...td.querySelectorAll('.cell-entry')].map((e) => `${e.className}|${e.getAttribute('data-id') ?? ''}`),
              )
              .join(' '),
          ),
        );
    await page.goto(site.url('/compare/'));
    const staticCells = await cells();
    // The default jurisdictions plus one that does not exist: built in the browser from their files.
    await page.goto(site.url(`/compare/?d=${districts.map((d) => d.slug).join(',')},no-such-place`));
    await page.locator('[data-picker-status]', { hasText: 'no-such-place' }).waitFor();
    expect(await cells()).toEqual(staticCells);
    expect(staticCells).toHaveLength(indicators.length * districts.length);
  });

  it('has no axe violations on /compare/ with search results listed', async () => {
    const { site, page } = session();
    await page.goto(site.url('/compare/?d=lishui'));
    await page.fill('[data-picker-search]', '区');
    await page.locator('[data-picker-results] button').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it.each([
    '/',
    '/compare/',
    `/compare/${provinces[0] ?? ''}/`,
    busiestPart,
    indicatorPage,
    `/districts/${districts[0]?.slug ?? ''}/`,
  ])('%s has no axe violations', async (path) => {
    const { site, page } = session();
    await page.goto(site.url(path));
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
    expect(violations).toEqual([]);
  });
});

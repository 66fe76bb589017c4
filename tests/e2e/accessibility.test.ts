import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceByCode } from '../../src/lib/regions/provinces.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { builtJson } from './support/built-site.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

const firstPlan = readPlansUnderTest()[0];
const firstDistrict = readDistrictsUnderTest()[0];
/** An indicator's page for one province: the first target of the first district. */
const firstTarget = (builtJson('/data/targets.json') as { indicator: string; district: string }[]).find(
  (record) => record.district === firstDistrict?.slug,
);
const firstProvince = provinceByCode(firstDistrict?.province_code ?? '');

/** A province with no jurisdiction under test (its page says 尚未收录). */
const emptyProvince = PROVINCES.find(
  (province) => !readDistrictsUnderTest().some((district) => district.province_code === province.code),
);

/** One page of each kind (not /districts/, which only forwards to /regions/: tests/e2e/regions.test.ts). */
const PAGES = [
  '/',
  '/regions/',
  ...(firstProvince ? [`/regions/${firstProvince.slug}/`] : []),
  ...(emptyProvince ? [`/regions/${emptyProvince.slug}/`] : []),
  '/about/',
  '/search/',
  ...(firstDistrict ? [`/districts/${firstDistrict.slug}/`] : []),
  ...(firstPlan ? [firstPlan.path] : []),
  ...(firstTarget && firstProvince ? [`/indicators/${firstTarget.indicator}/${firstProvince.slug}/`] : []),
  '/no-such-page/',
];

describe('accessibility (axe-core)', () => {
  const session = useBrowserSession();

  it('has a district, a plan, two province pages and an indicator-province page to check', () => {
    expect(firstPlan).toBeDefined();
    expect(firstDistrict).toBeDefined();
    expect(firstProvince).toBeDefined();
    expect(emptyProvince).toBeDefined();
    expect(firstTarget).toBeDefined();
  });

  it.each(PAGES)('%s has no axe violations', async (path) => {
    const { site, page } = session();
    await page.goto(site.url(path));
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
    expect(violations).toEqual([]);
  });
});

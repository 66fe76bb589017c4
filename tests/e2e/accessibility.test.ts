import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { readDistrictsUnderTest, readPlansUnderTest } from './support/site-content.ts';

const firstPlan = readPlansUnderTest()[0];
const firstDistrict = readDistrictsUnderTest()[0];

/** One page of each kind. */
const PAGES = [
  '/',
  '/districts/',
  '/about/',
  '/search/',
  ...(firstDistrict ? [`/districts/${firstDistrict.slug}/`] : []),
  ...(firstPlan ? [firstPlan.path] : []),
  '/no-such-page/',
];

describe('accessibility (axe-core)', () => {
  const session = useBrowserSession();

  it('has a district and a plan page to check', () => {
    expect(firstPlan).toBeDefined();
    expect(firstDistrict).toBeDefined();
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

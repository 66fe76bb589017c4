import { describe, expect, it } from 'vitest';
import { groupPlansByDistrict, groupPlansBySource } from '../../../src/lib/site/group-plans.ts';
import { planFrontMatter } from './plan-fixtures.ts';

const xiheWomen = planFrontMatter();
const xiheChildren = planFrontMatter({
  plan: 'children',
  // One notice issued both plans.
  source: { file: '000_2215560c8b7cdbb1.txt', title_line: 612, notice_lines: [5, 24], body_lines: [614, 1100] },
});
const lishuiWomen = planFrontMatter({
  district: 'lishui',
  source: { file: '004_49819e7a68b52bdf.txt', title_line: null, notice_lines: null, body_lines: [1, 479] },
});
const strayPlan = planFrontMatter({ district: 'nowhere' });

describe('groupPlansByDistrict', () => {
  it('keeps the districts order, lists every district and puts the women’s plan first', () => {
    const groups = groupPlansByDistrict(
      [{ slug: 'lishui' }, { slug: 'anshan-tiexi' }, { slug: 'fuxin-xihe' }],
      [xiheChildren, lishuiWomen, strayPlan, xiheWomen],
    );
    expect(
      groups.map((group) => [group.district.slug, group.plans.map((plan) => `${plan.district}/${plan.plan}`)]),
    ).toEqual([
      ['lishui', ['lishui/women']],
      ['anshan-tiexi', []],
      ['fuxin-xihe', ['fuxin-xihe/women', 'fuxin-xihe/children']],
    ]);
  });
});

describe('groupPlansBySource', () => {
  it('groups by source file, files by name and plans by where they start', () => {
    const groups = groupPlansBySource([lishuiWomen, xiheChildren, xiheWomen]);
    expect(groups.map((group) => [group.file, group.plans.map((plan) => plan.plan)])).toEqual([
      ['000_2215560c8b7cdbb1.txt', ['women', 'children']],
      ['004_49819e7a68b52bdf.txt', ['women']],
    ]);
  });

  it('returns nothing for no plans', () => {
    expect(groupPlansBySource([])).toEqual([]);
  });
});

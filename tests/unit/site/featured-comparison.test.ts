import { describe, expect, it } from 'vitest';
import { PER_JURISDICTION_LIMIT } from '../../../src/lib/compare/scale-threshold.ts';
import { headlineView, summarySentence } from '../../../src/lib/compare/summary.ts';
import { featuredComparison } from '../../../src/lib/site/featured-comparison.ts';
import { realCompareData } from '../compare/real-data.ts';

const headline = headlineView(realCompareData().views);

describe('featuredComparison', () => {
  it('keeps the per-jurisdiction chart and the full summary for the real plans', () => {
    if (!headline) throw new Error('the real plans have no headline indicator');
    expect(featuredComparison(headline)).toEqual({ chart: true, sentence: summarySentence(headline) });
  });

  it(`drops the chart and names no jurisdiction above ${String(PER_JURISDICTION_LIMIT)} jurisdictions`, () => {
    if (!headline) throw new Error('the real plans have no headline indicator');
    const many = Array.from({ length: PER_JURISDICTION_LIMIT + 1 }, (_, index) => ({
      district: `d${String(index)}`,
      name: `某${String(index)}区`,
      status: 'target' as const,
    }));
    const view = { ...headline, districts: [...many, { district: 'x', name: '某某县', status: 'no-target' as const }] };
    const featured = featuredComparison(view);
    expect(featured.chart).toBe(false);
    expect(featured.sentence).toContain(`${String(PER_JURISDICTION_LIMIT + 2)}个有`);
    expect(featured.sentence).toContain(`${String(PER_JURISDICTION_LIMIT + 1)}个设定了${headline.indicator.name}`);
    expect(featured.sentence).not.toMatch(/某/u);
  });
});

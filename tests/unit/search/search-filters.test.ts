import { describe, expect, it } from 'vitest';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import { PER_JURISDICTION_LIMIT } from '../../../src/lib/compare/scale-threshold.ts';
import { filterGroups } from '../../../src/lib/search/search-filters.ts';

// Jurisdictions from the official list: the first `count` county-level divisions.
function districts(count: number): { slug: string; name: string; province_code: string }[] {
  return readDivisionIndex()
    .all.filter((division) => division.level === '县级')
    .slice(0, count)
    .map((division) => ({ slug: `d-${division.code}`, name: division.name, province_code: division.province_code }));
}

describe('filterGroups', () => {
  it('offers each province that has jurisdictions, in the provinces’ order, and every jurisdiction up to the limit', () => {
    const few = districts(PER_JURISDICTION_LIMIT);
    const groups = new Map(filterGroups(few).map((group) => [group.key, group]));
    const provinces = new Set(few.map((district) => district.province_code));
    expect(groups.get('province')?.options).toHaveLength(provinces.size);
    expect(groups.get('jurisdiction')?.options.map((option) => option.value)).toEqual(few.map((d) => d.slug));
  });

  it('stays bounded at national scale: at most 31 provinces and no list of jurisdictions', () => {
    const all = districts(3000);
    const groups = new Map(filterGroups(all).map((group) => [group.key, group]));
    expect(groups.get('province')?.options.length).toBeLessThanOrEqual(31);
    expect(groups.get('province')?.options.length).toBeGreaterThan(20);
    expect(groups.get('jurisdiction')?.options).toEqual([]);
  });
});

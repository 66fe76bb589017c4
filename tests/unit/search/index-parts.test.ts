import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/io/load-content.ts';
import { indexParts } from '../../../src/lib/search/index-parts.ts';
import { planIndexInputs } from '../../../src/lib/search/plan-records.ts';
import { PROVINCES } from '../../../src/lib/regions/provinces.ts';

/** Plans per province of the real content. */
function realPlansByProvince(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const input of planIndexInputs(loadContent(process.cwd())))
    counts.set(input.province, (counts.get(input.province) ?? 0) + 1);
  return counts;
}

describe('the search index in parts', () => {
  const real = realPlansByProvince();
  const total = [...real.values()].reduce((sum, plans) => sum + plans, 0);

  it('keeps the real site in one index at /pagefind/', () => {
    expect(indexParts(real, 1000)).toEqual([{ folder: '', provinces: [...real.keys()].sort(byCode), plans: total }]);
  });

  it('packs whole provinces in code order, none over the cap unless it is one province', () => {
    const largest = Math.max(...real.values());
    const parts = indexParts(real, largest);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.folder)).toEqual(
      parts.map((_, index) => (index === 0 ? '' : `part-${String(index + 1)}/`)),
    );
    expect(parts.flatMap((part) => part.provinces)).toEqual([...real.keys()].sort(byCode));
    for (const part of parts) {
      expect(part.plans).toBeLessThanOrEqual(largest);
      expect(part.plans).toBe(part.provinces.reduce((sum, slug) => sum + (real.get(slug) ?? 0), 0));
    }
    // A cap below the largest province still never splits a province.
    const tight = indexParts(real, 1);
    expect(tight.map((part) => part.provinces)).toEqual([...real.keys()].sort(byCode).map((slug) => [slug]));
  });

  it('puts plans of unknown provinces last and always yields a first part', () => {
    expect(
      indexParts(
        new Map([
          ['', 2],
          ['beijing', 1],
        ]),
        1,
      ).map((part) => part.provinces),
    ).toEqual([['beijing'], ['']]);
    expect(indexParts(new Map(), 10)).toEqual([{ folder: '', provinces: [], plans: 0 }]);
    expect(() => indexParts(real, 0)).toThrow(RangeError);
  });
});

function byCode(a: string, b: string): number {
  const code = (slug: string): string => PROVINCES.find((province) => province.slug === slug)?.code ?? slug;
  return code(a).localeCompare(code(b));
}

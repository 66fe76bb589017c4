import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readDataFiles, readPlanFiles, listSources } from '../../src/lib/io/read-content.ts';
import { readDivisionIndex } from '../../src/lib/io/read-division-list.ts';
import { parseDistricts } from '../../src/lib/content/parse-districts.ts';
import { DistrictSlugSchema } from '../../src/schema/district.ts';
import { divisionSlugs, nameCore } from '../../src/lib/synth/division-slugs.ts';
import { perturbFigure } from '../../src/lib/synth/perturb-figure.ts';
import { pickPlanSlots } from '../../src/lib/synth/pick-jurisdictions.ts';
import { seededRandom } from '../../src/lib/synth/seeded-random.ts';
import { synthesisePlan } from '../../src/lib/synth/synthesise-plan.ts';
import { ROOT } from '../support/fixtures.ts';

const divisions = readDivisionIndex();
const codes = new Set(divisions.all.map((division) => division.code));

describe('synthetic corpus: jurisdictions', () => {
  const slugs = divisionSlugs(divisions.all);

  it('gives every official division a unique slug by the project’s rule', () => {
    expect(slugs.size).toBe(codes.size);
    expect(new Set(slugs.values()).size).toBe(codes.size);
    for (const slug of slugs.values()) expect(DistrictSlugSchema.safeParse(slug).success, slug).toBe(true);
    // The real jurisdictions get the slugs data/districts.yaml gives them.
    for (const district of parseDistricts(readDataFiles(ROOT).districts, divisions).districts)
      expect(slugs.get(district.code)).toBe(district.slug);
  });

  it('strips the administrative suffix and ethnic autonomy from names', () => {
    expect(nameCore('铁西区')).toBe('铁西');
    expect(nameCore('长阳土家族自治县')).toBe('长阳');
    expect(nameCore('城区')).toBe('城区');
  });

  it('takes a subset spread over the provinces, each smaller one inside the larger', () => {
    const small = pickPlanSlots(divisions.all, 's', 62);
    const large = pickPlanSlots(divisions.all, 's', 248);
    expect(large.slice(0, 62)).toEqual(small);
    expect(new Set(small.map((slot) => slot.division.province_code)).size).toBe(31);
    expect(pickPlanSlots(divisions.all, 's')).toHaveLength(2 * divisions.all.length);
  });
});

describe('synthetic corpus: figures', () => {
  it('keeps percentages within 0–100 in the precision and form they are written in', () => {
    const random = seededRandom('figures');
    for (let run = 0; run < 500; run++) {
      const high = perturbFigure('100%', 100, random);
      expect(high.value).toBeLessThanOrEqual(100);
      const share = perturbFigure('95%', 95, random);
      expect(share.written).toMatch(/^\d+%$/u);
      expect(share.value).toBeGreaterThan(80);
      const rate = perturbFigure('4.5‰', 4.5, random);
      expect(rate.written).toMatch(/^\d+\.\d‰$/u);
      expect(Number(rate.written.slice(0, -1))).toBe(rate.value);
    }
    expect(perturbFigure('百分之百', 100, random)).toEqual({ value: 100, written: '百分之百' });
  });

  it('re-labels a real plan so that it still passes every content check', () => {
    const real = parseDistricts(readDataFiles(ROOT).districts, divisions).districts;
    const from = real.find((district) => district.slug === 'anshan-tiexi');
    const code = '441900'; // 东莞市
    const slug = divisionSlugs(divisions.all).get(code) ?? '';
    const file = readPlanFiles(ROOT).find((plan) => plan.file.startsWith('content/plans/anshan-tiexi/'));
    if (!from || !file) throw new Error('the real plan of anshan-tiexi is missing');
    const districtsYaml = `- slug: ${slug}\n  code: '${code}'\n`;
    const to = parseDistricts(districtsYaml, divisions).districts[0];
    if (!to) throw new Error(`${code} is not in the official list`);
    const text = synthesisePlan({ text: file.text, from, to, random: seededRandom('one') });
    expect(text).toContain(`district: ${slug}`);
    expect(text).toContain('东莞市儿童发展规划');
    expect(text).not.toContain('铁西区');
    const check = checkContent(
      [{ file: `content/plans/${slug}/children.md`, text }],
      { ...readDataFiles(ROOT), districts: districtsYaml },
      listSources(ROOT),
      { today: '2100-01-01', base: '/', site: 'https://example.org', divisions },
    );
    expect(check.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(text).not.toBe(file.text.replaceAll('anshan-tiexi', slug));
  });
});

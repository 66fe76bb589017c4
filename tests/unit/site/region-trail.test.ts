import { describe, expect, it } from 'vitest';
import { parseDistricts } from '../../../src/lib/content/parse-districts.ts';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import { districtTrail, planTrail } from '../../../src/lib/site/region-trail.ts';

const { districts, issues } = parseDistricts(
  [
    ['fuxin-xihe', '210911'],
    ['tianjin-wuqing', '120114'],
    ['lishui', '331100'],
    ['lishui-liandu', '331102'],
    ['liaoning', '210000'],
  ]
    .map(([slug, code]) => `- slug: ${slug ?? ''}\n  code: '${code ?? ''}'`)
    .join('\n'),
  readDivisionIndex(),
);
const pages = new Map(districts.map((district) => [district.code, district.slug]));

function district(slug: string) {
  const found = districts.find((d) => d.slug === slug);
  if (!found) throw new Error(`no district ${slug}`);
  return found;
}

describe('districtTrail', () => {
  it('has no parse issues in its fixture', () => {
    expect(issues).toEqual([]);
  });

  it('runs province › city › district for a county, the city linking to its group on the province page', () => {
    expect(districtTrail('/', district('fuxin-xihe'), pages)).toEqual([
      { label: '首页', href: '/' },
      { label: '地区', href: '/regions/' },
      { label: '辽宁省', href: '/regions/liaoning/' },
      { label: '阜新市', href: '/regions/liaoning/#area-210900' },
      { label: '细河区' },
    ]);
  });

  it('links the city to its own page where the city is a jurisdiction of the site', () => {
    expect(districtTrail('/atlas/', district('lishui-liandu'), pages).slice(2)).toEqual([
      { label: '浙江省', href: '/atlas/regions/zhejiang/' },
      { label: '丽水市', href: '/atlas/districts/lishui/' },
      { label: '莲都区' },
    ]);
  });

  it('skips the city where there is none, and the province for a province', () => {
    expect(districtTrail('/', district('tianjin-wuqing'), pages).slice(2)).toEqual([
      { label: '天津市', href: '/regions/tianjin/' },
      { label: '武清区' },
    ]);
    expect(districtTrail('/', district('lishui'), pages).slice(2)).toEqual([
      { label: '浙江省', href: '/regions/zhejiang/' },
      { label: '丽水市' },
    ]);
    expect(districtTrail('/', district('liaoning'), pages).slice(2)).toEqual([{ label: '辽宁省' }]);
  });
});

describe('planTrail', () => {
  it('links the district and ends with the plan', () => {
    expect(planTrail('/', district('fuxin-xihe'), pages, '妇女发展规划').slice(-3)).toEqual([
      { label: '阜新市', href: '/regions/liaoning/#area-210900' },
      { label: '细河区', href: '/districts/fuxin-xihe/' },
      { label: '妇女发展规划' },
    ]);
  });
});

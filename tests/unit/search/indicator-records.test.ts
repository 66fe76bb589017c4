import { describe, expect, it } from 'vitest';
import { indicatorRecords, indicatorSynonyms } from '../../../src/lib/search/indicator-records.ts';
import type { Indicator } from '../../../src/schema/indicator.ts';

const INDICATORS: Indicator[] = [
  {
    id: 'maternal-mortality',
    name: '孕产妇死亡率',
    aliases: ['孕产妇死亡率'],
    group: 'women',
    domain: 'health',
    unit: 'per-100k',
    direction: 'lower',
    definition: '每10万例活产中孕产妇死亡人数',
  },
  {
    id: 'cervical-cancer-screening',
    name: '适龄妇女宫颈癌人群筛查率',
    aliases: ['适龄妇女宫颈癌人群筛查率', '宫颈癌人群筛查率', '宫颈癌 筛查率'],
    group: 'women',
    domain: 'health',
    unit: 'percent',
    direction: 'higher',
    definition: '适龄妇女中接受宫颈癌筛查的人数比例',
  },
];

describe('indicatorRecords', () => {
  it('indexes the indicators whose page was built, by name and aliases', () => {
    const records = indicatorRecords(INDICATORS, (id) => id === 'cervical-cancer-screening');
    expect(records).toEqual([
      {
        url: '/indicators/cervical-cancer-screening/',
        content: '适龄妇女宫颈癌人群筛查率\n宫颈癌人群筛查率\n宫颈癌 筛查率',
        meta: {
          title: '适龄妇女宫颈癌人群筛查率',
          description: '适龄妇女中接受宫颈癌筛查的人数比例',
          wordings: '适龄妇女宫颈癌人群筛查率\n宫颈癌人群筛查率\n宫颈癌 筛查率',
          group: '妇女',
          type: 'indicator',
        },
        filters: { type: ['indicator'] },
      },
    ]);
  });

  it('indexes nothing before the indicator pages exist', () => {
    expect(indicatorRecords(INDICATORS, () => false)).toEqual([]);
  });
});

describe('indicatorSynonyms', () => {
  it('lists the wordings of indicators that have several', () => {
    expect(indicatorSynonyms(INDICATORS)).toEqual([['适龄妇女宫颈癌人群筛查率', '宫颈癌人群筛查率', '宫颈癌筛查率']]);
  });
});

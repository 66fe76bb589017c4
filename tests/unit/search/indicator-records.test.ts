import { describe, expect, it } from 'vitest';
import { indicatorEntries, indicatorSynonyms, matchingIndicators } from '../../../src/lib/search/indicator-records.ts';
import type { SearchPass } from '../../../src/lib/search/search-passes.ts';
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

describe('indicatorEntries', () => {
  it('offers the indicators whose page was built, with their name and aliases', () => {
    expect(indicatorEntries(INDICATORS, (id) => id === 'cervical-cancer-screening')).toEqual([
      {
        url: '/indicators/cervical-cancer-screening/',
        title: '适龄妇女宫颈癌人群筛查率',
        description: '适龄妇女中接受宫颈癌筛查的人数比例',
        group: '妇女',
        wordings: ['适龄妇女宫颈癌人群筛查率', '宫颈癌人群筛查率', '宫颈癌 筛查率'],
      },
    ]);
  });

  it('offers nothing before the indicator pages exist', () => {
    expect(indicatorEntries(INDICATORS, () => false)).toEqual([]);
  });
});

describe('matchingIndicators', () => {
  const entries = indicatorEntries(INDICATORS, () => true);
  const phrase = (term: string): SearchPass => ({ kind: 'phrase', terms: [[term]], match: 'all' });
  const titles = (pass: SearchPass): string[] => matchingIndicators(entries, pass).map((entry) => entry.title);

  it('finds the indicators one of whose wordings contains the query', () => {
    expect(titles(phrase('宫颈癌'))).toEqual(['适龄妇女宫颈癌人群筛查率']);
    expect(titles(phrase('宫颈癌筛查率'))).toEqual(['适龄妇女宫颈癌人群筛查率']);
    expect(titles(phrase('死亡率'))).toEqual(['孕产妇死亡率']);
    expect(titles(phrase('筛查死亡'))).toEqual([]);
  });

  it('needs every term of an all pass in one wording, and one term of an any pass', () => {
    const all: SearchPass = { kind: 'all-terms', terms: [['孕产妇'], ['筛查率']], match: 'all' };
    expect(titles(all)).toEqual([]);
    expect(titles({ ...all, match: 'any' })).toEqual(['孕产妇死亡率', '适龄妇女宫颈癌人群筛查率']);
  });
});

describe('indicatorSynonyms', () => {
  it('lists the wordings of indicators that have several', () => {
    expect(indicatorSynonyms(INDICATORS)).toEqual([['适龄妇女宫颈癌人群筛查率', '宫颈癌人群筛查率', '宫颈癌筛查率']]);
  });
});

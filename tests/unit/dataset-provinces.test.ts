import { describe, expect, it } from 'vitest';
import { datasetProvinceRows } from '../../src/lib/dataset/dataset-provinces.ts';

describe('datasetProvinceRows', () => {
  it('lists each province with jurisdictions once, in official code order, with its count', () => {
    const districts = [
      { province_code: '330000', province: '浙江省' },
      { province_code: '210000', province: '辽宁省' },
      { province_code: '210000', province: '辽宁省' },
      { province_code: '120000', province: '天津市' },
    ];
    expect(datasetProvinceRows({ districts })).toEqual([
      { slug: 'tianjin', name: '天津市', jurisdictions: 1 },
      { slug: 'liaoning', name: '辽宁省', jurisdictions: 2 },
      { slug: 'zhejiang', name: '浙江省', jurisdictions: 1 },
    ]);
  });

  it('is empty without jurisdictions', () => {
    expect(datasetProvinceRows({ districts: [] })).toEqual([]);
  });
});

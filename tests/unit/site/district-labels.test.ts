import { describe, expect, it } from 'vitest';
import { districtLocation, planCountLabel } from '../../../src/lib/site/district-labels.ts';

describe('districtLocation', () => {
  it('gives province and city of a district', () => {
    expect(districtLocation({ name: '细河区', province: '辽宁省', city: '阜新市' })).toBe('辽宁省阜新市');
  });

  it('does not repeat a municipality or name a city inside itself', () => {
    expect(districtLocation({ name: '武清区', province: '天津市', city: '天津市' })).toBe('天津市');
    expect(districtLocation({ name: '丽水市', province: '浙江省', city: '丽水市' })).toBe('浙江省');
  });
});

describe('planCountLabel', () => {
  it('counts plans in Chinese', () => {
    expect(planCountLabel(2)).toBe('2项规划');
  });
});

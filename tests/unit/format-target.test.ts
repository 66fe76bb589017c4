import { describe, expect, it } from 'vitest';
import { formatTarget, formatValue, itemLabel } from '../../src/lib/targets/format-target.ts';

describe('formatTarget', () => {
  it('writes levels with the comparator sign and unit symbol', () => {
    expect(formatTarget({ comparator: '<=', value: 10.5, unit: 'per-100k', kind: 'level' })).toBe('≤10.5/10万');
    expect(formatTarget({ comparator: '>=', value: 95, unit: 'percent', kind: 'level' })).toBe('≥95%');
    expect(formatTarget({ comparator: '~', value: 45, unit: 'percent', kind: 'level' })).toBe('约45%');
    expect(formatTarget({ comparator: '=', value: 100, unit: 'percent', kind: 'level' })).toBe('100%');
  });
  it('says whether a change is a decrease or an increase', () => {
    // 下降20%以上 is stored as <= −20: a decrease of at least 20%.
    expect(formatTarget({ comparator: '<=', value: -20, unit: 'percent', kind: 'change' })).toBe('下降 ≥20%');
    expect(formatTarget({ comparator: '=', value: 2, unit: 'percentage-point', kind: 'change' })).toBe(
      '提高 2个百分点',
    );
  });
  it('formats numbers without float noise', () => {
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
    expect(formatValue(2500)).toBe('2,500');
  });
});

describe('itemLabel', () => {
  it('names targets, measures, sub-items and projects', () => {
    expect(itemLabel('health-t2')).toBe('主要目标第2条');
    expect(itemLabel('social-security-m13')).toBe('策略措施第13条');
    expect(itemLabel('education-t2-3')).toBe('主要目标第2条第3项');
    expect(itemLabel('project-4')).toBe('重点工程第4项');
  });
});

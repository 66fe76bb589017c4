import { describe, expect, it } from 'vitest';
import { NOT_STATED, formatLineRange, formatPeriod, planKindLabel } from '../../../src/lib/site/plan-labels.ts';

describe('plan labels', () => {
  it('names the plan kinds in Chinese', () => {
    expect(planKindLabel('women')).toBe('妇女发展规划');
    expect(planKindLabel('children')).toBe('儿童发展规划');
  });

  it('writes periods with an em dash, and a single year once', () => {
    expect(formatPeriod({ start: 2021, end: 2030 })).toBe('2021—2030年');
    expect(formatPeriod({ start: 2025, end: 2025 })).toBe('2025年');
  });

  it('writes line ranges, and a single line once', () => {
    expect(formatLineRange([5, 24])).toBe('第5—24行');
    expect(formatLineRange([7, 7])).toBe('第7行');
  });

  it('says 原文未载明 for values the source does not give', () => {
    expect(NOT_STATED).toBe('原文未载明');
  });
});

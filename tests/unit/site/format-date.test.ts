import { describe, expect, it } from 'vitest';
import { formatChineseDate } from '../../../src/lib/site/format-date.ts';

describe('formatChineseDate', () => {
  it('writes the date the way Chinese documents print it, without leading zeros', () => {
    expect(formatChineseDate('2022-09-09')).toBe('2022年9月9日');
    expect(formatChineseDate('2021-12-31')).toBe('2021年12月31日');
    expect(formatChineseDate('2030-01-10')).toBe('2030年1月10日');
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    expect(() => formatChineseDate('2022-9-9')).toThrow(RangeError);
    expect(() => formatChineseDate('2022年9月9日')).toThrow(RangeError);
    expect(() => formatChineseDate('')).toThrow(RangeError);
  });
});

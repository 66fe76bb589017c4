import { describe, expect, it } from 'vitest';
import { positiveIntegerFromEnv } from '../../src/lib/io/env-integer.ts';

describe('positiveIntegerFromEnv', () => {
  it('reads a whole number ≥ 1, falls back where unset, and names the variable on anything else', () => {
    const name = 'PLAN_ATLAS_TEST_WHOLE_NUMBER';
    delete process.env['PLAN_ATLAS_TEST_WHOLE_NUMBER'];
    expect(positiveIntegerFromEnv(name, 7)).toBe(7);
    process.env[name] = '';
    expect(positiveIntegerFromEnv(name, 7)).toBe(7);
    process.env[name] = '3';
    expect(positiveIntegerFromEnv(name, 7)).toBe(3);
    for (const bad of ['0', '2.5', 'two', '-1']) {
      process.env[name] = bad;
      expect(() => positiveIntegerFromEnv(name, 7)).toThrow(`${name} must be a whole number ≥ 1, not "${bad}"`);
    }
    delete process.env['PLAN_ATLAS_TEST_WHOLE_NUMBER'];
  });
});

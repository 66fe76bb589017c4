/** Whole-number settings read from the environment (worker counts, part sizes). */

/**
 * The whole number ≥ 1 in the environment variable `name`, or `fallback` where
 * it is unset or empty; throws, naming the variable, on anything else.
 */
export function positiveIntegerFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1, not "${value}"`);
  return number;
}

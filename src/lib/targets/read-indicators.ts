/** Reads and validates `data/indicators.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { IndicatorRegistrySchema, type IndicatorRegistry } from '../../schema/indicator.ts';

/** Path of the registry relative to the repository root. */
export const INDICATORS_PATH = join('data', 'indicators.yaml');

/** The validated indicator registry; throws with the Zod issues where it is invalid. */
export function parseIndicators(yamlText: string): IndicatorRegistry {
  return IndicatorRegistrySchema.parse(parse(yamlText));
}

/** The indicator registry of the repository at `root`. */
export function readIndicators(root: string): IndicatorRegistry {
  return parseIndicators(readFileSync(join(root, INDICATORS_PATH), 'utf8'));
}

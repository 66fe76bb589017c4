/** Reads and validates `data/indicators.yaml` (for scripts and tests that need the registry alone). */
import { join } from 'node:path';
import type { IndicatorRegistry } from '../../schema/indicator.ts';
import { IndicatorRegistrySchema } from '../../schema/indicator.ts';
import { parseYamlData } from '../content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../content/content-paths.ts';
import { readTextFile } from './read-content.ts';
import { formatIssue } from '../plan/plan-issue.ts';

/** The validated indicator registry; throws with `file:line: field: message` lines where it is invalid. */
export function parseIndicators(yamlText: string): IndicatorRegistry {
  const parsed = parseYamlData(yamlText, IndicatorRegistrySchema, CONTENT_PATHS.indicators);
  if (!parsed.data) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return parsed.data;
}

/** The indicator registry of the repository at `root`. */
export function readIndicators(root: string): IndicatorRegistry {
  return parseIndicators(readTextFile(join(root, CONTENT_PATHS.indicators)));
}

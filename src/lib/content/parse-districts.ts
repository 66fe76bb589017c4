import { DistrictEntryListSchema, type District } from '../../schema/district.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import type { DivisionIndex } from '../regions/division-index.ts';
import { resolveDistrict } from '../regions/resolve-district.ts';
import { parseYamlData } from './parse-yaml-data.ts';

/**
 * Parses and validates the text of `data/districts.yaml` and resolves each entry
 * against the official division list, reporting problems with their lines.
 */
export function parseDistricts(
  text: string,
  divisions: DivisionIndex,
  file = 'data/districts.yaml',
): { districts: District[]; issues: PlanIssue[] } {
  const parsed = parseYamlData(text, DistrictEntryListSchema, file);
  const issues = [...parsed.issues];
  const districts: District[] = [];
  const seenSlugs = new Set<string>();
  const seenCodes = new Set<string>();
  const issue = (index: number, field: string, message: string): void => {
    issues.push({
      file,
      line: parsed.lineOf([index, field]),
      field: `${String(index)}.${field}`,
      message,
      severity: 'error',
    });
  };
  (parsed.data ?? []).forEach((entry, index) => {
    if (seenSlugs.has(entry.slug)) issue(index, 'slug', `地区标识 ${entry.slug} 重复：每个地区只能出现一次`);
    if (seenCodes.has(entry.code)) issue(index, 'code', `行政区划代码 ${entry.code} 重复：每个地区只能出现一次`);
    seenSlugs.add(entry.slug);
    seenCodes.add(entry.code);
    const resolved = resolveDistrict(entry, divisions);
    if ('district' in resolved) districts.push(resolved.district);
    else issue(index, resolved.field, resolved.message);
  });
  return { districts, issues };
}

import { DistrictListSchema, type District } from '../../schema/district.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { parseYamlData } from './parse-yaml-data.ts';

/** Parses and validates the text of `data/districts.yaml`, reporting problems with their lines. */
export function parseDistricts(text: string, file = 'data/districts.yaml'): { districts: District[]; issues: PlanIssue[] } {
  const parsed = parseYamlData(text, DistrictListSchema, file);
  const districts = parsed.data ?? [];
  const issues = [...parsed.issues];
  const seen = new Set<string>();
  districts.forEach((district, index) => {
    if (seen.has(district.slug)) {
      issues.push({
        file,
        line: parsed.lineOf([index, 'slug']),
        field: `${String(index)}.slug`,
        message: `地区标识 ${district.slug} 重复：每个地区只能出现一次`,
        severity: 'error',
      });
    }
    seen.add(district.slug);
  });
  return { districts, issues };
}

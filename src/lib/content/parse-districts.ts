import { LineCounter, parseDocument } from 'yaml';
import { DistrictListSchema, type District } from '../../schema/district.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { describeZodIssue } from '../plan/zod-messages.ts';

/** Parses and validates the text of `data/districts.yaml`, reporting problems with their lines. */
export function parseDistricts(text: string, file = 'data/districts.yaml'): { districts: District[]; issues: PlanIssue[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const issue = (offset: number, field: string, message: string): PlanIssue => ({
    file,
    line: lineCounter.linePos(offset).line,
    field,
    message,
    severity: 'error',
  });
  if (document.errors.length > 0) {
    return { districts: [], issues: document.errors.map((e) => issue(e.pos[0], 'yaml', `YAML 语法错误：${e.message.split('\n')[0] ?? ''}`)) };
  }
  const data: unknown = document.toJS();
  const result = DistrictListSchema.safeParse(data);
  if (!result.success) {
    return {
      districts: [],
      issues: result.error.issues.map((zodIssue) => {
        let offset = 0;
        for (let length = zodIssue.path.length; length >= 0; length--) {
          const node = document.getIn(zodIssue.path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
          if (node?.range) {
            offset = node.range[0];
            break;
          }
        }
        let value: unknown = data;
        for (const key of zodIssue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
        return issue(offset, zodIssue.path.join('.'), describeZodIssue(zodIssue, value));
      }),
    };
  }
  const seen = new Set<string>();
  const issues: PlanIssue[] = [];
  result.data.forEach((district, index) => {
    if (seen.has(district.slug)) {
      const node = document.getIn([index, 'slug'], true) as { range?: [number, number, number] } | undefined;
      issues.push(issue(node?.range?.[0] ?? 0, `${String(index)}.slug`, `地区标识 ${district.slug} 重复：每个地区只能出现一次`));
    }
    seen.add(district.slug);
  });
  return { districts: result.data, issues };
}

import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '字段组',
  tuple: '列表',
  null: 'null',
};

/** A Zod issue as a Chinese sentence that says what to write instead. */
export function describeZodIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (value === undefined) return `缺少必填字段：请添加（应为${expected}）`;
      return `类型不对：应为${expected}，现为 ${JSON.stringify(value)}`;
    }
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')}：请删除，或检查拼写（字段列表见 src/schema/）`;
    case 'invalid_value':
      return `取值 ${JSON.stringify(value)} 无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

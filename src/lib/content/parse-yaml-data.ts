import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { describeZodIssue } from '../plan/zod-messages.ts';

/** Data read from a YAML file and validated, or the problems found, each with its line. */
export interface ParsedYamlData<T> {
  /** The valid data, or null. */
  data: T | null;
  /** Problems, with `file:line`. */
  issues: PlanIssue[];
  /** 1-based line of the value at `path` (or its nearest existing parent). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Parses a YAML data file (e.g. `data/districts.yaml`) and validates it with `schema`. */
export function parseYamlData<S extends z.ZodType>(text: string, schema: S, file: string): ParsedYamlData<z.infer<S>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const issue = (line: number, field: string, message: string): PlanIssue => ({
    file,
    line,
    field,
    message,
    severity: 'error',
  });
  if (document.errors.length > 0) {
    const issues = document.errors.map((e) =>
      issue(lineCounter.linePos(e.pos[0]).line, 'yaml', `YAML 语法错误：${e.message.split('\n')[0] ?? ''}`),
    );
    return { data: null, issues, lineOf };
  }
  const value: unknown = document.toJS();
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, issues: [], lineOf };
  const issues = result.error.issues.map((zodIssue) => {
    let at: unknown = value;
    for (const key of zodIssue.path) at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
    return issue(lineOf(zodIssue.path), zodIssue.path.join('.') || 'yaml', describeZodIssue(zodIssue, at));
  });
  return { data: null, issues, lineOf };
}

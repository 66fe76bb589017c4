/** A problem found in a content file, reported as `file:line: field: message`. */
export interface PlanIssue {
  /** Path relative to the project root, e.g. `content/plans/lishui/women.md`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Dotted field path (e.g. `source.body_lines`), or `body` / `file`. */
  field: string;
  /** What is wrong and how to fix it (Chinese, for staff). */
  message: string;
  /** Errors fail `npm run check` and the build; warnings are only listed. */
  severity: 'error' | 'warning';
}

/** The one-line form printed by `npm run check`. */
export function formatIssue(issue: PlanIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

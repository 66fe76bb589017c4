import type { NormalisationRule } from '../import/normalisation-rules.ts';

/** One row of the normalisation rules table on the about page. */
export interface NormalisationTableRow {
  /** Stable rule identifier. */
  id: string;
  /** What the rule matches, as shown to readers. */
  from: string;
  /** What it becomes. */
  to: string;
  /** 字符 for a rule that changes characters, 版式 for one about line breaks and whitespace. */
  kind: '字符' | '版式';
  /** Chinese description. */
  description: string;
}

/** The rows of the about page's normalisation rules table, in the table's own order. */
export function normalisationTableRows(rules: readonly NormalisationRule[]): NormalisationTableRow[] {
  return rules.map((rule) => ({
    id: rule.id,
    from: rule.from,
    to: rule.to,
    kind: rule.pattern === null ? '版式' : '字符',
    description: rule.description_zh,
  }));
}

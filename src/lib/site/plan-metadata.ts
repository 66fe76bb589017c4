import type { PlanFrontMatter } from '../../schema/plan.ts';
import { formatChineseDate } from './format-date.ts';
import { formatLineRange, formatPeriod } from './plan-labels.ts';

/** One row of a plan's metadata list (`<dt>` term and `<dd>` value). */
export interface MetadataRow {
  /** The term, e.g. 发布机关. */
  term: string;
  /** The value as shown, or null where the source does not give it (shown as 原文未载明). */
  text: string | null;
  /** Machine-readable date for a `<time datetime>`, where the value is a date. */
  datetime: string | null;
  /** Code-like value (a file name), shown in monospace. */
  code: string | null;
}

/** Describes where in its source file a plan's text is, e.g. `标题第28行，正文第30—610行`. */
export function describeSourceLines(source: PlanFrontMatter['source']): string {
  const parts = [
    source.title_line === null ? null : `标题${formatLineRange([source.title_line, source.title_line])}`,
    source.notice_lines === null ? null : `印发通知${formatLineRange(source.notice_lines)}`,
    `正文${formatLineRange(source.body_lines)}`,
  ];
  return parts.filter((part): part is string => part !== null).join('，');
}

/**
 * The metadata rows of a plan page, in display order: issuer, document number,
 * issue date, period, version, last update and source. Values the source does
 * not give stay null; nothing is filled in.
 */
export function planMetadataRows(plan: PlanFrontMatter): MetadataRow[] {
  return [
    { term: '发布机关', text: plan.issuer, datetime: null, code: null },
    { term: '文号', text: plan.document_number, datetime: null, code: null },
    {
      term: '发布日期',
      text: plan.issued === null ? null : formatChineseDate(plan.issued),
      datetime: plan.issued,
      code: null,
    },
    { term: '规划期', text: formatPeriod(plan.period), datetime: null, code: null },
    { term: '版本', text: `第${String(plan.version)}版`, datetime: null, code: null },
    { term: '最后更新', text: formatChineseDate(plan.updated), datetime: plan.updated, code: null },
    { term: '来源', text: describeSourceLines(plan.source), datetime: null, code: plan.source.file },
  ];
}

/**
 * The `<meta name="description">` of a plan page, e.g.
 * `细河区妇女发展规划（2021—2030年）全文，阜新市细河区人民政府发布。`
 */
export function planDescription(plan: Pick<PlanFrontMatter, 'title' | 'issuer'>): string {
  return plan.issuer === null ? `${plan.title}全文。` : `${plan.title}全文，${plan.issuer}发布。`;
}

/**
 * Splits an issuing notice into paragraphs (separated by blank lines) and each
 * paragraph into its printed lines (kept, since a notice's closing lines —
 * issuer and date — are separate lines). Trailing spaces are dropped.
 */
export function noticeParagraphs(notice: string): string[][] {
  return notice
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== ''),
    )
    .filter((lines) => lines.length > 0);
}

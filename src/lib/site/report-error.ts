import type { ReportErrorConfig } from '../../schema/site-config.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import type { DatasetInput } from '../dataset/dataset-input.ts';

/** What a "纠错" link reports. */
export interface ReportSubject {
  /** Path of the plan file in the repository, e.g. `content/plans/lishui/women.md`. */
  file: string;
  /** Line of the target's front-matter entry (or of the item). */
  line: number;
  /** Stable id of the target or item, e.g. `lishui/women/health-t2`. */
  id: string;
  /** The quote as published. */
  quote: string;
  /** Absolute URL of the page (with the anchor). */
  pageUrl: string;
}

/** The prefilled title and body of an error report (Chinese, for staff). */
export function reportText(subject: ReportSubject): { title: string; body: string } {
  return {
    title: `纠错：${subject.id}`,
    body: `条目：${subject.id}\n原文：${subject.quote}\n页面：${subject.pageUrl}\n\n问题说明：`,
  };
}

/** The href of a "纠错" link, or null where reporting is not configured. */
export function reportErrorHref(config: ReportErrorConfig | null, subject: ReportSubject): string | null {
  if (!config) return null;
  const { title, body } = reportText(subject);
  switch (config.kind) {
    case 'repository-edit':
      return config.pattern.replaceAll('{file}', subject.file).replaceAll('{line}', String(subject.line));
    case 'issue-form':
      return config.pattern
        .replaceAll('{title}', encodeURIComponent(title))
        .replaceAll('{body}', encodeURIComponent(body));
    case 'email':
      return `mailto:${config.address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
}

/**
 * The 纠错 link of every dataset record (by record id): the plan file at the
 * line of the record's front-matter entry, its quote and its page. Empty where
 * reporting is not configured.
 */
export function recordReportHrefs(
  input: DatasetInput,
  records: readonly TargetRecord[],
  config: ReportErrorConfig | null,
  site: string,
): Map<string, string> {
  const hrefs = new Map<string, string>();
  if (!config) return hrefs;
  for (const record of records) {
    const plan = input.plans.find((p) => p.data.district === record.district && p.data.plan === record.plan);
    if (!plan) continue;
    const index = plan.data.indicators.findIndex(
      (entry) =>
        entry.indicator === record.indicator && entry.year === record.year && record.url.endsWith(`#${entry.target}`),
    );
    const href = reportErrorHref(config, {
      file: plan.file,
      line: plan.entryLines[index] ?? 1,
      id: record.id,
      quote: record.quote,
      pageUrl: new URL(record.url, site).href,
    });
    if (href) hrefs.set(record.id, href);
  }
  return hrefs;
}

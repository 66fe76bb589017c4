import type { ReportErrorConfig } from '../../schema/site-config.ts';

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

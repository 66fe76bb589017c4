import { describe, expect, it } from 'vitest';
import { reportErrorHref } from '../../src/lib/site/report-error.ts';
import { SiteConfigSchema } from '../../src/schema/site-config.ts';

const subject = {
  file: 'content/plans/lishui/women.md',
  line: 42,
  id: 'lishui/women/health-t1-4',
  quote: '——孕产妇死亡率控制在9/10万以下，城乡、区域差距缩小。',
  pageUrl: 'https://example.org/plans/lishui/women/#health-t1-4',
};

describe('纠错 links', () => {
  it('are not rendered when nothing is configured', () => {
    expect(SiteConfigSchema.parse({}).report_error).toBeNull();
    expect(reportErrorHref(null, subject)).toBeNull();
  });
  it('open the Markdown at the entry line in the repository editor', () => {
    const config = {
      kind: 'repository-edit',
      pattern: 'https://git.example.org/atlas/edit/main/{file}#L{line}',
    } as const;
    expect(reportErrorHref(config, subject)).toBe(
      'https://git.example.org/atlas/edit/main/content/plans/lishui/women.md#L42',
    );
  });
  it('prefill an issue form with the id, the quote and the page URL', () => {
    const config = {
      kind: 'issue-form',
      pattern: 'https://git.example.org/atlas/issues/new?title={title}&body={body}',
    } as const;
    const url = new URL(reportErrorHref(config, subject) ?? '');
    expect(url.searchParams.get('title')).toBe('纠错：lishui/women/health-t1-4');
    expect(url.searchParams.get('body')).toContain(subject.quote);
    expect(url.searchParams.get('body')).toContain(subject.pageUrl);
  });
  it('prefill an e-mail', () => {
    const href = reportErrorHref({ kind: 'email', address: 'guihua@example.gov.cn' }, subject) ?? '';
    expect(href.startsWith('mailto:guihua@example.gov.cn?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain(subject.quote);
  });
  it('reject a configuration without the placeholders', () => {
    expect(
      SiteConfigSchema.safeParse({ report_error: { kind: 'repository-edit', pattern: 'https://x.org/' } }).success,
    ).toBe(false);
  });
});

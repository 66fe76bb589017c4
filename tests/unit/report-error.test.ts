import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { listSources } from '../../src/lib/io/read-content.ts';
import { checkPlanFile } from '../../src/lib/plan/validate-plan.ts';
import { ROOT } from '../support/fixtures.ts';
import { planLinks } from '../../src/lib/site/plan-links.ts';
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

describe('纠错 links on plan pages', () => {
  const { districts, indicators } = loadContent(ROOT);
  const text = readFileSync(join(ROOT, 'tests/fixtures/check/valid-targets/input.md'), 'utf8');
  const render = (reportError: Parameters<typeof reportErrorHref>[0]) =>
    checkPlanFile('content/plans/fuxin-xihe/women.md', text, {
      districts: new Set(districts.map((d) => d.slug)),
      sources: new Set(listSources(ROOT)),
      today: '2026-11-25',
      indicators,
      links: planLinks({ base: '/', site: 'https://example.org', reportError }),
    }).body.html;

  it('link every target item and table row to the line of its front-matter entry', () => {
    const html = render({ kind: 'repository-edit', pattern: 'https://git.example.org/edit/{file}#L{line}' });
    const links = html.match(/<a class="report-link" href="[^"]*"/gu) ?? [];
    // health-t1 (no entry: its own line 38), health-t2 (its entry on line 21), and the domain table row.
    expect(links).toEqual([
      '<a class="report-link" href="https://git.example.org/edit/content/plans/fuxin-xihe/women.md#L38"',
      '<a class="report-link" href="https://git.example.org/edit/content/plans/fuxin-xihe/women.md#L21"',
      '<a class="report-link" href="https://git.example.org/edit/content/plans/fuxin-xihe/women.md#L21"',
    ]);
  });

  it('are absent when nothing is configured', () => {
    expect(render(null)).not.toContain('纠错');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readDataFiles } from '../../src/lib/io/read-content.ts';
import { readDivisionIndex } from '../../src/lib/io/read-division-list.ts';
import { formatIssue } from '../../src/lib/plan/plan-issue.ts';
import { SiteConfigSchema } from '../../src/schema/site-config.ts';
import { ROOT } from '../support/fixtures.ts';

const configured = (
  JSON.parse(readFileSync(join(ROOT, 'plan-atlas.config.json'), 'utf8')) as {
    dataset_licence: { id: string; url: string; title: string };
  }
).dataset_licence;

describe('the dataset licence', () => {
  it('defaults to CC-BY-4.0 when the configuration names none', () => {
    expect(SiteConfigSchema.parse({}).dataset_licence.id).toBe('CC-BY-4.0');
  });

  it('is refused with file:line when it is a placeholder', () => {
    const config = JSON.stringify(
      { report_error: null, dataset_licence: { ...configured, id: 'LicenseRef-to-be-decided' } },
      null,
      2,
    );
    const { districts, indicators } = readDataFiles(ROOT);
    const check = checkContent([], { districts, indicators, config }, [], {
      today: '2026-11-25',
      base: '/',
      site: 'https://example.org',
      divisions: readDivisionIndex(),
    });
    expect(check.issues.map(formatIssue)).toEqual([
      'plan-atlas.config.json:4: dataset_licence.id: 这是占位符，不是许可：请写明数据集采用的许可，例如 CC-BY-4.0',
    ]);
  });
});

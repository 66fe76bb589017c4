import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftIndicators, replaceFrontMatterKeys } from '../../src/lib/targets/draft-indicators.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import { ROOT } from '../support/fixtures.ts';

const FILE = [
  '---',
  'title: 某规划 # as printed',
  'period: { start: 2021, end: 2030 }',
  'changes:',
  '  - { date: 2026-11-25, version: 1, note: 首次发布：据原文导入。 }',
  '# old comment',
  'indicators: []',
  'extra: kept',
  '---',
  '',
  '正文 {#x}',
  '',
].join('\n');

const ENTRY = { indicator: 'maternal-mortality', target: 'health-t2', comparator: '<=', value: 10.5 };

describe('writing front-matter keys', () => {
  it('replaces only the given keys, keeping every other byte', () => {
    const text = replaceFrontMatterKeys(FILE, {
      indicators: { value: [ENTRY], comment: 'reviewed by hand 2026-11-25' },
      ignored_figures: { value: [{ target: 'health-t2', figure: '65 岁', reason: '年龄限定语' }] },
    });
    expect(text).toBe(
      [
        '---',
        'title: 某规划 # as printed',
        'period: { start: 2021, end: 2030 }',
        'changes:',
        '  - { date: 2026-11-25, version: 1, note: 首次发布：据原文导入。 }',
        '# reviewed by hand 2026-11-25',
        'indicators:',
        '  - indicator: maternal-mortality',
        '    target: health-t2',
        '    comparator: "<="',
        '    value: 10.5',
        'extra: kept',
        'ignored_figures:',
        '  - target: health-t2',
        '    figure: 65 岁',
        '    reason: 年龄限定语',
        '---',
        '',
        '正文 {#x}',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent', () => {
    const keys = { indicators: { value: [ENTRY], comment: 'reviewed by hand 2026-11-25' } };
    const once = replaceFrontMatterKeys(FILE, keys);
    expect(replaceFrontMatterKeys(once, keys)).toBe(once);
  });

  it('round-trips the published plans', () => {
    const path = join(ROOT, 'content', 'plans', 'lishui', 'women.md');
    const text = readFileSync(path, 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '';
    const data = parse(yaml) as { indicators: unknown; ignored_figures: unknown };
    expect(
      replaceFrontMatterKeys(text, {
        indicators: { value: data.indicators, comment: 'reviewed by hand 2026-11-25' },
        ignored_figures: { value: data.ignored_figures },
      }),
    ).toBe(text);
  });
});

describe('drafting', () => {
  it('proposes entries for a plan file and reports its current list', () => {
    const text = readFileSync(join(ROOT, 'content', 'plans', 'tianjin-wuqing', 'women.md'), 'utf8');
    const draft = draftIndicators(text, readIndicators(ROOT));
    expect(draft.entries.find((entry) => entry.indicator === 'maternal-mortality')).toMatchObject({
      target: 'health-t2',
      value: 8.5,
      value_as_written: '8.5/10万',
      comparator: '<=',
    });
    expect(draft.current.length).toBeGreaterThan(0);
  });
});

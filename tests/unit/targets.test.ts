import { describe, expect, it } from 'vitest';
import { comparatorFromWords, contradicts } from '../../src/lib/targets/comparator.ts';
import {
  extractTargets,
  planItemsFromAnchors,
  sectionOfAnchor,
  uncoveredFigures,
} from '../../src/lib/targets/extract-targets.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import { convert, findFigures, isConvertible, parseFigure } from '../../src/lib/targets/units.ts';
import { IndicatorRegistrySchema } from '../../src/schema/indicator.ts';
import { ROOT } from '../support/fixtures.ts';

const registry = readIndicators(ROOT);

describe('figures', () => {
  it('reads figures with the spacing printed in the sources', () => {
    expect(parseFigure('10.5/10 万以下')).toEqual({ value: 10.5, unit: 'per-100k', written: '10.5/10 万' });
    expect(parseFigure('70% 以上')).toEqual({ value: 70, unit: 'percent', written: '70%' });
    expect(parseFigure('98%')).toEqual({ value: 98, unit: 'percent', written: '98%' });
    expect(parseFigure('92％')).toEqual({ value: 92, unit: 'percent', written: '92％' });
    expect(parseFigure('11/万以下')).toEqual({ value: 11, unit: 'per-10k', written: '11/万' });
    expect(parseFigure('0.5—1 个百分点')).toEqual({
      value: 0.5,
      max: 1,
      unit: 'percentage-point',
      written: '0.5—1 个百分点',
    });
    expect(parseFigure('14000元/人')).toEqual({ value: 14000, unit: 'yuan-per-person', written: '14000元/人' });
    expect(parseFigure('孕产妇死亡率')).toBeNull();
  });

  it('does not read years, bare numbers or words that start with a unit character', () => {
    expect(findFigures('到 2025 年控制在 10.5/10 万以下').map((f) => f.written)).toEqual(['10.5/10 万']);
    expect(findFigures('“12338”妇女维权公益服务热线')).toEqual([]);
    expect(findFigures('每年参加2次以上家庭教育').map((f) => f.unit)).toEqual(['occurrence']);
    expect(findFigures('建有1家庭')).toEqual([]);
    expect(findFigures('0-6 个月婴儿纯母乳喂养率').map((f) => f.unit)).toEqual(['month']);
  });

  it('converts within a dimension only', () => {
    expect(isConvertible('percent', 'permille')).toBe(true);
    expect(isConvertible('percent', 'percentage-point')).toBe(false);
    expect(isConvertible('institution', 'count')).toBe(true);
    expect(isConvertible('person', 'bed')).toBe(false);
    expect(convert(3, 'percent', 'permille')).toBe(30);
    expect(convert(10.5, 'per-100k', 'per-10k')).toBe(1.05);
    expect(() => convert(1, 'hour', 'yuan')).toThrow();
  });
});

describe('comparators', () => {
  it('reads the words around the value', () => {
    expect(comparatorFromWords('以下，城乡差距逐步缩小', '控制在')).toBe('<=');
    expect(comparatorFromWords('以内。')).toBe('<=');
    expect(comparatorFromWords('，', '不超过')).toBe('<=');
    expect(comparatorFromWords('以上')).toBe('>=');
    expect(comparatorFromWords(',', '不低于')).toBe('>=');
    expect(comparatorFromWords('。', '超过')).toBe('>=');
    expect(comparatorFromWords('', '至少各配备')).toBe('>=');
    expect(comparatorFromWords('左右。', '保持在')).toBe('~');
    expect(comparatorFromWords('', '约')).toBe('~');
    expect(comparatorFromWords('。', '达到')).toBe('=');
    expect(comparatorFromWords('，', '降至')).toBe('<=');
  });

  it('finds contradictions between a recorded comparator and the text', () => {
    expect(contradicts('>=', '以下')).toBe(true);
    expect(contradicts('<=', '以下')).toBe(false);
    expect(contradicts('=', '。')).toBe(false);
    expect(contradicts('<=', '以上', true)).toBe(false);
  });
});

describe('indicator registry', () => {
  it('is valid and covers the shared indicators', () => {
    expect(registry.length).toBeGreaterThan(60);
    const ids = registry.map((indicator) => indicator.id);
    for (const id of [
      'maternal-mortality',
      'infant-mortality',
      'preschool-gross-enrolment',
      'childcare-places-per-1000',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('rejects a wording claimed by two indicators', () => {
    const [first, second] = registry;
    if (!first || !second) throw new Error('registry too small');
    const result = IndicatorRegistrySchema.safeParse([
      first,
      { ...second, aliases: [...second.aliases, first.aliases[0]] },
    ]);
    expect(result.success).toBe(false);
  });
});

describe('extractor helpers', () => {
  it('maps anchors to sections', () => {
    expect(sectionOfAnchor('health-t2')).toBe('targets');
    expect(sectionOfAnchor('health-t2-1')).toBe('targets');
    expect(sectionOfAnchor('social-security-m10')).toBe('measures');
    expect(sectionOfAnchor('project-3')).toBe('projects');
    expect(sectionOfAnchor('part-1-2')).toBeNull();
  });

  it('reads list items and 重点工程 paragraphs from the anchors', () => {
    const anchor = { unnumbered: false, line: 1, text: '…' };
    const items = planItemsFromAnchors([
      { ...anchor, id: 'health-targets', element: 'heading', depth: 4 },
      { ...anchor, id: 'health-t1', element: 'item' },
      { ...anchor, id: 'part-1-1', element: 'paragraph' },
      { ...anchor, id: 'project-1', element: 'paragraph' },
    ]);
    expect(items.map((item) => [item.id, item.section])).toEqual([
      ['health-t1', 'targets'],
      ['project-1', 'projects'],
    ]);
  });

  it('lists figures in 主要目标 items that no entry records', () => {
    const items = [
      {
        id: 'environment-t6',
        section: 'targets' as const,
        text: '农村自来水普及率到2025年达到80%，力争达到88%，到2030年继续巩固提升。',
      },
      { id: 'health-t9', section: 'targets' as const, text: '5 岁以下儿童贫血率和生长迟缓率分别控制在 10%和 5%以下。' },
      { id: 'health-m1', section: 'measures' as const, text: '孕产妇系统管理率保持在90%以上。' },
    ];
    const entries = extractTargets(items, { start: 2021, end: 2030 }, registry);
    expect(uncoveredFigures(items, entries, { registry })).toEqual([
      { target: 'environment-t6', figure: '88%', value: 88, unit: 'percent' },
    ]);
    const ignored = [{ target: 'environment-t6', figure: '88%', reason: '力争目标，与 80% 同年' }];
    expect(uncoveredFigures(items, entries, { registry, ignored })).toEqual([]);
    // Without the registry, age qualifiers are still skipped.
    expect(uncoveredFigures(items, [], {}).map((f) => f.figure)).toEqual(['80%', '88%', '10%', '5%']);
  });
});

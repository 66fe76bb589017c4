import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMALISATION_RULES, normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';
import { ROOT } from '../support/fixtures.ts';

describe('NORMALISATION_RULES', () => {
  it('has unique kebab-case ids and both descriptions', () => {
    const ids = NORMALISATION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of NORMALISATION_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.from).not.toBe('');
      expect(rule.to).not.toBe('');
      expect(rule.description).toMatch(/[A-Za-z]/);
      expect(rule.description_zh).toMatch(/[\u4e00-\u9fff]/);
      if (rule.pattern) expect(rule.pattern.flags).toContain('g');
    }
  });
});

describe('normaliseSourceText', () => {
  it.each([
    // 铁西 (002): ASCII punctuation throughout.
    ['主要目标:', '主要目标：'],
    ['(一)指导思想', '（一）指导思想'],
    ['未来十年,是全面建设社会主义现代化国家', '未来十年，是全面建设社会主义现代化国家'],
    ['分别达到92％，2030年', '分别达到92%，2030年'],
    // 武清 (003), 丽水 (004): full-width full stop in list numbers.
    ['1．坚持党的全面领导。', '1.坚持党的全面领导。'],
    ['10．健全妇幼健康服务体系', '10.健全妇幼健康服务体系'],
    // 细河 (000): conversion bullets before list numbers, `and` for 和.
    ['- 1.妇女平等享有社会保障权益', '1.妇女平等享有社会保障权益'],
    ['增强监护责任意识 and 能力。', '增强监护责任意识和能力。'],
    ['加强对学习类APP和进入校园', '加强对学习类APP和进入校园'],
    ['疑似被拐卖人员 DNA 数据等信息', '疑似被拐卖人员 DNA 数据等信息'],
    // Figures are kept exactly, spaces included.
    ['孕产妇死亡率到 2025 年控制在 10.5/10 万以下', '孕产妇死亡率到 2025 年控制在 10.5/10 万以下'],
    ['男女比例至少为 3:2，人流量较大', '男女比例至少为 3:2，人流量较大'],
    ['9.5 岁以下儿童贫血率', '9.5 岁以下儿童贫血率'],
    ['１２岁', '12岁'],
    ['3、加强', '3.加强'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSourceText(input)).toBe(expected);
  });

  it('does not join or split lines, and is idempotent and line by line on every source', () => {
    const dir = join(ROOT, 'data', 'sources');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const normalised = normaliseSourceText(text);
      expect(normalised.split('\n').length).toBe(text.split('\n').length);
      expect(normaliseSourceText(normalised)).toBe(normalised);
      expect(text.split('\n').map(normaliseSourceText).join('\n')).toBe(normalised);
      expect(normalised).not.toMatch(/[,;()％]|[０-９]|\d．/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../src/lib/import/chinese-numerals.ts';
import { endsSentence, lineShape } from '../../src/lib/import/line-shapes.ts';
import { normaliseSourceText } from '../../src/lib/import/normalisation-rules.ts';

/** Shape of a raw source line, as the importer sees it (normalised, trimmed). */
const shape = (line: string) => lineShape(normaliseSourceText(line).trim());

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
  it('rejects other text', () => {
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('指导')).toBeNull();
  });
});

describe('lineShape', () => {
  it('recognises the preface heading', () => {
    expect(shape('前 言').kind).toBe('preface');
    expect(shape(' 前  言').kind).toBe('preface');
    expect(shape('序言').kind).toBe('preface');
  });

  it('recognises parts', () => {
    expect(shape('一、指导思想、基本原则和总体目标')).toEqual({ kind: 'part', number: 1 });
    expect(shape('    二、发展领域、主要目标和策略措施')).toEqual({ kind: 'part', number: 2 });
    expect(shape('四、 规划实施保障')).toEqual({ kind: 'part', number: 4 });
  });

  it('recognises subsections in both bracket forms, with or without a closing 。', () => {
    expect(shape('（一）指导思想')).toMatchObject({ kind: 'subsection', number: 1, title: '指导思想' });
    expect(shape('(四) 妇女参与决策和管理')).toMatchObject({
      kind: 'subsection',
      number: 4,
      title: '妇女参与决策和管理',
    });
    expect(shape('（一）妇女与健康。')).toMatchObject({ kind: 'subsection', number: 1, title: '妇女与健康。' });
    expect(shape('(十一)鼓励社会各界广泛参与。鼓励企事业单位')).toEqual({ kind: 'inline', number: 11 });
    expect(shape('（一）坚持党的全面领导。坚持以习近平新时代中国特色社会主义思想为指导')).toEqual({
      kind: 'inline',
      number: 1,
    });
  });

  it('recognises block headings with or without a colon', () => {
    expect(shape('主要目标：')).toEqual({ kind: 'block', block: 'targets' });
    expect(shape('    策略措施:')).toEqual({ kind: 'block', block: 'measures' });
    expect(shape('主要措施：')).toEqual({ kind: 'block', block: 'measures' });
    expect(shape('重点工程')).toEqual({ kind: 'block', block: 'projects' });
    expect(shape('二、发展领域、主要目标和策略措施').kind).toBe('part');
  });

  it('reads list numbers in every printed form, glued figures included', () => {
    expect(shape('1. 妇女全生命周期享有良好的卫生健康服务')).toMatchObject({ kind: 'item', number: 1 });
    expect(shape('1．坚持党的全面领导。')).toMatchObject({ kind: 'item', number: 1, rest: '坚持党的全面领导。' });
    expect(shape('- 7.妇女福利待遇水平持续提高')).toMatchObject({ kind: 'item', number: 7 });
    expect(shape('9.5 岁以下儿童贫血率')).toMatchObject({ kind: 'item', number: 9, rest: '5 岁以下儿童贫血率' });
    expect(shape('　　11．做好流动妇女卫生保健工作。')).toMatchObject({ kind: 'item', number: 11 });
  });

  it('recognises dash sub-items and plain text', () => {
    expect(shape('——孕产妇死亡率控制在9/10万以下').kind).toBe('subitem');
    expect(shape('      ——预防和控制儿童道路交通伤害').kind).toBe('subitem');
    expect(shape('保障妇女人人享有卫生保健服务。').kind).toBe('plain');
  });
});

describe('endsSentence', () => {
  it('is true after closing punctuation, also before closing quotes', () => {
    expect(endsSentence('增强家长安全意识和监护意识。')).toBe(true);
    expect(endsSentence('主要目标：')).toBe(true);
    expect(endsSentence('基层儿童福利工作实现“全覆盖”。')).toBe(true);
    expect(endsSentence('倡导“绿色出行。”')).toBe(true);
  });
  it('is false inside a broken sentence', () => {
    expect(endsSentence('新生儿先天性甲状腺功能减低症、苯丙酮尿症、听力三项指标筛查率分别达到')).toBe(false);
    expect(endsSentence('开辟儿童图书阅览室（室）')).toBe(false);
    expect(endsSentence('建立公')).toBe(false);
  });
});

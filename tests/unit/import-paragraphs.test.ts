import { describe, expect, it } from 'vitest';
import { findLostSubsections, joinParagraphs } from '../../src/lib/import/paragraphs.ts';
import { normalisedLines, splitLines } from '../../src/lib/import/source-lines.ts';

/** Paragraphs of a source snippet (lines as printed, 1-based). */
function paragraphsOf(text: string) {
  const lines = splitLines(text);
  return joinParagraphs(normalisedLines(lines, [1, lines.length]));
}

describe('joinParagraphs: page and line breaks', () => {
  it('joins a sentence broken by a page break (blank lines), even before a figure', () => {
    // 细河 (000) lines 601–603.
    const result = paragraphsOf(
      '其中，新生儿先天性甲状腺功能减低症、苯丙酮尿症、听力三项指标筛查率分别达到\n\n99.32%、99.32%和 100%，均提前完成省目标要求的 85%、85%和 75%。\n\n受经济社会发展水平制约，我区儿童事业发展仍存在不平衡不充分问题。',
    );
    expect(result.map((p) => [p.kind, p.firstLine, p.lastLine])).toEqual([
      ['plain', 1, 3],
      ['plain', 5, 5],
    ]);
    expect(result[0]?.text).toBe(
      '其中，新生儿先天性甲状腺功能减低症、苯丙酮尿症、听力三项指标筛查率分别达到99.32%、99.32%和 100%，均提前完成省目标要求的 85%、85%和 75%。',
    );
  });

  it('joins a line broken without a blank line (铁西 002) and keeps the next item apart', () => {
    const result = paragraphsOf(
      '    主要目标:\n1. 覆盖城乡的儿童健康服务体系更加完善,儿童医疗\n保健服务能力明显增强,儿童健康水平不断提高。\n    2.普及儿童健康生活方式,提高儿童及其照护人健康素养。',
    );
    expect(result.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['block', null, '主要目标：'],
      ['item', 1, '覆盖城乡的儿童健康服务体系更加完善，儿童医疗保健服务能力明显增强，儿童健康水平不断提高。'],
      ['item', 2, '普及儿童健康生活方式，提高儿童及其照护人健康素养。'],
    ]);
  });

  it('joins an item broken in the middle of a word (细河 000, items with conversion bullets)', () => {
    const result = paragraphsOf(
      '- 7.妇女福利待遇水平持续提高，重点向低收入妇女、老年妇\n\n女、残疾妇女等群体倾斜。\n\n8.建立完善多层次养老服务和长期照护保障制度。',
    );
    expect(result.map((p) => [p.number, p.text])).toEqual([
      [7, '妇女福利待遇水平持续提高，重点向低收入妇女、老年妇女、残疾妇女等群体倾斜。'],
      [8, '建立完善多层次养老服务和长期照护保障制度。'],
    ]);
  });

  it('reads a figure glued to the next list number as that item (`9.5 岁以下` is item 9)', () => {
    const result = paragraphsOf(
      '8.促进儿童早期发展服务供给。\n\n9.5 岁以下儿童贫血率和生长迟缓率分别控制在 10%和 5%以下。\n\n10.儿童超重、肥胖上升趋势得到有效控制。',
    );
    expect(result.map((p) => [p.kind, p.number, p.text.slice(0, 6)])).toEqual([
      ['item', 8, '促进儿童早期'],
      ['item', 9, '5 岁以下儿'],
      ['item', 10, '儿童超重、肥'],
    ]);
  });

  it('never continues a heading', () => {
    const result = paragraphsOf('（一）妇女与健康\n\n主要目标：\n\n1. 妇女全生命周期享有良好的卫生健康服务。');
    expect(result.map((p) => p.kind)).toEqual(['subsection', 'block', 'item']);
  });
});

describe('findLostSubsections', () => {
  it('finds the headings that lost （二） and （三） (丽水 004 lines 484–510)', () => {
    const text = [
      '一、开启社会主义现代化建设儿童事业新征程',
      '（一）“十三五”时期我市儿童发展的主要成效',
      '“十三五”时期，我市坚持“儿童优先”的原则。',
      '“十四五”时期我市儿童发展机遇和挑战',
      '“十四五”时期，是我市全面落实新发展理念的关键时期。',
      '顺势而为全力造就高素质一代新人',
      '以习近平新时代中国特色社会主义思想为指导。',
      '——坚持党的全面领导。',
      '（四）“十四五”时期儿童发展总体目标',
    ].join('\n');
    const lines = splitLines(text);
    expect([...findLostSubsections(normalisedLines(lines, [1, lines.length]))]).toEqual([
      [4, 2],
      [6, 3],
    ]);
  });

  it('finds nothing when the count does not match the gap', () => {
    const lines = splitLines('（一）甲\n短行一\n正文。\n短行二\n正文。\n（三）乙');
    expect(findLostSubsections(normalisedLines(lines, [1, lines.length])).size).toBe(0);
  });
});

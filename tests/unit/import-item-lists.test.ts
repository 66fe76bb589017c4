import { describe, expect, it } from 'vitest';
import { resolveList, splitGluedItems, type ListEntry } from '../../src/lib/import/item-lists.ts';
import { joinParagraphs, type Paragraph } from '../../src/lib/import/paragraphs.ts';
import { normalisedLines, splitLines } from '../../src/lib/import/source-lines.ts';
import type { ImportWarning } from '../../src/lib/import/types.ts';

function paragraphsOf(text: string): Paragraph[] {
  const lines = splitLines(text);
  return joinParagraphs(normalisedLines(lines, [1, lines.length]));
}

function resolve(text: string, isBlock = true) {
  const warnings: ImportWarning[] = [];
  const entries: ListEntry[] = splitGluedItems(paragraphsOf(text)).map((paragraph) => ({ paragraph, intro: false }));
  const segments = resolveList(entries, (n) => `health-t${n}`, isBlock, warnings);
  return { segments, warnings };
}

describe('splitGluedItems', () => {
  it('splits an item that swallowed the next one (细河 000 line 149)', () => {
    const result = splitGluedItems(
      paragraphsOf(
        '4.女童平等接受学前教育，在园男童女童比例保持相对均衡。5.女童平等接受义务教育，九年义务教育巩固率保持在98%以上。\n\n6.女性平等接受高中阶段教育。',
      ),
    );
    expect(result.map((p) => [p.number, p.text])).toEqual([
      [4, '女童平等接受学前教育，在园男童女童比例保持相对均衡。'],
      [5, '女童平等接受义务教育，九年义务教育巩固率保持在98%以上。'],
      [6, '女性平等接受高中阶段教育。'],
    ]);
  });

  it('leaves items alone when the numbers follow on', () => {
    const result = splitGluedItems(paragraphsOf('4.比例达到 30%。5.5%以下。\n\n5.下一条。'));
    expect(result.map((p) => p.number)).toEqual([4, 5]);
  });
});

describe('resolveList', () => {
  it('numbers items that lost their numbers by position, with their —— sub-items (丽水 004)', () => {
    const { segments, warnings } = resolve(
      [
        '保障妇女人人享有卫生保健服务。',
        '——开展婚前和孕前保健指导。',
        '——提高妇女人均预期寿命。',
        '提高妇女生殖健康水平。',
        '——孕产妇死亡率控制在9/10万以下，城乡、区域差距缩小。',
        '预防妇女性病、艾滋病病毒的感染。',
        '4. 关注妇女心理健康。',
        '5．普及健康知识，改善妇女营养状况。',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(segments).toEqual([
      {
        type: 'item',
        number: 1,
        printed: false,
        text: '保障妇女人人享有卫生保健服务。',
        id: 'health-t1',
        children: [
          { text: '——开展婚前和孕前保健指导。', id: 'health-t1-1' },
          { text: '——提高妇女人均预期寿命。', id: 'health-t1-2' },
        ],
      },
      {
        type: 'item',
        number: 2,
        printed: false,
        text: '提高妇女生殖健康水平。',
        id: 'health-t2',
        children: [{ text: '——孕产妇死亡率控制在9/10万以下，城乡、区域差距缩小。', id: 'health-t2-1' }],
      },
      {
        type: 'item',
        number: 3,
        printed: false,
        text: '预防妇女性病、艾滋病病毒的感染。',
        id: 'health-t3',
        children: [],
      },
      { type: 'item', number: 4, printed: true, text: '关注妇女心理健康。', id: 'health-t4', children: [] },
      {
        type: 'item',
        number: 5,
        printed: true,
        text: '普及健康知识，改善妇女营养状况。',
        id: 'health-t5',
        children: [],
      },
    ]);
  });

  it('makes every paragraph an item in a block that printed no number at all', () => {
    const { segments } = resolve('儿童生命安全得到进一步保障。\n——有效控制儿童伤害的发生。\n出生人口素质不断提高。');
    expect(segments.map((s) => (s.type === 'item' ? [s.number, s.printed, s.children.length] : s.type))).toEqual([
      [1, false, 1],
      [2, false, 0],
    ]);
  });

  it('joins a paragraph between consecutive numbers to the item before it (page break after a full stop)', () => {
    // 细河 (000) lines 503–507.
    const { segments } = resolve(
      '8.妇女在家庭关系中的财产所有权、继承权得到有效保障。\n\n保障妇女对婚姻家庭关系中共同财产享有知情权和平等处理权。\n\n9.依法为妇女提供公共法律服务。',
    );
    expect(segments.map((s) => (s.type === 'item' ? [s.number, s.text] : s.type))).toEqual([
      [8, '妇女在家庭关系中的财产所有权、继承权得到有效保障。保障妇女对婚姻家庭关系中共同财产享有知情权和平等处理权。'],
      [9, '依法为妇女提供公共法律服务。'],
    ]);
  });

  it('keeps a paragraph before the first item of a subsection as an introduction', () => {
    const { segments } = resolve('必须坚持以下基本原则：\n1.坚持党的全面领导。\n2.坚持儿童优先。', false);
    expect(segments.map((s) => s.type)).toEqual(['paragraph', 'item', 'item']);
  });

  it('warns when the unnumbered paragraphs do not account for the missing numbers', () => {
    const { warnings } = resolve('1.第一条。\n甲。\n乙。\n3.第三条。');
    expect(warnings.map((w) => w.message)).toContain(
      '2 unnumbered paragraph(s) where 1 item number(s) are missing; kept as continuation',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { joinSpacedOutCharacters, repairPdfCharacters } from '../../src/lib/import/source-text/pdf-characters.ts';
import { pdfLines } from '../../src/lib/import/source-text/pdf-lines.ts';
import { dropPageFurniture } from '../../src/lib/import/source-text/pdf-page-furniture.ts';
import { pdfParagraphs } from '../../src/lib/import/source-text/pdf-paragraphs.ts';
import { pdfToText, SCANNED_PDF_MESSAGE } from '../../src/lib/import/source-text/pdf-to-text.ts';
import type { PdfLine } from '../../src/lib/import/source-text/pdf-types.ts';

// A page laid out like a Chinese government document: 16 pt characters,
// the text block from x = 72 to x = 520 (28 characters), first lines indented
// by two characters, 28 pt between baselines.
const SIZE = 16;
const LEFT = 72;
const PITCH = 28;
const TOP = 760;

/** A printed line: `indent` characters from the left margin, `width` characters wide (the full line by default). */
function line(
  text: string,
  row: number,
  { indent = 0, width, page = 1 }: { indent?: number; width?: number; page?: number } = {},
): PdfLine {
  const left = LEFT + indent * SIZE;
  return { page, text, left, right: left + (width ?? 28 - indent) * SIZE, y: TOP - row * PITCH, fontSize: SIZE };
}

describe('pdfParagraphs', () => {
  it('joins a line that reaches the margin to the next one, whether or not it ends in 。', () => {
    const lines = [
      line('一段文字', 0, { indent: 2 }),
      line('到行末正好是句号。', 1),
      line('下一句接着写完。', 2, { width: 8 }),
      line('另起一段。', 3, { indent: 2, width: 5 }),
    ];
    expect(pdfParagraphs(lines)).toEqual(['一段文字到行末正好是句号。下一句接着写完。', '另起一段。']);
  });

  it('ends a paragraph at a short line even where its 。 was lost', () => {
    const lines = [
      line('第一段的文字', 0, { indent: 2 }),
      line('最后一行没有句号', 1, { width: 8 }),
      line('第二段', 2, { indent: 2, width: 3 }),
      line('标题不缩进', 3, { width: 5 }),
      line('紧跟在标题后面的一行', 4, { width: 10 }),
    ];
    expect(pdfParagraphs(lines)).toEqual([
      '第一段的文字最后一行没有句号',
      '第二段',
      '标题不缩进',
      '紧跟在标题后面的一行',
    ]);
  });

  it('joins a line that stopped short because the next piece did not fit', () => {
    // 1.5 characters of room, and the next line opens with `2030年` (about 2.2 characters wide).
    const lines = [line('到', 0, { indent: 2, width: 24.5 }), line('2030年达到。', 1, { width: 7 })];
    expect(pdfParagraphs(lines)).toEqual(['到2030年达到。']);
  });

  it('joins a sentence broken across a page, with or without the 。 before the break', () => {
    const lines = [
      line('页末一行写满', 0, { indent: 2 }),
      line('翻页后接着写。', 0, { page: 2, width: 7 }),
      line('页末一行写满了。', 1, { page: 2, indent: 2 }),
      line('翻页后仍是同一段。', 0, { page: 3, width: 9 }),
    ];
    expect(pdfParagraphs(lines)).toEqual(['页末一行写满翻页后接着写。', '页末一行写满了。翻页后仍是同一段。']);
  });

  it('ends a paragraph at extra space between lines and at a change of font size', () => {
    const gap = line('空一行之后', 2);
    const title = { ...line('大标题', 4, { indent: 0, width: 28 }), fontSize: 22 };
    expect(pdfParagraphs([line('写满的一行', 0), gap, line('写满', 3), title])).toEqual([
      '写满的一行',
      '空一行之后写满',
      '大标题',
    ]);
  });

  it('continues a centred title on a centred line, and ends it before the indented text', () => {
    const lines = [
      line('武清区人民政府关于印发天津市武清区妇女和儿童发展', 0),
      line('“十四五”规划的通知', 1, { indent: 9, width: 10 }),
      line('各镇人民政府、街道办事处：', 2, { indent: 2, width: 13 }),
    ];
    expect(pdfParagraphs(lines)).toEqual([
      '武清区人民政府关于印发天津市武清区妇女和儿童发展“十四五”规划的通知',
      '各镇人民政府、街道办事处：',
    ]);
  });

  it('gives wrapped Latin words their space back', () => {
    expect(pdfParagraphs([line('the plan', 0), line('for 2030', 1, { width: 4 })])).toEqual(['the plan for 2030']);
  });
});

describe('dropPageFurniture', () => {
  const BODY = [
    '妇女是人类文明的开创者',
    '儿童是国家的未来',
    '男女平等是基本国策',
    '保障妇女儿童合法权益',
    '推动妇女全面发展',
  ];
  // Each page: its running header, a first line, a line holding only a figure, a last line and its page number.
  const bodyOf = (number: number): string[] => [BODY[number - 1] ?? '', '2', `${BODY[number - 1] ?? ''}。`];
  const page = (number: number, header: string | null, footer: string): PdfLine[] => [
    ...(header === null ? [] : [line(header, -2, { page: number, indent: 8, width: 12 })]),
    ...bodyOf(number).map((text, row) => line(text, row, { page: number })),
    line(footer, 30, { page: number, indent: 13, width: 3 }),
  ];

  it('drops page numbers in every form and a running header whose digits change', () => {
    const lines = [
      ...page(1, null, '— 1 —'),
      ...page(2, '细河区人民政府公报 2022年第2期', '- 2 -'),
      ...page(3, '细河区人民政府公报 2022年第2期', '第3页'),
      ...page(4, '细河区人民政府公报 2022年第3期', '4/35'),
      ...page(5, '细河区人民政府公报 2022年第3期', '第 5 页 共 35 页'),
    ];
    const { lines: body, dropped } = dropPageFurniture(lines);
    expect(body.map((kept) => kept.text)).toEqual([1, 2, 3, 4, 5].flatMap(bodyOf));
    expect(dropped).toEqual({
      pageNumbers: 5,
      pageNumberExample: '— 1 —',
      runningLines: [{ text: '细河区人民政府公报 2022年第2期', pages: 4 }],
    });
  });

  it('keeps a first line that repeats on fewer than half of the pages', () => {
    const lines = [1, 2, 3, 4, 5].map((number) =>
      line(number <= 2 ? '重复的一行' : (BODY[number - 1] ?? ''), 0, { page: number }),
    );
    expect(dropPageFurniture(lines).lines).toHaveLength(5);
  });
});

describe('pdfLines', () => {
  it('reads runs on one baseline as a line, with a space for a wide gap', () => {
    const item = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * SIZE, fontSize: SIZE });
    const lines = pdfLines([
      {
        width: 595,
        height: 842,
        items: [item('言', 120, 700), item('前', 100, 700.4), item('正文', 100, 672), item('', 90, 672)],
      },
    ]);
    expect(lines.map(({ text, left, right }) => ({ text, left, right }))).toEqual([
      { text: '前言', left: 100, right: 136 },
      { text: '正文', left: 100, right: 132 },
    ]);
    const spaced = pdfLines([{ width: 595, height: 842, items: [item('前', 100, 700), item('言', 124, 700)] }]);
    expect(spaced[0]?.text).toBe('前 言');
  });
});

describe('PDF characters', () => {
  it('repairs radicals, the horizontal bar and glyph-level duplicates', () => {
    // U+2329 and U+232A are canonical duplicates of the CJK angle brackets 〈 〉 (U+3008, U+3009).
    expect(repairPdfCharacters('⾩新市⼈⺠政府⻔户（2021―2030年）\u2329法\u232a')).toEqual({
      text: '阜新市人民政府门户（2021—2030年）〈法〉',
      repaired: 7,
    });
  });

  it('joins spaced-out characters but keeps two spaced characters and Latin words', () => {
    expect(joinSpacedOutCharacters('落 实 《 中 国 妇 女 发 展 纲 要 （2021—2030年）》').text).toBe(
      '落实《中国妇女发展纲要（2021—2030年）》',
    );
    expect(joinSpacedOutCharacters('要 （ 2 0 2 1 — 2 0 3 0 年 ）》， 的 通 知').text).toBe(
      '要（2021—2030年）》，的通知',
    );
    expect(joinSpacedOutCharacters('前 言').text).toBe('前 言');
    expect(joinSpacedOutCharacters('成 员：邓 雷 区水利局').text).toBe('成 员：邓 雷 区水利局');
    expect(joinSpacedOutCharacters('a b c d').text).toBe('a b c d');
  });
});

describe('pdfToText', () => {
  it('refuses a PDF without a text layer', () => {
    expect(() => pdfToText([{ width: 595, height: 842, items: [] }])).toThrow(SCANNED_PDF_MESSAGE);
  });
});

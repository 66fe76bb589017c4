import { describe, expect, it } from 'vitest';
import { firstNote, periodOfTitle } from '../../src/lib/import/import-source.ts';
import { writeFrontMatter, yamlScalar } from '../../src/lib/import/front-matter.ts';
import { escapeMarkdown } from '../../src/lib/import/markdown-escape.ts';
import { writeMarkdownBody } from '../../src/lib/import/markdown-writer.ts';
import { parse } from 'yaml';

describe('escapeMarkdown', () => {
  it('escapes inline Markdown characters anywhere', () => {
    expect(escapeMarkdown('推进“互联网+妇幼健康”服务')).toBe('推进“互联网+妇幼健康”服务');
    expect(escapeMarkdown('一段*强调*和_下划线_')).toBe('一段\\*强调\\*和\\_下划线\\_');
    expect(escapeMarkdown('a<b>[c]`d`\\e&f{g')).toBe('a\\<b>\\[c\\]\\`d\\`\\\\e\\&f\\{g');
  });
  it('escapes what would open a block at the start', () => {
    expect(escapeMarkdown('# 号')).toBe('\\# 号');
    expect(escapeMarkdown('- 组 长')).toBe('\\- 组 长');
    expect(escapeMarkdown('+ 加')).toBe('\\+ 加');
    expect(escapeMarkdown('> 引')).toBe('\\> 引');
    expect(escapeMarkdown('2022. 年')).toBe('2022\\. 年');
    expect(escapeMarkdown('0-6 岁')).toBe('0-6 岁');
  });
});

describe('writeMarkdownBody', () => {
  it('writes headings, paragraphs and lists with anchors', () => {
    const markdown = writeMarkdownBody([
      { type: 'heading', depth: 4, text: '主要目标：', id: 'health-targets' },
      {
        type: 'list',
        items: [
          {
            number: 1,
            printed: false,
            text: '保障妇女人人享有卫生保健服务。',
            id: 'health-t1',
            children: [{ text: '——开展婚前和孕前保健指导。', id: 'health-t1-1' }],
          },
          {
            number: 10,
            printed: true,
            text: '5 岁以下',
            id: 'health-t10',
            children: [{ text: '——子项', id: 'health-t10-1' }],
          },
        ],
      },
      { type: 'paragraph', text: '（一）妇幼健康保护工程。实施……', id: 'project-1' },
    ]);
    expect(markdown).toBe(
      [
        '#### 主要目标： {#health-targets}',
        '',
        '1. 保障妇女人人享有卫生保健服务。 {#health-t1 .unnumbered}',
        '   - ——开展婚前和孕前保健指导。 {#health-t1-1}',
        '10. 5 岁以下 {#health-t10}',
        '    - ——子项 {#health-t10-1}',
        '',
        '（一）妇幼健康保护工程。实施…… {#project-1}',
        '',
      ].join('\n'),
    );
  });
});

describe('front matter', () => {
  it('quotes YAML scalars only where needed', () => {
    expect(yamlScalar('细河区妇女发展规划（2021—2030年）')).toBe('细河区妇女发展规划（2021—2030年）');
    expect(yamlScalar('丽水市妇女发展“十四五”规划')).toBe('丽水市妇女发展“十四五”规划');
    expect(yamlScalar('000_2215560c8b7cdbb1.txt')).toBe('"000_2215560c8b7cdbb1.txt"');
    expect(yamlScalar('a: b')).toBe('"a: b"');
    expect(yamlScalar(null)).toBe('null');
  });

  it('round-trips through a YAML parser', () => {
    const text = writeFrontMatter({
      title: '天津市武清区妇女发展“十四五”规划',
      title_inferred: false,
      district: 'tianjin-wuqing',
      plan: 'women',
      period: { start: 2021, end: 2025 },
      issuer: '武清区人民政府',
      document_number: null,
      issued: '2022-07-15',
      notice: '武清区人民政府关于印发……的通知\n\n2022年7月15日',
      source: { file: '003_68b6a16b05043fdc.txt', title_line: 9, notice_lines: [1, 7], body_lines: [10, 440] },
      version: 1,
      updated: '2026-11-25',
      changes: [{ date: '2026-11-25', version: 1, note: firstNote(null, '武清区人民政府', '2022-07-15') }],
    });
    expect(text.startsWith('---\n') && text.endsWith('\n---\n')).toBe(true);
    const data: unknown = parse(text.slice(4, -4));
    expect(data).toMatchObject({
      title: '天津市武清区妇女发展“十四五”规划',
      document_number: null,
      notice: '武清区人民政府关于印发……的通知\n\n2022年7月15日\n',
      source: { file: '003_68b6a16b05043fdc.txt', notice_lines: [1, 7] },
      changes: [{ version: 1, note: '首次发布：据武清区人民政府2022年7月15日印发的通知原文导入。' }],
      indicators: [],
    });
  });

  it('reads the period from the title', () => {
    expect(periodOfTitle('清远市清城区儿童发展规划（2021—2030 年）')).toEqual({ start: 2021, end: 2030 });
    expect(periodOfTitle('天津市武清区儿童发展“十四五”规划')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('某规划')).toBeNull();
  });
});

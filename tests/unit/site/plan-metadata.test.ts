import { describe, expect, it } from 'vitest';
import {
  describeSourceLines,
  noticeParagraphs,
  planDescription,
  planMetadataRows,
} from '../../../src/lib/site/plan-metadata.ts';
import { planFrontMatter } from './plan-fixtures.ts';

describe('planMetadataRows', () => {
  it('lists issuer, number, date, period, version, update and source', () => {
    expect(planMetadataRows(planFrontMatter())).toEqual([
      { term: '发布机关', text: '阜新市细河区人民政府', datetime: null, code: null },
      { term: '文号', text: '阜细政发〔2022〕3号', datetime: null, code: null },
      { term: '发布日期', text: '2022年9月9日', datetime: '2022-09-09', code: null },
      { term: '规划期', text: '2021—2030年', datetime: null, code: null },
      { term: '版本', text: '第1版', datetime: null, code: null },
      { term: '最后更新', text: '2026年11月25日', datetime: '2026-11-25', code: null },
      {
        term: '来源',
        text: '标题第28行，印发通知第5—24行，正文第30—610行',
        datetime: null,
        code: '000_2215560c8b7cdbb1.txt',
      },
    ]);
  });

  it('leaves values the source does not give as null, never filled in', () => {
    const rows = planMetadataRows(planFrontMatter({ issuer: null, document_number: null, issued: null }));
    expect(rows.slice(0, 3)).toEqual([
      { term: '发布机关', text: null, datetime: null, code: null },
      { term: '文号', text: null, datetime: null, code: null },
      { term: '发布日期', text: null, datetime: null, code: null },
    ]);
  });
});

describe('describeSourceLines', () => {
  it('leaves out a title and notice the source does not have', () => {
    expect(describeSourceLines({ file: 'x.txt', title_line: null, notice_lines: null, body_lines: [481, 977] })).toBe(
      '正文第481—977行',
    );
  });
});

describe('planDescription', () => {
  it('names the issuer where known', () => {
    expect(planDescription(planFrontMatter())).toBe(
      '细河区妇女发展规划（2021—2030年）全文，阜新市细河区人民政府发布。',
    );
    expect(planDescription(planFrontMatter({ issuer: null }))).toBe('细河区妇女发展规划（2021—2030年）全文。');
  });
});

describe('noticeParagraphs', () => {
  it('splits paragraphs at blank lines and keeps the printed lines', () => {
    const notice = '关于印发的通知\n\n各单位：\n现将规划印发给你们。  \n\u3000\n阜新市细河区人民政府\n2022年9月9日\n';
    expect(noticeParagraphs(notice)).toEqual([
      ['关于印发的通知'],
      ['各单位：', '现将规划印发给你们。'],
      ['阜新市细河区人民政府', '2022年9月9日'],
    ]);
  });

  it('handles Windows line ends and runs of blank lines', () => {
    expect(noticeParagraphs('甲\r\n\r\n\r\n乙\r\n')).toEqual([['甲'], ['乙']]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../src/lib/import/import-source.ts';
import { noticeText, parseChineseDate, readNoticeMetadata } from '../../src/lib/import/notice-metadata.ts';
import { locatePlans } from '../../src/lib/import/plan-locator.ts';
import { parseSidecar } from '../../src/lib/import/sidecar.ts';
import type { SourceSidecar } from '../../src/schema/source-sidecar.ts';
import { normalisedLines, splitLines } from '../../src/lib/import/source-lines.ts';
import { ROOT } from '../support/fixtures.ts';

const SOURCES = {
  xihe: '000_2215560c8b7cdbb1.txt',
  qingcheng: '001_c6b49eef8f2ac351.txt',
  tiexi: '002_da7c13144ed0c76c.txt',
  wuqing: '003_68b6a16b05043fdc.txt',
  lishui: '004_49819e7a68b52bdf.txt',
} as const;

const sourceText = (file: string) => readFileSync(join(ROOT, 'data', 'sources', file), 'utf8');
const sourceLines = (file: string) => splitLines(sourceText(file));
function sidecarOf(file: string): SourceSidecar {
  const { sidecar, issues } = parseSidecar(readFileSync(join(ROOT, 'data', 'sources', `${file}.yaml`), 'utf8'), file);
  if (!sidecar) throw new Error(JSON.stringify(issues));
  return sidecar;
}
const importSeed = (file: string) =>
  importSource(sourceText(file), sidecarOf(file), { text: file, original: null }, { today: '2026-11-25' });

describe('locatePlans', () => {
  it('finds the notice and both titled plans (细河 000)', () => {
    const layout = locatePlans(sourceLines(SOURCES.xihe));
    expect(layout.noticeLines).toEqual([5, 20]);
    expect(layout.plans.map((p) => [p.plan, p.titleLine, p.bodyLines])).toEqual([
      ['women', 24, [26, 591]],
      ['children', 595, [597, 1113]],
    ]);
  });

  it('skips the gazette’s first item and its colophon (清城 001)', () => {
    const layout = locatePlans(sourceLines(SOURCES.qingcheng));
    expect(layout.noticeLines).toEqual([60, 66]);
    expect(layout.plans.map((p) => [p.plan, p.titleLine, p.bodyLines])).toEqual([
      ['women', 70, [72, 559]],
      ['children', 561, [563, 1033]],
    ]);
    expect(layout.colophonLines).toEqual([1035, 1039]);
  });

  it('takes the whole text as one plan where no title is printed (铁西 002)', () => {
    const layout = locatePlans(sourceLines(SOURCES.tiexi));
    expect(layout.noticeLines).toBeNull();
    expect(layout.plans.map((p) => [p.plan, p.titleLine, p.bodyLines])).toEqual([[null, null, [1, 214]]]);
  });

  it('finds where the second untitled plan starts: its preface before its 一、 (丽水 004)', () => {
    const layout = locatePlans(sourceLines(SOURCES.lishui));
    expect(layout.plans.map((p) => p.bodyLines)).toEqual([
      [1, 480],
      [481, 977],
    ]);
  });
});

describe('notice metadata', () => {
  it('reads issuer, document number and date as printed (细河 000)', () => {
    const lines = normalisedLines(sourceLines(SOURCES.xihe), [5, 20]);
    expect(readNoticeMetadata(lines)).toEqual({
      issuer: '阜新市细河区人民政府',
      documentNumber: '阜细政发〔2022〕3号',
      issued: '2022-09-09',
    });
    expect(noticeText(lines).split('\n\n')).toEqual([
      '阜新市细河区人民政府关于印发细河区妇女 发展规划（2021-2030年）和细河区儿童 发展规划（2021-2030年）的通知',
      '阜细政发〔2022〕3号',
      '四合镇人民政府，各街道办事处，六家子管委会，区政府各部门、市直驻区各单位：',
      '现将《细河区妇女发展规划（2021-2030年）》和《细河区儿童发展规划（2021-2030年）》印发给你们，请结合实际，认真贯彻落实。',
      '阜新市细河区人民政府',
      '2022年9月9日',
      '（此件公开发布）',
    ]);
  });

  it('leaves the document number null where the notice prints none (武清 003)', () => {
    expect(readNoticeMetadata(normalisedLines(sourceLines(SOURCES.wuqing), [1, 7]))).toEqual({
      issuer: '武清区人民政府',
      documentNumber: null,
      issued: '2022-07-15',
    });
  });

  it('parses printed dates', () => {
    expect(parseChineseDate('2022年9月9日')).toBe('2022-09-09');
    expect(parseChineseDate('2022年8月25日印发')).toBe('2022-08-25');
    expect(parseChineseDate('2022年 第二期')).toBeNull();
  });
});

describe('importSource', () => {
  it('never invents an issuer, number or date, and infers titles only where none is printed (丽水 004)', () => {
    const { plans, problems } = importSeed(SOURCES.lishui);
    expect(problems).toEqual([]);
    expect(
      plans.map((p) => [
        p.path,
        p.frontMatter.title,
        p.frontMatter.title_inferred,
        p.frontMatter.issuer,
        p.frontMatter.document_number,
        p.frontMatter.issued,
      ]),
    ).toEqual([
      ['content/plans/lishui/women.md', '丽水市妇女发展“十四五”规划', true, null, null, null],
      ['content/plans/lishui/children.md', '丽水市儿童发展“十四五”规划', true, null, null, null],
    ]);
  });

  it('does not publish the 土壤普查 notice (清城 001)', () => {
    const { plans } = importSeed(SOURCES.qingcheng);
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan.markdown).not.toContain('土壤普查');
      expect(plan.frontMatter.notice).not.toContain('清城府办函');
      expect(plan.frontMatter.document_number).toBe('清城府发〔2022〕6号');
    }
  });

  it('gives every anchor once per file', () => {
    for (const file of Object.values(SOURCES)) {
      for (const plan of importSeed(file).plans) {
        const ids = [...plan.markdown.matchAll(/\{#([a-z0-9-]+)/g)].map((m) => m[1]);
        expect(new Set(ids).size, plan.path).toBe(ids.length);
        expect(plan.warnings, plan.path).toEqual([]);
      }
    }
  });
});

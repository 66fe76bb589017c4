import { describe, expect, it } from 'vitest';
import type { PlanHeading } from '../../../src/lib/plan/plan-data.ts';
import { buildTableOfContents, planHeadingsFromMetadata } from '../../../src/lib/site/table-of-contents.ts';

const HEADINGS: PlanHeading[] = [
  { depth: 2, id: 'preface', text: '前 言' },
  { depth: 2, id: 'part-1', text: '一、指导思想、基本原则和总体目标' },
  { depth: 3, id: 'part-1-1', text: '（一）指导思想' },
  { depth: 3, id: 'part-1-2', text: '（二）基本原则' },
  { depth: 2, id: 'part-2', text: '二、发展领域、主要目标和策略措施' },
  { depth: 3, id: 'health', text: '（一）妇女与健康' },
  { depth: 4, id: 'health-targets', text: '主要目标：' },
  { depth: 4, id: 'health-measures', text: '策略措施：' },
  { depth: 3, id: 'education', text: '（二）妇女与教育' },
  { depth: 2, id: null, text: '三、组织实施' },
];

describe('buildTableOfContents', () => {
  it('nests domains and subsections under their parts and leaves out the blocks', () => {
    const toc = buildTableOfContents(HEADINGS);
    expect(toc.map((entry) => entry.id)).toEqual(['preface', 'part-1', 'part-2', null]);
    expect(toc[1]?.children.map((entry) => entry.text)).toEqual(['（一）指导思想', '（二）基本原则']);
    expect(toc[2]?.children.map((entry) => entry.id)).toEqual(['health', 'education']);
    expect(toc[2]?.children[0]?.children).toEqual([]);
    expect(toc[3]).toEqual({ id: null, text: '三、组织实施', depth: 2, children: [] });
  });

  it('includes deeper headings when asked', () => {
    const toc = buildTableOfContents(HEADINGS, 4);
    expect(toc[2]?.children[0]?.children.map((entry) => entry.id)).toEqual(['health-targets', 'health-measures']);
  });

  it('keeps a subsection with no part before it at the top', () => {
    const toc = buildTableOfContents(
      [
        { depth: 3, id: 'a', text: 'A' },
        { depth: 2, id: 'b', text: 'B' },
        { depth: 4, id: 'c', text: 'C' },
      ],
      4,
    );
    expect(toc.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(toc[1]?.children.map((entry) => entry.id)).toEqual(['c']);
  });

  it('trims heading text and returns nothing for no headings', () => {
    expect(buildTableOfContents([{ depth: 2, id: 'x', text: ' 前言 ' }])[0]?.text).toBe('前言');
    expect(buildTableOfContents([])).toEqual([]);
  });
});

describe('planHeadingsFromMetadata', () => {
  it('reads the headings the plan loader stores', () => {
    expect(planHeadingsFromMetadata({ planHeadings: HEADINGS })).toBe(HEADINGS);
  });

  it('fails loudly when they are missing or malformed', () => {
    expect(() => planHeadingsFromMetadata(undefined)).toThrow(TypeError);
    expect(() => planHeadingsFromMetadata({})).toThrow(TypeError);
    expect(() => planHeadingsFromMetadata({ planHeadings: [{ depth: '2', id: 'x', text: 'X' }] })).toThrow(TypeError);
  });
});

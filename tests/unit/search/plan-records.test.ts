import { describe, expect, it } from 'vitest';
import { renderPlanBody } from '../../../src/lib/plan/render-plan-body.ts';
import { readPassages } from '../../../src/lib/search/passage-hits.ts';
import { planRecord, type IndexedPassage, type PlanIndexInput } from '../../../src/lib/search/plan-records.ts';

const BODY = `## 前 言 {#preface}

追求男女平等的事业是伟大的。

第二段前言。

## 二、发展领域、主要目标和策略措施 {#part-2}

### （一）妇女与健康。 {#health}

本领域的引言。

#### 主要目标： {#health-targets}

1. 妇女全生命周期享有良好的卫生健康服务。 {#health-t1}
2. 孕产妇死亡率控制在 10/10 万以下。 {#health-t2}
    - ——城乡差距逐步缩小。 {#health-t2-1}

#### 策略措施： {#health-measures}

1. 完善妇幼健康服务体系。 {#health-m1}

## 三、重点工程 {#part-3}

（一）妇幼健康保护工程。实施母婴安全行动。 {#project-1}
`;

function input(): PlanIndexInput {
  const body = renderPlanBody(BODY);
  return {
    plan: {
      title: '细河区妇女发展规划（2021—2030年）',
      district: 'fuxin-xihe',
      plan: 'women',
      indicators: [{ target: 'health-t2' }, { target: 'project-1' }],
    },
    jurisdiction: '细河区',
    province: 'liaoning',
    anchors: body.anchors,
    headingParagraphs: body.headingParagraphs,
  };
}

describe('rehype-heading-paragraphs', () => {
  it('keys unanchored paragraphs by the heading before them', () => {
    expect(renderPlanBody(BODY).headingParagraphs).toEqual({
      preface: ['追求男女平等的事业是伟大的。', '第二段前言。'],
      health: ['本领域的引言。'],
    });
  });
});

describe('planRecord', () => {
  const record = planRecord(input());
  const passages = readPassages(record.meta['passages']);
  const passage = (id: string): IndexedPassage | undefined => passages.find((entry) => entry.id === id);

  it('makes one record per plan, linking to the plan page', () => {
    expect(record.url).toBe('/plans/fuxin-xihe/women/');
  });

  it('keeps every anchor as a passage, in document order', () => {
    expect(passages.map((entry) => entry.id)).toEqual([
      'preface',
      'part-2',
      'health',
      'health-targets',
      'health-t1',
      'health-t2',
      'health-t2-1',
      'health-measures',
      'health-m1',
      'part-3',
      'project-1',
    ]);
  });

  it('gives an item its own text and a heading the paragraphs under it; the record searches them all', () => {
    expect(passage('health-t2')?.text).toBe('孕产妇死亡率控制在 10/10 万以下。');
    expect(passage('health-t2-1')?.text).toBe('——城乡差距逐步缩小。');
    expect(passage('preface')?.text).toBe('前 言\n追求男女平等的事业是伟大的。\n第二段前言。');
    expect(record.content).toBe(passages.map((entry) => entry.text).join('\n'));
  });

  it('gives the record the plan title and jurisdiction, and every passage a title saying where it is', () => {
    expect(record.meta).toMatchObject({
      title: '细河区妇女发展规划（2021—2030年）',
      plan: '细河区妇女发展规划（2021—2030年）',
      jurisdiction: '细河区',
      group: '妇女',
      plan_path: '/plans/fuxin-xihe/women/',
    });
    expect(passage('health-t2')?.title).toBe('（一）妇女与健康 › 主要目标 › 第 2 条');
    expect(passage('health-t2-1')?.title).toBe('（一）妇女与健康 › 主要目标 › 第 2 条第 1 项');
    expect(passage('health-m1')?.title).toBe('（一）妇女与健康 › 策略措施 › 第 1 条');
    expect(passage('project-1')?.title).toBe('三、重点工程 › 第 1 项');
    expect(passage('preface')?.title).toBe('前 言');
  });

  it('marks each passage with its block and, for target items, whether a quantitative target is recorded', () => {
    expect(passage('health-t1')).toMatchObject({ section: 'targets', quantitative: 'no' });
    expect(passage('health-t2')).toMatchObject({ section: 'targets', quantitative: 'yes' });
    expect(passage('health-m1')).toMatchObject({ section: 'measures', quantitative: null });
    expect(passage('project-1')).toMatchObject({ section: 'projects', quantitative: 'yes' });
    expect(passage('health')).toMatchObject({ section: null, quantitative: null });
  });

  it('sets the record filters: province, jurisdiction, group, and the domains, blocks and quantitative values of its passages', () => {
    expect(record.filters).toEqual({
      province: ['liaoning'],
      jurisdiction: ['fuxin-xihe'],
      group: ['women'],
      domain: ['health'],
      section: ['targets', 'measures', 'projects'],
      quantitative: ['no', 'yes'],
    });
  });

  it('leaves out filters no passage has a value for', () => {
    const preface = planRecord({ ...input(), anchors: input().anchors.filter((anchor) => anchor.id === 'preface') });
    expect(preface.filters).toEqual({
      province: ['liaoning'],
      jurisdiction: ['fuxin-xihe'],
      group: ['women'],
    });
  });
});

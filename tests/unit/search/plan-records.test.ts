import { describe, expect, it } from 'vitest';
import { renderPlanBody } from '../../../src/lib/plan/render-plan-body.ts';
import { headingParagraphs } from '../../../src/lib/search/heading-paragraphs.ts';
import { planRecords, type PlanIndexInput } from '../../../src/lib/search/plan-records.ts';

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
    headingParagraphs: headingParagraphs(body.html),
  };
}

describe('headingParagraphs', () => {
  it('keys unanchored paragraphs by the heading before them', () => {
    const paragraphs = headingParagraphs(renderPlanBody(BODY).html);
    expect(Object.fromEntries(paragraphs)).toEqual({
      preface: ['追求男女平等的事业是伟大的。', '第二段前言。'],
      health: ['本领域的引言。'],
    });
  });
});

describe('planRecords', () => {
  const records = planRecords(input());
  const byAnchor = new Map(records.map((record) => [record.url.split('#')[1], record]));

  it('makes one record per anchor, linking to the anchor on the plan page', () => {
    expect(records.map((record) => record.url)).toEqual(
      [
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
      ].map((id) => `/plans/fuxin-xihe/women/#${id}`),
    );
  });

  it('indexes an item by its own text and a heading with the paragraphs under it', () => {
    expect(byAnchor.get('health-t2')?.content).toBe('孕产妇死亡率控制在 10/10 万以下。');
    expect(byAnchor.get('health-t2-1')?.content).toBe('——城乡差距逐步缩小。');
    expect(byAnchor.get('preface')?.content).toBe('前 言\n追求男女平等的事业是伟大的。\n第二段前言。');
  });

  it('gives every record the plan title and jurisdiction, and a title saying where it is', () => {
    for (const record of records) {
      expect(record.meta).toMatchObject({
        plan: '细河区妇女发展规划（2021—2030年）',
        jurisdiction: '细河区',
        group: '妇女',
        plan_path: '/plans/fuxin-xihe/women/',
        type: 'plan',
      });
    }
    expect(byAnchor.get('health')?.meta['title']).toBe('（一）妇女与健康');
    expect(byAnchor.get('health-t2')?.meta['title']).toBe('（一）妇女与健康 › 主要目标 › 第 2 条');
    expect(byAnchor.get('health-t2-1')?.meta['title']).toBe('（一）妇女与健康 › 主要目标 › 第 2 条第 1 项');
    expect(byAnchor.get('health-m1')?.meta['title']).toBe('（一）妇女与健康 › 策略措施 › 第 1 条');
    expect(byAnchor.get('project-1')?.meta['title']).toBe('三、重点工程 › 第 1 项');
    expect(byAnchor.get('preface')?.meta['title']).toBe('前 言');
  });

  it('sets the filters: province, jurisdiction, group, domain, section and quantitative indicators', () => {
    expect(byAnchor.get('health-t1')?.filters).toEqual({
      province: ['liaoning'],
      jurisdiction: ['fuxin-xihe'],
      group: ['women'],
      type: ['plan'],
      domain: ['health'],
      section: ['targets'],
      quantitative: ['no'],
    });
    expect(byAnchor.get('health-t2')?.filters['quantitative']).toEqual(['yes']);
    expect(byAnchor.get('health-m1')?.filters).toMatchObject({ domain: ['health'], section: ['measures'] });
    expect(byAnchor.get('health-m1')?.filters['quantitative']).toBeUndefined();
    expect(byAnchor.get('project-1')?.filters).toMatchObject({ section: ['projects'], quantitative: ['yes'] });
    expect(byAnchor.get('project-1')?.filters['domain']).toBeUndefined();
    expect(byAnchor.get('preface')?.filters).toEqual({
      province: ['liaoning'],
      jurisdiction: ['fuxin-xihe'],
      group: ['women'],
      type: ['plan'],
    });
  });
});

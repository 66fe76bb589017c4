import { describe, expect, it } from 'vitest';
import { PassageCursor, PLANS_PER_LOAD, type RecordData } from '../../../src/lib/search/passage-cursor.ts';
import type { IndexedPassage } from '../../../src/lib/search/plan-records.ts';
import type { SearchPass } from '../../../src/lib/search/search-passes.ts';

/** A plan record whose passages have these texts (ids `<plan>-<n>`), counting how often its data is loaded. */
function plan(name: string, texts: string[], loads: string[]) {
  const passages: IndexedPassage[] = texts.map((text, index) => ({
    id: `${name}-${String(index + 1)}`,
    title: name,
    text,
    section: 'targets',
    quantitative: null,
  }));
  const data: RecordData = { meta: { plan_path: name, passages: JSON.stringify(passages) } };
  return {
    data: (): Promise<RecordData> => {
      loads.push(name);
      return Promise.resolve(data);
    },
  };
}

const 托育: SearchPass = { kind: 'phrase', terms: [['托育']], match: 'all' };

describe('PassageCursor', () => {
  it('loads only the plans asked for, and ranks the passages of all plans loaded', async () => {
    const loads: string[] = [];
    const cursor = new PassageCursor(
      [
        plan(
          'a',
          [
            '完善儿童福利制度，健全困境儿童分类保障，加强儿童之家建设，发展普惠托育，推进家庭教育指导服务，提升儿童友好城市建设水平，强化未成年人保护工作。',
            '无关',
          ],
          loads,
        ),
        plan('b', ['托育服务。'], loads),
        plan('c', ['托育'], loads),
      ],
      托育,
      {},
    );
    expect(cursor.plans).toBe(3);
    await cursor.load(1);
    expect(loads).toEqual(['a']);
    expect(cursor.pending).toBe(1);
    expect(cursor.plansLeft).toBe(2);
    await cursor.load(5);
    expect(loads).toEqual(['a', 'b', 'c']);
    expect(cursor.plansLeft).toBe(0);
    // The short passages that say 托育 rank above the long one (loaded first) that says it once.
    expect(cursor.take(2).map((found) => found.hit.passage.id)).toEqual(['c-1', 'b-1']);
    expect(cursor.take(5).map((found) => found.hit.passage.id)).toEqual(['a-1']);
    expect(cursor.pending).toBe(0);
  });

  it('finds nothing in plans that have the query’s tokens but not the query, or only outside the filters', async () => {
    const loads: string[] = [];
    const cursor = new PassageCursor([plan('a', ['托位和育儿'], loads), plan('b', ['托育'], loads)], 托育, {
      section: ['measures'],
    });
    await cursor.load(2);
    expect(cursor.pending).toBe(0);
  });

  describe('loadFirst', () => {
    /** `count` plans, those at the `hits` positions with a passage saying 托育. */
    const plans = (count: number, hits: number[], loads: string[]) =>
      Array.from({ length: count }, (_, at) => plan(`p${String(at)}`, [hits.includes(at) ? '托育' : '托位'], loads));

    it('loads every plan where a pass finds few', async () => {
      const loads: string[] = [];
      expect(await new PassageCursor(plans(10, [9], loads), 托育, {}).loadFirst(false)).toBe(true);
      expect(loads).toHaveLength(10);
    });

    it('probes two plans of many, then loads a whole load where they have passages to show', async () => {
      const loads: string[] = [];
      expect(await new PassageCursor(plans(30, [1], loads), 托育, {}).loadFirst(false)).toBe(true);
      expect(loads).toHaveLength(PLANS_PER_LOAD);
    });

    it('stops after the probe where neither plan has one, unless no pass is left', async () => {
      const loads: string[] = [];
      expect(await new PassageCursor(plans(30, [4], loads), 托育, {}).loadFirst(false)).toBe(false);
      expect(loads).toHaveLength(2);
      loads.length = 0;
      expect(await new PassageCursor(plans(30, [4], loads), 托育, {}).loadFirst(true)).toBe(true);
      expect(loads).toHaveLength(PLANS_PER_LOAD);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { rankByAmbition } from '../../../src/lib/compare/ambition.ts';
import { chartInput } from '../../../src/lib/compare/chart-input.ts';
import { districtProfile } from '../../../src/lib/compare/district-profile.ts';
import { allIndicatorStats } from '../../../src/lib/compare/indicator-stats.ts';
import { indicatorRows, indicatorRowsCsv } from '../../../src/lib/compare/indicator-rows.ts';
import { buildMatrix } from '../../../src/lib/compare/matrix.ts';
import { matrixStateQuery, parseMatrixState } from '../../../src/lib/compare/matrix-state.ts';
import { headlineView, summarySentence } from '../../../src/lib/compare/summary.ts';
import { dotStrip } from '../../../src/lib/charts/dot-strip.ts';
import { indicatorChart } from '../../../src/lib/charts/indicator-chart.ts';
import { realCompareData } from './real-data.ts';

const { compare, districts, indicators, views } = realCompareData();
const districtCount = compare.districts.length;
const stats = allIndicatorStats(views, districts);

describe('rankByAmbition', () => {
  const items = [
    { key: 'a', value: 95 },
    { key: 'b', value: 98 },
    { key: 'c', value: 95 },
    { key: 'd', value: 90 },
  ];

  it('ranks higher values first where higher is better, ties sharing a rank', () => {
    const ranks = rankByAmbition(items, 'higher');
    expect(['a', 'b', 'c', 'd'].map((key) => ranks.get(key))).toEqual([
      { rank: 2, of: 4, level: 'mid' },
      { rank: 1, of: 4, level: 'high' },
      { rank: 2, of: 4, level: 'mid' },
      { rank: 4, of: 4, level: 'low' },
    ]);
  });

  it('ranks lower values first where lower is better', () => {
    const ranks = rankByAmbition(items, 'lower');
    expect(ranks.get('d')).toEqual({ rank: 1, of: 4, level: 'high' });
    expect(ranks.get('b')).toEqual({ rank: 4, of: 4, level: 'low' });
  });

  it('does not rank an indicator without a better direction, or a single target', () => {
    expect(rankByAmbition(items, 'none').size).toBe(0);
    expect(rankByAmbition([{ key: 'a', value: 1 }], 'higher').size).toBe(0);
  });

  it('colours nothing where all targets are equal', () => {
    expect(
      rankByAmbition(
        [
          { key: 'a', value: 1 },
          { key: 'b', value: 1 },
        ],
        'higher',
      ).get('a'),
    ).toEqual({
      rank: 1,
      of: 2,
      level: null,
    });
  });
});

describe('indicator comparisons of the real dataset', () => {
  it('has a comparison for every indicator in the registry', () => {
    expect(views.map((view) => view.indicator.id)).toEqual(indicators.map((indicator) => indicator.id));
  });

  it('lists every jurisdiction, with a target exactly where the dataset has one', () => {
    for (const view of views) {
      expect(view.districts).toHaveLength(districtCount);
      for (const district of view.districts) {
        const has = compare.records.some((r) => r.indicator === view.indicator.id && r.district === district.district);
        expect(district.status === 'target', `${view.indicator.id} ${district.district}`).toBe(has);
        const plan = compare.plans.some((p) => p.district === district.district && p.plan === view.indicator.group);
        if (!has) expect(district.status).toBe(plan ? 'no-target' : 'no-plan');
      }
    }
  });

  it('puts every record on exactly one panel or lists it as excluded', () => {
    for (const view of views) {
      const placed = [...view.panels.flatMap((p) => p.points), ...view.excluded].map((p) => p.record.id).sort();
      const records = compare.records.filter((r) => r.indicator === view.indicator.id).map((r) => r.id);
      expect(placed).toEqual(records.sort());
    }
  });

  it('never mixes absolute targets and changes, or units, on one panel', () => {
    for (const view of views) {
      for (const panel of view.panels) {
        expect(panel.points.every((p) => p.record.kind === panel.kind)).toBe(true);
        if (panel.kind === 'level') expect(panel.unit).toBe(view.indicator.unit);
        else expect(panel.points.every((p) => p.record.unit === panel.unit)).toBe(true);
      }
    }
  });

  it('flags implied years, changes and corrected units', () => {
    for (const point of views.flatMap((view) => view.targets)) {
      expect(point.flags.includes('implied-year')).toBe(!point.record.year_stated);
      expect(point.flags.includes('change')).toBe(point.record.kind === 'change');
      expect(point.flags.includes('unit-corrected')).toBe(point.record.unit_as_written !== null);
    }
  });

  it('flags a value printed once for two indicators on both', () => {
    const points = views.flatMap((view) => view.targets);
    for (const point of points.filter((p) => p.flags.includes('shared-value'))) {
      const partner = points.find(
        (other) =>
          other.record.url === point.record.url &&
          other.record.year === point.record.year &&
          other.record.indicator !== point.record.indicator &&
          other.record.value_as_written === point.record.value_as_written,
      );
      expect(partner?.flags).toContain('shared-value');
    }
  });

  it('ranks only absolute targets of the same year, the best value first', () => {
    for (const view of views) {
      if (view.indicator.direction === 'none') {
        expect(view.ranks.size).toBe(0);
        continue;
      }
      const level = view.panels.find((p) => p.kind === 'level');
      for (const [id, rank] of view.ranks) {
        const point = level?.points.find((p) => p.record.id === id);
        expect(point, id).toBeDefined();
        if (!point) continue;
        const peers = level?.points.filter((p) => p.record.year === point.record.year) ?? [];
        const better = peers.filter((p) =>
          view.indicator.direction === 'higher' ? p.value > point.value : p.value < point.value,
        );
        expect(rank.rank).toBe(better.length + 1);
        expect(rank.of).toBe(peers.length);
      }
    }
  });

  it('summarises each indicator in one sentence naming the most ambitious jurisdiction where there is one', () => {
    for (const view of views) {
      const sentence = summarySentence(view);
      expect(sentence).toMatch(/。$/u);
      expect(sentence.split('。')).toHaveLength(2);
      const best = [...view.ranks].filter(([, rank]) => rank.rank === 1 && rank.level === 'high');
      if (best.length > 0 && sentence.includes('最积极')) {
        const names = best.map(([id]) => view.targets.find((t) => t.record.id === id)?.record.district_name ?? '');
        expect(names.some((name) => sentence.includes(name))).toBe(true);
      }
    }
  });

  it('draws one mark per record on the panels, at its value', () => {
    for (const view of views) {
      const chart = indicatorChart(chartInput(view, `/indicators/${view.indicator.id}/`));
      view.panels.forEach((panel, index) => {
        const marks = chart.panels[index]?.marks ?? [];
        expect(marks.map((m) => m.id).sort()).toEqual(panel.points.map((p) => p.record.id).sort());
        for (const a of marks) {
          for (const b of marks) if (a.value < b.value) expect(a.cx).toBeLessThan(b.cx);
        }
      });
      // The first panel has a row for every jurisdiction, including those without a target.
      expect(chart.panels[0]?.rows.map((row) => row.district)).toEqual(compare.districts.map((d) => d.slug));
    }
  });

  it('writes per-indicator downloads with the comparison columns', () => {
    for (const view of views) {
      const rows = indicatorRows(view);
      expect(rows).toHaveLength(view.targets.length);
      const csv = indicatorRowsCsv(rows);
      expect(csv.split('\n')[0]).toContain('axis_value,axis_unit,comparability,rank');
    }
  });

  it('picks a headline indicator with a direction and several jurisdictions', () => {
    const view = headlineView(views);
    expect(view?.indicator.direction).not.toBe('none');
    expect(new Set(view?.targets.map((t) => t.record.district)).size).toBeGreaterThan(1);
  });
});

describe('the comparison matrix', () => {
  const matrix = buildMatrix(views);

  it('has every (jurisdiction, indicator) pair exactly once', () => {
    const rows = matrix.groups.flatMap((group) => group.domains.flatMap((domain) => domain.rows));
    expect(rows.map((row) => row.indicator.id).sort()).toEqual(indicators.map((i) => i.id).sort());
    for (const row of rows) {
      expect(row.cells.map((cell) => cell.district)).toEqual(compare.districts.map((d) => d.slug));
      for (const cell of row.cells) expect(cell.entries.length > 0).toBe(cell.status === 'target');
    }
  });

  it('groups rows by plan group and domain', () => {
    for (const group of matrix.groups) {
      for (const domain of group.domains) {
        for (const row of domain.rows) {
          expect(row.indicator.group).toBe(group.group);
          expect(row.indicator.domain).toBe(domain.id);
        }
      }
    }
  });
});

describe('the matrix view state', () => {
  const options = { groups: ['women', 'children'], domains: ['health', 'education'], years: ['2025', '2030'] };

  it('round-trips through the URL query', () => {
    const state = { group: 'women', domain: 'health', year: '2030' };
    expect(matrixStateQuery(state)).toBe('?group=women&domain=health&year=2030');
    expect(parseMatrixState(matrixStateQuery(state), options)).toEqual(state);
    expect(matrixStateQuery({ group: '', domain: '', year: '' })).toBe('');
  });

  it('ignores unknown values', () => {
    expect(parseMatrixState('?group=men&domain=health&year=1999', options)).toEqual({
      group: '',
      domain: 'health',
      year: '',
    });
  });
});

describe('district profiles', () => {
  it('lists each indicator a jurisdiction targets and the common ones it does not', () => {
    for (const district of districts) {
      const { rows, missing } = districtProfile(district, [...stats.values()]);
      const targeted = new Set(compare.records.filter((r) => r.district === district.slug).map((r) => r.indicator));
      expect(rows.map((row) => row.indicator.id).sort()).toEqual([...targeted].sort());
      for (const item of missing) {
        expect(targeted.has(item.indicator.id)).toBe(false);
        expect(item.count * 2).toBeGreaterThanOrEqual(item.of);
      }
      for (const row of rows) {
        // The nine-plan site is below the per-jurisdiction limit: every row keeps its dot strip.
        expect(row.perJurisdiction).toBe(true);
        expect(row.standing).toBeNull();
        if (row.strip.length > 0) expect(row.strip.some((dot) => dot.highlight)).toBe(true);
      }
    }
  });
});

describe('dotStrip', () => {
  it('places values left to right, stacks equal ones and draws the highlighted dot last', () => {
    const strip = dotStrip([
      { district: 'a', value: 95, highlight: true },
      { district: 'b', value: 95 },
      { district: 'c', value: 90 },
    ]);
    const byDistrict = new Map(strip.dots.map((dot) => [dot.district, dot]));
    expect(byDistrict.get('c')?.cx).toBe(strip.x1);
    expect(byDistrict.get('a')?.cx).toBe(strip.x2);
    expect(byDistrict.get('a')?.cy).not.toBe(byDistrict.get('b')?.cy);
    expect(strip.dots.at(-1)?.district).toBe('a');
  });
});

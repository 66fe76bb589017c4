import { describe, expect, it } from 'vitest';
import { districtCompareData } from '../../../src/lib/compare/compare-entries.ts';
import { buildMatrix, type Matrix } from '../../../src/lib/compare/matrix.ts';
import {
  DEFAULT_COMPARED,
  MAX_COMPARED,
  defaultCompared,
  matrixStateQuery,
  parseCompared,
  parseMatrixState,
} from '../../../src/lib/compare/matrix-state.ts';
import {
  PROVINCE_MATRIX_ROWS,
  provinceMatrixPages,
  provinceMatrixParts,
} from '../../../src/lib/compare/province-matrix.ts';
import { matrixIndicators, matrixOfDistricts } from '../../../src/lib/compare/selection-matrix.ts';
import { loadContent } from '../../../src/lib/io/load-content.ts';
import { ROOT } from '../../support/fixtures.ts';
import { realCompareData } from './real-data.ts';

const { compare, indicators, views } = realCompareData();
const districts = loadContent(ROOT, { today: '2100-01-01' }).districts;
const data = districtCompareData({ records: compare.records, districts, plans: compare.plans, indicators });

/** The matrix with each row's indicator reduced to its id (buildMatrix keeps the whole registry entry). */
function comparable(matrix: Matrix): unknown {
  return {
    ...matrix,
    groups: matrix.groups.map((group) => ({
      ...group,
      domains: group.domains.map((domain) => ({
        ...domain,
        rows: domain.rows.map((row) => ({ ...row, indicator: row.indicator.id })),
      })),
    })),
  };
}

describe('the matrix of chosen jurisdictions', () => {
  it('is the whole-dataset matrix when every jurisdiction is chosen', () => {
    expect(districts.map((d) => d.slug)).toEqual(compare.districts.map((d) => d.slug));
    expect(comparable(matrixOfDistricts(matrixIndicators(indicators), data))).toEqual(comparable(buildMatrix(views)));
  });

  it('keeps every record of a jurisdiction in its comparison data', () => {
    for (const district of data) {
      const ids = compare.records.filter((r) => r.district === district.slug).map((r) => r.id);
      expect(district.entries.map((e) => e.recordId).sort()).toEqual(ids.sort());
    }
  });

  it('ranks among the chosen jurisdictions only, in the order chosen', () => {
    const chosen = [data[2], data[0]].flatMap((d) => d ?? []);
    const matrix = matrixOfDistricts(matrixIndicators(indicators), chosen);
    expect(matrix.districts.map((d) => d.slug)).toEqual(chosen.map((d) => d.slug));
    const rows = matrix.groups.flatMap((g) => g.domains.flatMap((d) => d.rows));
    expect(rows).toHaveLength(indicators.length);
    let ranked = 0;
    for (const row of rows) {
      expect(row.cells.map((c) => c.district)).toEqual(chosen.map((d) => d.slug));
      const entries = row.cells.flatMap((c) => c.entries);
      for (const entry of entries) {
        if (entry.rank === null) continue;
        ranked++;
        // Ranked among this matrix's targets of the same year, nobody else's.
        const sameYear = entries.filter((e) => e.year === entry.year && e.rank !== null);
        expect(entry.rank.of, entry.recordId).toBe(sameYear.length);
        expect(entry.rank.rank).toBeLessThanOrEqual(entry.rank.of);
      }
    }
    expect(ranked).toBeGreaterThan(0);
  });
});

describe('province matrices', () => {
  it('has one part per plan group and domain, with the indicators the jurisdictions target', () => {
    const liaoning = data.filter((d) => d.province === 'liaoning');
    expect(liaoning.length).toBeGreaterThan(1);
    const parts = provinceMatrixParts(matrixIndicators(indicators), liaoning);
    expect(parts.reduce((sum, part) => sum + part.indicators, 0)).toBe(indicators.length);
    expect(parts.reduce((sum, part) => sum + part.targets, 0)).toBe(
      liaoning.reduce((sum, d) => sum + d.entries.length, 0),
    );
    const targeted = new Set(liaoning.flatMap((d) => d.entries.map((e) => e.indicator)));
    expect(parts.flatMap((part) => part.rows.map((row) => row.indicator.id)).sort()).toEqual([...targeted].sort());
  });

  it('splits a province of many jurisdictions into pages of at most PROVINCE_MATRIX_ROWS rows', () => {
    expect(provinceMatrixPages(0)).toEqual([{ page: 1, start: 0, end: 0 }]);
    expect(provinceMatrixPages(PROVINCE_MATRIX_ROWS)).toHaveLength(1);
    const pages = provinceMatrixPages(2 * PROVINCE_MATRIX_ROWS + 5);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.end - p.start)).toEqual([PROVINCE_MATRIX_ROWS, PROVINCE_MATRIX_ROWS, 5]);
    pages.slice(1).forEach((p, i) => {
      expect(p.start).toBe(pages[i]?.end);
    });
  });
});

describe('the compared jurisdictions in the URL', () => {
  it('reads valid slugs from d, each once, at most MAX_COMPARED', () => {
    expect(parseCompared('?d=fuxin-xihe,lishui')).toEqual(['fuxin-xihe', 'lishui']);
    expect(parseCompared('?d=lishui,,Bad!,lishui, anshan-tiexi')).toEqual(['lishui', 'anshan-tiexi']);
    expect(parseCompared('?year=2030')).toEqual([]);
    const many = Array.from({ length: MAX_COMPARED + 3 }, (_, i) => `a${'b'.repeat(i)}`);
    expect(parseCompared(`?d=${many.join(',')}`)).toEqual(many.slice(0, MAX_COMPARED));
  });

  it('writes d first with plain commas, and keeps the filters', () => {
    const state = { group: 'women', domain: '', year: '2030' };
    const query = matrixStateQuery(state, ['fuxin-xihe', 'lishui']);
    expect(query).toBe('?d=fuxin-xihe,lishui&group=women&year=2030');
    expect(parseCompared(query)).toEqual(['fuxin-xihe', 'lishui']);
    expect(parseMatrixState(query, { groups: ['women'], domains: [], years: ['2030'] })).toEqual(state);
  });

  it('defaults to the original five, or to the first five jurisdictions of another corpus', () => {
    expect(defaultCompared(districts.map((d) => d.slug))).toEqual(DEFAULT_COMPARED);
    expect(defaultCompared(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

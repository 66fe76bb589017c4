/**
 * A province's static comparison: one matrix per plan group and domain (its
 * jurisdictions × the indicators of that domain any of them targets), so no
 * page grows with more than one province's jurisdictions and one domain's
 * indicators. Ranks and colours are among the province's jurisdictions.
 */
import type { PlanKind } from '../../schema/plan.ts';
import { DOMAINS } from '../../schema/domains.ts';
import type { DistrictCompareData } from './compare-entries.ts';
import type { MatrixIndicator, MatrixRow } from './matrix.ts';
import { matrixOfDistricts } from './selection-matrix.ts';

/** One plan group and domain of a province's comparison. */
export interface ProvinceMatrixPart {
  group: PlanKind;
  domain: string;
  /** Chinese domain name, e.g. 健康. */
  domainName: string;
  /** Indicators of the domain in the registry. */
  indicators: number;
  /** Rows: the indicators at least one of the province's jurisdictions targets. */
  rows: MatrixRow[];
  /** How many targets the rows hold. */
  targets: number;
}

/**
 * At most this many jurisdictions (rows) on one page of a province matrix: a
 * province has up to ~200, and a page must stay well under 1 MB.
 */
export const PROVINCE_MATRIX_ROWS = 100;

/** One page of a province matrix: its number (from 1) and its rows' range [start, end). */
export interface ProvinceMatrixPage {
  page: number;
  start: number;
  end: number;
}

/** The pages of a matrix of `count` jurisdictions (one page where there are none). */
export function provinceMatrixPages(count: number): ProvinceMatrixPage[] {
  const pages = Math.max(1, Math.ceil(count / PROVINCE_MATRIX_ROWS));
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    start: index * PROVINCE_MATRIX_ROWS,
    end: Math.min(count, (index + 1) * PROVINCE_MATRIX_ROWS),
  }));
}

/** Every plan group × domain with indicators in the registry, in display order (women first, then DOMAINS order). */
export function provinceMatrixParts(
  indicators: readonly MatrixIndicator[],
  districts: readonly DistrictCompareData[],
): ProvinceMatrixPart[] {
  const matrix = matrixOfDistricts(indicators, districts);
  return matrix.groups.flatMap((group) =>
    group.domains.map((domain) => {
      const rows = domain.rows.filter((row) => row.cells.some((cell) => cell.status === 'target'));
      return {
        group: group.group,
        domain: domain.id,
        domainName: DOMAINS.find((d) => d.id === domain.id)?.name_zh ?? domain.id,
        indicators: domain.rows.length,
        rows,
        targets: rows.reduce((sum, row) => sum + row.cells.reduce((n, cell) => n + cell.entries.length, 0), 0),
      };
    }),
  );
}

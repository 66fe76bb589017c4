/**
 * The comparison matrix of chosen jurisdictions, from their comparison data
 * (`/data/districts/<slug>.json`): the same `Matrix` as `buildMatrix`, with
 * ranks and colours among the chosen jurisdictions only. Runs at build time
 * (the default /compare/ matrix, the province matrices) and in the browser
 * (the jurisdictions a reader picks), so it imports nothing heavy.
 */
import { DOMAINS } from '../../schema/domains.ts';
import { rankByAmbition, type Rank } from './ambition.ts';
import type { CompareEntry, DistrictCompareData } from './compare-entries.ts';
import type { Matrix, MatrixGroup, MatrixIndicator, MatrixRow } from './matrix.ts';

/** Each jurisdiction's entries by indicator id (so a matrix is linear in the entries). */
type EntryIndex = Map<string, CompareEntry[]>[];

function entryIndex(districts: readonly DistrictCompareData[]): EntryIndex {
  return districts.map((district) => {
    const byIndicator = new Map<string, CompareEntry[]>();
    for (const entry of district.entries) {
      const list = byIndicator.get(entry.indicator);
      if (list) list.push(entry);
      else byIndicator.set(entry.indicator, [entry]);
    }
    return byIndicator;
  });
}

function row(indicator: MatrixIndicator, districts: readonly DistrictCompareData[], byDistrict: EntryIndex): MatrixRow {
  const entriesOf = byDistrict.map((byIndicator) => byIndicator.get(indicator.id) ?? []);
  const years = [...new Set(entriesOf.flat().map((entry) => entry.year))].sort((a, b) => a - b);
  const ranks = new Map<string, Rank>();
  for (const year of years) {
    const items = entriesOf
      .flat()
      .filter((entry) => entry.year === year && entry.value !== null)
      .map((entry) => ({ key: entry.recordId, value: entry.value ?? 0 }));
    for (const [key, rank] of rankByAmbition(items, indicator.direction)) ranks.set(key, rank);
  }
  return {
    indicator,
    years,
    cells: districts.map((district, index) => {
      const entries = entriesOf[index] ?? [];
      return {
        district: district.slug,
        districtName: district.name,
        status: entries.length > 0 ? 'target' : district.plans.includes(indicator.group) ? 'no-target' : 'no-plan',
        entries: entries.map((entry) => ({
          recordId: entry.recordId,
          year: entry.year,
          yearStated: entry.yearStated,
          kind: entry.kind,
          text: entry.text,
          quoteUrl: entry.quoteUrl,
          rank: ranks.get(entry.recordId) ?? null,
          flags: entry.flags,
        })),
      };
    }),
  };
}

/** The matrix of `indicators` (rows keep their order within each domain) × `districts` (columns, in order). */
export function matrixOfDistricts(
  indicators: readonly MatrixIndicator[],
  districts: readonly DistrictCompareData[],
): Matrix {
  const index = entryIndex(districts);
  const groups: MatrixGroup[] = (['women', 'children'] as const).map((group) => ({
    group,
    domains: DOMAINS.map((domain) => ({
      id: domain.id,
      name: domain.name_zh,
      rows: indicators
        .filter((indicator) => indicator.group === group && indicator.domain === domain.id)
        .map((indicator) => row(indicator, districts, index)),
    })).filter((domain) => domain.rows.length > 0),
  }));
  const used = new Set(groups.flatMap((group) => group.domains.map((domain) => domain.id)));
  return {
    districts: districts.map((district) => ({ slug: district.slug, name: district.name })),
    groups,
    domains: DOMAINS.filter((domain) => used.has(domain.id)).map((domain) => ({ id: domain.id, name: domain.name_zh })),
    years: [...new Set(groups.flatMap((group) => group.domains.flatMap((d) => d.rows.flatMap((r) => r.years))))].sort(
      (a, b) => a - b,
    ),
  };
}

/** The indicator fields a matrix needs, e.g. to embed in a page for the browser-built matrix. */
export function matrixIndicators(indicators: readonly MatrixIndicator[]): MatrixIndicator[] {
  return indicators.map(({ id, name, group, domain, direction, unit }) => ({
    id,
    name,
    group,
    domain,
    direction,
    unit,
  }));
}

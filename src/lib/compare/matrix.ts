/**
 * The comparison matrix: every indicator × every jurisdiction, grouped by plan
 * group and domain; each cell holds the jurisdiction's targets (one entry per
 * year) with their direction-aware ambition, or says that there is no target
 * (or no such plan).
 */
import type { Indicator } from '../../schema/indicator.ts';
import type { PlanKind } from '../../schema/plan.ts';
import { DOMAINS } from '../../schema/domains.ts';
import type { Rank } from './ambition.ts';
import type { FlagId } from './comparability.ts';
import type { IndicatorView, TargetStatus } from './indicator-view.ts';
import { pointText } from './summary.ts';

/** One target in a cell. */
export interface MatrixEntry {
  recordId: string;
  year: number;
  yearStated: boolean;
  kind: 'level' | 'change';
  /** E.g. `≥95%`, `下降 20%`. */
  text: string;
  /** Link to the item in the plan. */
  quoteUrl: string;
  /** Rank among the same year's absolute targets, or null (no direction, change target, only one). */
  rank: Rank | null;
  flags: FlagId[];
}

/** One (indicator, jurisdiction) cell. */
export interface MatrixCell {
  district: string;
  districtName: string;
  status: TargetStatus;
  entries: MatrixEntry[];
}

/** What a matrix row shows of its indicator (all the client-built matrix has). */
export type MatrixIndicator = Pick<Indicator, 'id' | 'name' | 'group' | 'domain' | 'direction' | 'unit'>;

/** One indicator's row. */
export interface MatrixRow {
  indicator: MatrixIndicator;
  /** Years with at least one target in the row. */
  years: number[];
  cells: MatrixCell[];
}

/** The rows of one domain. */
export interface MatrixDomain {
  id: string;
  name: string;
  rows: MatrixRow[];
}

/** The indicators of one plan group. */
export interface MatrixGroup {
  group: PlanKind;
  domains: MatrixDomain[];
}

/** The whole matrix. */
export interface Matrix {
  districts: { slug: string; name: string }[];
  groups: MatrixGroup[];
  /** Every domain with rows, in the fixed domain order. */
  domains: { id: string; name: string }[];
  /** Every target year, ascending. */
  years: number[];
}

function row(view: IndicatorView): MatrixRow {
  const panelOf = new Map(view.panels.flatMap((panel) => panel.points.map((point) => [point.record.id, panel])));
  return {
    indicator: view.indicator,
    years: view.years,
    cells: view.districts.map((district) => ({
      district: district.district,
      districtName: district.name,
      status: district.status,
      entries: view.targets
        .filter((point) => point.record.district === district.district)
        .map((point) => {
          const panel = panelOf.get(point.record.id);
          return {
            recordId: point.record.id,
            year: point.record.year,
            yearStated: point.record.year_stated,
            kind: point.record.kind,
            text: panel ? pointText(point, panel.unit) : point.record.value_as_written,
            quoteUrl: point.record.url,
            rank: view.ranks.get(point.record.id) ?? null,
            flags: point.flags,
          };
        }),
    })),
  };
}

/** The matrix of `views` (in registry order; rows keep that order within each domain). */
export function buildMatrix(views: readonly IndicatorView[]): Matrix {
  const groups: MatrixGroup[] = (['women', 'children'] as const).map((group) => ({
    group,
    domains: DOMAINS.map((domain) => ({
      id: domain.id,
      name: domain.name_zh,
      rows: views.filter((v) => v.indicator.group === group && v.indicator.domain === domain.id).map(row),
    })).filter((domain) => domain.rows.length > 0),
  }));
  const used = new Set(groups.flatMap((group) => group.domains.map((domain) => domain.id)));
  return {
    districts: (views[0]?.districts ?? []).map((d) => ({ slug: d.district, name: d.name })),
    groups,
    domains: DOMAINS.filter((domain) => used.has(domain.id)).map((domain) => ({ id: domain.id, name: domain.name_zh })),
    years: [...new Set(views.flatMap((view) => view.years))].sort((a, b) => a - b),
  };
}

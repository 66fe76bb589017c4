/**
 * The search records of a plan: one per anchored heading, item and paragraph
 * (every domain, target, measure and project is its own result, linking to
 * `/plans/<district>/<plan>/#<anchor>`), with the plan's title and
 * jurisdiction as meta and the filters of `search-filters.ts`.
 */
import type { PlanAnchor } from '../plan/plan-data.ts';
import type { PlanKind } from '../../schema/plan.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { planPath as planPathOf } from '../site/site-paths.ts';
import { anchorOrdinal, anchorPlace } from './anchor-place.ts';
import { RECORD_TYPE_FILTER, type RecordType } from './search-filters.ts';

/** One record of the search index, before its Han characters are separated (see `han-text.ts`). */
export interface SearchRecord {
  /** Site path without the base, e.g. `/plans/fuxin-xihe/women/#health-t2`. */
  url: string;
  /** The searchable text. */
  content: string;
  /** Shown with the result: `title` (where in the plan), `plan`, `jurisdiction`, `group`, `plan_path`, `type`. */
  meta: Record<string, string>;
  /** Pagefind filters: `province`, `jurisdiction`, `group`, `domain`, `section`, `quantitative`, `type`. */
  filters: Record<string, string[]>;
}

/** What the records of a plan are made from (all from the plan parser). */
export interface PlanIndexInput {
  /** The plan's front matter fields the records need. */
  plan: {
    title: string;
    district: string;
    plan: PlanKind;
    /** Front-matter targets: the anchors of the items that carry a quantitative indicator. */
    indicators: readonly { target: string }[];
  };
  /** Short name of the jurisdiction, e.g. 细河区. */
  jurisdiction: string;
  /** URL slug of the jurisdiction's province (`src/lib/regions/provinces.ts`), e.g. `liaoning`. */
  province: string;
  /** Every anchor of the body, in document order. */
  anchors: readonly PlanAnchor[];
  /** Unanchored paragraphs by the heading they follow (`headingParagraphs`). */
  headingParagraphs: ReadonlyMap<string, readonly string[]>;
}

/** A heading's text for a result title: whitespace collapsed, no trailing colon or full stop. */
function headingLabel(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[：:。.]$/u, '');
}

/** The records of one plan, in document order. */
export function planRecords(input: PlanIndexInput): SearchRecord[] {
  const { plan, jurisdiction } = input;
  const planPath = planPathOf('/', plan.district, plan.plan);
  const quantitative = new Set(plan.indicators.map((entry) => entry.target));
  const type: RecordType = 'plan';
  /** The current heading at each depth (2–4). */
  const headings = new Map<number, string>();

  return input.anchors.map((anchor) => {
    if (anchor.element === 'heading') {
      const depth = anchor.depth ?? 2;
      headings.set(depth, headingLabel(anchor.text));
      for (const deeper of [...headings.keys()]) if (deeper > depth) headings.delete(deeper);
    }
    const path = headingPath(headings);
    const ordinal = anchor.element === 'heading' ? null : anchorOrdinal(anchor.id, anchor.element);
    const title = [...path, ...(ordinal === null ? [] : [ordinal])].join(' › ');
    const place = anchorPlace(anchor.id);
    const content = [anchor.text.trim(), ...(input.headingParagraphs.get(anchor.id) ?? [])].join('\n');

    const filters: Record<string, string[]> = {
      province: [input.province],
      jurisdiction: [plan.district],
      group: [plan.plan],
      [RECORD_TYPE_FILTER]: [type],
    };
    if (place.domain !== null) filters['domain'] = [place.domain];
    if (place.section !== null) filters['section'] = [place.section];
    if (quantitative.has(anchor.id)) filters['quantitative'] = ['yes'];
    else if (place.section === 'targets' && anchor.element === 'item') filters['quantitative'] = ['no'];

    return {
      url: `${planPath}#${anchor.id}`,
      content,
      meta: {
        title: title === '' ? anchor.text.trim() : title,
        plan: plan.title,
        jurisdiction,
        group: PLAN_KIND_SHORT_LABELS[plan.plan],
        plan_path: planPath,
        type,
      },
      filters,
    };
  });
}

/** The headings a result title names: the section (h3) and block (h4) where there is a section, else the part (h2). */
function headingPath(headings: ReadonlyMap<number, string>): string[] {
  const part = headings.get(2);
  const section = headings.get(3);
  const block = headings.get(4);
  if (section === undefined) return part === undefined ? [] : [part];
  return block === undefined ? [section] : [section, block];
}

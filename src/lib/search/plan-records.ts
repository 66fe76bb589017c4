/**
 * The search record of a plan: one per plan, holding its passages, one per
 * anchored heading, item and paragraph. Pagefind finds and ranks plans; the
 * search page then shows the passages of a plan that contain the query
 * (`passage-hits.ts`), each linking to `/plans/<district>/<plan>/#<anchor>`.
 *
 * One record per plan keeps every query small at national scale: a word's
 * postings hold one entry per record that has it, so with ~6,700 plan records
 * the commonest pair (儿童) costs a query tens of kilobytes, where ~100,000
 * section records (the previous design) cost megabytes (docs/performance.md).
 * Results stay passage-level: the passages travel in the record's meta.
 */
import type { PlanAnchor } from '../plan/plan-data.ts';
import type { PlanKind } from '../../schema/plan.ts';
import { provinceByCode } from '../regions/provinces.ts';
import { PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';
import { planPath as planPathOf } from '../site/site-paths.ts';
import { anchorOrdinal, anchorPlace } from './anchor-place.ts';
import type { SearchSection } from './search-filters.ts';

/** One record of the search index, before its text is tokenised (`indexTokens` in `han-text.ts`). */
export interface SearchRecord {
  /** Site path without the base, e.g. `/plans/fuxin-xihe/women/`. */
  url: string;
  /** The searchable text. */
  content: string;
  /** Shown with the result: `title`, `plan`, `jurisdiction`, `group`, `plan_path`, and `passages` (JSON, `IndexedPassage[]`). */
  meta: Record<string, string>;
  /** Pagefind filters: `province`, `jurisdiction`, `group`, `domain`, `section`, `quantitative`. */
  filters: Record<string, string[]>;
}

/**
 * Meta fields the search page reads but nobody searches: the index script keeps them out of
 * Pagefind (which would index them as words) and writes them into the records' fragments
 * afterwards (`src/lib/io/pagefind-fragments.ts`).
 */
export const UNSEARCHED_META = ['passages'] as const;

/** One passage of a plan record, as the search page reads it from the record's `passages` meta. */
export interface IndexedPassage {
  /** Its anchor on the plan page, e.g. `health-t2`. */
  id: string;
  /** Where it is in the plan, e.g. `（一）妇女与健康 › 主要目标 › 第 2 条`. */
  title: string;
  /** Its text (a heading's with the unanchored paragraphs under it). */
  text: string;
  /** Its block, where it is in one (the `section` filter). */
  section: SearchSection | null;
  /** For target items: whether the front matter records a quantitative target for it (the `quantitative` filter). */
  quantitative: 'yes' | 'no' | null;
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
  /** Unanchored paragraphs by the id of the heading they follow (`rehype-heading-paragraphs.ts`). */
  headingParagraphs: Readonly<Record<string, readonly string[]>>;
}

/** The index input of each valid plan of a content check: its anchors, and its jurisdiction's name and province. */
export function planIndexInputs(content: {
  plans: readonly {
    data: PlanIndexInput['plan'] | null;
    body: Pick<PlanIndexInput, 'anchors' | 'headingParagraphs'>;
  }[];
  districts: readonly { slug: string; name: string; province_code: string }[];
}): PlanIndexInput[] {
  const districts = new Map(content.districts.map((district) => [district.slug, district]));
  return content.plans.flatMap(({ data, body }) => {
    if (data === null) return [];
    const district = districts.get(data.district);
    return [
      {
        plan: {
          title: data.title,
          district: data.district,
          plan: data.plan,
          indicators: data.indicators.map((entry) => ({ target: entry.target })),
        },
        jurisdiction: district?.name ?? data.district,
        province: (district && provinceByCode(district.province_code)?.slug) ?? '',
        anchors: body.anchors,
        headingParagraphs: body.headingParagraphs,
      },
    ];
  });
}

/** A heading's text for a result title: whitespace collapsed, no trailing colon or full stop. */
function headingLabel(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[：:。.]$/u, '');
}

/** The passages of a plan, in document order. */
function planPassages(input: PlanIndexInput): IndexedPassage[] {
  const quantitative = new Set(input.plan.indicators.map((entry) => entry.target));
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
    const isTargetItem = place.section === 'targets' && anchor.element === 'item';
    return {
      id: anchor.id,
      title: title === '' ? anchor.text.trim() : title,
      text: [anchor.text.trim(), ...(input.headingParagraphs[anchor.id] ?? [])].join('\n'),
      section: place.section,
      quantitative: quantitative.has(anchor.id) ? 'yes' : isTargetItem ? 'no' : null,
    };
  });
}

/** The record of one plan; its filters hold the values of all its passages (the page filters single passages). */
export function planRecord(input: PlanIndexInput): SearchRecord {
  const { plan, jurisdiction } = input;
  const planPath = planPathOf('/', plan.district, plan.plan);
  const passages = planPassages(input);
  const values = (of: (passage: IndexedPassage) => string | null): string[] => [
    ...new Set(passages.flatMap((passage) => of(passage) ?? [])),
  ];
  const filters: Record<string, string[]> = {
    province: [input.province],
    jurisdiction: [plan.district],
    group: [plan.plan],
  };
  for (const [key, found] of [
    ['domain', values((passage) => anchorPlace(passage.id).domain)],
    ['section', values((passage) => passage.section)],
    ['quantitative', values((passage) => passage.quantitative)],
  ] as const)
    if (found.length > 0) filters[key] = found;

  return {
    url: planPath,
    content: passages.map((passage) => passage.text).join('\n'),
    meta: {
      title: plan.title,
      plan: plan.title,
      jurisdiction,
      group: PLAN_KIND_SHORT_LABELS[plan.plan],
      plan_path: planPath,
      passages: JSON.stringify(passages),
    },
    filters,
  };
}

/** The headings a result title names: the section (h3) and block (h4) where there is a section, else the part (h2). */
function headingPath(headings: ReadonlyMap<number, string>): string[] {
  const part = headings.get(2);
  const section = headings.get(3);
  const block = headings.get(4);
  if (section === undefined) return part === undefined ? [] : [part];
  return block === undefined ? [section] : [section, block];
}

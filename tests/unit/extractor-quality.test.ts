import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource, type ImportedPlan } from '../../src/lib/import/import-source.ts';
import { parseSidecar } from '../../src/lib/import/sidecar.ts';
import { uncoveredFigures } from '../../src/lib/targets/extract-targets.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import type { TargetEntry } from '../../src/schema/target.ts';
import { ROOT } from '../support/fixtures.ts';
import { readPlanFiles } from '../support/plan-files.ts';

// The front-matter `indicators:` of the nine plans were drafted by the
// extractor and then reviewed by hand against the text. This test runs the
// importer on the raw sources in data/sources/ (with their sidecars), as `npm
// run import` does for a new plan, and measures per plan how far the drafts it
// writes agree with the reviewed entries, so that a change to the importer,
// the extractor or the registry that makes them worse is seen; and it checks
// that the review left no figure of a 主要目标 item unaccounted for.

const registry = readIndicators(ROOT);
const plans = readPlanFiles();

/** The plans the importer drafts from each raw source, by plan file path. */
const imported = new Map<string, ImportedPlan>();
for (const file of new Set(plans.map((plan) => plan.data.source.file))) {
  const sidecarText = readFileSync(join(ROOT, 'data', 'sources', `${file}.yaml`), 'utf8');
  const { sidecar, issues } = parseSidecar(sidecarText, `${file}.yaml`);
  if (!sidecar) throw new Error(JSON.stringify(issues));
  const text = readFileSync(join(ROOT, 'data', 'sources', file), 'utf8');
  const outcome = importSource(text, sidecar, { text: file, original: null }, { today: '2026-11-25', registry });
  for (const plan of outcome.plans) imported.set(plan.path, plan);
}

/** Entries match on the item, the indicator, the year and the value. */
const keyOf = (entry: Pick<TargetEntry, 'target' | 'indicator' | 'year' | 'value'>): string =>
  `${entry.target} ${entry.indicator} ${String(entry.year)} ${String(entry.value)}`;

/** Fields a matched proposal should also get right. */
const DETAIL_FIELDS = ['section', 'year_stated', 'kind', 'value_as_written', 'unit', 'comparator'] as const;

interface Score {
  file: string;
  reviewed: number;
  proposed: number;
  matched: number;
  /** Matched proposals that agree on every detail field too. */
  exact: number;
  missed: string[];
  spurious: string[];
}

const scores: Score[] = plans.map(({ file, data }) => {
  const proposals = imported.get(file)?.drafts ?? [];
  const reviewed = new Map(data.indicators.map((entry) => [keyOf(entry), entry]));
  const proposed = new Map(proposals.map((entry) => [keyOf(entry), entry]));
  let exact = 0;
  for (const [key, proposal] of proposed) {
    const entry = reviewed.get(key);
    if (entry && DETAIL_FIELDS.every((field) => entry[field] === proposal[field])) exact++;
  }
  return {
    file,
    reviewed: reviewed.size,
    proposed: proposed.size,
    matched: [...proposed.keys()].filter((key) => reviewed.has(key)).length,
    exact,
    missed: [...reviewed.keys()].filter((key) => !proposed.has(key)),
    spurious: [...proposed.keys()].filter((key) => !reviewed.has(key)),
  };
});

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const total = scores.reduce(
  (sum, s) => ({
    reviewed: sum.reviewed + s.reviewed,
    proposed: sum.proposed + s.proposed,
    matched: sum.matched + s.matched,
    exact: sum.exact + s.exact,
  }),
  { reviewed: 0, proposed: 0, matched: 0, exact: 0 },
);

// The goal: at least 0.95 recall and precision for every plan, not just overall.
const PLAN_RECALL_FLOOR = 0.95;
const PLAN_PRECISION_FLOOR = 0.95;
const TOTAL_RECALL_FLOOR = 0.95;
const TOTAL_PRECISION_FLOOR = 0.95;

describe('target extractor against the reviewed front matter', () => {
  it('covers the nine plans, each with reviewed targets, each imported from its raw source', () => {
    expect(plans).toHaveLength(9);
    for (const plan of plans) expect(plan.data.indicators.length, plan.file).toBeGreaterThan(0);
    expect([...imported.keys()].sort()).toEqual(plans.map((plan) => plan.file).sort());
  });

  it('reports recall and precision per plan', () => {
    const rows = scores.map((s) => ({
      plan: s.file.replace(/^content\/plans\//u, ''),
      reviewed: s.reviewed,
      proposed: s.proposed,
      matched: s.matched,
      recall: ratio(s.matched, s.reviewed).toFixed(3),
      precision: ratio(s.matched, s.proposed).toFixed(3),
      'details same': ratio(s.exact, s.matched).toFixed(3),
    }));
    rows.push({
      plan: 'all',
      reviewed: total.reviewed,
      proposed: total.proposed,
      matched: total.matched,
      recall: ratio(total.matched, total.reviewed).toFixed(3),
      precision: ratio(total.matched, total.proposed).toFixed(3),
      'details same': ratio(total.exact, total.matched).toFixed(3),
    });
    console.log('Extractor proposals vs reviewed entries (match on target, indicator, year, value):');
    console.table(rows);
    for (const s of scores) {
      for (const key of s.missed) console.log(`  missed   ${s.file} ${key}`);
      for (const key of s.spurious) console.log(`  spurious ${s.file} ${key}`);
    }

    for (const s of scores) {
      expect(
        ratio(s.matched, s.reviewed),
        `recall of ${s.file}; missed: ${s.missed.join('; ')}`,
      ).toBeGreaterThanOrEqual(PLAN_RECALL_FLOOR);
      expect(
        ratio(s.matched, s.proposed),
        `precision of ${s.file}; spurious: ${s.spurious.join('; ')}`,
      ).toBeGreaterThanOrEqual(PLAN_PRECISION_FLOOR);
    }
    expect(ratio(total.matched, total.reviewed)).toBeGreaterThanOrEqual(TOTAL_RECALL_FLOOR);
    expect(ratio(total.matched, total.proposed)).toBeGreaterThanOrEqual(TOTAL_PRECISION_FLOOR);
  });

  it('leaves no figure of a 主要目标 item unaccounted for', () => {
    const left = plans.flatMap(({ file, data, items }) =>
      uncoveredFigures(items, data.indicators, { registry, ignored: data.ignored_figures }).map(
        (figure) => `${file} #${figure.target}: “${figure.figure}”`,
      ),
    );
    expect(
      left,
      `figures in 主要目标 items that neither an indicators entry nor ignored_figures accounts for:\n${left.join('\n')}`,
    ).toEqual([]);
  });

  it('lists in ignored_figures only figures no entry records', () => {
    const both = plans.flatMap(({ file, data }) =>
      data.ignored_figures
        .filter((ignored) =>
          data.indicators.some(
            (entry) =>
              entry.target === ignored.target &&
              entry.value_as_written.replace(/\s+/gu, '') === ignored.figure.replace(/\s+/gu, ''),
          ),
        )
        .map((ignored) => `${file} #${ignored.target}: “${ignored.figure}”`),
    );
    expect(both, `figures both recorded and ignored:\n${both.join('\n')}`).toEqual([]);
  });
});

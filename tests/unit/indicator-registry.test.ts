import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content/content-paths.ts';
import { parseIndicators } from '../../src/lib/io/read-indicators.ts';

const INDICATORS_PATH = CONTENT_PATHS.indicators;
import { ROOT } from '../support/fixtures.ts';
import { readPlanFiles } from '../support/plan-files.ts';

// The registry (data/indicators.yaml) against the reviewed front matter of the
// nine plans: every id used exists, every indicator is used, and enough
// indicators are shared by several jurisdictions for comparison to be useful.

const registry = parseIndicators(readFileSync(join(ROOT, INDICATORS_PATH), 'utf8'));
const plans = readPlanFiles();

/** Districts whose plans target each indicator. */
const districtsByIndicator = new Map<string, Set<string>>();
for (const { data } of plans) {
  for (const entry of data.indicators) {
    const districts = districtsByIndicator.get(entry.indicator) ?? new Set<string>();
    districts.add(data.district);
    districtsByIndicator.set(entry.indicator, districts);
  }
}

/** Shared by at least this many jurisdictions … */
const SHARED_BY = 3;
/** … at least this many indicators. */
const SHARED_FLOOR = 20;

describe('indicator registry', () => {
  it('parses and validates', () => {
    expect(registry.length).toBeGreaterThan(0);
  });

  it('knows every indicator the plans use', () => {
    const ids = new Set(registry.map((indicator) => indicator.id));
    const unknown = plans.flatMap(({ file, data }) =>
      data.indicators
        .filter((entry) => !ids.has(entry.indicator))
        .map((entry) => `${file} #${entry.target}: ${entry.indicator}`),
    );
    expect(unknown, `indicators not in ${INDICATORS_PATH}:\n${unknown.join('\n')}`).toEqual([]);
  });

  it('lists only indicators some plan uses', () => {
    const unused = registry.filter((indicator) => !districtsByIndicator.has(indicator.id)).map((i) => i.id);
    expect(unused, `indicators no plan's front matter uses: ${unused.join(', ')}`).toEqual([]);
  });

  it(`has at least ${String(SHARED_FLOOR)} indicators targeted by ${String(SHARED_BY)} or more jurisdictions`, () => {
    const shared = [...districtsByIndicator]
      .filter(([, districts]) => districts.size >= SHARED_BY)
      .map(([id, districts]) => `${id} (${String(districts.size)})`);
    console.log(
      `${String(shared.length)} indicators targeted by ${String(SHARED_BY)}+ jurisdictions: ${shared.join(', ')}`,
    );
    expect(shared.length).toBeGreaterThanOrEqual(SHARED_FLOOR);
  });
});

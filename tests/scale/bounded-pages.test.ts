// Every page stays bounded as jurisdictions are added (issue 9). Two synthetic corpora (npm run synth,
// built with PLAN_ATLAS_CONTENT_DIR; astro build only, no search index) hold 30 and 120
// jurisdictions (60 and 240 plans): the largest file of each page type may grow by less than 1.3×
// while the plans grow 4×. Sizes only, never times.
//
// The small corpus has PER_JURISDICTION_LIMIT jurisdictions, so the per-jurisdiction views (an
// indicator every plan targets lists all 30) are at their largest there; at the large size most
// indicators switch to the fixed-size national views. Pages of one province may grow with that
// province's jurisdictions (regions/<p>/, indicators/<id>/<p>/, compare/<p>/, data/provinces/<p>/):
// both corpora give one province (FOCUS) the same jurisdictions, more than any other province has,
// so its pages must not grow while the country grows 4×, and the largest province page of a type
// may grow only as much as the largest province does.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageType, provinceOfFile, UNBOUNDED_TYPES, type PageType } from '../../src/lib/bench/page-types.ts';
import { PER_JURISDICTION_LIMIT } from '../../src/lib/compare/scale-threshold.ts';
import { listOutputFiles } from '../../src/lib/io/measure-output.ts';
import { PROVINCES } from '../../src/lib/regions/provinces.ts';
import { SITE_ROOT } from '../e2e/support/site-content.ts';
import {
  cutJurisdictions,
  readCorpusJurisdictions,
  runNode,
  synthesise,
  writeCut,
  type CorpusJurisdiction,
} from './synthetic-corpora.ts';

/** What the header of every page built from a synthetic corpus says. */
const SYNTHETIC_NOTICE = '合成数据，仅供性能测试';
/** How much the country grows from the small corpus to the large one. */
const GROWTH = 4;
const SMALL_JURISDICTIONS = PER_JURISDICTION_LIMIT;
const LARGE_JURISDICTIONS = GROWTH * SMALL_JURISDICTIONS;
/** Every jurisdiction has a women's and a children's plan. */
const SMALL_PLANS = 2 * SMALL_JURISDICTIONS;
const LARGE_PLANS = 2 * LARGE_JURISDICTIONS;
/** Largest-file growth allowed while the plans grow GROWTH×. */
const MAX_GROWTH = 1.3;
/** The province whose jurisdictions are the same in both corpora. */
const FOCUS = 'liaoning';
/** Its jurisdictions in both: twice what any other province has in the large corpus (120 / 31 ≈ 4). */
const FOCUS_JURISDICTIONS = 8;
/** Every page type but those that grow with the country by design (UNBOUNDED_TYPES). */
const BOUNDED: readonly PageType[] = [
  'home',
  'about',
  'search',
  'compare',
  'data',
  'regions index',
  'province',
  'districts index',
  'district',
  'plan',
  'plan history',
  'indicators index',
  'indicator',
  'indicator-province',
  'charts',
  'feeds',
  'data files',
  'not found',
];
/** Province-scoped page types: each must have pages of FOCUS. */
const PROVINCE_SCOPED: readonly PageType[] = ['province', 'indicator-province', 'compare', 'data files'];

/** A built file: path relative to the output folder, size, kind and the province it is about (or null). */
interface BuiltFile {
  path: string;
  bytes: number;
  type: PageType;
  province: string | null;
}

/** One built corpus. */
interface Build {
  plans: number;
  out: string;
  jurisdictions: CorpusJurisdiction[];
  files: BuiltFile[];
}

const temp = mkdtempSync(join(tmpdir(), 'plan-atlas-bounded-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** Builds the pages of the corpus at `corpus` into a temp folder and lists what was built. */
function build(corpus: string, plans: number): Build {
  const out = join(temp, `dist-${String(plans)}`);
  console.log(`bounded pages: building ${String(plans)} synthetic plans …`);
  runNode([join(SITE_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    PLAN_ATLAS_CONTENT_DIR: corpus,
    PLAN_ATLAS_OUT_DIR: out,
  });
  const files = listOutputFiles(out).map((file) => ({
    ...file,
    type: pageType(file.path),
    province: provinceOfFile(file.path),
  }));
  return { plans, out, jurisdictions: readCorpusJurisdictions(corpus), files };
}

let small: Build;
let large: Build;
beforeAll(() => {
  const source = join(temp, 'source');
  console.log(`bounded pages: writing the synthetic corpus …`);
  synthesise(source, 2 * PROVINCES.length * FOCUS_JURISDICTIONS);
  const all = readCorpusJurisdictions(source);
  for (const [plans, count] of [
    [SMALL_PLANS, SMALL_JURISDICTIONS],
    [LARGE_PLANS, LARGE_JURISDICTIONS],
  ] as const)
    writeCut(source, join(temp, `corpus-${String(plans)}`), cutJurisdictions(all, FOCUS, count));
  small = build(join(temp, `corpus-${String(SMALL_PLANS)}`), SMALL_PLANS);
  large = build(join(temp, `corpus-${String(LARGE_PLANS)}`), LARGE_PLANS);
  // The figures, for docs/performance.md and for reading a failure.
  for (const type of BOUNDED)
    for (const scoped of [false, true]) {
      const pick = (corpus: Build): BuiltFile | undefined =>
        largest(corpus.files.filter((file) => file.type === type && (file.province !== null) === scoped));
      const [before, after] = [pick(small), pick(large)];
      if (before && after)
        console.log(`  ${type}${scoped ? ' (one province)' : ''}: ${growthText(before, after, MAX_GROWTH)}`);
    }
}, 20 * 60_000);

/** Jurisdictions per province slug. */
function jurisdictionsByProvince(corpus: Build): Map<string, string[]> {
  const byProvince = new Map<string, string[]>();
  for (const { slug, province } of corpus.jurisdictions)
    byProvince.set(province, [...(byProvince.get(province) ?? []), slug]);
  return byProvince;
}

/** Jurisdictions of the province that has the most. */
function largestProvince(corpus: Build): number {
  return Math.max(...[...jurisdictionsByProvince(corpus).values()].map((slugs) => slugs.length));
}

function largest(files: readonly BuiltFile[]): BuiltFile | undefined {
  return files.reduce<BuiltFile | undefined>((max, file) => (max && max.bytes >= file.bytes ? max : file), undefined);
}

/** How a file grew, for failure messages. */
function growthText(before: BuiltFile, after: BuiltFile, limit: number): string {
  return (
    `${before.path} ${String(before.bytes)} B at ${String(small.plans)} plans → ${after.path} ` +
    `${String(after.bytes)} B at ${String(large.plans)} plans: ${(after.bytes / before.bytes).toFixed(2)}× ` +
    `(limit ${limit.toFixed(2)}×)`
  );
}

describe(`bounded pages: the largest file of each type, ${String(SMALL_PLANS)} → ${String(LARGE_PLANS)} synthetic plans`, () => {
  it('cuts the corpora as intended: the country grows 4×, the focus province not at all and stays the largest', () => {
    expect(small.jurisdictions).toHaveLength(SMALL_JURISDICTIONS);
    expect(large.jurisdictions).toHaveLength(LARGE_JURISDICTIONS);
    const focusSmall = jurisdictionsByProvince(small).get(FOCUS);
    expect(focusSmall).toHaveLength(FOCUS_JURISDICTIONS);
    expect(jurisdictionsByProvince(large).get(FOCUS)).toEqual(focusSmall);
    expect(largestProvince(small)).toBe(FOCUS_JURISDICTIONS);
    expect(largestProvince(large)).toBe(FOCUS_JURISDICTIONS);
    expect(small.files.filter((file) => file.type === 'plan')).toHaveLength(SMALL_PLANS);
    expect(large.files.filter((file) => file.type === 'plan')).toHaveLength(LARGE_PLANS);
  });

  it('measures per-jurisdiction views at their largest (small) and national views (large)', () => {
    const targeting = (corpus: Build): number[] =>
      (JSON.parse(readFileSync(join(corpus.out, 'data', 'indicators.json'), 'utf8')) as { districts: string[] }[]).map(
        (indicator) => indicator.districts.length,
      );
    // An indicator targeted by every jurisdiction of the small corpus: its per-jurisdiction view is the largest there is.
    expect(Math.max(...targeting(small))).toBe(PER_JURISDICTION_LIMIT);
    expect(targeting(large).filter((count) => count > PER_JURISDICTION_LIMIT).length).toBeGreaterThan(0);
  });

  it('builds no kind of file that is neither bounded nor declared unbounded', () => {
    const kinds = new Set([...small.files, ...large.files].map((file) => file.type));
    expect([...kinds].filter((type) => !BOUNDED.includes(type) && !UNBOUNDED_TYPES.has(type))).toEqual([]);
  });

  for (const type of BOUNDED) {
    it(`${type}: the largest file grows less than ${String(MAX_GROWTH)}× (province files: × the largest province's growth)`, () => {
      const ofType = (corpus: Build): BuiltFile[] => corpus.files.filter((file) => file.type === type);
      expect(ofType(small).length, `no ${type} files were built at ${String(small.plans)} plans`).toBeGreaterThan(0);
      expect(ofType(large).length, `no ${type} files were built at ${String(large.plans)} plans`).toBeGreaterThan(0);
      const scopes = [
        { name: 'national', of: (file: BuiltFile) => file.province === null, limit: MAX_GROWTH },
        {
          name: 'one province',
          of: (file: BuiltFile) => file.province !== null,
          limit: (MAX_GROWTH * largestProvince(large)) / largestProvince(small),
        },
      ];
      for (const scope of scopes) {
        const before = largest(ofType(small).filter(scope.of));
        const after = largest(ofType(large).filter(scope.of));
        if (!before && !after) continue;
        if (!before || !after) throw new Error(`${type} (${scope.name}): files at one size only`);
        expect(
          after.bytes / before.bytes,
          `${type} (${scope.name}): ${growthText(before, after, scope.limit)}`,
        ).toBeLessThan(scope.limit);
      }
    });
  }

  it(`every page and file of ${FOCUS}, whose jurisdictions do not change, grows less than ${String(MAX_GROWTH)}×`, () => {
    const focusFiles = (corpus: Build): Map<string, BuiltFile> =>
      new Map(corpus.files.filter((file) => file.province === FOCUS).map((file) => [file.path, file]));
    const before = focusFiles(small);
    const after = focusFiles(large);
    for (const type of PROVINCE_SCOPED)
      expect(
        [...before.values()].some((file) => file.type === type),
        `no ${type} files of ${FOCUS}`,
      ).toBe(true);
    const compared = [...before.values()].flatMap((file) => {
      const then = after.get(file.path);
      return then ? [{ before: file, after: then }] : [];
    });
    expect(compared.length).toBeGreaterThan(0.9 * before.size);
    const grown = compared
      .filter((pair) => pair.after.bytes / pair.before.bytes >= MAX_GROWTH)
      .map((pair) => growthText(pair.before, pair.after, MAX_GROWTH));
    expect(grown).toEqual([]);
  });

  it('says on every page of a synthetic corpus that it is synthetic, and never on the real site', () => {
    const pages = large.files.filter((file) => file.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(LARGE_PLANS);
    const unmarked = pages.filter(
      (file) => !readFileSync(join(large.out, file.path), 'utf8').includes(SYNTHETIC_NOTICE),
    );
    expect(unmarked.map((file) => file.path)).toEqual([]);
    const real = join(SITE_ROOT, 'dist', 'index.html');
    if (!existsSync(real)) throw new Error(`${real} is missing: build the real site first (npm run build)`);
    expect(readFileSync(real, 'utf8')).not.toContain(SYNTHETIC_NOTICE);
  });
});

import { districtCompareData, type DistrictCompareData } from '../compare/compare-entries.ts';
import { provinceByCode } from '../regions/provinces.ts';
import { DISTRICT_NAMES_FILE, dataPath, districtDataFile, planPath, provinceDataFile } from '../site/site-paths.ts';
import { buildChangeRecords } from './build-changes.ts';
import { buildDatapackage } from './build-datapackage.ts';
import { datasetProvinces } from './dataset-provinces.ts';
import { datasetReadme } from './dataset-readme.ts';
import { buildTargetRecords } from './build-target-records.ts';
import type { DatasetInput } from './dataset-input.ts';
import type { District } from '../../schema/district.ts';
import type { PlanKind } from '../../schema/plan.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import { deterministicGzip } from './gzip-file.ts';
import { targetsToCsv } from './targets-to-csv.ts';

/** One file of the published dataset. */
export interface DatasetFile {
  /** File path under `/data/`, e.g. `targets.csv`, `provinces/liaoning/targets.csv`. */
  name: string;
  /** Its content (deterministic: same input, same bytes); bytes for the gzip copies. */
  content: string | Uint8Array<ArrayBuffer>;
  /** Media type. */
  type: string;
}

/** The origin used when none is configured (as in `astro.config.mjs`). */
export const DEFAULT_SITE = 'https://plan-atlas.example.org';

/** Locale-independent order, so the files are the same bytes on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A resource entry of `datapackage.json` (what the README lists). */
interface PackageResource {
  name: string;
  path: string;
  description?: string;
}

/** What `targets.csv` holds (its resource has a schema, not a description). */
const TARGETS_DESCRIPTION =
  '每条量化目标一行（每份规划、每项指标、每个年份），含原文引文和条目链接；UTF-8（带 BOM，Excel 可直接打开）。';

/** One file of the published dataset, its content computed when asked for. */
export interface DatasetFileSource {
  /** File path under `/data/`, as in {@link DatasetFile}. */
  name: string;
  /** Media type. */
  type: string;
  /** Computes the file's content (each call anew: nothing of it is kept). */
  content: () => string | Uint8Array<ArrayBuffer>;
}

/** `compute()` on the first call, its result after. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * Every file of the dataset, built from the checked content; `site` is the
 * public origin (the README gives the dataset page's address). All files at
 * once: for the tests and benchmarks; the build and `npm run data` write them
 * one at a time from {@link datasetFileSources}.
 */
export function buildDataset(input: DatasetInput, site = DEFAULT_SITE): DatasetFile[] {
  return datasetFileSources(input, site).map(({ name, type, content }) => ({ name, type, content: content() }));
}

/**
 * Every file of the dataset, each computed only when its content is asked for,
 * so that a writer holds one file at a time (the whole set is several copies of
 * every target's quote; at national scale, gigabytes). `records` are
 * `buildTargetRecords(input)`, passed where the caller already has them. The
 * indexes the files share are small and built once.
 */
export function datasetFileSources(
  input: DatasetInput,
  site = DEFAULT_SITE,
  records: readonly TargetRecord[] = buildTargetRecords(input),
): DatasetFileSource[] {
  // Indexes, so the files take one pass over the records however many plans there are.
  const planRows = once(() => buildPlanRows(input, records));
  const indicators = (): unknown[] => {
    const districtsByIndicator = new Map<string, Set<string>>();
    for (const r of records)
      districtsByIndicator.set(r.indicator, (districtsByIndicator.get(r.indicator) ?? new Set()).add(r.district));
    return [...input.indicators]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((indicator) => ({ ...indicator, districts: [...(districtsByIndicator.get(indicator.id) ?? [])].sort() }));
  };
  const districts = (): unknown[] => {
    const plansByDistrict = new Map<string, string[]>();
    for (const plan of planRows())
      plansByDistrict.set(plan.district, [...(plansByDistrict.get(plan.district) ?? []), plan.id]);
    return [...input.districts]
      .sort((a, b) => byCodePoint(a.slug, b.slug))
      .map((district) => ({ ...district, plans: plansByDistrict.get(district.slug) ?? [] }));
  };
  const datapackage = once(() => buildDatapackage(input));
  const readme = (): string => {
    const resources = datapackage()['resources'] as PackageResource[];
    return datasetReadme({
      title: String(datapackage()['title']),
      files: resources.map((resource) => ({
        path: resource.path,
        description: resource.description ?? TARGETS_DESCRIPTION,
      })),
      licence: input.licence,
      pageUrl: new URL(dataPath(input.base), site).href,
    });
  };
  const targetsJson = (): string => json(records);
  const targetsCsv = (): string => targetsToCsv(records);
  return [
    { name: 'targets.json', content: targetsJson, type: 'application/json' },
    { name: 'targets.csv', content: targetsCsv, type: 'text/csv; charset=utf-8' },
    { name: 'targets.json.gz', content: () => deterministicGzip(targetsJson()), type: 'application/gzip' },
    { name: 'targets.csv.gz', content: () => deterministicGzip(targetsCsv()), type: 'application/gzip' },
    { name: 'indicators.json', content: () => json(indicators()), type: 'application/json' },
    { name: 'plans.json', content: () => json(planRows()), type: 'application/json' },
    { name: 'districts.json', content: () => json(districts()), type: 'application/json' },
    {
      name: 'changes.json',
      content: () => json(buildChangeRecords(input.plans, input.base)),
      type: 'application/json',
    },
    { name: 'datapackage.json', content: () => json(datapackage()), type: 'application/json' },
    { name: 'README.md', content: readme, type: 'text/markdown; charset=utf-8' },
    ...provinceFiles(input, records),
    ...compareFiles(input, records),
  ];
}

/** A row of `plans.json`: each plan (sorted by id) with its number of targets. */
function buildPlanRows(input: DatasetInput, records: readonly TargetRecord[]) {
  const targetsByPlan = new Map<string, number>();
  for (const r of records)
    targetsByPlan.set(`${r.district}/${r.plan}`, (targetsByPlan.get(`${r.district}/${r.plan}`) ?? 0) + 1);
  const plans = [...input.plans].sort((a, b) =>
    byCodePoint(`${a.data.district}/${a.data.plan}`, `${b.data.district}/${b.data.plan}`),
  );
  return plans.map(({ data }) => ({
    id: `${data.district}/${data.plan}`,
    district: data.district,
    plan: data.plan,
    title: data.title,
    title_inferred: data.title_inferred,
    period_start: data.period.start,
    period_end: data.period.end,
    issuer: data.issuer,
    document_number: data.document_number,
    issued: data.issued,
    version: data.version,
    updated: data.updated,
    source_file: data.source.file,
    url: planPath(input.base, data.district, data.plan),
    targets: targetsByPlan.get(`${data.district}/${data.plan}`) ?? 0,
  }));
}

/** Each province's targets (provinces with at least one jurisdiction), CSV and JSON like the whole set's. */
function provinceFiles(input: DatasetInput, records: readonly TargetRecord[]): DatasetFileSource[] {
  const provinceOf = new Map(input.districts.map((d) => [d.slug, provinceByCode(d.province_code)?.slug ?? null]));
  // One pass over the records per file: 62 files, each made and dropped in turn.
  const rowsOf = (province: string): TargetRecord[] =>
    records.filter((record) => provinceOf.get(record.district) === province);
  return datasetProvinces(input).flatMap((province) => [
    {
      name: provinceDataFile(province, 'csv'),
      content: () => targetsToCsv(rowsOf(province)),
      type: 'text/csv; charset=utf-8',
    },
    { name: provinceDataFile(province, 'json'), content: () => json(rowsOf(province)), type: 'application/json' },
  ]);
}

/**
 * What /compare/ fetches: the name index of every jurisdiction (slug, short
 * name, full name; by division code), and one small file per jurisdiction with
 * its targets as the matrix shows them. Compact JSON: they are read by the page.
 */
function compareFiles(input: DatasetInput, records: readonly TargetRecord[]): DatasetFileSource[] {
  const districts = [...input.districts].sort((a, b) => byCodePoint(a.code, b.code) || byCodePoint(a.slug, b.slug));
  const byDistrict = once(() => {
    const map = new Map<string, { records: TargetRecord[]; plans: { district: string; plan: PlanKind }[] }>();
    const of = (slug: string) => {
      let entry = map.get(slug);
      if (!entry) map.set(slug, (entry = { records: [], plans: [] }));
      return entry;
    };
    for (const record of records) of(record.district).records.push(record);
    for (const { data } of input.plans) of(data.district).plans.push({ district: data.district, plan: data.plan });
    return map;
  });
  // A jurisdiction's data depends on its own records and plans only (an item's records are its plan's).
  const dataOf = (district: District): DistrictCompareData | undefined =>
    districtCompareData({
      records: byDistrict().get(district.slug)?.records ?? [],
      districts: [district],
      plans: byDistrict().get(district.slug)?.plans ?? [],
      indicators: input.indicators,
    })[0];
  return [
    {
      name: DISTRICT_NAMES_FILE,
      content: () =>
        `${JSON.stringify(districts.map((district) => [district.slug, district.name, district.full_name]))}\n`,
      type: 'application/json',
    },
    ...districts.map((district) => ({
      name: districtDataFile(district.slug),
      content: () => `${JSON.stringify(dataOf(district))}\n`,
      type: 'application/json',
    })),
  ];
}

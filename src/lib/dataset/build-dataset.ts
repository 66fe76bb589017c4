import { districtCompareData } from '../compare/compare-entries.ts';
import { provinceByCode } from '../regions/provinces.ts';
import { DISTRICT_NAMES_FILE, dataPath, districtDataFile, planPath, provinceDataFile } from '../site/site-paths.ts';
import { buildChangeRecords } from './build-changes.ts';
import { buildDatapackage } from './build-datapackage.ts';
import { datasetProvinces } from './dataset-provinces.ts';
import { datasetReadme } from './dataset-readme.ts';
import { buildTargetRecords } from './build-target-records.ts';
import type { DatasetInput } from './dataset-input.ts';
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

/**
 * Every file of the dataset, built from the checked content; `site` is the
 * public origin (the README gives the dataset page's address).
 */
export function buildDataset(input: DatasetInput, site = DEFAULT_SITE): DatasetFile[] {
  const records = buildTargetRecords(input);
  const plans = [...input.plans].sort((a, b) =>
    byCodePoint(`${a.data.district}/${a.data.plan}`, `${b.data.district}/${b.data.plan}`),
  );
  // Indexes, so the files take one pass over the records however many plans there are.
  const districtsByIndicator = new Map<string, Set<string>>();
  const targetsByPlan = new Map<string, number>();
  for (const r of records) {
    districtsByIndicator.set(r.indicator, (districtsByIndicator.get(r.indicator) ?? new Set()).add(r.district));
    targetsByPlan.set(`${r.district}/${r.plan}`, (targetsByPlan.get(`${r.district}/${r.plan}`) ?? 0) + 1);
  }
  const districtsOf = (indicator: string): string[] => [...(districtsByIndicator.get(indicator) ?? [])].sort();
  const indicators = [...input.indicators]
    .sort((a, b) => byCodePoint(a.id, b.id))
    .map((indicator) => ({ ...indicator, districts: districtsOf(indicator.id) }));
  const planRows = plans.map(({ data }) => ({
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
  const plansByDistrict = new Map<string, string[]>();
  for (const plan of planRows)
    plansByDistrict.set(plan.district, [...(plansByDistrict.get(plan.district) ?? []), plan.id]);
  const districts = [...input.districts]
    .sort((a, b) => byCodePoint(a.slug, b.slug))
    .map((district) => ({
      ...district,
      plans: plansByDistrict.get(district.slug) ?? [],
    }));
  const datapackage = buildDatapackage(input);
  const resources = datapackage['resources'] as PackageResource[];
  const readme = datasetReadme({
    title: String(datapackage['title']),
    files: resources.map((resource) => ({
      path: resource.path,
      description: resource.description ?? TARGETS_DESCRIPTION,
    })),
    licence: input.licence,
    pageUrl: new URL(dataPath(input.base), site).href,
  });
  const targetsJson = json(records);
  const targetsCsv = targetsToCsv(records);
  return [
    { name: 'targets.json', content: targetsJson, type: 'application/json' },
    { name: 'targets.csv', content: targetsCsv, type: 'text/csv; charset=utf-8' },
    { name: 'targets.json.gz', content: deterministicGzip(targetsJson), type: 'application/gzip' },
    { name: 'targets.csv.gz', content: deterministicGzip(targetsCsv), type: 'application/gzip' },
    { name: 'indicators.json', content: json(indicators), type: 'application/json' },
    { name: 'plans.json', content: json(planRows), type: 'application/json' },
    { name: 'districts.json', content: json(districts), type: 'application/json' },
    { name: 'changes.json', content: json(buildChangeRecords(input.plans, input.base)), type: 'application/json' },
    { name: 'datapackage.json', content: json(datapackage), type: 'application/json' },
    { name: 'README.md', content: readme, type: 'text/markdown; charset=utf-8' },
    ...provinceFiles(input, records),
    ...compareFiles(input, records),
  ];
}

/** Each province's targets (provinces with at least one jurisdiction), CSV and JSON like the whole set's. */
function provinceFiles(input: DatasetInput, records: readonly TargetRecord[]): DatasetFile[] {
  const provinceOf = new Map(input.districts.map((d) => [d.slug, provinceByCode(d.province_code)?.slug ?? null]));
  const byProvince = new Map<string, TargetRecord[]>();
  for (const province of datasetProvinces(input)) byProvince.set(province, []);
  for (const record of records) byProvince.get(provinceOf.get(record.district) ?? '')?.push(record);
  return [...byProvince].flatMap(([province, rows]) => [
    { name: provinceDataFile(province, 'csv'), content: targetsToCsv(rows), type: 'text/csv; charset=utf-8' },
    { name: provinceDataFile(province, 'json'), content: json(rows), type: 'application/json' },
  ]);
}

/**
 * What /compare/ fetches: the name index of every jurisdiction (slug, short
 * name, full name; by division code), and one small file per jurisdiction with
 * its targets as the matrix shows them. Compact JSON: they are read by the page.
 */
function compareFiles(input: DatasetInput, records: readonly TargetRecord[]): DatasetFile[] {
  const districts = [...input.districts].sort((a, b) => byCodePoint(a.code, b.code) || byCodePoint(a.slug, b.slug));
  const data = districtCompareData({
    records,
    districts,
    plans: input.plans.map((plan) => ({ district: plan.data.district, plan: plan.data.plan })),
    indicators: input.indicators,
  });
  const names = districts.map((district) => [district.slug, district.name, district.full_name]);
  return [
    { name: DISTRICT_NAMES_FILE, content: `${JSON.stringify(names)}\n`, type: 'application/json' },
    ...data.map((district) => ({
      name: districtDataFile(district.slug),
      content: `${JSON.stringify(district)}\n`,
      type: 'application/json',
    })),
  ];
}

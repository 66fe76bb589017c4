import { dataPath } from '../site/site-paths.ts';
import { planPath } from '../site/site-paths.ts';
import { buildChangeRecords } from './build-changes.ts';
import { buildDatapackage } from './build-datapackage.ts';
import { datasetReadme } from './dataset-readme.ts';
import { buildTargetRecords } from './build-target-records.ts';
import type { DatasetInput } from './dataset-input.ts';
import { targetsToCsv } from './targets-to-csv.ts';

/** One file of the published dataset. */
export interface DatasetFile {
  /** File name under `/data/`. */
  name: string;
  /** Its content (deterministic: same input, same bytes). */
  content: string;
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
  const districtsOf = (indicator: string): string[] =>
    [...new Set(records.filter((r) => r.indicator === indicator).map((r) => r.district))].sort();
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
    targets: records.filter((r) => r.district === data.district && r.plan === data.plan).length,
  }));
  const districts = [...input.districts]
    .sort((a, b) => byCodePoint(a.slug, b.slug))
    .map((district) => ({
      ...district,
      plans: planRows.filter((plan) => plan.district === district.slug).map((plan) => plan.id),
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
  return [
    { name: 'targets.json', content: json(records), type: 'application/json' },
    { name: 'targets.csv', content: targetsToCsv(records), type: 'text/csv; charset=utf-8' },
    { name: 'indicators.json', content: json(indicators), type: 'application/json' },
    { name: 'plans.json', content: json(planRows), type: 'application/json' },
    { name: 'districts.json', content: json(districts), type: 'application/json' },
    { name: 'changes.json', content: json(buildChangeRecords(input.plans, input.base)), type: 'application/json' },
    { name: 'datapackage.json', content: json(datapackage), type: 'application/json' },
    { name: 'README.md', content: readme, type: 'text/markdown; charset=utf-8' },
  ];
}

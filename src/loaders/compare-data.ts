import { buildTargetRecords } from '../lib/dataset/build-target-records.ts';
import type { DatasetInput } from '../lib/dataset/dataset-input.ts';
import { buildIndicatorView, type CompareInput, type IndicatorView } from '../lib/compare/indicator-view.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { TargetRecord } from '../schema/target-record.ts';
import { oncePerBuild } from './build-cache.ts';
import { datasetInputFromCollections } from './collections.ts';
import { parseDistricts } from '../lib/content/parse-districts.ts';
import { contentRoot } from '../lib/io/content-root.ts';
import { readDivisionIndex } from '../lib/io/read-division-list.ts';
import { parseYamlData } from '../lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS } from '../lib/content/content-paths.ts';
import { readDataFiles } from '../lib/io/read-content.ts';
import { recordReportHrefs } from '../lib/site/report-error.ts';
import { IndicatorRegistrySchema } from '../schema/indicator.ts';
import { SiteConfigSchema } from '../schema/site-config.ts';
import { indicatorChart, type ChartGeometry } from '../lib/charts/indicator-chart.ts';
import { chartInput } from '../lib/compare/chart-input.ts';
import { buildMatrix, type Matrix } from '../lib/compare/matrix.ts';
import { indicatorPath } from '../lib/site/site-paths.ts';

/** What the comparison pages read: the dataset records and every indicator's comparison. */
export interface CompareData {
  input: DatasetInput;
  records: TargetRecord[];
  compare: CompareInput;
  /** The registry, in the order of data/indicators.yaml. */
  indicators: Indicator[];
  /** Each indicator's comparison, by id. */
  views: Map<string, IndicatorView>;
  /** The jurisdictions × indicators matrix (for /compare/ and /indicators/). */
  matrix: Matrix;
  /** The 纠错 link of each record, by record id (empty where reporting is not configured). */
  reportHrefs: Map<string, string>;
}

/** `items` sorted in the order their ids have in `order` (unknown ids last). */
function inFileOrder<T>(items: readonly T[], order: readonly string[], id: (item: T) => string): T[] {
  const rank = (item: T): number => {
    const index = order.indexOf(id(item));
    return index < 0 ? order.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

async function load(base: string): Promise<CompareData> {
  const input = await datasetInputFromCollections(base);
  const records = buildTargetRecords(input);
  // Jurisdictions and indicators in the order of their data files (collections are sorted by id).
  const dataFiles = readDataFiles(contentRoot());
  const districtOrder = parseDistricts(dataFiles.districts, readDivisionIndex()).districts.map(
    (district) => district.slug,
  );
  const indicatorOrder = (
    parseYamlData(dataFiles.indicators, IndicatorRegistrySchema, CONTENT_PATHS.indicators).data ?? []
  ).map((indicator) => indicator.id);
  const districts = inFileOrder(input.districts, districtOrder, (district) => district.slug);
  const compare: CompareInput = {
    records,
    districts,
    plans: input.plans.map((plan) => ({ district: plan.data.district, plan: plan.data.plan })),
  };
  const indicators = inFileOrder(input.indicators, indicatorOrder, (indicator) => indicator.id);
  const views = new Map(indicators.map((indicator) => [indicator.id, buildIndicatorView(indicator, compare)]));
  const config = parseYamlData(dataFiles.config, SiteConfigSchema, CONTENT_PATHS.config);
  const reportHrefs = recordReportHrefs(input, records, config.data?.report_error ?? null, import.meta.env.SITE);
  const matrix = buildMatrix(indicators.flatMap((indicator) => views.get(indicator.id) ?? []));
  return { input, records, compare, indicators, views, matrix, reportHrefs };
}

/** The comparison data of the build (computed once per build). */
export function compareData(base: string): Promise<CompareData> {
  return oncePerBuild(`compare-data:${base}`, () => load(base));
}

/** The public address of a site path (with the configured origin), e.g. for a chart's source line or a citation. */
export function publicUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

/** The geometry of `view`'s chart, with the indicator page's public address as its source line. */
export function chartOfView(view: IndicatorView, base: string): ChartGeometry {
  return indicatorChart(chartInput(view, publicUrl(indicatorPath(base, view.indicator.id))));
}

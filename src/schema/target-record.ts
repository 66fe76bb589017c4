import { z } from 'zod';
import { ComparatorSchema, SectionSchema } from './target.ts';
import { PlanKindSchema } from './plan.ts';

/**
 * One record of the published dataset (`/data/targets.json`, `/data/targets.csv`):
 * one quantitative target of one plan for one indicator and year. The
 * `describe()` texts are the field descriptions in `datapackage.json`.
 */
export const TargetRecordSchema = z.strictObject({
  /** Stable id `<district>/<plan>/<anchor>/<indicator>/<year>`. */
  id: z.string().describe('Stable id: <district>/<plan>/<anchor>/<indicator>/<year>'),
  /** District slug. */
  district: z.string().describe('Jurisdiction slug, e.g. fuxin-xihe'),
  /** Chinese name of the jurisdiction. */
  district_name: z.string().describe('Jurisdiction name in Chinese, e.g. 细河区'),
  /** Which plan. */
  plan: PlanKindSchema.describe('Plan: women (妇女发展规划) or children (儿童发展规划)'),
  /** Plan title as printed (or inferred). */
  plan_title: z.string().describe('Plan title as printed (or as inferred where the source prints none)'),
  /** Indicator id. */
  indicator: z.string().describe('Canonical indicator id (see indicators.json)'),
  /** Canonical Chinese name of the indicator. */
  indicator_name: z.string().describe('Canonical indicator name in Chinese'),
  /** The indicator's name as the plan words it. */
  label: z.string().describe('The indicator as the plan names it'),
  /** Domain id. */
  domain: z.string().describe('Development domain id, e.g. health'),
  /** Chinese domain name. */
  domain_name: z.string().describe('Development domain in Chinese, e.g. 健康'),
  /** Block that states the target. */
  section: SectionSchema.describe(
    'Block stating the target: targets (主要目标), measures (策略措施), projects (重点工程)',
  ),
  /** Target year. */
  year: z.number().int().describe('Target year'),
  /** Whether the plan names the year (false: the plan period end is implied). */
  year_stated: z.boolean().describe('False where the text names no year and the plan period end is implied'),
  /** `level` or `change`. */
  kind: z.enum(['level', 'change']).describe('level: a value to reach; change: a change relative to a baseline'),
  /** The target value in `unit`. */
  value: z.number().describe('Target value in unit (negative for a decrease where kind is change)'),
  /** The value as printed. */
  value_as_written: z.string().describe('The figure exactly as printed in the plan'),
  /** Unit id. */
  unit: z.string().describe('Unit id (percent, permille, per-100k, …)'),
  /** The unit as printed where it differs (a misprint in the source). */
  unit_as_written: z.string().nullable().describe('The unit as printed where the source prints a wrong unit; see note'),
  /** Comparator. */
  comparator: ComparatorSchema.describe('<= at most, >= at least, = exactly, ~ about'),
  /** Baseline year. */
  baseline_year: z.number().int().nullable().describe('Baseline year where the text states one'),
  /** Baseline value. */
  baseline_value: z.number().nullable().describe('Baseline value where the text states one'),
  /** Full text of the item as published. */
  quote: z.string().describe('Full text of the plan item that states the target, as published'),
  /** Link to the item. */
  url: z.string().describe('Link to the item on the site: /plans/<district>/<plan>/#<anchor>'),
  /** Editorial note. */
  note: z.string().nullable().describe('Editorial note (Chinese)'),
  /** False for a target drafted by the extractor that no editor has checked yet. */
  reviewed: z
    .boolean()
    .describe('False where the target was drafted automatically and not yet checked by an editor (待核对)'),
  /** Plan version. */
  plan_version: z.number().int().describe('Version of the plan on Plan Atlas'),
  /** Date of that version. */
  updated: z.string().describe('Date of that version (YYYY-MM-DD)'),
});
export type TargetRecord = z.infer<typeof TargetRecordSchema>;

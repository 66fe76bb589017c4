import type { District } from '../../schema/district.ts';
import { IndicatorRegistrySchema, type Indicator } from '../../schema/indicator.ts';
import { SiteConfigSchema, type SiteConfig } from '../../schema/site-config.ts';
import { parseDistricts } from './parse-districts.ts';
import { parseYamlData } from './parse-yaml-data.ts';
import { CONTENT_PATHS } from './content-paths.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { checkPlanFile, type CheckedPlan, type PlanContext } from '../plan/validate-plan.ts';
import type { PlanFileText } from '../io/read-content.ts';
import type { DivisionIndex } from '../regions/division-index.ts';
import { planLinks, type PlanLinkOptions } from '../site/plan-links.ts';

/** How content is checked and rendered. */
export interface ContentOptions {
  /** Today (YYYY-MM-DD): no date may be later. */
  today: string;
  /** Site base path, e.g. `/` or `/guihua/`. */
  base: string;
  /** Public origin of the site, for absolute links (纠错 reports). */
  site: string;
  /** The official division list the districts are resolved against. */
  divisions: DivisionIndex;
}

/** The result of checking all content. */
export interface ContentCheck {
  /** The valid districts (empty when `data/districts.yaml` has errors). */
  districts: District[];
  /** The indicator registry (empty when `data/indicators.yaml` has errors). */
  indicators: Indicator[];
  /** Every plan file, checked. */
  plans: CheckedPlanFile[];
  /** The site configuration (its defaults when `plan-atlas.config.json` has errors, which are in `issues`). */
  config: SiteConfig;
  /** Every problem, in file order. */
  issues: PlanIssue[];
}

/**
 * What checking a plan needs to know about the rest of the content, as plain data (no functions), so
 * that a worker thread can be sent it and rebuild the same {@link PlanContext} with {@link planCheckContext}.
 */
export interface PlanCheckInput {
  /** Slugs of the valid districts. */
  districts: string[];
  /** File names in `data/sources/`. */
  sources: string[];
  /** Today (YYYY-MM-DD). */
  today: string;
  /** The indicator registry. */
  indicators: Indicator[];
  /** Where the site is published and where its 纠错 links go. */
  links: PlanLinkOptions;
}

/** A plan file, checked. */
export type CheckedPlanFile = CheckedPlan & { file: string };

/** The data files checked, and what the plan files are then checked against. */
export interface CheckedDataFiles {
  /** The valid districts. */
  districts: District[];
  /** The indicator registry. */
  indicators: Indicator[];
  /** The site configuration (its defaults where it has errors). */
  config: SiteConfig;
  /** The data files' problems, in file order. */
  issues: PlanIssue[];
  /** What every plan file is checked against. */
  planCheck: PlanCheckInput;
}

/** Checks `data/districts.yaml`, `data/indicators.yaml` and the site configuration (the first half of {@link checkContent}). */
export function checkDataFiles(
  dataFiles: { districts: string; indicators: string; config: string },
  sources: readonly string[],
  options: ContentOptions,
): CheckedDataFiles {
  const parsed = parseDistricts(dataFiles.districts, options.divisions);
  const registry = parseYamlData(dataFiles.indicators, IndicatorRegistrySchema, CONTENT_PATHS.indicators);
  const indicators = registry.data ?? [];
  const config = parseYamlData(dataFiles.config, SiteConfigSchema, CONTENT_PATHS.config);
  const { today, base, site } = options;
  return {
    districts: parsed.districts,
    indicators,
    config: config.data ?? SiteConfigSchema.parse({}),
    issues: [...parsed.issues, ...registry.issues, ...config.issues],
    planCheck: {
      districts: parsed.districts.map((d) => d.slug),
      sources: [...sources],
      today,
      indicators,
      links: { base, site, reportError: config.data?.report_error ?? null },
    },
  };
}

/** The context {@link checkPlanFile} checks a plan against, made from its plain inputs. */
export function planCheckContext(input: PlanCheckInput): PlanContext {
  return {
    districts: new Set(input.districts),
    sources: new Set(input.sources),
    today: input.today,
    indicators: input.indicators,
    links: planLinks(input.links),
  };
}

/** Checks plan files against one context, in their order. */
export function checkPlanFiles(planFiles: readonly PlanFileText[], context: PlanContext): CheckedPlanFile[] {
  return planFiles.map(({ file, text }) => ({ file, ...checkPlanFile(file, text, context) }));
}

/** The result of checking all content, from the data files and the plans checked against them (in file order). */
export function contentCheck(data: CheckedDataFiles, plans: CheckedPlanFile[]): ContentCheck {
  return {
    districts: data.districts,
    indicators: data.indicators,
    plans,
    config: data.config,
    issues: [...data.issues, ...plans.flatMap((plan) => plan.issues)],
  };
}

/** Checks `data/districts.yaml`, `data/indicators.yaml` and every plan file (against the districts and the source files). */
export function checkContent(
  planFiles: readonly PlanFileText[],
  dataFiles: { districts: string; indicators: string; config: string },
  sources: readonly string[],
  options: ContentOptions,
): ContentCheck {
  const data = checkDataFiles(dataFiles, sources, options);
  return contentCheck(data, checkPlanFiles(planFiles, planCheckContext(data.planCheck)));
}

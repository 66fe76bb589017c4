import type { District } from '../../schema/district.ts';
import { IndicatorRegistrySchema, type Indicator } from '../../schema/indicator.ts';
import { SiteConfigSchema, type SiteConfig } from '../../schema/site-config.ts';
import { parseDistricts } from './parse-districts.ts';
import { parseYamlData } from './parse-yaml-data.ts';
import { CONTENT_PATHS } from './content-paths.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { checkPlanFile, type CheckedPlan } from '../plan/validate-plan.ts';
import type { PlanFileText } from '../io/read-content.ts';
import type { DivisionIndex } from '../regions/division-index.ts';
import { planLinks } from '../site/plan-links.ts';

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
  plans: (CheckedPlan & { file: string })[];
  /** The site configuration (its defaults when `plan-atlas.config.json` has errors, which are in `issues`). */
  config: SiteConfig;
  /** Every problem, in file order. */
  issues: PlanIssue[];
}

/** Checks `data/districts.yaml`, `data/indicators.yaml` and every plan file (against the districts and the source files). */
export function checkContent(
  planFiles: readonly PlanFileText[],
  dataFiles: { districts: string; indicators: string; config: string },
  sources: readonly string[],
  options: ContentOptions,
): ContentCheck {
  const parsed = parseDistricts(dataFiles.districts, options.divisions);
  const registry = parseYamlData(dataFiles.indicators, IndicatorRegistrySchema, CONTENT_PATHS.indicators);
  const indicators = registry.data ?? [];
  const config = parseYamlData(dataFiles.config, SiteConfigSchema, CONTENT_PATHS.config);
  const { today, base, site } = options;
  const reportError = config.data?.report_error ?? null;
  const context = {
    districts: new Set(parsed.districts.map((d) => d.slug)),
    sources: new Set(sources),
    today,
    indicators,
    links: planLinks({ base, site, reportError }),
  };
  const plans = planFiles.map(({ file, text }) => ({ file, ...checkPlanFile(file, text, context) }));
  return {
    districts: parsed.districts,
    indicators,
    plans,
    config: config.data ?? SiteConfigSchema.parse({}),
    issues: [...parsed.issues, ...registry.issues, ...config.issues, ...plans.flatMap((plan) => plan.issues)],
  };
}

import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load-content.ts';
import { isoToday } from '../lib/content/today.ts';
import { parseDistricts } from '../lib/content/parse-districts.ts';
import { contentRoot } from '../lib/io/content-root.ts';
import { readDivisionIndex } from '../lib/io/read-division-list.ts';
import { parseYamlData } from '../lib/content/parse-yaml-data.ts';
import { CONTENT_PATHS, readDataFiles } from '../lib/content/read-content.ts';
import { IndicatorRegistrySchema } from '../schema/indicator.ts';
import { formatIssue } from '../lib/plan/plan-issue.ts';
import { PlanFrontMatterSchema } from '../schema/plan.ts';

/**
 * Loads the plans into Astro through Plan Atlas's own parser (gray-matter and the
 * one unified pipeline), so the pages render exactly the HTML that the dataset,
 * `npm run check` and the tests see. Any content error fails the build with the
 * same `file:line: field: message` lines as `npm run check`.
 */
export function planLoader(): Loader {
  return {
    name: 'plan-atlas-plans',
    schema: PlanFrontMatterSchema,
    load: async (context) => {
      const { store, config, logger } = context;
      const root = contentRoot(fileURLToPath(config.root));
      const check = loadContent(root, { today: isoToday(), base: config.base, site: String(config.site) });
      const errors = check.issues.filter((issue) => issue.severity === 'error');
      if (errors.length > 0) {
        throw new Error(`content errors (run npm run check):\n${errors.map(formatIssue).join('\n')}`);
      }
      store.clear();
      for (const plan of check.plans) {
        if (!plan.data) continue;
        const id = `${plan.data.district}/${plan.data.plan}`;
        const data = await context.parseData({ id, data: plan.data, filePath: plan.file });
        store.set({
          id,
          data,
          body: plan.markdown,
          filePath: plan.file,
          digest: context.generateDigest(plan.markdown + JSON.stringify(plan.data)),
          rendered: {
            html: plan.body.html,
            metadata: {
              headings: [],
              planHeadings: plan.body.headings,
              anchors: plan.body.anchors,
              entryLines: plan.entryLines,
            },
          },
        });
      }
      logger.info(`${String(check.plans.length)} plans loaded`);
    },
  };
}

/** Loads the indicator registry `data/indicators.yaml` (validated by `npm run check` and the plan loader). */
export function indicatorLoader(): Loader {
  return {
    name: 'plan-atlas-indicators',
    load: async (context) => {
      const { store, config } = context;
      const root = contentRoot(fileURLToPath(config.root));
      const registry = parseYamlData(readDataFiles(root).indicators, IndicatorRegistrySchema, CONTENT_PATHS.indicators);
      if (!registry.data) throw new Error(registry.issues.map(formatIssue).join('\n'));
      store.clear();
      for (const indicator of registry.data) {
        store.set({ id: indicator.id, data: await context.parseData({ id: indicator.id, data: indicator }) });
      }
    },
  };
}

/** Loads `data/districts.yaml` (validated by the same schema as `npm run check`). */
export function districtLoader(): Loader {
  return {
    name: 'plan-atlas-districts',
    load: async (context) => {
      const { store, config } = context;
      const root = contentRoot(fileURLToPath(config.root));
      store.clear();
      const { districts, issues } = parseDistricts(readDataFiles(root).districts, readDivisionIndex());
      if (issues.length > 0) throw new Error(issues.map(formatIssue).join('\n'));
      for (const district of districts) {
        store.set({ id: district.slug, data: await context.parseData({ id: district.slug, data: district }) });
      }
    },
  };
}

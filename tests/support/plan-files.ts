import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontMatter } from '../../src/lib/plan/read-front-matter.ts';
import { renderPlanBody } from '../../src/lib/plan/render-plan-body.ts';
import { planItemsFromAnchors, type PlanItem } from '../../src/lib/targets/extract-targets.ts';
import { PlanFrontMatterSchema, type PlanFrontMatter } from '../../src/schema/plan.ts';
import { ROOT } from './fixtures.ts';

/** One published plan file, read with the plan parser. */
export interface PlanFile {
  /** Path relative to the repository root, e.g. `content/plans/lishui/women.md`. */
  file: string;
  /** Validated front matter. */
  data: PlanFrontMatter;
  /** Its target, measure and project items. */
  items: PlanItem[];
}

/** Every plan file under `content/plans/`, sorted by path. */
export function readPlanFiles(): PlanFile[] {
  return globSync(join(ROOT, 'content', 'plans', '*', '*.md'))
    .sort()
    .map((path) => {
      const { data, body, bodyLineOffset } = readFrontMatter(readFileSync(path, 'utf8'));
      return {
        file: relative(ROOT, path),
        data: PlanFrontMatterSchema.parse(data),
        items: planItemsFromAnchors(renderPlanBody(body, bodyLineOffset).anchors),
      };
    });
}

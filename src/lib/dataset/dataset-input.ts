import type { District } from '../../schema/district.ts';
import type { Indicator } from '../../schema/indicator.ts';
import type { DatasetLicence } from '../../schema/site-config.ts';
import type { PlanFrontMatter } from '../../schema/plan.ts';
import type { PlanHistory } from '../history/plan-history.ts';
import type { PlanAnchor } from '../plan/plan-data.ts';

/** A plan as the dataset needs it: its front matter, its anchors and its history. */
export interface DatasetPlan {
  /** Validated front matter. */
  data: PlanFrontMatter;
  /** Its anchors, at least those of its targets (item texts are the quotes). */
  anchors: readonly PlanAnchor[];
  /** Its versions and their changes (from Git, or from the change notes alone). */
  history: PlanHistory;
  /** Path of the plan file, e.g. `content/plans/lishui/women.md`. */
  file: string;
  /** 1-based line of each front-matter target entry (parallel to `data.indicators`). */
  entryLines: readonly number[];
}

/** Everything the dataset is built from (the same whether read by a script or by Astro). */
export interface DatasetInput {
  plans: readonly DatasetPlan[];
  indicators: readonly Indicator[];
  districts: readonly District[];
  /** Site base path, e.g. `/` or `/guihua/`. */
  base: string;
  /** The dataset's licence (`dataset_licence` in `plan-atlas.config.json`). */
  licence: DatasetLicence;
}

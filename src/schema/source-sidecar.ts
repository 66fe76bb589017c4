import { z } from 'zod';
import { DistrictSlugSchema } from './district.ts';
import { PeriodSchema, PlanKindSchema } from './plan.ts';

/**
 * What the importer is told about one plan of a source where the text cannot
 * say it (no printed title, a title without period). Every field is optional:
 * a field left out is read from the text.
 */
export const SidecarPlanSchema = z.strictObject({
  /** Women's or children's plan. */
  plan: PlanKindSchema.optional(),
  /** Title to publish where the source prints none, in the form the text itself uses for its plans. */
  title: z.string().min(1).optional(),
  /** Years the plan covers, where the title does not print them. */
  period: PeriodSchema.optional(),
});
export type SidecarPlan = z.infer<typeof SidecarPlanSchema>;

/**
 * The sidecar of a source document, `data/sources/<file>.yaml` next to
 * `data/sources/<file>` (e.g. `000_2215560c8b7cdbb1.txt.yaml`): what the
 * importer needs to know that the document's text does not say. `npm run
 * import` writes it on the first import and reads it on every later one.
 */
export const SourceSidecarSchema = z.strictObject({
  /** District slug from `data/districts.yaml`. */
  district: DistrictSlugSchema,
  /**
   * The plans of the source, in the order printed, where something about them
   * must be given (e.g. a source without printed titles); leave out where the
   * text says it all. When given, the source must hold exactly this many plans.
   */
  plans: z.array(SidecarPlanSchema).optional(),
  /**
   * Lines of the imported text that introduce a block although printed after
   * its heading (e.g. a domain's introduction printed after 主要目标): kept as
   * plain paragraphs instead of being read as lost list items.
   */
  intro_lines: z.array(z.number().int().positive()).optional(),
  /** Free notes for editors (e.g. where an inferred title comes from); not read by the importer. */
  notes: z.array(z.string().min(1)).optional(),
});
export type SourceSidecar = z.infer<typeof SourceSidecarSchema>;

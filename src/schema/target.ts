import { z } from 'zod';

/** How a target value relates to the value to be reached. */
export const ComparatorSchema = z.enum(['<=', '>=', '=', '~']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** Which block of a domain states the target. */
export const SectionSchema = z.enum(['targets', 'measures', 'projects']);
export type Section = z.infer<typeof SectionSchema>;

/**
 * One quantitative target in a plan's front matter (`indicators:`): one entry
 * per (indicator, year).
 */
export const TargetEntrySchema = z.strictObject({
  /** Indicator id from `data/indicators.yaml`, e.g. `maternal-mortality`. */
  indicator: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '应为 data/indicators.yaml 中的指标标识' }),
  /** Anchor of the list item that states the target, e.g. `health-t2`. */
  target: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '应为条目锚点，例如 health-t2' }),
  /** Block that states it: 主要目标 (`targets`), 策略措施/主要措施 (`measures`), 重点工程/重点实事项目 (`projects`). */
  section: SectionSchema.default('targets'),
  /** The indicator's name as the plan words it, e.g. 孕产妇死亡率. */
  label: z.string().min(1),
  /** Target year. */
  year: z.number().int(),
  /** False where the sentence names no year and `year` is the plan period's end. */
  year_stated: z.boolean().default(true),
  /** `level`: a value to reach; `change`: a change relative to a baseline (e.g. 下降20%). */
  kind: z.enum(['level', 'change']).default('level'),
  /** The number, in `unit`. */
  value: z.number(),
  /** The value exactly as printed in the item, e.g. `10.5/10 万` (spacing as in the source). */
  value_as_written: z.string().min(1),
  /** Unit of `value` (a unit id from `src/schema/units.ts`), convertible to the indicator's unit. */
  unit: z.string().min(1),
  /** The unit as printed where it differs from `unit` (e.g. `%` printed for `‰`); see `note`. */
  unit_as_written: z.string().min(1).optional(),
  /** How the target relates to the value. */
  comparator: ComparatorSchema,
  /** Baseline where the text states one (required for `change`). */
  baseline: z
    .strictObject({
      /** Baseline year, e.g. 2020. */
      year: z.number().int(),
      /** Baseline value in `unit`, where stated. */
      value: z.number().nullable().default(null),
    })
    .optional(),
  /** Editorial note (Chinese), e.g. why a unit was corrected. */
  note: z.string().min(1).optional(),
  /**
   * False for a draft proposed by the target extractor (`npm run import`) that
   * no editor has yet checked against the text; pages mark it 待核对. Delete
   * the line (or write true) once checked.
   */
  reviewed: z.boolean().default(true),
});
export type TargetEntry = z.infer<typeof TargetEntrySchema>;

/** A figure in a 主要目标 item deliberately not recorded as a target (silences the coverage warning). */
export const IgnoredFigureSchema = z.strictObject({
  /** Anchor of the item. */
  target: z.string().min(1),
  /** The figure as printed, e.g. `65 岁`. */
  figure: z.string().min(1),
  /** Why it is not a target (Chinese). */
  reason: z.string().min(1),
});

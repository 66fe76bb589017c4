import { z } from 'zod';
import { DOMAINS } from './domains.ts';
import { unitById } from './units.ts';

/** Which way an indicator improves. */
export const DirectionSchema = z.enum(['lower', 'higher', 'none']);
export type Direction = z.infer<typeof DirectionSchema>;

/** One canonical indicator of `data/indicators.yaml`. */
export const IndicatorSchema = z.strictObject({
  /** Stable ASCII id, e.g. `maternal-mortality`; never changes once published. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '应为小写 ASCII 标识，例如 maternal-mortality' }),
  /** Canonical Chinese name, e.g. 孕产妇死亡率. */
  name: z.string().min(1),
  /** Every wording under which the plans name it (the name included where a plan prints it), e.g. 村委会成员中女性比例. */
  aliases: z.array(z.string().min(1)).min(1, { message: '至少要有一种原文写法' }),
  /** Whose indicator it is: the women's or the children's plans. */
  group: z.enum(['women', 'children']),
  /** Development domain id from `src/schema/domains.ts`, e.g. `health`. */
  domain: z.string().refine((id) => DOMAINS.some((domain) => domain.id === id), {
    message: '应为 src/schema/domains.ts 中的领域标识',
  }),
  /** Unit id from `src/schema/units.ts` in which the dataset states the indicator, e.g. `permille`. */
  unit: z.string().refine((id) => unitById(id) !== undefined, { message: '应为 src/schema/units.ts 中的单位标识' }),
  /** Whether lower or higher values are better, or `none` where neither is (structure, balance). */
  direction: DirectionSchema,
  /** One-line Chinese definition. */
  definition: z.string().min(1),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** The whole `data/indicators.yaml`: ids unique, and no wording claimed by two indicators. */
export const IndicatorRegistrySchema = z.array(IndicatorSchema).superRefine((indicators, ctx) => {
  const ids = new Map<string, number>();
  const wordings = new Map<string, string>();
  indicators.forEach((indicator, index) => {
    const earlier = ids.get(indicator.id);
    if (earlier !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `指标标识重复（第 ${earlier + 1} 项已用）` });
    }
    ids.set(indicator.id, index);
    for (const alias of new Set(indicator.aliases.map((a) => a.replace(/\s+/gu, '')))) {
      const owner = wordings.get(alias);
      if (owner !== undefined && owner !== indicator.id) {
        ctx.addIssue({ code: 'custom', path: [index, 'aliases'], message: `写法“${alias}”已属于指标 ${owner}` });
      }
      wordings.set(alias, indicator.id);
    }
  });
});
export type IndicatorRegistry = z.infer<typeof IndicatorRegistrySchema>;

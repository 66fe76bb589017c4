import { z } from 'zod';
import { DivisionCodeSchema, DivisionLevelSchema } from './district.ts';

/** One division of the official list (province, prefecture-level or county-level). */
export const DivisionSchema = z.strictObject({
  /** Official 6-digit code. */
  code: DivisionCodeSchema,
  /** Official name, e.g. 细河区. */
  name: z.string().min(1),
  /** Administrative level. */
  level: DivisionLevelSchema,
  /** Code of the province it belongs to (its own code for a province). */
  province_code: DivisionCodeSchema,
  /** Code of its prefecture-level city, or null (a province, a prefecture, or a county directly under its province). */
  city_code: DivisionCodeSchema.nullable(),
});
export type Division = z.infer<typeof DivisionSchema>;

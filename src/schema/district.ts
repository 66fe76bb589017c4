import { z } from 'zod';

/** Official administrative division code (GB/T 2260), six digits, e.g. `210911` for 细河区. */
export const DivisionCodeSchema = z.string().regex(/^\d{6}$/, { message: '应为 6 位行政区划代码，例如 210911' });

/** Administrative level of a jurisdiction: province, prefecture (地级市, 州, 盟) or county (区, 县, 县级市, 旗). */
export const DivisionLevelSchema = z.enum(['省级', '地级', '县级']);
export type DivisionLevel = z.infer<typeof DivisionLevelSchema>;

/** Nationally unique pinyin slug `<city>-<district>` (or `<city>` for a city), e.g. `anshan-tiexi`. */
export const DistrictSlugSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/, { message: '应为拼音标识，例如 fuxin-xihe' });

/** Approximate position of a government seat (WGS84). */
export const CoordinatesSchema = z.strictObject({
  /** Latitude in degrees north. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees east. */
  lon: z.number().min(-180).max(180),
});

/**
 * An entry of `data/districts.yaml`: the slug, the official code, and only what
 * the official division list lacks. Names, level and parents come from the list.
 */
export const DistrictEntrySchema = z.strictObject({
  /** Nationally unique pinyin slug, used in every URL. */
  slug: DistrictSlugSchema,
  /** Official 6-digit administrative division code. */
  code: DivisionCodeSchema,
  /** Short name, only where the official list lacks the code or names it differently. */
  name: z.string().min(1).optional(),
  /** Level, only where the official list lacks the code. */
  level: DivisionLevelSchema.optional(),
  /** Parent's code (prefecture or province), only where the official list lacks the code. */
  parent: DivisionCodeSchema.optional(),
  /** Approximate position of the government seat, where known. */
  coordinates: CoordinatesSchema.optional(),
});
export type DistrictEntry = z.infer<typeof DistrictEntrySchema>;

/** The whole `data/districts.yaml` file. */
export const DistrictEntryListSchema = z.array(DistrictEntrySchema).min(1);

/** A jurisdiction that publishes plans: an entry of `data/districts.yaml` resolved against the official division list. */
export const DistrictSchema = z.strictObject({
  /** Nationally unique pinyin slug, e.g. `anshan-tiexi`. */
  slug: DistrictSlugSchema,
  /** Official 6-digit administrative division code, e.g. `210303`. */
  code: DivisionCodeSchema,
  /** Short Chinese name, e.g. 铁西区. */
  name: z.string().min(1),
  /** Full Chinese name with province and city, e.g. 辽宁省鞍山市铁西区 (a level is not repeated: 天津市武清区). */
  full_name: z.string().min(1),
  /** Administrative level. */
  level: DivisionLevelSchema,
  /** Code of the province (or municipality, autonomous region), e.g. `210000`. */
  province_code: DivisionCodeSchema,
  /** Province name, e.g. 辽宁省, 天津市. */
  province: z.string().min(1),
  /** Code of the prefecture-level city above a county-level jurisdiction, or null (a province, a prefecture, or a county directly under its province or municipality). */
  city_code: DivisionCodeSchema.nullable(),
  /** Name of that city, e.g. 鞍山市, or null. */
  city: z.string().min(1).nullable(),
  /** Approximate position of the government seat, or null where unknown. */
  coordinates: CoordinatesSchema.nullable(),
});
export type District = z.infer<typeof DistrictSchema>;

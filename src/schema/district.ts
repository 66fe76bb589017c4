import { z } from 'zod';

/** A jurisdiction that publishes plans (an entry of `data/districts.yaml`). */
export const DistrictSchema = z.strictObject({
  /** Nationally unique pinyin slug `<city>-<district>` (or `<city>` for a city), e.g. `anshan-tiexi`. */
  slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/, { message: '应为拼音标识，例如 fuxin-xihe' }),
  /** Short Chinese name, e.g. 铁西区. */
  name: z.string().min(1),
  /** Full Chinese name with province and city, e.g. 辽宁省鞍山市铁西区. */
  full_name: z.string().min(1),
  /** Administrative level. */
  level: z.enum(['区', '市']),
  /** Province (or municipality), e.g. 辽宁省, 天津市. */
  province: z.string().min(1),
  /** City, e.g. 鞍山市. */
  city: z.string().min(1),
  /** Approximate position of the government seat (WGS84), for a locator map. */
  coordinates: z.strictObject({
    /** Latitude in degrees north. */
    lat: z.number().min(-90).max(90),
    /** Longitude in degrees east. */
    lon: z.number().min(-180).max(180),
  }),
});
export type District = z.infer<typeof DistrictSchema>;

/** The whole `data/districts.yaml` file. */
export const DistrictListSchema = z.array(DistrictSchema).min(1);

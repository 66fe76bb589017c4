import { provinceByCode, provinceBySlug } from '../regions/provinces.ts';
import type { District } from '../../schema/district.ts';

/** The URL slugs of the provinces with at least one jurisdiction, in official code order. */
export function datasetProvinces(input: { districts: readonly Pick<District, 'province_code'>[] }): string[] {
  const codes = [...new Set(input.districts.map((district) => district.province_code))].sort();
  return codes.flatMap((code) => provinceByCode(code)?.slug ?? []);
}

/** A province of the dataset as /data/ lists it. */
export interface DatasetProvinceRow {
  /** URL slug, e.g. `liaoning`. */
  slug: string;
  /** Name as the division list gives it, e.g. 辽宁省. */
  name: string;
  /** Jurisdictions of the dataset in it. */
  jurisdictions: number;
}

/** The provinces with at least one jurisdiction (official code order), each with its name and count. */
export function datasetProvinceRows(input: {
  districts: readonly Pick<District, 'province_code' | 'province'>[];
}): DatasetProvinceRow[] {
  return datasetProvinces(input).map((slug) => {
    const code = provinceBySlug(slug)?.code;
    const inProvince = input.districts.filter((district) => district.province_code === code);
    return { slug, name: inProvince[0]?.province ?? slug, jurisdictions: inProvince.length };
  });
}

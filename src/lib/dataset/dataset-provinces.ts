import { provinceByCode } from '../regions/provinces.ts';
import type { DatasetInput } from './dataset-input.ts';

/** The URL slugs of the provinces with at least one jurisdiction, in official code order. */
export function datasetProvinces(input: Pick<DatasetInput, 'districts'>): string[] {
  const codes = [...new Set(input.districts.map((district) => district.province_code))].sort();
  return codes.flatMap((code) => provinceByCode(code)?.slug ?? []);
}

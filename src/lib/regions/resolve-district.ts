import type { Division } from '../../schema/division.ts';
import type { District, DistrictEntry } from '../../schema/district.ts';
import type { DivisionIndex } from './division-index.ts';

/** A resolved jurisdiction, or why the entry cannot be resolved (in Chinese, saying what to do). */
export type DistrictResolution = { district: District } | { field: keyof DistrictEntry; message: string };

/** The division an entry stands for: the official list's, or the one the entry describes where the list lacks its code. */
function divisionOf(entry: DistrictEntry, index: DivisionIndex): Division | string {
  const listed = index.get(entry.code);
  if (listed) return entry.name ? { ...listed, name: entry.name } : listed;
  if (!entry.name || !entry.level || (entry.level !== '省级' && !entry.parent)) {
    return `行政区划代码 ${entry.code} 不在官方区划表中：请核对代码；若是新设的区划，请同时写明 name、level 和 parent（上级代码）`;
  }
  if (entry.level === '省级') {
    return { code: entry.code, name: entry.name, level: '省级', province_code: entry.code, city_code: null };
  }
  const parent = index.get(entry.parent ?? '');
  if (!parent) return `上级代码 ${entry.parent ?? ''} 不在官方区划表中`;
  return {
    code: entry.code,
    name: entry.name,
    level: entry.level,
    province_code: parent.province_code,
    city_code: parent.level === '地级' ? parent.code : null,
  };
}

/** Resolves a `data/districts.yaml` entry against the official division list. */
export function resolveDistrict(entry: DistrictEntry, index: DivisionIndex): DistrictResolution {
  const division = divisionOf(entry, index);
  if (typeof division === 'string') return { field: entry.name ? 'parent' : 'code', message: division };
  const province = index.get(division.province_code);
  if (!province) return { field: 'code', message: `找不到行政区划代码 ${entry.code} 所属的省级区划` };
  const city = division.city_code === null ? undefined : index.get(division.city_code);
  const names = [province.name, city?.name, division.name].filter(
    (name, position, all): name is string => name !== undefined && all.indexOf(name) === position,
  );
  return {
    district: {
      slug: entry.slug,
      code: division.code,
      name: division.name,
      full_name: names.join(''),
      level: division.level,
      province_code: province.code,
      province: province.name,
      city_code: city?.code ?? null,
      city: city?.name ?? null,
      coordinates: entry.coordinates ?? null,
    },
  };
}

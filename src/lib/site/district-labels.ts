import type { District } from '../../schema/district.ts';

/**
 * Where a jurisdiction lies, from province down to (but not including) itself,
 * without repeating a level, e.g. 辽宁省阜新市 for 细河区, 浙江省 for 丽水市,
 * 天津市 for 武清区.
 */
export function districtLocation(district: Pick<District, 'province' | 'city' | 'name'>): string {
  const levels = [district.province, district.city].filter(
    (level, index, all): level is string => level !== null && level !== district.name && all.indexOf(level) === index,
  );
  return levels.join('');
}

/** A count of plans in Chinese, e.g. `2项规划`. */
export function planCountLabel(count: number): string {
  return `${String(count)}项规划`;
}

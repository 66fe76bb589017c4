/**
 * The 31 province-level divisions of the mainland: the URL slug of each and its
 * square in the tile-grid cartogram (row, column; approximate geographic
 * arrangement, no boundaries drawn, so no map review is needed).
 *
 * Written by hand: the set is fixed, pinyin alone cannot tell 山西 (shanxi) from
 * 陕西 (shaanxi), and the tile arrangement is a design decision, not data.
 */
export interface ProvinceInfo {
  /** Official 6-digit code, e.g. `210000`. */
  code: string;
  /** URL slug, e.g. `liaoning`. */
  slug: string;
  /** Short label for tiles and tables, e.g. 辽宁, 内蒙古. */
  short: string;
  /** Row of its tile (0 = north). */
  row: number;
  /** Column of its tile (0 = west). */
  col: number;
}

export const PROVINCES: readonly ProvinceInfo[] = [
  { code: '110000', slug: 'beijing', short: '北京', row: 1, col: 5 },
  { code: '120000', slug: 'tianjin', short: '天津', row: 2, col: 5 },
  { code: '130000', slug: 'hebei', short: '河北', row: 2, col: 4 },
  { code: '140000', slug: 'shanxi', short: '山西', row: 2, col: 3 },
  { code: '150000', slug: 'neimenggu', short: '内蒙古', row: 1, col: 4 },
  { code: '210000', slug: 'liaoning', short: '辽宁', row: 1, col: 6 },
  { code: '220000', slug: 'jilin', short: '吉林', row: 1, col: 7 },
  { code: '230000', slug: 'heilongjiang', short: '黑龙江', row: 0, col: 7 },
  { code: '310000', slug: 'shanghai', short: '上海', row: 4, col: 6 },
  { code: '320000', slug: 'jiangsu', short: '江苏', row: 4, col: 5 },
  { code: '330000', slug: 'zhejiang', short: '浙江', row: 5, col: 5 },
  { code: '340000', slug: 'anhui', short: '安徽', row: 4, col: 4 },
  { code: '350000', slug: 'fujian', short: '福建', row: 6, col: 4 },
  { code: '360000', slug: 'jiangxi', short: '江西', row: 5, col: 4 },
  { code: '370000', slug: 'shandong', short: '山东', row: 3, col: 4 },
  { code: '410000', slug: 'henan', short: '河南', row: 3, col: 3 },
  { code: '420000', slug: 'hubei', short: '湖北', row: 4, col: 3 },
  { code: '430000', slug: 'hunan', short: '湖南', row: 5, col: 3 },
  { code: '440000', slug: 'guangdong', short: '广东', row: 6, col: 3 },
  { code: '450000', slug: 'guangxi', short: '广西', row: 6, col: 2 },
  { code: '460000', slug: 'hainan', short: '海南', row: 7, col: 3 },
  { code: '500000', slug: 'chongqing', short: '重庆', row: 4, col: 2 },
  { code: '510000', slug: 'sichuan', short: '四川', row: 4, col: 1 },
  { code: '520000', slug: 'guizhou', short: '贵州', row: 5, col: 2 },
  { code: '530000', slug: 'yunnan', short: '云南', row: 5, col: 1 },
  { code: '540000', slug: 'xizang', short: '西藏', row: 4, col: 0 },
  { code: '610000', slug: 'shaanxi', short: '陕西', row: 3, col: 2 },
  { code: '620000', slug: 'gansu', short: '甘肃', row: 2, col: 1 },
  { code: '630000', slug: 'qinghai', short: '青海', row: 3, col: 1 },
  { code: '640000', slug: 'ningxia', short: '宁夏', row: 2, col: 2 },
  { code: '650000', slug: 'xinjiang', short: '新疆', row: 2, col: 0 },
];

const BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));
const BY_SLUG = new Map(PROVINCES.map((province) => [province.slug, province]));

/** The province with this 6-digit code, or undefined. */
export function provinceByCode(code: string): ProvinceInfo | undefined {
  return BY_CODE.get(code);
}

/** The province with this URL slug, or undefined. */
export function provinceBySlug(slug: string): ProvinceInfo | undefined {
  return BY_SLUG.get(slug);
}

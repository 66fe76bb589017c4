import { pinyin } from 'pinyin-pro';
import type { Division } from '../../schema/division.ts';
import type { DivisionIndex } from './division-index.ts';
import { provinceByCode } from './provinces.ts';

/**
 * The 55 minority nationalities, as named in autonomous divisions (`长阳土家族自治县`).
 * Written by hand: the list is fixed by the state, and no maintained package
 * on the registry provides it; without it 长阳土家族 cannot be split.
 */
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';

/**
 * Administrative suffixes dropped from a name before it is spelt in pinyin
 * (鞍山市 → 鞍山, 细河区 → 细河, 长阳土家族自治县 → 长阳).
 */
const SUFFIX = new RegExp(
  `(?:(?:${NATIONALITIES})族)*自治(?:州|县|旗)$|(?:地区|林区|特区|新区|市|区|县|旗|盟|州)$`,
  'u',
);

/** The name without its administrative suffix; kept whole where dropping it would leave one character (城区, 和县). */
export function shortName(name: string): string {
  const short = name.replace(SUFFIX, '');
  return short.length >= 2 ? short : name;
}

/**
 * Pinyin of a name for a slug, without tones or spaces (`长沙` → `changsha`).
 * pinyin-pro reads place names in context (长沙 chang, 重庆 chong, 厦门 xia, 六安 lu).
 */
export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/ü/gu, 'v')
    .replace(/[^a-z]/gu, '');
}

/**
 * The slug of a division by the rule of `data/districts.yaml`: `<city>-<district>`
 * in pinyin for a county-level division (the municipality for a district of
 * 北京, 天津, 上海 or 重庆: `tianjin-wuqing`), `<city>` for a prefecture
 * (`lishui`), the province's URL slug for a province, and the county's own name
 * for a county directly under its province.
 */
export function districtSlug(division: Division, index: DivisionIndex): string {
  if (division.level === '省级') return provinceByCode(division.code)?.slug ?? pinyinOf(shortName(division.name));
  const own = pinyinOf(shortName(division.name));
  if (division.level === '地级') return own;
  const parent = division.city_code === null ? index.get(division.province_code) : index.get(division.city_code);
  const parentIsCity = parent !== undefined && (division.city_code !== null || parent.name.endsWith('市'));
  return parentIsCity ? `${pinyinOf(shortName(parent.name))}-${own}` : own;
}

/** The lines to append to `data/districts.yaml` for a new jurisdiction. */
export function districtEntryYaml(slug: string, code: string): string {
  return `- slug: ${slug}\n  code: '${code}'\n`;
}

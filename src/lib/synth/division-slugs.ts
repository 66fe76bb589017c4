import { pinyin } from 'pinyin-pro';
import type { Division } from '../../schema/division.ts';
import { provinceByCode } from '../regions/provinces.ts';

/** The municipalities, whose districts are slugged `<municipality>-<district>` like a city's. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** Ethnic groups named before 自治县/自治旗/自治州, dropped from slugs (长阳土家族自治县 → changyang). */
const ETHNIC_GROUP =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$/u;
const AUTONOMOUS = /自治[县旗州]$/u;
const SUFFIX = /(?:林区|特区|新区|地区|市|区|县|旗|盟)$/u;

/** The core of a division's name for its slug: 铁西区 → 铁西, 长阳土家族自治县 → 长阳 (never shorter than two characters). */
export function nameCore(name: string): string {
  let core = name;
  if (AUTONOMOUS.test(core)) {
    core = core.replace(AUTONOMOUS, '');
    while (ETHNIC_GROUP.test(core)) core = core.replace(ETHNIC_GROUP, '');
  } else {
    core = core.replace(SUFFIX, '');
  }
  return core.length >= 2 ? core : name;
}

/** Lower-case toneless pinyin of `text`, letters only (`铁西` → `tiexi`). */
export function pinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Digits as letters (0 → a … 9 → j), the last resort to tell two slugs apart. */
function codeLetters(code: string): string {
  return code.replace(/\d/g, (digit) => String.fromCharCode(97 + Number(digit)));
}

/**
 * A nationally unique slug for every division, by the project's rule
 * (`<city>-<district>`, `<city>` for a city, the province's slug for a
 * province; a municipality's districts take the municipality as their city).
 * Where two divisions would get the same slug, each colliding one is
 * prefixed with its province's slug, then suffixed with its code in letters,
 * so the result does not depend on the order of the list.
 */
export function divisionSlugs(divisions: readonly Division[]): Map<string, string> {
  const byCode = new Map(divisions.map((division) => [division.code, division]));
  const provinceSlug = (code: string): string =>
    provinceByCode(code)?.slug ?? pinyinSlug(nameCore(byCode.get(code)?.name ?? code));
  const first = new Map<string, string>();
  for (const division of divisions) {
    let slug: string;
    if (division.level === '省级') slug = provinceSlug(division.code);
    else if (division.level === '地级') slug = pinyinSlug(nameCore(division.name));
    else {
      const city = division.city_code === null ? undefined : byCode.get(division.city_code);
      const own = pinyinSlug(nameCore(division.name));
      if (city) slug = `${pinyinSlug(nameCore(city.name))}-${own}`;
      else if (MUNICIPALITIES.has(division.province_code)) slug = `${provinceSlug(division.province_code)}-${own}`;
      else slug = own;
    }
    first.set(division.code, slug);
  }
  const resolve = (
    candidates: Map<string, string>,
    next: (code: string, slug: string) => string,
  ): Map<string, string> => {
    const counts = new Map<string, number>();
    for (const slug of candidates.values()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return new Map(
      [...candidates].map(([code, slug]) => [code, (counts.get(slug) ?? 0) > 1 ? next(code, slug) : slug]),
    );
  };
  const withProvince = resolve(first, (code, slug) => {
    const province = provinceSlug(byCode.get(code)?.province_code ?? code);
    return slug === province ? slug : `${province}-${slug}`;
  });
  return resolve(withProvince, (code, slug) => `${slug}-${codeLetters(code)}`);
}

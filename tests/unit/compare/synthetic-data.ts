import { buildIndicatorView, type IndicatorView } from '../../../src/lib/compare/indicator-view.ts';
import type { JurisdictionInfo } from '../../../src/lib/compare/indicator-stats.ts';
import { PROVINCES } from '../../../src/lib/regions/provinces.ts';
import type { Indicator } from '../../../src/schema/indicator.ts';
import type { TargetRecord } from '../../../src/schema/target-record.ts';

/** A slug of letters only for jurisdiction `i` (slugs have no digits). */
function letters(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/**
 * A many-jurisdiction comparison of `indicator`, built from one real `template`
 * record: `n` jurisdictions spread over the 31 provinces (every tenth a
 * prefecture, the rest counties), each with a 2030 target of a deterministic
 * value in `[base, base + spread)`, every third also a 2025 target, and every
 * seventh a change target besides.
 */
export function syntheticComparison(
  template: TargetRecord,
  indicator: Indicator,
  n: number,
  base = 80,
  spread = 20,
): { view: IndicatorView; jurisdictions: JurisdictionInfo[]; records: TargetRecord[] } {
  const jurisdictions: JurisdictionInfo[] = Array.from({ length: n }, (_, i) => {
    const province = PROVINCES[i % PROVINCES.length] ?? PROVINCES[0];
    return {
      slug: `synth-${letters(i)}`,
      name: `合成${String(i)}区`,
      full_name: `${province?.short ?? ''}合成${String(i)}区`,
      level: i % 10 === 0 ? '地级' : '县级',
      province_code: province?.code ?? '110000',
    };
  });
  const records: TargetRecord[] = jurisdictions.flatMap((j, i) => {
    // A deterministic scatter (a multiplicative hash), so values repeat and tie like real targets.
    const value = base + (((i * 2654435761) >>> 0) % (spread * 2)) / 2;
    const record = (year: number, kind: 'level' | 'change', v: number): TargetRecord => ({
      ...template,
      id: `${j.slug}/${indicator.group}/item-t1/${indicator.id}/${String(year)}${kind === 'change' ? 'c' : ''}`,
      district: j.slug,
      district_name: j.name,
      plan: indicator.group,
      indicator: indicator.id,
      year,
      year_stated: true,
      kind,
      value: v,
      unit: indicator.unit,
      unit_as_written: null,
      url: `/plans/${j.slug}/${indicator.group}/#item-t1`,
      value_as_written: `${String(v)}${kind}${String(year)}`,
    });
    return [
      record(2030, 'level', value),
      ...(i % 3 === 0 ? [record(2025, 'level', value - 2)] : []),
      ...(i % 7 === 0 ? [record(2030, 'change', -1)] : []),
    ];
  });
  const view = buildIndicatorView(indicator, {
    records,
    districts: jurisdictions,
    plans: jurisdictions.map((j) => ({ district: j.slug, plan: indicator.group })),
  });
  return { view, jurisdictions, records };
}

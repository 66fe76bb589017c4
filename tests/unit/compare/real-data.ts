import { loadContent } from '../../../src/lib/io/load-content.ts';
import { loadDatasetInput } from '../../../src/lib/io/load-dataset-input.ts';
import { buildTargetRecords } from '../../../src/lib/dataset/build-target-records.ts';
import { buildIndicatorView, type CompareInput, type IndicatorView } from '../../../src/lib/compare/indicator-view.ts';
import type { District } from '../../../src/schema/district.ts';
import type { Indicator } from '../../../src/schema/indicator.ts';
import { ROOT } from '../../support/fixtures.ts';

/** The real content of this repository as the comparison pages read it . */
export function realCompareData(): {
  compare: CompareInput;
  districts: District[];
  indicators: Indicator[];
  views: IndicatorView[];
} {
  const content = loadContent(ROOT, { today: '2100-01-01' });
  const input = loadDatasetInput(ROOT, content, '/', () => undefined);
  const records = buildTargetRecords(input);
  const plans = input.plans;
  const compare: CompareInput = {
    records,
    districts: content.districts,
    plans: plans.map((plan) => ({ district: plan.data.district, plan: plan.data.plan })),
  };
  const indicators = [...content.indicators];
  return {
    compare,
    districts: [...content.districts],
    indicators,
    views: indicators.map((indicator) => buildIndicatorView(indicator, compare)),
  };
}

import type { DatasetInput } from '../dataset/dataset-input.ts';
import type { ContentCheck } from '../content/check-content.ts';
import { loadHistories } from './load-history.ts';

/** The dataset input from checked content, with each plan's Git history. */
export function loadDatasetInput(
  root: string,
  content: ContentCheck,
  base: string,
  warn: (message: string) => void = console.warn,
): DatasetInput {
  const plans = content.plans.flatMap((plan) => (plan.data ? [{ ...plan, data: plan.data }] : []));
  const histories = loadHistories(root, plans, warn);
  return {
    plans: plans.map((plan) => ({
      data: plan.data,
      anchors: plan.body.anchors,
      history: histories.get(plan.file) ?? { available: false, reason: 'not read', versions: [], comparisons: [] },
      file: plan.file,
      entryLines: plan.entryLines,
    })),
    indicators: content.indicators,
    districts: content.districts,
    base,
    licence: content.config.dataset_licence,
  };
}

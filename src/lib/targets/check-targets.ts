import type { Indicator } from '../../schema/indicator.ts';
import type { PlanFrontMatter } from '../../schema/plan.ts';
import type { PlanAnchor } from '../plan/plan-data.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import { compactKey, compactText, originalSlice } from './compact-text.ts';
import { contradicts } from './comparator.ts';
import { planItemsFromAnchors, sectionOfAnchor, uncoveredFigures } from './extract-targets.ts';
import { isConvertible, parseFigure, unitById } from './units.ts';

/** Everything the target checks need about one plan file. */
export interface TargetCheckInput {
  /** Path of the plan file. */
  file: string;
  /** Its validated front matter. */
  data: PlanFrontMatter;
  /** Its anchors (with item text and lines). */
  anchors: readonly PlanAnchor[];
  /** Line of a front-matter field. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** A change stated relative to the baseline (下降20%, 提高2个百分点) need not be in the indicator's unit. */
function isRelativeChange(entry: { kind: string; unit: string }): boolean {
  return entry.kind === 'change' && (entry.unit === 'percent' || entry.unit === 'percentage-point');
}

const SECTION_NAMES = { targets: '主要目标', measures: '策略措施', projects: '重点工程' } as const;

/**
 * The consistency checks of a plan's `indicators:` against the registry and
 * the plan's own text: unknown indicator, missing anchor, value not in the
 * item, contradicting comparator, unconvertible unit, year outside the period,
 * duplicate (indicator, year); and, as warnings, figures in 主要目标 items that
 * no entry records and `ignored_figures` does not list.
 */
export function checkTargets(input: TargetCheckInput, registry: readonly Indicator[]): PlanIssue[] {
  const { file, data, lineOf } = input;
  const issues: PlanIssue[] = [];
  const error = (path: PropertyKey[], message: string): void => {
    issues.push({ file, line: lineOf(path), field: path.map(String).join('.'), message, severity: 'error' });
  };
  const indicators = new Map(registry.map((indicator) => [indicator.id, indicator]));
  const anchors = new Map(input.anchors.map((anchor) => [anchor.id, anchor]));
  const seen = new Map<string, number>();

  data.indicators.forEach((entry, index) => {
    const at = (field: string): PropertyKey[] => ['indicators', index, field];
    const indicator = indicators.get(entry.indicator);
    if (!indicator)
      error(at('indicator'), `未知指标 ${entry.indicator}：请使用 data/indicators.yaml 中的标识，或先在其中登记该指标`);

    const key = `${entry.indicator}@${String(entry.year)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      error(
        at('year'),
        `指标 ${entry.indicator} 的 ${String(entry.year)} 年目标重复（indicators 第 ${String(earlier + 1)} 项已有）：每个指标每年只能有一条`,
      );
    }
    seen.set(key, index);

    if (entry.year < data.period.start || entry.year > data.period.end) {
      error(
        at('year'),
        `目标年份 ${String(entry.year)} 不在规划期 ${String(data.period.start)}—${String(data.period.end)} 内：请核对原文（基线年份写在 baseline 中）`,
      );
    }

    const unit = unitById(entry.unit);
    if (!unit) {
      error(at('unit'), `未知单位 ${entry.unit}：请使用 src/lib/targets/units.ts 中的单位标识`);
    } else if (indicator && !isConvertible(entry.unit, indicator.unit) && !isRelativeChange(entry)) {
      error(at('unit'), `单位 ${entry.unit} 不能换算为指标 ${indicator.id} 的单位 ${indicator.unit}：请改正单位或指标`);
    }

    const anchor = anchors.get(entry.target);
    if (!anchor) {
      error(at('target'), `正文中没有锚点 {#${entry.target}}：target 应为陈述该目标的条目锚点，例如 health-t2`);
      return;
    }
    const section = sectionOfAnchor(entry.target);
    if (section && section !== entry.section) {
      error(at('section'), `条目 ${entry.target} 属于${SECTION_NAMES[section]}，section 应写 ${section}`);
    }

    const item = compactText(anchor.text);
    const written = compactKey(entry.value_as_written);
    const position = item.text.indexOf(written);
    if (position < 0) {
      error(
        at('value_as_written'),
        `条目 ${entry.target} 的原文中没有“${entry.value_as_written}”：请照原文抄写数值和单位`,
      );
      return;
    }
    const figure = parseFigure(entry.value_as_written);
    if (figure && Math.abs(entry.value) !== figure.value && entry.value !== figure.max) {
      error(at('value'), `value 是 ${String(entry.value)}，但原文写的是“${entry.value_as_written}”：两者应一致`);
    }
    const after = originalSlice(item, position + written.length, item.text.length);
    if (contradicts(entry.comparator, after, entry.kind === 'change' && entry.value < 0)) {
      error(
        at('comparator'),
        `comparator 是 ${entry.comparator}，但原文在“${entry.value_as_written}”之后写的是“${after.slice(0, 4)}”：请改正`,
      );
    }
  });

  data.ignored_figures.forEach((ignored, index) => {
    const anchor = anchors.get(ignored.target);
    if (!anchor) {
      error(['ignored_figures', index, 'target'], `正文中没有锚点 {#${ignored.target}}`);
    } else if (!compactKey(anchor.text).includes(compactKey(ignored.figure))) {
      error(['ignored_figures', index, 'figure'], `条目 ${ignored.target} 的原文中没有“${ignored.figure}”`);
    }
  });

  const items = planItemsFromAnchors(input.anchors);
  for (const figure of uncoveredFigures(items, data.indicators, { registry, ignored: data.ignored_figures })) {
    issues.push({
      file,
      line: anchors.get(figure.target)?.line ?? 1,
      field: `body#${figure.target}`,
      message: `主要目标条目 ${figure.target} 中的“${figure.figure}”没有对应的 indicators 条目：如是目标请添加；如不是，请在 ignored_figures 中列出并说明理由`,
      severity: 'warning',
    });
  }
  return issues;
}

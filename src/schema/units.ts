/**
 * The unit table of the targets dataset: every unit the plans use, by stable id.
 * Units of the same `dimension` convert into each other through `factor` (the
 * value of one unit in the dimension's base unit); counting classifiers
 * (个/所/家…) share one dimension, so a count printed with another classifier
 * still matches. The figure parser is `src/lib/targets/units.ts`.
 */

/** One unit. */
export interface Unit {
  /** Stable ASCII id used in `data/indicators.yaml` and in target entries, e.g. `permille`. */
  id: string;
  /** Chinese name, e.g. 千分比. */
  name: string;
  /** Every way the plans print it (whitespace inside a symbol is ignored when parsing). */
  symbols: readonly string[];
  /** What it measures; only units of one dimension convert into each other. */
  dimension: string;
  /** Value of one unit in the dimension's base unit. */
  factor: number;
}

/** Every unit the plans use. */
export const UNITS: readonly Unit[] = [
  { id: 'percent', name: '百分比', symbols: ['%', '％'], dimension: 'ratio', factor: 0.01 },
  { id: 'permille', name: '千分比', symbols: ['‰'], dimension: 'ratio', factor: 0.001 },
  { id: 'per-10k', name: '每万', symbols: ['/万', '/10000'], dimension: 'ratio', factor: 0.0001 },
  {
    id: 'per-100k',
    name: '每十万',
    symbols: ['/10万', '/10 万', '/十万', '/10万活产数', '/10万活产', '/100000'],
    dimension: 'ratio',
    factor: 0.00001,
  },
  {
    id: 'percentage-point',
    name: '百分点',
    symbols: ['个百分点', '百分点'],
    dimension: 'ratio-difference',
    factor: 0.01,
  },
  { id: 'age', name: '岁', symbols: ['岁', '周岁'], dimension: 'age', factor: 1 },
  { id: 'year', name: '年', symbols: ['年'], dimension: 'duration', factor: 8760 },
  { id: 'month', name: '月', symbols: ['个月'], dimension: 'duration', factor: 730 },
  { id: 'hour', name: '小时', symbols: ['小时'], dimension: 'duration', factor: 1 },
  { id: 'minute', name: '分钟', symbols: ['分钟'], dimension: 'duration', factor: 1 / 60 },
  { id: 'count', name: '个', symbols: ['个', '项', '支', '座', '批'], dimension: 'count', factor: 1 },
  { id: 'institution', name: '所（家、处）', symbols: ['所', '家', '处'], dimension: 'count', factor: 1 },
  { id: 'person', name: '人', symbols: ['人', '名', '位'], dimension: 'persons', factor: 1 },
  { id: 'ten-thousand-persons', name: '万人', symbols: ['万人', '万人次'], dimension: 'persons', factor: 10000 },
  { id: 'bed', name: '张（床位）', symbols: ['张'], dimension: 'beds', factor: 1 },
  { id: 'occurrence', name: '次', symbols: ['次'], dimension: 'occurrences', factor: 1 },
  { id: 'yuan', name: '元', symbols: ['元'], dimension: 'money', factor: 1 },
  { id: 'ten-thousand-yuan', name: '万元', symbols: ['万元'], dimension: 'money', factor: 10000 },
  { id: 'hundred-million-yuan', name: '亿元', symbols: ['亿元'], dimension: 'money', factor: 100000000 },
  { id: 'yuan-per-person', name: '元/人', symbols: ['元/人'], dimension: 'money-per-person', factor: 1 },
  { id: 'square-metre', name: '平方米', symbols: ['平方米'], dimension: 'area', factor: 1 },
  {
    id: 'ten-thousand-square-metres',
    name: '万平方米',
    symbols: ['万平方米'],
    dimension: 'area',
    factor: 10000,
  },
];

/** The unit with this id, or undefined. */
export function unitById(id: string): Unit | undefined {
  return UNITS.find((unit) => unit.id === id);
}

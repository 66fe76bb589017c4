/**
 * The search filters: which Pagefind filters every record carries, their
 * Chinese labels and display order. Shared by the index script (which sets
 * them), the search page (which renders them as checkboxes) and the search
 * client (which reads them from the URL).
 */
import { PER_JURISDICTION_LIMIT } from '../compare/scale-threshold.ts';
import { DOMAINS } from '../../schema/domains.ts';
import { PROVINCES } from '../regions/provinces.ts';
import { PLAN_KIND_ORDER, PLAN_KIND_SHORT_LABELS } from '../site/plan-labels.ts';

/** The filters a user can set, in display order (URL parameter names). */
export const FILTER_KEYS = ['province', 'jurisdiction', 'group', 'domain', 'section', 'quantitative'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Selected filter values by filter (values within a filter are alternatives; filters combine). */
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

/** Block of a development domain: 主要目标, 策略措施 (主要措施) or 重点工程 (重点实事项目). */
export type SearchSection = 'targets' | 'measures' | 'projects';

/** Chinese names of the sections as the filter shows them. */
export const SECTION_LABELS: Readonly<Record<SearchSection, string>> = {
  targets: '主要目标',
  measures: '策略措施',
  projects: '重点工程',
};

/** Values of the `quantitative` filter (target items only). */
export const QUANTITATIVE_LABELS: Readonly<Record<'yes' | 'no', string>> = {
  yes: '有量化指标',
  no: '无量化指标',
};

/** One checkbox of a filter. */
export interface FilterOption {
  /** The value in the index and the URL, e.g. `fuxin-xihe`. */
  value: string;
  /** Its Chinese label, e.g. 细河区. */
  label: string;
}

/** One filter with its checkboxes. */
export interface FilterGroup {
  /** URL parameter and Pagefind filter name. */
  key: FilterKey;
  /** Chinese legend, e.g. 辖区. */
  legend: string;
  /** Options in display order. */
  options: FilterOption[];
}

/**
 * Every filter and its options, in display order; `districts` are the
 * jurisdictions (slug, short name, province code) in the order of
 * `data/districts.yaml`. The page stays bounded at national scale: the
 * province filter has at most 31 options, and jurisdictions are offered one by
 * one only up to `PER_JURISDICTION_LIMIT` (above it, a jurisdiction is chosen
 * by the `jurisdiction` URL parameter, e.g. from its district page, and the
 * search page adds a checkbox for it).
 */
export function filterGroups(
  districts: readonly { slug: string; name: string; province_code: string }[],
): FilterGroup[] {
  const provinces = new Set(districts.map((district) => district.province_code));
  return [
    {
      key: 'province',
      legend: '省份',
      options: PROVINCES.filter((province) => provinces.has(province.code)).map((province) => ({
        value: province.slug,
        label: province.short,
      })),
    },
    {
      key: 'jurisdiction',
      legend: '辖区',
      options:
        districts.length <= PER_JURISDICTION_LIMIT
          ? districts.map((district) => ({ value: district.slug, label: district.name }))
          : [],
    },
    {
      key: 'group',
      legend: '规划',
      options: PLAN_KIND_ORDER.map((kind) => ({ value: kind, label: PLAN_KIND_SHORT_LABELS[kind] })),
    },
    { key: 'domain', legend: '领域', options: DOMAINS.map((domain) => ({ value: domain.id, label: domain.name_zh })) },
    {
      key: 'section',
      legend: '板块',
      options: Object.entries(SECTION_LABELS).map(([value, label]) => ({ value, label })),
    },
    {
      key: 'quantitative',
      legend: '目标条目',
      options: Object.entries(QUANTITATIVE_LABELS).map(([value, label]) => ({ value, label })),
    },
  ];
}

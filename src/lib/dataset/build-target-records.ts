import { DOMAINS } from '../../schema/domains.ts';
import { parseAnchorId } from '../plan/anchor-id.ts';
import { planPath } from '../site/site-paths.ts';
import type { TargetRecord } from '../../schema/target-record.ts';
import type { DatasetInput } from './dataset-input.ts';

/** The domain id an item anchor starts with (`health-t2` → `health`), or null (`project-3`). */
export function domainOfAnchor(anchor: string): string | null {
  const parts = parseAnchorId(anchor);
  return parts.kind === 'domain' ? null : parts.domain;
}

/** One record per front-matter target entry of every plan, sorted by id. */
export function buildTargetRecords({ plans, indicators, districts, base }: DatasetInput): TargetRecord[] {
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const districtBySlug = new Map(districts.map((district) => [district.slug, district]));
  const records: TargetRecord[] = [];
  for (const { data, anchors } of plans) {
    const quotes = new Map(anchors.map((anchor) => [anchor.id, anchor.text.trim()]));
    for (const entry of data.indicators) {
      const indicator = indicatorById.get(entry.indicator);
      if (!indicator)
        throw new Error(`${data.district}/${data.plan}: unknown indicator ${entry.indicator} (run npm run check)`);
      const domainId = domainOfAnchor(entry.target) ?? indicator.domain;
      records.push({
        id: `${data.district}/${data.plan}/${entry.target}/${entry.indicator}/${String(entry.year)}`,
        district: data.district,
        district_name: districtBySlug.get(data.district)?.name ?? data.district,
        plan: data.plan,
        plan_title: data.title,
        indicator: indicator.id,
        indicator_name: indicator.name,
        label: entry.label,
        domain: domainId,
        domain_name: DOMAINS.find((domain) => domain.id === domainId)?.name_zh ?? domainId,
        section: entry.section,
        year: entry.year,
        year_stated: entry.year_stated,
        kind: entry.kind,
        value: entry.value,
        value_as_written: entry.value_as_written,
        unit: entry.unit,
        unit_as_written: entry.unit_as_written ?? null,
        comparator: entry.comparator,
        baseline_year: entry.baseline?.year ?? null,
        baseline_value: entry.baseline?.value ?? null,
        quote: quotes.get(entry.target) ?? '',
        url: `${planPath(base, data.district, data.plan)}#${entry.target}`,
        note: entry.note ?? null,
        reviewed: entry.reviewed,
        plan_version: data.version,
        updated: data.updated,
      });
    }
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

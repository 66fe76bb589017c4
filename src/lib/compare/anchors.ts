/** HTML ids and labels shared by the comparison pages. */
import { itemLabel } from '../targets/format-target.ts';
import { PLAN_KIND_LABELS } from '../site/plan-labels.ts';
import type { TargetRecord } from '../../schema/target-record.ts';

/** The id of a target's quote on its indicator page, from the record id (stable): `fuxin-xihe/women/health-t2/maternal-mortality/2025` → `t-fuxin-xihe-women-health-t2-2025`. */
export function quoteAnchor(recordId: string): string {
  const [district = '', plan = '', anchor = '', , year = ''] = recordId.split('/');
  return `t-${district}-${plan}-${anchor}-${year}`;
}

/** Where a target is stated, e.g. `细河区妇女发展规划 主要目标第2条`. */
export function recordSource(record: TargetRecord): string {
  const anchor = record.url.slice(record.url.indexOf('#') + 1);
  return `${record.district_name}${PLAN_KIND_LABELS[record.plan]} ${itemLabel(anchor)}`;
}

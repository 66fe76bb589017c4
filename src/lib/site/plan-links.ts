import type { ReportErrorConfig } from '../../schema/site-config.ts';
import type { PlanLinks } from '../plan/validate-plan.ts';
import { reportErrorHref } from './report-error.ts';
import { indicatorPath, planPath } from './site-paths.ts';

/** Where the site is published and where its 纠错 links go. */
export interface PlanLinkOptions {
  /** Site base path, e.g. `/` or `/guihua/`. */
  base: string;
  /** Public origin of the site, for absolute page URLs in 纠错 reports. */
  site: string;
  /** Where 纠错 links go; null: no links. */
  reportError: ReportErrorConfig | null;
}

/** The links a rendered plan body carries: indicator pages and 纠错 reports. */
export function planLinks({ base, site, reportError }: PlanLinkOptions): PlanLinks {
  return {
    indicatorHref: (indicator) => indicatorPath(base, indicator),
    reportHref: ({ file, district, plan, id, line, quote }) =>
      reportErrorHref(reportError, {
        file,
        line,
        id: `${district}/${plan}/${id}`,
        quote,
        pageUrl: new URL(`${planPath(base, district, plan)}#${id}`, site).href,
      }),
  };
}

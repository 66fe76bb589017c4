import type { Indicator } from '../../schema/indicator.ts';
import { checkTargets } from '../targets/check-targets.ts';
import { DOMAINS } from '../../schema/domains.ts';
import { PlanFrontMatterSchema, type PlanFrontMatter } from '../../schema/plan.ts';
import type { PlanIssue } from './plan-issue.ts';
import { readFrontMatter } from './read-front-matter.ts';
import { renderPlanBody, type RenderedPlanBody } from './render-plan-body.ts';
import { describeZodIssue } from './zod-messages.ts';

/** What validation needs to know about the rest of the project. */
export interface PlanContext {
  /** Slugs in `data/districts.yaml`. */
  districts: ReadonlySet<string>;
  /** File names in `data/sources/` (source texts and documents as received; not sidecars or the README). */
  sources: ReadonlySet<string>;
  /** Today (YYYY-MM-DD): no date may be later. */
  today: string;
  /** The indicator registry (`data/indicators.yaml`). */
  indicators: readonly Indicator[];
  /** The links of the rendered body, made by the site (default: no links); the parser knows no URLs. */
  links?: PlanLinks;
}

/** An item of a plan file that a 纠错 link reports. */
export interface ReportedItem {
  /** Path of the plan file in the repository, e.g. `content/plans/lishui/women.md`. */
  file: string;
  /** The plan's district slug. */
  district: string;
  /** The plan's kind. */
  plan: PlanFrontMatter['plan'];
  /** The item's anchor id, e.g. `health-t2`. */
  id: string;
  /** Line of the item's first front-matter target entry, else of the item itself. */
  line: number;
  /** The item's text as published. */
  quote: string;
}

/** What rendering a plan body needs to know about the site's URLs (passed in by the caller). */
export interface PlanLinks {
  /** The href of an indicator's page. */
  indicatorHref: (indicator: string) => string;
  /** The href of an item's 纠错 link, or null for none. */
  reportHref: (item: ReportedItem) => string | null;
}

/** No links at all (checking without a site). */
const NO_LINKS: PlanLinks = { indicatorHref: () => '', reportHref: () => null };

/** A plan file parsed, rendered and validated. */
export interface CheckedPlan {
  /** The validated front matter, or null when it has errors. */
  data: PlanFrontMatter | null;
  /** The rendered body. */
  body: RenderedPlanBody;
  /** Raw body Markdown. */
  markdown: string;
  /** Every problem found. */
  issues: PlanIssue[];
  /** 1-based file line of each `indicators:` entry (parallel to `data.indicators`). */
  entryLines: number[];
}

const PLAN_PATH = /^content\/plans\/([^/]+)\/([^/]+)\.md$/;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Parses a plan file (front matter and body) and checks everything that can be
 * checked without building the site. Pure: all I/O results come in `context`.
 */
export function checkPlanFile(file: string, text: string, context: PlanContext): CheckedPlan {
  const issues: PlanIssue[] = [];
  const error = (line: number, field: string, message: string): void => {
    issues.push({ file, line, field, message, severity: 'error' });
  };

  const split = readFrontMatter(text);
  for (const problem of split.yamlErrors) error(problem.line, 'front matter', `YAML 语法错误：${problem.message}`);

  const result = PlanFrontMatterSchema.safeParse(split.data);
  const names = new Map(context.indicators.map((indicator) => [indicator.id, indicator.name]));
  const body = renderPlanBody(split.body, split.bodyLineOffset, {
    targets: result.success ? result.data.indicators : [],
    indicatorNames: names,
    domainIds: new Set(DOMAINS.map((domain) => domain.id)),
    indicatorHref: (context.links ?? NO_LINKS).indicatorHref,
    reportHref: result.success ? reportLinks(file, result.data, split.lineOf, context.links ?? NO_LINKS) : () => null,
  });
  for (const problem of body.problems) error(problem.line, 'body', problem.message);
  for (const { line, html } of body.rawHtml) {
    issues.push({
      file,
      line,
      field: 'body',
      message: `正文中的 HTML（${html}）不会发布到网页上：请改用 Markdown 写法，或删除它`,
      severity: 'warning',
    });
  }

  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
      error(
        split.lineOf(path),
        path.map(String).join('.') || 'front matter',
        describeZodIssue(issue, valueAt(split.data, path)),
      );
    }
  }
  const data = result.success ? result.data : null;

  const location = PLAN_PATH.exec(file);
  if (!location) {
    error(1, 'file', '规划文件应放在 content/plans/<地区标识>/<women|children>.md');
  }
  if (data) {
    const line = (...path: PropertyKey[]): number => split.lineOf(path);
    if (location && location[1] !== data.district) {
      error(
        line('district'),
        'district',
        `文件在 ${location[1]}/ 文件夹中，但 district 写的是 ${data.district}：请移动文件或改正 district`,
      );
    }
    if (location && location[2] !== data.plan) {
      error(
        line('plan'),
        'plan',
        `文件名是 ${location[2]}.md，但 plan 写的是 ${data.plan}：请改名为 ${data.plan}.md 或改正 plan`,
      );
    }
    if (!context.districts.has(data.district)) {
      error(
        line('district'),
        'district',
        `未知地区 ${data.district}：请先在 data/districts.yaml 中添加，或改用其中已有的标识（${[...context.districts].join('、')}）`,
      );
    }
    if (!context.sources.has(data.source.file)) {
      error(line('source', 'file'), 'source.file', `data/sources/ 中没有 ${data.source.file}：请先把原文放入该文件夹`);
    }
    if (data.source.original !== undefined && !context.sources.has(data.source.original)) {
      error(
        line('source', 'original'),
        'source.original',
        `data/sources/ 中没有原始文件 ${data.source.original}：请把收到的原件原样放入该文件夹`,
      );
    }
    checkDates(data, line, error, context.today);
    issues.push(...checkTargets({ file, data, anchors: body.anchors, lineOf: split.lineOf }, context.indicators));
  }
  const entryLines = (data?.indicators ?? []).map((_entry, index) => split.lineOf(['indicators', index]));
  return { data, body, markdown: split.body, issues, entryLines };
}

/** The 纠错 link of an item: the line is its first front-matter target entry's, else the item's own. */
function reportLinks(
  file: string,
  data: PlanFrontMatter,
  lineOf: (path: readonly PropertyKey[]) => number,
  links: PlanLinks,
): (item: { id: string; line: number; quote: string }) => string | null {
  const entryLines = new Map<string, number>();
  data.indicators.forEach((entry, index) => {
    if (!entryLines.has(entry.target)) entryLines.set(entry.target, lineOf(['indicators', index]));
  });
  return ({ id, line, quote }) =>
    links.reportHref({ file, district: data.district, plan: data.plan, id, line: entryLines.get(id) ?? line, quote });
}

function checkDates(
  data: PlanFrontMatter,
  line: (...path: PropertyKey[]) => number,
  error: (line: number, field: string, message: string) => void,
  today: string,
): void {
  const year = (date: string): number => Number(date.slice(0, 4));
  if (data.issued !== null) {
    if (data.issued > today)
      error(line('issued'), 'issued', `发布日期 ${data.issued} 晚于今天（${today}）：请核对原文`);
    if (year(data.issued) < data.period.start - 2 || year(data.issued) > data.period.end) {
      error(
        line('issued'),
        'issued',
        `发布日期 ${data.issued} 不在规划期 ${data.period.start}—${data.period.end} 前后：请核对原文`,
      );
    }
  }
  if (data.updated > today) error(line('updated'), 'updated', `更新日期 ${data.updated} 晚于今天（${today}）`);
  if (data.issued !== null && data.updated < data.issued) {
    error(line('updated'), 'updated', `更新日期 ${data.updated} 早于发布日期 ${data.issued}`);
  }
  data.changes.forEach((change, index) => {
    if (change.date > today)
      error(line('changes', index, 'date'), `changes.${index}.date`, `日期 ${change.date} 晚于今天（${today}）`);
    const older = data.changes[index + 1];
    if (older && (change.date < older.date || change.version <= older.version)) {
      error(line('changes', index), `changes.${index}`, '变更说明应按时间倒序排列（最新的在最前），版本号逐条递增');
    }
  });
  const latest = data.changes[0];
  if (latest && latest.version !== data.version) {
    error(
      line('version'),
      'version',
      `version 是 ${data.version}，但最新的变更说明是第 ${latest.version} 版：两者应一致`,
    );
  }
  if (latest && latest.date !== data.updated) {
    error(line('updated'), 'updated', `updated 是 ${data.updated}，但最新的变更说明日期是 ${latest.date}：两者应一致`);
  }
}

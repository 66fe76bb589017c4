import type { Indicator } from '../../schema/indicator.ts';
import type { SourceSidecar } from '../../schema/source-sidecar.ts';
import type { TargetEntry } from '../../schema/target.ts';
import { draftIndicators, replaceFrontMatterKeys } from '../targets/draft-indicators.ts';
import type { UncoveredFigure } from '../targets/extract-targets.ts';
import { writeFrontMatter, type PlanFrontMatter } from './front-matter.ts';
import { writeMarkdownBody } from './markdown-writer.ts';
import { noticeText, parseChineseDate, readNoticeMetadata } from './notice-metadata.ts';
import { joinParagraphs } from './paragraphs.ts';
import { locatePlans, type PlanKind, type SourceLayout } from './plan-locator.ts';
import { buildPlanBody, type UnplacedParagraph } from './plan-structure.ts';
import { normalisedLines, splitLines } from './source-lines.ts';
import type { BodyNode, ImportWarning } from './types.ts';

/** What the importer recognised in one plan, for the command's summary. */
export interface PlanSummary {
  /** Part headings (`##`, preface included). */
  parts: number;
  /** Domain headings recognised by name (`### （一）妇女与健康`). */
  domains: number;
  /** Items of 主要目标 blocks. */
  targets: number;
  /** Items of 策略措施 / 主要措施 blocks. */
  measures: number;
  /** Items of 重点工程 blocks or parts. */
  projects: number;
  /** Paragraphs inside a 主要目标/策略措施/重点工程 block kept as plain paragraphs because they could not be placed as items. */
  unplaced: UnplacedParagraph[];
}

/** One draft plan file produced from a source. */
export interface ImportedPlan {
  /** Path relative to the repository root, e.g. `content/plans/fuxin-xihe/women.md`. */
  path: string;
  /** Front matter values. */
  frontMatter: PlanFrontMatter;
  /** The body as a tree (for tests). */
  body: BodyNode[];
  /** The whole file: front matter (with drafted `indicators:` when a registry was given) and Markdown body. */
  markdown: string;
  /** Problems noticed and worked around. */
  warnings: ImportWarning[];
  /** What was recognised. */
  summary: PlanSummary;
  /** The extractor's proposals (each `reviewed: false`), empty without a registry. */
  drafts: TargetEntry[];
  /** Figures of 主要目标 items the proposals leave out (often an indicator the registry does not know yet). */
  uncovered: UncoveredFigure[];
}

/** The file names of a source in `data/sources/`. */
export interface SourceFileNames {
  /** The text the plan is imported from (and checked against): the file itself, or its extracted text. */
  text: string;
  /** The document as received where it is not that text (e.g. `x.docx` beside `x.docx.txt`), else null. */
  original: string | null;
}

/** Options of an import run. */
export interface ImportOptions {
  /** Publication date of this first version, `YYYY-MM-DD`. */
  today: string;
  /** The indicator registry: given, the extractor's proposals are written into `indicators:` as drafts. */
  registry?: readonly Indicator[];
}

/** What an import of one source gives: the plans, or why there are none. */
export interface ImportOutcome {
  /** Where the notice, plans and colophon sit. */
  layout: SourceLayout;
  /** The plans imported, in the order printed. */
  plans: ImportedPlan[];
  /**
   * Why the source (or one of its plans) could not be imported, each with how
   * to proceed (Chinese, for staff). Empty when every plan was imported.
   */
  problems: string[];
}

/** Years of a printed title: `（2021—2030年）`, or 2021–2025 for a `“十四五”` plan. */
export function periodOfTitle(title: string): { start: number; end: number } | null {
  const years = /（\s*(\d{4})\s*[—–-]\s*(\d{4})\s*年\s*）/u.exec(title);
  if (years) return { start: Number(years[1]), end: Number(years[2]) };
  if (title.includes('十四五')) return { start: 2021, end: 2025 };
  return null;
}

/** Converts the body lines of one plan to Markdown body nodes. */
export function importBody(
  lines: readonly string[],
  bodyLines: [number, number],
  introLines: readonly number[],
  warnings: ImportWarning[],
  unplaced: UnplacedParagraph[] = [],
): BodyNode[] {
  const paragraphs = joinParagraphs(normalisedLines(lines, bodyLines));
  return buildPlanBody(paragraphs, { introLines }, warnings, unplaced);
}

/** The `首次发布` change note, naming the notice the text was issued with where the source has one. */
export function firstNote(documentNumber: string | null, issuer: string | null, issued: string | null): string {
  if (documentNumber) return `首次发布：据${documentNumber}原文导入。`;
  if (issuer && issued) {
    const [year, month, day] = issued.split('-').map(Number);
    return `首次发布：据${issuer}${year}年${month}月${day}日印发的通知原文导入。`;
  }
  return '首次发布：据原文导入。';
}

/** Counts what the importer recognised in a plan body. */
export function summariseBody(body: readonly BodyNode[], unplaced: UnplacedParagraph[]): PlanSummary {
  const summary: PlanSummary = { parts: 0, domains: 0, targets: 0, measures: 0, projects: 0, unplaced };
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 2) summary.parts++;
    if (node.type === 'heading' && node.depth === 3 && !/^(?:part|preface)/u.test(node.id)) summary.domains++;
    if (node.type !== 'list') continue;
    for (const item of node.items) {
      if (/-t\d+$/u.test(item.id)) summary.targets++;
      else if (/-m\d+$/u.test(item.id)) summary.measures++;
      else if (/(?:^|-)project-\d+$/u.test(item.id)) summary.projects++;
    }
  }
  for (const node of body)
    if (node.type === 'paragraph' && node.id && /^project-\d+$/u.test(node.id)) summary.projects++;
  return summary;
}

/** Why no plan was found in a source's lines, with how to proceed (Chinese). */
function noPlanFound(lines: readonly string[]): string {
  const text = lines.join('\n');
  if (text.trim() === '') return '原文没有文字（空文件，或是没有文字层的扫描件）：请取得有文字的版本。';
  const reasons = ['没有找到单独成行、形如“××妇女发展规划（2021—2030年）”或“××儿童发展规划”的规划标题'];
  if (!/^\s*[一二三四五六七八九十]+、/mu.test(text) && !/^\s*第[一二三四五六七八九十]+章/mu.test(text))
    reasons.push('也没有“一、”或“第一章”开头的部分标题');
  if (!/主要目标|主要目標/u.test(text)) reasons.push('没有“主要目标”段');
  return `未找到规划：${reasons.join('，')}。请用 --title "…" 给出规划标题（并用 --plan women|children、--period 2021-2030 说明类别和规划期），整篇原文即作为一份规划导入。`;
}

/**
 * Imports one source text: finds its notice and plans, converts each plan's
 * body to Markdown with anchors, fills in the front matter from what the
 * source prints (never inventing an issuer, document number or date) and from
 * the sidecar (district; title, kind and period where the text lacks them),
 * and, given the indicator registry, drafts the plan's targets.
 */
export function importSource(
  text: string,
  sidecar: SourceSidecar,
  files: SourceFileNames,
  options: ImportOptions,
): ImportOutcome {
  const lines = splitLines(text);
  const given = sidecar.plans ?? [];
  const layout = locatePlans(lines, { wholeTextAsPlan: given.length === 1 });
  if (layout.plans.length === 0) return { layout, plans: [], problems: [noPlanFound(lines)] };
  if (given.length > 0 && given.length !== layout.plans.length) {
    const found = layout.plans.map((p) => p.title ?? `第 ${String(p.bodyLines[0])} 行起的无标题规划`).join('、');
    return {
      layout,
      plans: [],
      problems: [
        `原文中找到 ${String(layout.plans.length)} 份规划（${found}），说明文件 plans 列了 ${String(given.length)} 份：请改正说明文件的 plans，使其与原文中的规划一一对应（--title、--period 只适用于只含一份规划的原文）。`,
      ],
    };
  }
  const noticeLines = layout.noticeLines;
  const notice = noticeLines ? normalisedLines(lines, noticeLines) : [];
  const metadata = readNoticeMetadata(notice);
  // A gazette prints the date a document was issued in its colophon (`2022年8月25日印发`) when the notice itself has none.
  const colophonDate = layout.colophonLines
    ? (normalisedLines(lines, layout.colophonLines)
        .map((line) => (/印发$/u.test(line.text) ? parseChineseDate(line.text) : null))
        .find((date) => date !== null) ?? null)
    : null;

  const problems: string[] = [];
  const plans: ImportedPlan[] = [];
  layout.plans.forEach((located, index) => {
    const warnings: ImportWarning[] = [];
    const guess = given[index];
    const plan: PlanKind | null = guess?.plan ?? located.plan;
    const title = located.title ?? guess?.title ?? null;
    const period = guess?.period ?? (title ? periodOfTitle(title) : null);
    const where = located.titleLine
      ? `第 ${String(located.titleLine)} 行的`
      : `第 ${String(located.bodyLines[0])} 行起的`;
    const missing = [
      ...(title ? [] : ['标题（--title "…"）']),
      ...(plan ? [] : ['类别（--plan women|children）']),
      ...(period ? [] : ['规划期（--period 2021-2030）']),
    ];
    if (!plan || !title || !period) {
      problems.push(
        `${where}规划${title ? `《${title}》` : ''}：原文看不出${missing.join('、')}，请用括号中的参数给出。`,
      );
      return;
    }
    // A date printed under the title (`2022年10月`) is the plan's own date when no notice dates it.
    const issued = noticeLines ? (metadata.issued ?? colophonDate) : (located.dateLine?.date ?? null);
    const unplaced: UnplacedParagraph[] = [];
    const body = importBody(lines, located.bodyLines, sidecar.intro_lines ?? [], warnings, unplaced);
    const frontMatter: PlanFrontMatter = {
      title,
      title_inferred: located.title === null,
      district: sidecar.district,
      plan,
      period,
      issuer: metadata.issuer,
      document_number: metadata.documentNumber,
      issued,
      notice: noticeLines ? noticeText(notice) : null,
      source: {
        file: files.text,
        ...(files.original === null ? {} : { original: files.original }),
        title_line: located.titleLine,
        notice_lines: noticeLines,
        body_lines: located.bodyLines,
      },
      version: 1,
      updated: options.today,
      changes: [{ date: options.today, version: 1, note: firstNote(metadata.documentNumber, metadata.issuer, issued) }],
    };
    let markdown = `${writeFrontMatter(frontMatter)}\n${writeMarkdownBody(body)}`;
    let drafts: TargetEntry[] = [];
    let uncovered: UncoveredFigure[] = [];
    if (options.registry) {
      const draft = draftIndicators(markdown, options.registry);
      drafts = draft.entries;
      uncovered = draft.uncovered;
      if (drafts.length > 0) {
        markdown = replaceFrontMatterKeys(markdown, {
          indicators: {
            value: drafts,
            comment: 'drafted by npm run import: check each entry against the text, then delete its reviewed: false',
          },
        });
      }
    }
    plans.push({
      path: `content/plans/${sidecar.district}/${plan}.md`,
      frontMatter,
      body,
      markdown,
      warnings,
      summary: summariseBody(body, unplaced),
      drafts,
      uncovered,
    });
  });
  return { layout, plans, problems };
}

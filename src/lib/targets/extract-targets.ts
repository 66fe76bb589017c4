/**
 * Proposes the quantitative targets of a plan from the text of its items.
 *
 * The extractor reads each item sentence by sentence (split at 。；) as a
 * sequence of tokens: indicator names (any wording in the registry's
 * `aliases`, longest first), figures (numbers with a unit), and years
 * (`到 2025 年` as the target year, `以 2020 年数据为基数` as a baseline).
 * A figure belongs to the indicator names before it in the sentence:
 *
 * - names joined by 、/和/及/与 form one group; a run of figures joined the
 *   same way (`3.0‰、4.5‰和 5.5‰`) is paired with them in order (分别), and a
 *   single figure applies to all of them (`…系统管理率和…保健管理率达到 90%`);
 * - elliptical lists are expanded: in `新生儿、婴儿和 5 岁以下儿童死亡率`
 *   the conjuncts 新生儿/婴儿 take the tail 死亡率 where that gives a registered name;
 * - a figure directly followed by a name (`95%的城市社区`, `1 所政府举办…机构`,
 *   `2 次以上家庭教育指导服务`) belongs to that name instead;
 * - the figure's unit must convert to the indicator's unit. A ratio printed
 *   in another ratio unit (`%` where the indicator is in `‰`) is taken as a
 *   misprint: the number is kept, the indicator's unit recorded and the
 *   printed one kept in `unit_as_written` with a note.
 *
 * Relative targets (下降/降低/提高/增长 right before the figure, or any
 * figure in 个百分点) become `kind: change` with a baseline (the stated year,
 * or the year before the plan period with a note where none is stated). A
 * change is stored signed: decreases are negative and their comparator is
 * reversed (下降 20% 以上 → `<=` −20). Without a stated year the target year
 * is the end of the plan period and `year_stated` is false. One entry is kept
 * per (indicator, year): 主要目标 before 措施 before 重点工程, then document order;
 * a later figure for the same pair is left uncovered for a human to review.
 */
import type { Indicator } from '../../schema/indicator.ts';
import type { Comparator, IgnoredFigureSchema, Section, TargetEntry } from '../../schema/target.ts';
import type { PlanAnchor } from '../plan/plan-data.ts';
import { comparatorFromWords, reversed } from './comparator.ts';
import { compactKey, compactText, originalSlice, type CompactText } from './compact-text.ts';
import { findFigures, isConvertible, unitById, type Figure } from './units.ts';
import { parseAnchorId } from '../plan/anchor-id.ts';
import type { z } from 'zod';

/** One list item of a plan, as the extractor reads it. */
export interface PlanItem {
  /** Anchor of the item, e.g. `health-t2`. */
  id: string;
  /** Block the item belongs to. */
  section: Section;
  /** Plain text of the item (without its printed number or sub-items). */
  text: string;
}

/** The plan period in whole years. */
export interface PlanPeriod {
  /** First year. */
  start: number;
  /** Last year; the default target year. */
  end: number;
}

/** A figure in a 主要目标 item that no target entry records. */
export interface UncoveredFigure {
  /** Anchor of the item. */
  target: string;
  /** The figure as printed, e.g. `88%`. */
  figure: string;
  /** Its value. */
  value: number;
  /** Its unit id. */
  unit: string;
}

/** The block an item anchor belongs to: `-t<N>` 主要目标, `-m<N>` 措施, `project-<N>` 重点工程; null otherwise. */
export function sectionOfAnchor(id: string): Section | null {
  const anchor = parseAnchorId(id);
  return anchor.kind === 'item' ? anchor.section : null;
}

/**
 * The target, measure and project items among a plan's anchors, in document
 * order: list items, and paragraphs with a `project-<N>` style anchor (重点工程
 * printed as `（一）…` paragraphs).
 */
export function planItemsFromAnchors(anchors: readonly PlanAnchor[]): PlanItem[] {
  const items: PlanItem[] = [];
  for (const anchor of anchors) {
    if (anchor.element === 'heading') continue;
    const section = sectionOfAnchor(anchor.id);
    if (section) items.push({ id: anchor.id, section, text: anchor.text });
  }
  return items;
}

// ---------------------------------------------------------------------------
// Tokens

interface AliasToken {
  kind: 'alias';
  start: number;
  end: number;
  indicator: Indicator;
  /** The wording as printed (whitespace removed), e.g. 婴儿死亡率. */
  label: string;
  /** Set once a figure before it has claimed it (`95%的城市社区`). */
  bound: boolean;
}

interface FigureToken {
  kind: 'figure';
  start: number;
  end: number;
  figure: Figure;
}

interface YearToken {
  kind: 'year';
  start: number;
  end: number;
  years: number[];
  /** True for a baseline (`以 2020 年数据为基数`, `在 2019 年…基础上`). */
  baseline: boolean;
}

type Token = AliasToken | FigureToken | YearToken;

/** An alias wording in compact form with its indicator. */
interface AliasKey {
  key: string;
  indicator: Indicator;
}

/** Lookup tables built once per registry. */
interface AliasIndex {
  keys: AliasKey[];
  byKey: Map<string, Indicator>;
}

const indexCache = new WeakMap<readonly Indicator[], AliasIndex>();

function aliasIndex(registry: readonly Indicator[]): AliasIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const byKey = new Map<string, Indicator>();
  for (const indicator of registry) {
    for (const wording of indicator.aliases) {
      const key = compactKey(wording);
      if (!byKey.has(key)) byKey.set(key, indicator);
    }
  }
  const keys = [...byKey.entries()]
    .map(([key, indicator]) => ({ key, indicator }))
    .sort((a, b) => b.key.length - a.key.length);
  const index = { keys, byKey };
  indexCache.set(registry, index);
  return index;
}

/** Non-overlapping alias matches, longest wording first. */
function findAliases(text: string, index: AliasIndex): AliasToken[] {
  const taken: AliasToken[] = [];
  const overlaps = (start: number, end: number): boolean => taken.some((t) => start < t.end && t.start < end);
  for (const { key, indicator } of index.keys) {
    let from = text.indexOf(key);
    while (from !== -1) {
      const end = from + key.length;
      if (!overlaps(from, end)) taken.push({ kind: 'alias', start: from, end, indicator, label: key, bound: false });
      from = text.indexOf(key, from + 1);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Text after a baseline year: 为基数, 基础上, 基线… */
const BASELINE_AFTER = /^(的)?(数据)?(为)?(基数|基线|基期|基准|基础|水平)/u;

/** Year mentions, consecutive ones (`2025 年和 2030 年`) merged into one token. */
function findYears(text: string, blocked: (start: number, end: number) => boolean): YearToken[] {
  const tokens: YearToken[] = [];
  const pattern = /((?:19|20)\d{2})年(?![级龄度])/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (blocked(start, end)) continue;
    const year = Number(match[1]);
    const last = tokens.at(-1);
    if (last && /^[和、及与至到—-]$/u.test(text.slice(last.end, start))) {
      last.years.push(year);
      last.end = end;
    } else {
      tokens.push({ kind: 'year', start, end, years: [year], baseline: false });
    }
  }
  for (const token of tokens) {
    const after = text.slice(token.end, token.end + 8);
    const before = text.slice(Math.max(0, token.start - 2), token.start);
    token.baseline = BASELINE_AFTER.test(after) || /(比|较)$/u.test(before);
  }
  return tokens;
}

/**
 * True for figures that qualify a name rather than state a value: ages and
 * months inside a phrase (`0—6 岁儿童…`), denominators and intervals after 每
 * (`每 2 年`), and periods before a change (`5年下降10%`).
 */
function isQualifier(figure: Figure, text: string): boolean {
  const after = text.slice(figure.end);
  if ((figure.unit === 'age' || figure.unit === 'month') && !/^(以下|以上|以内|左右)?([，。；、：]|$)/u.test(after)) {
    return true;
  }
  if (text[figure.start - 1] === '每') return true;
  return figure.unit === 'year' && /^内?(下降|降低|提高|增长|减少|增加)/u.test(after);
}

/** Figures of a compact text that may state a target value, outside `blocked` spans. */
function targetFigures(text: string, blocked: (start: number, end: number) => boolean): Figure[] {
  return findFigures(text).filter((figure) => !blocked(figure.start, figure.end) && !isQualifier(figure, text));
}

/** Adds the conjuncts of an elliptical list before `alias` (新生儿、婴儿和 + 5岁以下儿童死亡率). */
function expandEllipsis(text: string, alias: AliasToken, floor: number, index: AliasIndex): AliasToken[] {
  const prefix = text.slice(floor, alias.start);
  const list = /((?:[^、，。；：和及与—-]{1,10}[、和及与])+)$/u.exec(prefix);
  if (!list?.[1]) return [];
  const listStart = floor + prefix.length - list[1].length;
  const parts: { text: string; start: number }[] = [];
  const partPattern = /([^、和及与]+)[、和及与]/gu;
  let part: RegExpExecArray | null;
  while ((part = partPattern.exec(list[1])) !== null) {
    parts.push({ text: part[1] ?? '', start: listStart + part.index });
  }
  const found: AliasToken[] = [];
  for (const conjunct of parts.reverse()) {
    let hit: AliasToken | null = null;
    for (let cut = 1; cut < alias.label.length - 1 && !hit; cut++) {
      const label = conjunct.text + alias.label.slice(cut);
      const indicator = index.byKey.get(label);
      if (indicator && indicator.id !== alias.indicator.id) {
        hit = {
          kind: 'alias',
          start: conjunct.start,
          end: conjunct.start + conjunct.text.length,
          indicator,
          label,
          bound: false,
        };
      }
    }
    if (!hit) break;
    found.unshift(hit);
  }
  return found;
}

/**
 * Names a distributive `各` sentence spreads over a list printed earlier in it:
 * in `乳腺癌、宫颈癌筛查长效机制，筛查率各达到80%`, the tail `筛查率` before `各`
 * completes each listed name (`乳腺癌筛查率`, `宫颈癌筛查率`) where that gives a
 * registered name. Only taken where it names at least two indicators.
 */
function distributedAliases(text: string, index: AliasIndex, taken: readonly AliasToken[]): AliasToken[] {
  const found: AliasToken[] = [];
  for (const match of text.matchAll(/，([^，。；、]{1,8})各/gu)) {
    const tail = match[1] ?? '';
    const comma = match.index;
    const sentenceStart = Math.max(text.lastIndexOf('。', comma), text.lastIndexOf('；', comma)) + 1;
    const chunk = text.slice(sentenceStart, comma);
    const byIndicator = new Map<string, AliasToken>();
    for (const [key, indicator] of index.byKey) {
      if (key.length <= tail.length || !key.endsWith(tail)) continue;
      const head = key.slice(0, -tail.length);
      const at = chunk.indexOf(head);
      if (at === -1) continue;
      const start = sentenceStart + at;
      const end = start + head.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      const previous = byIndicator.get(indicator.id);
      if (!previous || previous.end - previous.start < head.length)
        byIndicator.set(indicator.id, { kind: 'alias', start, end, indicator, label: key, bound: false });
    }
    // Where two heads overlap (乳腺癌 in 妇女乳腺癌), keep the longer.
    const tokens = [...byIndicator.values()].filter(
      (token) =>
        ![...byIndicator.values()].some(
          (other) =>
            other !== token &&
            other.start <= token.start &&
            token.end <= other.end &&
            other.end - other.start > token.end - token.start,
        ),
    );
    if (tokens.length >= 2) found.push(...tokens);
  }
  return found;
}

/**
 * An indicator name as the item prints it, without whitespace (Traditional
 * characters kept: `孕產婦死亡率`), where the compact text matched the registry's
 * wording; the registry's wording where the name was completed from an
 * elliptical list (`新生儿` + `死亡率`).
 */
function aliasAsPrinted(compact: CompactText, alias: AliasToken): string {
  const printed = originalSlice(compact, alias.start, alias.end).replace(/\s+/gu, '');
  return compactKey(printed) === alias.label ? printed : alias.label;
}

/** Tokens of one item, in text order. */
function tokenise(compact: CompactText, index: AliasIndex): Token[] {
  const text = compact.text;
  const direct = findAliases(text, index);
  const aliases = [...direct, ...distributedAliases(text, index, direct)];
  const inAlias = (start: number, end: number): boolean => aliases.some((a) => start < a.end && a.start < end);
  const years = findYears(text, inAlias);
  const inYear = (start: number, end: number): boolean =>
    inAlias(start, end) || years.some((y) => start < y.end && y.start < end);
  const figures: FigureToken[] = targetFigures(text, inYear).map((figure) => ({
    kind: 'figure',
    start: figure.start,
    end: figure.end,
    figure,
  }));
  const tokens: Token[] = [...aliases, ...years, ...figures].sort((a, b) => a.start - b.start);
  // Expand elliptical lists, looking back no further than the previous token or sentence end.
  const expanded: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'alias') {
      const previous = expanded.at(-1);
      const sentenceStart = Math.max(text.lastIndexOf('。', token.start), text.lastIndexOf('；', token.start)) + 1;
      const floor = Math.max(previous?.end ?? 0, sentenceStart);
      expanded.push(...expandEllipsis(text, token, floor, index));
    }
    expanded.push(token);
  }
  return expanded;
}

// ---------------------------------------------------------------------------
// Reading a sentence

/** Indicator names that share the figures after them. */
interface Group {
  aliases: AliasToken[];
  /** True once a figure has been assigned to the group. */
  satisfied: boolean;
  /** Target years stated after the group's names (`到 2025 年`). */
  years: number[] | null;
  /** Target years stated before the names in the same sentence. */
  prefixYears: number[] | null;
  /** Baseline years stated in the sentence. */
  baselines: number[] | null;
}

/** A proposed entry with where it came from, for ordering and de-duplication. */
interface Proposal {
  entry: TargetEntry;
  order: number;
}

const JOIN = /^[、和及与或]*$|^以及$/u;
const RUN_GAP = /^(以上|以下|以内|左右)?[、和及与]$/u;
const FORWARD_GAP = /^(以上|以下|及以上)?的?$/u;
const CHANGE_BEFORE = /(下降|降低|减少|减缓|提高|提升|增长|增加|上升)$/u;
const DECREASE = /(下降|降低|减少|减缓)$/u;
const SECTION_RANK: Readonly<Record<Section, number>> = { targets: 0, measures: 1, projects: 2 };

interface Context {
  item: PlanItem;
  compact: CompactText;
  period: PlanPeriod;
  proposals: Proposal[];
  itemOrder: number;
}

/** The entries for one indicator name and one figure (one per target year). */
function propose(
  context: Context,
  alias: AliasToken,
  figure: Figure,
  words: { before: string; after: string },
  group: Group | null,
): void {
  const { compact, period, item } = context;
  const indicatorUnit = unitById(alias.indicator.unit);
  const figureUnit = unitById(figure.unit);
  if (!indicatorUnit || !figureUnit) return;
  const change = figure.unit === 'percentage-point' || CHANGE_BEFORE.test(words.before);
  const decrease = change && DECREASE.test(words.before);
  const notes: string[] = [];
  let unit = figure.unit;
  let unitAsWritten: string | undefined;
  if (change) {
    const relative = figure.unit === 'percent';
    const points = figure.unit === 'percentage-point' && indicatorUnit.dimension === 'ratio';
    if (!relative && !points && !isConvertible(figure.unit, alias.indicator.unit)) return;
  } else {
    if (!isConvertible(figure.unit, alias.indicator.unit)) return;
    if (figure.unit !== alias.indicator.unit && figureUnit.dimension === 'ratio') {
      unit = alias.indicator.unit;
      unitAsWritten = figure.symbol;
      notes.push(
        `原文印作“${figure.symbol}”；按指标单位“${indicatorUnit.symbols[0] ?? indicatorUnit.id}”记录数值，疑为印刷错误，请核对上下文。`,
      );
    }
  }
  let comparator: Comparator = comparatorFromWords(words.after, words.before);
  if (figure.max !== undefined) {
    notes.push(`原文为区间 ${originalSlice(compact, figure.start, figure.end)}，取下限。`);
    if (comparator === '=') comparator = '>=';
  }
  if (decrease) comparator = reversed(comparator);
  const value = decrease ? -figure.value : figure.value;
  const stated = group?.years ?? group?.prefixYears ?? null;
  const years = stated ?? [period.end];
  const baselines = group?.baselines ?? null;
  const perYear = change && /每年|年均|逐年/u.test(words.before);
  if (perYear) notes.push('逐年目标（每年较上一年变化）。');
  years.forEach((year, i) => {
    const entry: TargetEntry = {
      indicator: alias.indicator.id,
      target: item.id,
      section: item.section,
      label: aliasAsPrinted(compact, alias),
      year,
      year_stated: stated !== null,
      kind: change ? 'change' : 'level',
      value,
      value_as_written: originalSlice(compact, figure.start, figure.end),
      unit,
      comparator,
      reviewed: false,
    };
    if (unitAsWritten !== undefined) entry.unit_as_written = unitAsWritten;
    const entryNotes = [...notes];
    if (change) {
      const baselineYear = baselines ? (baselines.length === years.length ? baselines[i] : baselines[0]) : undefined;
      if (baselineYear === undefined) {
        // A per-year change is relative to the previous year; its first step is from the year before the period.
        entryNotes.push(
          perYear
            ? `baseline 记为规划期前一年（${period.start - 1}年），即第一年变化的起点。`
            : `原文未写明基期年份，按规划期前一年（${period.start - 1}年）记录。`,
        );
      }
      entry.baseline = { year: baselineYear ?? period.start - 1, value: null };
    }
    if (entryNotes.length > 0) entry.note = entryNotes.join('');
    // Every proposal is a draft until an editor checks it; the flag is written last.
    const { reviewed, ...fields } = entry;
    context.proposals.push({ entry: { ...fields, reviewed }, order: context.itemOrder * 10000 + figure.start });
  });
}

/** Pairs a run of figures with a group of names (分别, broadcast or one-to-one). */
function assign(context: Context, group: Group, run: FigureToken[], before: string): void {
  const text = context.compact.text;
  const last = run.at(-1);
  if (!last) return;
  const after = text.slice(last.end, last.end + 6);
  const words = { before, after };
  const names = group.aliases;
  if (run.length === names.length || run.length === 1) {
    names.forEach((alias, i) => {
      const token = run.length === 1 ? run[0] : run[i];
      if (token) propose(context, alias, token.figure, words, group);
    });
  } else if (names.length === 1 && names[0]) {
    for (const token of run) propose(context, names[0], token.figure, words, group);
  } else {
    const n = Math.min(run.length, names.length);
    for (let i = 0; i < n; i++) {
      const alias = names[i];
      const token = run[i];
      if (alias && token) propose(context, alias, token.figure, words, group);
    }
  }
  group.satisfied = true;
}

/**
 * Reads the tokens of one sentence. `inheritedYears` are target years stated
 * earlier in the same sentence before a `；`; returns the target years in force
 * at its end.
 */
function readSentence(
  context: Context,
  tokens: Token[],
  sentenceStart: number,
  inheritedYears: number[] | null,
): number[] | null {
  const text = context.compact.text;
  // Declared through a cast so that control-flow analysis does not narrow it to `null` inside the loop.
  let group = null as Group | null;
  let pendingYears: number[] | null = inheritedYears;
  let pendingBaselines: number[] | null = null;
  let previousEnd = sentenceStart;
  let previousAliasEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === 'year') {
      if (token.baseline) {
        if (group) group.baselines = token.years;
        else pendingBaselines = token.years;
      } else if (group) group.years = token.years;
      else pendingYears = token.years;
      previousEnd = token.end;
      continue;
    }
    if (token.kind === 'alias') {
      if (token.bound) {
        // Its figure came before it (`95%的城市社区`); it closes the previous group.
        group = {
          aliases: [token],
          satisfied: true,
          years: group?.years ?? pendingYears,
          prefixYears: null,
          baselines: null,
        };
      } else if (group && !group.satisfied && JOIN.test(text.slice(previousAliasEnd, token.start))) {
        group.aliases.push(token);
      } else {
        group = {
          aliases: [token],
          satisfied: false,
          years: null,
          prefixYears: pendingYears,
          baselines: pendingBaselines,
        };
        pendingYears = null;
        pendingBaselines = null;
      }
      previousAliasEnd = token.end;
      previousEnd = token.end;
      continue;
    }
    // A run of figures joined by 、/和.
    const run: FigureToken[] = [token];
    while (i + 1 < tokens.length) {
      const next = tokens[i + 1];
      const current = run.at(-1);
      if (next?.kind !== 'figure' || !current || !RUN_GAP.test(text.slice(current.end, next.start))) break;
      run.push(next);
      i++;
    }
    const before = text.slice(previousEnd, token.start);
    const lastOfRun = run.at(-1) ?? token;
    const next = tokens[i + 1];
    const forwardGap = next?.kind === 'alias' ? text.slice(lastOfRun.end, next.start) : null;
    const pending = group !== null && !group.satisfied;
    if (
      run.length === 1 &&
      next?.kind === 'alias' &&
      forwardGap !== null &&
      FORWARD_GAP.test(forwardGap) &&
      (!pending || forwardGap.includes('的'))
    ) {
      const forwardGroup: Group = {
        aliases: [next],
        satisfied: true,
        years: group?.years ?? pendingYears,
        prefixYears: null,
        baselines: group?.baselines ?? pendingBaselines,
      };
      propose(context, next, token.figure, { before, after: forwardGap }, forwardGroup);
      next.bound = true;
    } else if (group) {
      assign(context, group, run, before);
    }
    previousEnd = lastOfRun.end;
  }
  return group?.years ?? group?.prefixYears ?? pendingYears;
}

/**
 * Proposed target entries of a plan: one per (indicator, year), in document
 * order. `items` are the plan's target, measure and project items.
 */
export function extractTargets(
  items: readonly PlanItem[],
  period: PlanPeriod,
  registry: readonly Indicator[],
): TargetEntry[] {
  const index = aliasIndex(registry);
  const proposals: Proposal[] = [];
  items.forEach((item, itemOrder) => {
    const compact = compactText(item.text);
    const context: Context = { item, compact, period, proposals, itemOrder };
    const tokens = tokenise(compact, index);
    const text = compact.text;
    let sentenceStart = 0;
    let carried: number[] | null = null;
    const boundaries = [...text.matchAll(/[。；！？]/gu)].map((m) => m.index);
    for (const boundary of [...boundaries, text.length]) {
      const inSentence = tokens.filter((t) => t.start >= sentenceStart && t.start < boundary);
      const years = readSentence(context, inSentence, sentenceStart, carried);
      // Target years carry over a ； (到 2025 年，A 达到…；B 达到…) but not over a 。.
      carried = text[boundary] === '；' ? years : null;
      sentenceStart = boundary + 1;
    }
  });
  const sectionOf = (proposal: Proposal): number => SECTION_RANK[proposal.entry.section];
  const kept = new Map<string, Proposal>();
  for (const proposal of [...proposals].sort((a, b) => sectionOf(a) - sectionOf(b) || a.order - b.order)) {
    const key = `${proposal.entry.indicator}@${proposal.entry.year}`;
    if (!kept.has(key)) kept.set(key, proposal);
  }
  return [...kept.values()].sort((a, b) => a.order - b.order).map((proposal) => proposal.entry);
}

/**
 * Figures with a unit in 主要目标 items that no entry records (by `target`
 * and the figure as written) and no `ignored` figure silences: candidates
 * for the coverage warning. With `registry`, figures inside indicator names
 * (`5 岁以下儿童…`) are skipped; ages and months that qualify a phrase, years
 * and figures after 每 are skipped in any case.
 */
export function uncoveredFigures(
  items: readonly PlanItem[],
  entries: readonly Pick<TargetEntry, 'target' | 'value_as_written'>[],
  options: { registry?: readonly Indicator[]; ignored?: readonly z.infer<typeof IgnoredFigureSchema>[] } = {},
): UncoveredFigure[] {
  const index = options.registry ? aliasIndex(options.registry) : null;
  const recorded = new Set(entries.map((entry) => `${entry.target}\u0000${compactKey(entry.value_as_written)}`));
  for (const ignored of options.ignored ?? []) recorded.add(`${ignored.target}\u0000${compactKey(ignored.figure)}`);
  const uncovered: UncoveredFigure[] = [];
  for (const item of items) {
    if (item.section !== 'targets') continue;
    const compact = compactText(item.text);
    const aliases = index ? findAliases(compact.text, index) : [];
    const blocked = (start: number, end: number): boolean => aliases.some((a) => start < a.end && a.start < end);
    for (const figure of targetFigures(compact.text, blocked)) {
      const written = originalSlice(compact, figure.start, figure.end);
      if (recorded.has(`${item.id}\u0000${compactKey(written)}`)) continue;
      uncovered.push({ target: item.id, figure: written, value: figure.value, unit: figure.unit });
    }
  }
  return uncovered;
}

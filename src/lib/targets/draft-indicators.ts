/**
 * Drafts a plan file's `indicators:` from its text and writes them into its
 * front matter.
 *
 * `draftIndicators` runs the target extractor over the plan's target, measure
 * and project items. `replaceFrontMatterKeys` rewrites only the given top-level
 * keys of the front matter: it finds their text span with the `yaml` Document
 * API and splices in a freshly stringified fragment, so that every other byte
 * of the file (other keys, comments, the body) stays as it was.
 */
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { Indicator } from '../../schema/indicator.ts';
import type { TargetEntry } from '../../schema/target.ts';
import { readFrontMatter } from '../plan/read-front-matter.ts';
import { renderPlanBody } from '../plan/render-plan-body.ts';
import {
  extractTargets,
  planItemsFromAnchors,
  uncoveredFigures,
  type PlanItem,
  type UncoveredFigure,
} from './extract-targets.ts';

/** What the extractor proposes for one plan file. */
export interface PlanDraft {
  /** The plan's target, measure and project items. */
  items: PlanItem[];
  /** Proposed entries, in document order. */
  entries: TargetEntry[];
  /** Figures in 主要目标 items that the proposals do not record. */
  uncovered: UncoveredFigure[];
  /** The `indicators:` currently in the file. */
  current: unknown[];
}

/** The front matter's `period`, or throws. */
function periodOf(data: Record<string, unknown>): { start: number; end: number } {
  const period = data['period'] as { start?: unknown; end?: unknown } | undefined;
  if (typeof period?.start !== 'number' || typeof period.end !== 'number') {
    throw new Error('front matter has no period { start, end }');
  }
  return { start: period.start, end: period.end };
}

/** The extractor's proposals for a plan file's text. */
export function draftIndicators(fileText: string, registry: readonly Indicator[]): PlanDraft {
  const { data, body, bodyLineOffset } = readFrontMatter(fileText);
  const items = planItemsFromAnchors(renderPlanBody(body, bodyLineOffset).anchors);
  const entries = extractTargets(items, periodOf(data), registry);
  const uncovered = uncoveredFigures(items, entries, { registry });
  const current = Array.isArray(data['indicators']) ? (data['indicators'] as unknown[]) : [];
  return { items, entries, uncovered, current };
}

/** One top-level key to write: its value and an optional comment line above it. */
export interface FrontMatterKey {
  value: unknown;
  /** Comment written above the key, without `#` (e.g. `reviewed by hand 2026-11-25`). */
  comment?: string;
}

/** The YAML text of one top-level key, block style, without line folding. */
export function stringifyKey(key: string, { value, comment }: FrontMatterKey): string {
  let text = stringify({ [key]: value }, { lineWidth: 0, minContentWidth: 0, indentSeq: true });
  // Short maps inside an entry (baseline) read better on one line.
  text = text.replace(
    /^( +)baseline:\n\1 {2}year: (\d+)\n\1 {2}value: ([^\n]+)\n/gmu,
    (_, indent: string, year: string, baselineValue: string) =>
      `${indent}baseline: { year: ${year}, value: ${baselineValue} }\n`,
  );
  // Comparators always quoted (`>=` needs it; `=` and `<=` alike for a uniform look).
  text = text.replace(/^( +)comparator: "?([<>=~]{1,2})"?$/gmu, '$1comparator: "$2"');
  return comment === undefined ? text : `# ${comment}\n${text}`;
}

/**
 * `fileText` with the given top-level front-matter keys replaced (or appended
 * at the end of the front matter where absent). Everything outside the spans
 * of those keys, including any comment lines directly above them, is kept
 * byte for byte; a comment directly above a replaced key is replaced too
 * when the new key has one.
 */
export function replaceFrontMatterKeys(fileText: string, keys: Readonly<Record<string, FrontMatterKey>>): string {
  const open = /^---\r?\n/u.exec(fileText);
  if (!open) throw new Error('file does not start with a --- front matter');
  const closeMatch = /^---\s*$/mu.exec(fileText.slice(open[0].length));
  if (!closeMatch) throw new Error('front matter is not closed with ---');
  const yamlStart = open[0].length;
  const yamlEnd = yamlStart + closeMatch.index;
  let yamlText = fileText.slice(yamlStart, yamlEnd);

  for (const [key, spec] of Object.entries(keys)) {
    const document = parseDocument(yamlText);
    if (document.errors.length > 0) throw new Error(`front matter YAML: ${document.errors[0]?.message ?? ''}`);
    const contents = document.contents;
    if (!isMap(contents)) throw new Error('front matter is not a mapping');
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const replacement = stringifyKey(key, spec);
    if (!pair) {
      yamlText = `${yamlText}${yamlText.endsWith('\n') || yamlText === '' ? '' : '\n'}${replacement}`;
      continue;
    }
    const keyNode = pair.key as { range?: [number, number, number] };
    const valueNode = pair.value as { range?: [number, number, number] } | null;
    let start = keyNode.range?.[0] ?? 0;
    // The end of the pair's value; extend to the end of its last line.
    let end = valueNode?.range?.[2] ?? keyNode.range?.[2] ?? start;
    const lineEnd = yamlText.indexOf('\n', Math.max(end - 1, start));
    end = lineEnd === -1 ? yamlText.length : lineEnd + 1;
    // A comment line directly above the key belongs to it.
    if (spec.comment !== undefined) {
      const before = yamlText.slice(0, start);
      const comment = /(?:^|\n)(#[^\n]*\n)$/u.exec(before);
      if (comment?.[1]) start -= comment[1].length;
    }
    yamlText = yamlText.slice(0, start) + replacement + yamlText.slice(end);
  }
  return fileText.slice(0, yamlStart) + yamlText + fileText.slice(yamlEnd);
}

import { domainByName } from '../../schema/domains.ts';
import { blockAnchorId, childAnchorId, itemAnchorId } from '../plan/anchor-id.ts';
import { resolveList, splitGluedItems, type ListEntry } from './item-lists.ts';
import type { BlockKind } from './line-shapes.ts';
import type { Paragraph } from './paragraphs.ts';
import { simplifiedKey } from './simplified-key.ts';
import type { BodyNode, ImportWarning, ItemNode } from './types.ts';

/** Hints for what the importer cannot tell from the text's form. */
export interface StructureHints {
  /** Source lines of paragraphs that introduce a block although printed after its heading. */
  introLines?: readonly number[];
}

/** A paragraph inside a block that could not be placed as one of its items (kept as a plain paragraph). */
export interface UnplacedParagraph {
  /** First source line. */
  line: number;
  /** Its text. */
  text: string;
}

/** Where the walk is in the plan: part, subsection (or domain) and block. */
interface Context {
  part: { number: number; title: string } | null;
  subsection: { number: number; domain: string | null } | null;
  block: BlockKind | null;
}

/** Anchor prefix of the current part or subsection, e.g. `part-1-2`, or `health` in a domain. */
function scopeId(context: Context): string {
  if (context.subsection?.domain) return context.subsection.domain;
  const part = context.part ? `part-${context.part.number}` : 'preface';
  return context.subsection ? `${part}-${context.subsection.number}` : part;
}

/** Anchor of a block heading: `health-targets`, or `projects` for a block outside any part or domain. */
function blockId(context: Context, block: BlockKind): string {
  if (block === 'projects' && !context.subsection?.domain && !context.part) return blockAnchorId(null, block);
  return blockAnchorId(scopeId(context), block);
}

/** Anchor of item N in the current container. */
function itemIdFor(context: Context): (n: number) => string {
  const scope = scopeId(context);
  const block = context.block;
  // A domain numbering its goals and measures together, with no 主要目标 heading (十四五 plans): its items are
  // read as its targets, so that the figures they state are drafted.
  if (!block)
    return context.subsection?.domain ? (n) => itemAnchorId(scope, 'targets', [n]) : (n) => childAnchorId(scope, n);
  if (block === 'projects' && !context.subsection?.domain) return (n) => itemAnchorId(null, block, [n]);
  return (n) => itemAnchorId(scope, block, [n]);
}

/** True in a part of key projects (`重点工程`, `重点实事项目`), whose inline-titled paragraphs are projects. */
function isProjectsPart(context: Context): boolean {
  return context.part !== null && /重点/u.test(context.part.title);
}

/**
 * Builds the body of a plan from its paragraphs: headings with anchors, plain
 * and inline-titled paragraphs, and ordered lists of targets, measures and
 * other numbered items with their `——` sub-items.
 */
export function buildPlanBody(
  paragraphs: readonly Paragraph[],
  hints: StructureHints,
  warnings: ImportWarning[],
  unplaced: UnplacedParagraph[] = [],
): BodyNode[] {
  const nodes: BodyNode[] = [];
  const intro = new Set(hints.introLines ?? []);
  const context: Context = { part: null, subsection: null, block: null };
  let buffer: Paragraph[] = [];

  const flush = (): void => {
    const content = splitGluedItems(buffer);
    buffer = [];
    if (content.length === 0) return;
    const isList = context.block !== null || content.some((p) => p.kind === 'item');
    if (!isList) {
      for (const paragraph of content) {
        let id: string | null = null;
        if (paragraph.kind === 'inline' && paragraph.number !== null) {
          id = isProjectsPart(context)
            ? itemAnchorId(null, 'projects', [paragraph.number])
            : childAnchorId(scopeId(context), paragraph.number);
        }
        nodes.push({ type: 'paragraph', text: paragraph.text, id });
      }
      return;
    }
    const entries: ListEntry[] = content.map((paragraph) => ({ paragraph, intro: intro.has(paragraph.firstLine) }));
    let list: ItemNode[] | null = null;
    const lineOf = new Map(content.map((paragraph) => [paragraph.text, paragraph.firstLine]));
    for (const segment of resolveList(entries, itemIdFor(context), context.block !== null, warnings)) {
      if (segment.type === 'paragraph') {
        const line = lineOf.get(segment.text) ?? 0;
        if (context.block !== null && !intro.has(line)) unplaced.push({ line, text: segment.text });
        nodes.push(segment);
        list = null;
        continue;
      }
      const item: ItemNode = {
        number: segment.number,
        printed: segment.printed,
        text: segment.text,
        id: segment.id,
        children: segment.children,
      };
      if (!list) {
        list = [];
        nodes.push({ type: 'list', items: list });
      }
      list.push(item);
    }
  };

  for (const paragraph of paragraphs) {
    switch (paragraph.kind) {
      case 'preface':
        flush();
        nodes.push({ type: 'heading', depth: 2, text: paragraph.text, id: 'preface' });
        break;
      case 'part':
        flush();
        context.part = { number: paragraph.number ?? 0, title: paragraph.text };
        context.subsection = null;
        context.block = null;
        nodes.push({ type: 'heading', depth: 2, text: paragraph.text, id: `part-${context.part.number}` });
        break;
      case 'subsection':
      case 'lost-subsection': {
        flush();
        const title =
          paragraph.kind === 'subsection'
            ? paragraph.text.replace(/^（[^）]*）|^第[一二三四五六七八九十]+节\s*/u, '')
            : paragraph.text;
        const domain = domainByName(simplifiedKey(title))?.id ?? null;
        context.subsection = { number: paragraph.number ?? 0, domain };
        context.block = null;
        nodes.push({ type: 'heading', depth: 3, text: paragraph.text, id: scopeId(context) });
        break;
      }
      case 'block':
        flush();
        context.block = paragraph.block;
        if (paragraph.block)
          nodes.push({ type: 'heading', depth: 4, text: paragraph.text, id: blockId(context, paragraph.block) });
        break;
      default:
        buffer.push(paragraph);
    }
  }
  flush();
  return nodes;
}

import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { PlanFrontMatterSchema, type PlanFrontMatter } from '../../schema/plan.ts';
import { plainTextOf } from '../plan/plain-text.ts';
import { readFrontMatter } from '../plan/read-front-matter.ts';
import { renderPlanBody } from '../plan/render-plan-body.ts';

/** One block of a plan's text: a heading, a paragraph or a list item. */
export interface TextBlock {
  /** Its anchor, or null. */
  id: string | null;
  /** Its text as published (item numbers included, sub-items as blocks of their own). */
  text: string;
}

/** A plan file parsed for comparison with other versions of it. */
export interface PlanSnapshot {
  /** The validated front matter. */
  data: PlanFrontMatter;
  /** The body as blocks, in order. */
  blocks: TextBlock[];
}

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

function collectBlocks(nodes: readonly (RootContent | ElementContent)[], blocks: TextBlock[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : null;
    if (BLOCKS.has(node.tagName)) {
      blocks.push({ id, text: plainTextOf(node).trim() });
    } else if (node.tagName === 'ol' || node.tagName === 'ul') {
      collectBlocks(node.children, blocks);
    } else if (node.tagName === 'li') {
      const own = node.children.filter((child) => !(child.type === 'element' && /^(ol|ul)$/u.test(child.tagName)));
      blocks.push({
        id,
        text: own
          .map((child) => plainTextOf(child))
          .join('')
          .trim(),
      });
      collectBlocks(
        node.children.filter((child) => child.type === 'element' && /^(ol|ul)$/u.test(child.tagName)),
        blocks,
      );
    }
  }
}

/**
 * Parses one version of a plan file with the same parser as the current file.
 * Returns null where that version's front matter is not valid (an old broken commit).
 */
export function planSnapshot(text: string): PlanSnapshot | null {
  const split = readFrontMatter(text);
  const result = PlanFrontMatterSchema.safeParse(split.data);
  if (!result.success) return null;
  const html = renderPlanBody(split.body, split.bodyLineOffset).html;
  const blocks: TextBlock[] = [];
  collectBlocks(fromHtml(html, { fragment: true }).children, blocks);
  return { data: result.data, blocks };
}

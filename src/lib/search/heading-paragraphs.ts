import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { plainTextOf } from '../plan/plain-text.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The paragraphs of a rendered plan body that carry no anchor of their own
 * (a preface, the text under 指导思想 or a domain's introduction), keyed by the
 * id of the heading they follow, in order. Their text is searched as part of
 * that heading's record. Text before the first heading is dropped (plan
 * bodies start with a heading).
 */
export function headingParagraphs(bodyHtml: string): Map<string, string[]> {
  const paragraphs = new Map<string, string[]>();
  let heading: string | null = null;
  for (const node of fromHtml(bodyHtml, { fragment: true }).children) {
    if (node.type !== 'element') continue;
    const id = idOf(node);
    if (HEADINGS.has(node.tagName)) {
      heading = id;
    } else if (node.tagName === 'p' && id === null && heading !== null) {
      const text = plainTextOf(node).trim();
      if (text !== '') paragraphs.set(heading, [...(paragraphs.get(heading) ?? []), text]);
    }
  }
  return paragraphs;
}

function idOf(node: Element): string | null {
  const id = node.properties['id'];
  return typeof id === 'string' && id !== '' ? id : null;
}

import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { plainTextOf } from './plain-text.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

declare module 'vfile' {
  interface DataMap {
    /**
     * The paragraphs of the body that carry no anchor of their own (a preface, the text under
     * 指导思想 or a domain's introduction), by the id of the heading they follow, in order (set by
     * rehype-heading-paragraphs). The search index files them under that heading's passage.
     */
    headingParagraphs: Record<string, string[]>;
  }
}

function idOf(node: Element): string | null {
  const id = node.properties['id'];
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Records the unanchored paragraphs of the rendered body by the heading before
 * them (`file.data.headingParagraphs`), as plain text without anchor links and
 * target annotations. Text before the first heading is dropped (plan bodies
 * start with a heading). Run last, on the tree that is published.
 */
const rehypeHeadingParagraphs: Plugin<[], Root> = () => (tree, file) => {
  const paragraphs: Record<string, string[]> = {};
  let heading: string | null = null;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const id = idOf(node);
    if (HEADINGS.has(node.tagName)) {
      heading = id;
    } else if (node.tagName === 'p' && id === null && heading !== null) {
      const text = plainTextOf(node).trim();
      if (text !== '') (paragraphs[heading] ??= []).push(text);
    }
  }
  file.data.headingParagraphs = paragraphs;
};

export default rehypeHeadingParagraphs;

import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function classesOf(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** A visible link to an anchor that is not part of the text of record. */
function anchorLink(id: string): Element {
  return h('a', { className: ['anchor'], href: `#${id}`, ariaLabel: '本条链接', dataPagefindIgnore: '' }, '#');
}

/**
 * Makes every anchor visible and linkable: a numbered list item starts with its
 * printed number as a link to itself (`<a class="item-number">2.</a>`), so the
 * number is copied and read aloud with the text; headings, paragraphs and
 * unnumbered items with an id get a `#` link (class `anchor`, excluded from the
 * text of record and from the search index).
 */
const rehypeAnchorLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : null;
    if (node.tagName === 'li') {
      const value = node.properties['value'];
      const printed = typeof value === 'number' || typeof value === 'string' ? String(value) : null;
      const number = printed !== null && !classesOf(node).includes('unnumbered') ? printed : null;
      const first = node.children.find((child): child is Element => child.type === 'element');
      // Loose lists wrap the item's text in <p>; tight ones do not.
      const target = first?.tagName === 'p' ? first : node;
      const marker = number
        ? id
          ? h('a', { className: ['item-number'], href: `#${id}` }, `${number}.`)
          : h('span', { className: ['item-number'] }, `${number}.`)
        : id
          ? anchorLink(id)
          : null;
      if (marker) target.children.unshift(marker, { type: 'text', value: ' ' });
    } else if (id && (HEADINGS.has(node.tagName) || node.tagName === 'p')) {
      node.children.push({ type: 'text', value: ' ' }, anchorLink(id));
    }
  });
};

export default rehypeAnchorLinks;

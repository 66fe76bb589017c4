import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Text content of a hast tree without `.anchor` links (not part of the text of record). */
export function plainTextOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    const className = node.properties['className'];
    if (Array.isArray(className) && className.includes('anchor')) return '';
  }
  if ('children' in node) return node.children.map((child) => plainTextOf(child)).join('');
  return '';
}

/** Text content of an HTML fragment without `.anchor` links. */
export function plainTextOfHtml(html: string): string {
  return plainTextOf(fromHtml(html, { fragment: true }));
}

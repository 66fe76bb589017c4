import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Classes of elements the site adds to a plan's text (anchor links, target annotations). */
const NOT_TEXT_OF_RECORD = ['anchor', 'annotation'];

/** Text content of a hast tree without `.anchor` links and `.annotation`s (not part of the text of record). */
export function plainTextOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    const className = node.properties['className'];
    if (
      Array.isArray(className) &&
      className.some((name) => typeof name === 'string' && NOT_TEXT_OF_RECORD.includes(name))
    )
      return '';
  }
  if ('children' in node) return node.children.map((child) => plainTextOf(child)).join('');
  return '';
}

/** Text content of an HTML fragment without `.anchor` links and `.annotation`s. */
export function plainTextOfHtml(html: string): string {
  return plainTextOf(fromHtml(html, { fragment: true }));
}

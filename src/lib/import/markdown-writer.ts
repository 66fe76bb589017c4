import { escapeMarkdown } from './markdown-escape.ts';
import type { BodyNode, ItemNode } from './types.ts';

/** `{#id}` or `{#id .unnumbered}`. */
function attributes(id: string, unnumbered = false): string {
  return `{#${id}${unnumbered ? ' .unnumbered' : ''}}`;
}

/** One list item with its nested `——` sub-items, indented under the item's text. */
function writeItem(item: ItemNode): string {
  const marker = `${item.number}. `;
  const indent = ' '.repeat(marker.length);
  const lines = [`${marker}${escapeMarkdown(item.text)} ${attributes(item.id, !item.printed)}`];
  for (const child of item.children) lines.push(`${indent}- ${escapeMarkdown(child.text)} ${attributes(child.id)}`);
  return lines.join('\n');
}

/** Writes a plan body as Markdown (blocks separated by blank lines, ending with a newline). */
export function writeMarkdownBody(nodes: readonly BodyNode[]): string {
  const blocks = nodes.map((node) => {
    switch (node.type) {
      case 'heading':
        return `${'#'.repeat(node.depth)} ${escapeMarkdown(node.text)} ${attributes(node.id)}`;
      case 'paragraph':
        return node.id ? `${escapeMarkdown(node.text)} ${attributes(node.id)}` : escapeMarkdown(node.text);
      case 'list':
        return node.items.map(writeItem).join('\n');
    }
  });
  return `${blocks.join('\n\n')}\n`;
}

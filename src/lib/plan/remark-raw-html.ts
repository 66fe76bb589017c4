import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import './plan-data.ts';

/** An HTML comment alone (e.g. the importer's `<!-- hand-edited: … -->`): a note to editors, not content. */
const COMMENT_ONLY = /^\s*<!--[\s\S]*?-->\s*$/u;

/** The raw HTML as the editor wrote it, shortened to one line for the message. */
function excerpt(node: Html): string {
  const line = node.value.split('\n')[0]?.trim() ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * Records every piece of raw HTML in a plan body in `file.data.rawHtml`, with
 * its file line. The pipeline never publishes raw HTML (remark-rehype drops it
 * and the sanitiser would remove it), so `npm run check` warns the editor that
 * it will not appear on the page. HTML comments are left alone.
 */
const remarkRawHtml: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const found: { line: number; html: string }[] = [];
  visit(tree, 'html', (node: Html) => {
    if (COMMENT_ONLY.test(node.value)) return;
    found.push({ line: (node.position?.start.line ?? 1) + (file.data.lineOffset ?? 0), html: excerpt(node) });
  });
  file.data.rawHtml = found;
};

export default remarkRawHtml;

import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Keeps each ordered-list item's printed number.
 * CommonMark only keeps the first number of a list (`start`); the plans print
 * their own numbers, which we read back from the item's marker in the source
 * and render as the `<li value>` attribute.
 */
const remarkItemNumbers: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  visit(tree, 'list', (list) => {
    if (!list.ordered) return;
    for (const item of list.children) {
      const offset = item.position?.start.offset;
      if (offset === undefined) continue;
      const marker = /^(\d{1,9})[.)]/.exec(source.slice(offset, offset + 12));
      if (!marker?.[1]) continue;
      const properties = ((item.data ??= {}).hProperties ??= {});
      properties['value'] = String(Number(marker[1]));
    }
  });
};

export default remarkItemNumbers;

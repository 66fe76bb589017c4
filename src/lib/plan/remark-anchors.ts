import type { Heading, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { PlanAnchor } from './plan-data.ts';
import './plan-data.ts';

/**
 * `{#id}` or `{#id .unnumbered}` at the end of a block's text.
 * Hand-written rather than a generic attribute-syntax extension: we need exactly
 * one id and one flag, on headings, paragraphs and list items alike, and none of
 * the maintained micromark attribute extensions covers list items.
 */
const ATTRIBUTE = /[ \t]*\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?:[ \t]+\.[a-z-]+)*)\}[ \t]*$/;

interface Attributes {
  id: string;
  classes: string[];
}

/** Removes a trailing `{#…}` from the last text node of `children`, returning the attributes. */
function takeAttributes(children: PhrasingContent[]): Attributes | null {
  const last = children.at(-1);
  if (last?.type !== 'text') return null;
  const match = ATTRIBUTE.exec(last.value);
  if (!match?.[1]) return null;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') children.pop();
  const classes = (match[2] ?? '')
    .split(/[ \t]+/)
    .filter(Boolean)
    .map((c) => c.slice(1));
  return { id: match[1], classes };
}

/** Sets the HTML id and classes the node will render with. */
function setProperties(node: Heading | Paragraph | ListItem, attributes: Attributes): void {
  const data = (node.data ??= {});
  const properties = (data.hProperties ??= {});
  properties['id'] = attributes.id;
  if (attributes.classes.length > 0) properties['className'] = attributes.classes;
}

function lineOf(node: { position?: { start: { line: number } } | undefined }, file: VFile): number {
  return (node.position?.start.line ?? 1) + (file.data.lineOffset ?? 0);
}

/** Text of a list item without its nested lists. */
function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => toString(child))
    .join('');
}

/**
 * Reads the `{#id}` anchors of headings, paragraphs and list items, moves them
 * to HTML ids, and records every anchor and heading on `file.data`.
 * Duplicate and malformed anchors are recorded in `file.data.anchorProblems`.
 */
const remarkAnchors: Plugin<[], Root> = () => (tree, file) => {
  const anchors: PlanAnchor[] = [];
  const headings: { depth: number; id: string | null; text: string }[] = [];
  const problems: { line: number; message: string }[] = [];
  const seen = new Map<string, number>();

  const record = (anchor: PlanAnchor): void => {
    const earlier = seen.get(anchor.id);
    if (earlier !== undefined) {
      problems.push({
        line: anchor.line,
        message: `锚点 {#${anchor.id}} 重复（第 ${earlier} 行已用过）：每个锚点在文件中只能用一次，请改用未用过的编号`,
      });
      return;
    }
    seen.set(anchor.id, anchor.line);
    anchors.push(anchor);
  };

  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      const attributes = takeAttributes(node.children);
      if (attributes) setProperties(node, attributes);
      const text = toString(node);
      headings.push({ depth: node.depth, id: attributes?.id ?? null, text });
      if (attributes) {
        record({
          id: attributes.id,
          element: 'heading',
          depth: node.depth,
          unnumbered: false,
          line: lineOf(node, file),
          text,
        });
      }
    } else if (node.type === 'listItem') {
      const first = node.children[0];
      const attributes = first?.type === 'paragraph' ? takeAttributes(first.children) : null;
      if (attributes) {
        setProperties(node, attributes);
        record({
          id: attributes.id,
          element: 'item',
          unnumbered: attributes.classes.includes('unnumbered'),
          line: lineOf(node, file),
          text: ownText(node),
        });
      }
    } else if (node.type === 'paragraph' && parent?.type !== 'listItem') {
      const attributes = takeAttributes(node.children);
      if (attributes) {
        setProperties(node, attributes);
        record({
          id: attributes.id,
          element: 'paragraph',
          unnumbered: true,
          line: lineOf(node, file),
          text: toString(node),
        });
      }
    }
    if (node.type === 'text' && /\{#[^}]*\}\s*$/.test(node.value)) {
      problems.push({
        line: lineOf(node, file),
        message: `锚点 "${node.value.slice(node.value.lastIndexOf('{#'))}" 写法不对：应写成 {#小写英文-数字}，例如 {#health-t2}，可加 .unnumbered`,
      });
    }
  });

  file.data.anchors = anchors;
  file.data.headings = headings;
  file.data.anchorProblems = problems;
};

export default remarkAnchors;

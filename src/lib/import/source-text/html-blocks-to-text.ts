import type { Element, ElementContent, Root, RootContent } from 'hast';
import { markdownTable, type TableCell } from './markdown-table.ts';

/** Elements whose content is never text of the document. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'svg',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
]);

/** Whitespace that HTML collapses (not U+3000 or U+00A0, which are text). */
const HTML_WHITESPACE = /[ \t\n\r\f]+/gu;

/** Leading and trailing spaces of a line, including the ideographic space and no-break space used for indentation. */
const EDGE_SPACES = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu;

/** How text nodes are read. */
export interface BlockTextOptions {
  /**
   * Keep spaces, tabs and no-break spaces inside a line as they are (HTML
   * written by mammoth from a Word document, where every space is printed)
   * instead of collapsing them as a browser does (a web page).
   */
  preserveSpaces?: boolean;
}

/** Collects lines: inline text is appended to the open line; blocks close it. */
class LineCollector {
  readonly lines: string[] = [];
  private open = '';
  private readonly preserveSpaces: boolean;

  constructor(options: BlockTextOptions) {
    this.preserveSpaces = options.preserveSpaces === true;
  }

  text(value: string): void {
    this.open += this.preserveSpaces ? value.replace(/[\r\n]+/gu, ' ') : value.replace(HTML_WHITESPACE, ' ');
  }

  /** Closes the open line (an empty one is dropped). */
  break(): void {
    const trimmed = this.open.replace(EDGE_SPACES, '');
    const line = this.preserveSpaces ? trimmed : trimmed.replace(/\u00a0/gu, ' ').replace(/ {2,}/gu, ' ');
    if (line !== '') this.lines.push(line);
    this.open = '';
  }

  /** Adds whole lines (e.g. a Markdown table) as they are. */
  push(lines: readonly string[]): void {
    this.break();
    this.lines.push(...lines);
  }
}

function numberAttribute(element: Element, name: string, fallback: number): number {
  const value = Number(element.properties[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The rows of a table (its own `tr`s, not those of nested tables). */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function tableToLines(table: Element, options: BlockTextOptions): string[] {
  const rows: TableCell[][] = tableRows(table).map((row) =>
    row.children
      .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
      .map((cell) => ({
        text: htmlBlocksToLines(cell, options).join(' '),
        rowSpan: numberAttribute(cell, 'rowSpan', 1),
        colSpan: numberAttribute(cell, 'colSpan', 1),
      })),
  );
  return rows.length === 0 ? [] : markdownTable(rows);
}

function visitChildren(
  children: readonly (RootContent | ElementContent)[],
  out: LineCollector,
  options: BlockTextOptions,
): void {
  for (const child of children) visit(child, out, options);
}

function visit(node: RootContent | ElementContent, out: LineCollector, options: BlockTextOptions): void {
  if (node.type === 'text') {
    out.text(node.value);
    return;
  }
  if (node.type !== 'element') return;
  const tag = node.tagName;
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    out.break();
    return;
  }
  if (tag === 'table') {
    out.push(tableToLines(node, options));
    return;
  }
  if (tag === 'ol') {
    // A browser prints the numbers of an ordered list; they are part of the text as printed.
    let number = numberAttribute(node, 'start', 1);
    out.break();
    for (const item of node.children) {
      if (item.type === 'element' && item.tagName === 'li') {
        out.break();
        out.text(`${number++}.`);
        visitChildren(item.children, out, options);
        out.break();
      } else visit(item, out, options);
    }
    out.break();
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.break();
  visitChildren(node.children, out, options);
  if (block) out.break();
}

/**
 * The text of an HTML tree as lines: one line per block (paragraph, heading,
 * list item, `<br>`), inline markup dropped, whitespace collapsed as a
 * browser does (unless `preserveSpaces`) and trimmed at both ends of a line (including the ideographic
 * and no-break spaces used for indentation), tables as Markdown tables and
 * ordered lists with the numbers a browser prints. Empty lines are dropped.
 */
export function htmlBlocksToLines(node: Root | Element, options: BlockTextOptions = {}): string[] {
  const out = new LineCollector(options);
  visitChildren(node.children, out, options);
  out.break();
  return out.lines;
}

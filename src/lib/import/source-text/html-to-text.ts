import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { htmlBlocksToLines } from './html-blocks-to-text.ts';
import { plural } from './plural.ts';
import type { ExtractedText } from './source-document.ts';

/*
 * Finding the article in a saved web page is hand-written: Mozilla's
 * Readability needs a browser DOM (jsdom, a large dependency) and is tuned for
 * news sites, while government pages are simple: the page chrome sits in
 * semantic elements or menus made of links, and the article holds almost all
 * of the remaining text.
 */

/** Elements that are page chrome, never the article. */
const CHROME_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'head',
]);

/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

/** Words in an id or class that mark page chrome (`nav`, `main-menu`, `breadcrumb`, `footer`…). */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|sidebar|share|toolbar|copyright|pagination|pager|related|topbar|skip|print|login)(?:$|[-_\s\d])/iu;

/** Ids and classes that government content systems give the article body (TRS, UCAP and common templates). */
const CONTENT_NAME =
  /^(?:zoom|fontzoom|ucap-content|trs_editor|trs_editor_view|article-content|article_content|articlecontent|pages_content|news_content|content_text|wz_content|zw|zwnr|detail-content|main-text)$/iu;

/** Share of its parent's text a single child must hold for the article to be looked for inside it. */
const DOMINANT_SHARE = 0.85;

function names(element: Element): string[] {
  const { id, className } = element.properties;
  const classes = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? [className] : [];
  return [...(typeof id === 'string' ? [id] : []), ...classes];
}

function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true;
  const role = element.properties['role'];
  if (typeof role === 'string' && CHROME_ROLES.has(role)) return true;
  return names(element).some((name) => CHROME_NAME.test(name));
}

/** Length of the text of `node` outside links (menus and link lists count for little). */
function textWeight(node: Element | Root): number {
  let weight = 0;
  for (const child of node.children) {
    if (child.type === 'text') weight += child.value.replace(/\s+/gu, '').length;
    else if (child.type === 'element' && child.tagName !== 'a') weight += textWeight(child);
  }
  return weight;
}

/** Removes page chrome from the tree, returning what was removed. */
function removeChrome(node: Element | Root, removed: Element[]): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'element' && isChrome(child)) {
      removed.push(child);
      return false;
    }
    return true;
  });
  for (const child of node.children) if (child.type === 'element') removeChrome(child, removed);
}

function findElement(node: Element | Root, test: (element: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

/** The article: a known content container with text, else the element that holds nearly all the text. */
function findArticle(root: Root): Element | Root {
  const known = findElement(
    root,
    (element) => names(element).some((name) => CONTENT_NAME.test(name)) && textWeight(element) > 0,
  );
  if (known) return known;
  let current: Element | Root = root;
  for (;;) {
    const total = textWeight(current);
    let dominant: Element | null = null;
    for (const child of current.children)
      if (child.type === 'element' && textWeight(child) >= total * DOMINANT_SHARE) dominant = child;
    if (!dominant || total === 0) return current;
    current = dominant;
  }
}

function describe(element: Element | Root): string {
  if (element.type === 'root') return 'the whole page';
  const id = element.properties['id'];
  const className = element.properties['className'];
  const label =
    typeof id === 'string' ? ` id="${id}"` : Array.isArray(className) ? ` class="${className.join(' ')}"` : '';
  return `<${element.tagName}${label}>`;
}

function contains(ancestor: Element | Root, node: Element): boolean {
  return findElement(ancestor, (element) => element === node) !== null;
}

/**
 * The text of a government web page saved from a browser: the article body
 * (with the page's `<h1>` title in front when the body does not hold it), one
 * line per paragraph, tables as Markdown tables; navigation, scripts, styles,
 * headers, footers, menus, share and print links dropped.
 */
export function htmlToText(html: string): ExtractedText {
  const root = fromHtml(html);
  const removed: Element[] = [];
  removeChrome(root, removed);
  const article = findArticle(root);
  const lines = htmlBlocksToLines(article);
  const notes = [`took the article body from ${describe(article)}`];
  let titleWeight = 0;
  const title = findElement(root, (element) => element.tagName === 'h1');
  if (title && !contains(article, title)) {
    const titleText = htmlBlocksToLines(title).join('');
    if (titleText !== '' && lines[0] !== titleText) {
      lines.unshift(titleText);
      titleWeight = textWeight(title);
      notes.push(`took the title from <h1>: ${titleText}`);
    }
  }
  const isCode = (element: Element): boolean => ['script', 'style', 'head'].includes(element.tagName);
  const scripts = removed.filter((element) => element.tagName === 'script').length;
  const chrome = removed.filter((element) => !isCode(element));
  const droppedText = chrome.reduce((sum, element) => sum + toString(element).replace(/\s+/gu, '').length, 0);
  const outside = Math.max(0, textWeight(root) - textWeight(article) - titleWeight);
  const dropped = [
    ...(scripts > 0 ? [plural(scripts, 'script')] : []),
    ...(chrome.length > 0
      ? [`${plural(chrome.length, 'navigation, header, footer or menu element')} (${plural(droppedText, 'character')})`]
      : []),
    ...(outside > 0 ? [`${plural(outside, 'character')} of other page text outside the article`] : []),
  ];
  if (dropped.length > 0) notes.push(`dropped ${dropped.join(', ')}`);
  return { text: lines.join('\n') + (lines.length > 0 ? '\n' : ''), notes };
}

import type { Element, ElementContent, Root, Text } from 'hast';
import './plan-data.ts';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { TargetEntry } from '../../schema/target.ts';
import { sectionOfAnchor } from '../targets/extract-targets.ts';
import { parseAnchorId } from './anchor-id.ts';
import { formatTarget, itemLabel } from '../targets/format-target.ts';

/** What the plan page shows about the plan's targets. */
export interface TargetMarksOptions {
  /** The plan's front-matter target entries. */
  targets: readonly TargetEntry[];
  /** Canonical indicator names by id. */
  indicatorNames: ReadonlyMap<string, string>;
  /** Domain heading ids (`health`, …): a table of the domain's targets closes each domain. */
  domainIds: ReadonlySet<string>;
  /** Link to an indicator's comparison page. */
  indicatorHref: (indicator: string) => string;
  /** The "纠错" (report an error) link of an item, or null where reporting is not configured. */
  reportHref?: (item: { id: string; line: number; quote: string }) => string | null;
}

/**
 * Marks the targets on the plan page: in each item that states a target, the
 * printed value is wrapped in `<mark class="target-value">` and the item ends
 * with links to the indicators' comparison pages (and 待核对 where a target
 * is an unreviewed draft); each domain ends with a table of its targets. Everything added is `.annotation`: not part of the
 * text of record (the fidelity test and search ignore it).
 */
const rehypeTargetMarks: Plugin<[TargetMarksOptions], Root> = (options) => (tree, file) => {
  const byAnchor = new Map<string, TargetEntry[]>();
  for (const target of options.targets) byAnchor.set(target.target, [...(byAnchor.get(target.target) ?? []), target]);
  const name = (id: string): string => options.indicatorNames.get(id) ?? id;
  const anchors = new Map((file.data.anchors ?? []).map((anchor) => [anchor.id, anchor]));
  const report = (id: string): Element | null => {
    const anchor = anchors.get(id);
    const href = anchor && options.reportHref?.({ id, line: anchor.line, quote: anchor.text.trim() });
    return href ? h('a', { className: ['report-link'], href, rel: 'nofollow' }, '纠错') : null;
  };

  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id !== 'string' || (node.tagName !== 'li' && node.tagName !== 'p')) return;
    const targets = byAnchor.get(id) ?? [];
    const reportLink = targets.length > 0 || sectionOfAnchor(id) === 'targets' ? report(id) : null;
    if (targets.length === 0 && !reportLink) return;
    const container = ownContent(node);
    for (const written of new Set(targets.map((target) => target.value_as_written))) {
      const indicators = targets.filter((t) => t.value_as_written === written).map((t) => name(t.indicator));
      markFirst(container, written, `${[...new Set(indicators)].join('、')}目标`);
    }
    const links = [...new Set(targets.map((target) => target.indicator))].flatMap((indicator): ElementContent[] => [
      { type: 'text', value: ' ' },
      h('a', { className: ['indicator-link'], href: options.indicatorHref(indicator) }, `${name(indicator)}各地对比`),
    ]);
    if (targets.some((target) => !target.reviewed)) {
      links.push(
        { type: 'text', value: ' ' },
        h('span', { className: ['unreviewed'], title: '自动提取的目标，尚未经编辑核对' }, '待核对'),
      );
    }
    if (reportLink) links.push({ type: 'text', value: ' ' }, reportLink);
    container.children.push(h('span', { className: ['annotation', 'target-links'], dataPagefindIgnore: '' }, links));
    return SKIP;
  });

  const domainTargets = (domain: string): TargetEntry[] =>
    options.targets.filter((target) => parseAnchorId(target.target).domain === domain);
  for (let index = tree.children.length - 1; index >= 0; index--) {
    const node = tree.children[index];
    if (node?.type !== 'element' || node.tagName !== 'h3') continue;
    const domain = node.properties['id'];
    if (typeof domain !== 'string' || !options.domainIds.has(domain)) continue;
    const targets = domainTargets(domain);
    if (targets.length === 0) continue;
    let end = index + 1;
    while (end < tree.children.length && !isSectionHeading(tree.children[end])) end++;
    tree.children.splice(end, 0, targetTable(targets, name, options.indicatorHref, report));
  }
};

function isSectionHeading(node: Root['children'][number] | undefined): boolean {
  return node?.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3');
}

/** The element holding an item's own text: its first <p> in a loose list, else the item. */
function ownContent(node: Element): Element {
  const first = node.children.find((child): child is Element => child.type === 'element');
  return node.tagName === 'li' && first?.tagName === 'p' ? first : node;
}

/** Wraps the first occurrence of `written` in a direct text child of `container` in a <mark>. */
function markFirst(container: Element, written: string, title: string): void {
  for (let index = 0; index < container.children.length; index++) {
    const child = container.children[index];
    if (child?.type !== 'text') continue;
    const at = child.value.indexOf(written);
    if (at < 0) continue;
    const before: Text = { type: 'text', value: child.value.slice(0, at) };
    const after: Text = { type: 'text', value: child.value.slice(at + written.length) };
    const mark = h('mark', { className: ['target-value'], title }, written);
    container.children.splice(index, 1, before, mark, after);
    return;
  }
}

function targetTable(
  targets: readonly TargetEntry[],
  name: (id: string) => string,
  href: (indicator: string) => string,
  report: (id: string) => Element | null,
): Element {
  const reporting = targets.some((target) => report(target.target) !== null);
  const rows = targets.map((target) =>
    h('tr', [
      h('th', { scope: 'row' }, h('a', { href: href(target.indicator) }, name(target.indicator))),
      h('td', `${String(target.year)}${target.year_stated ? '' : '（未写明，按规划期末）'}`),
      h('td', target.reviewed ? formatTarget(target) : `${formatTarget(target)}（待核对）`),
      h('td', h('a', { href: `#${target.target}` }, itemLabel(target.target))),
      ...(reporting ? [h('td', report(target.target) ?? '')] : []),
    ]),
  );
  return h('div', { className: ['annotation', 'target-table'], dataPagefindIgnore: '' }, [
    h('table', [
      h('caption', '本领域量化目标'),
      h(
        'thead',
        h('tr', [
          h('th', { scope: 'col' }, '指标'),
          h('th', { scope: 'col' }, '目标年份'),
          h('th', { scope: 'col' }, '目标值'),
          h('th', { scope: 'col' }, '条目'),
          ...(reporting ? [h('th', { scope: 'col' }, '纠错')] : []),
        ]),
      ),
      h('tbody', rows),
    ]),
  ]);
}

export default rehypeTargetMarks;

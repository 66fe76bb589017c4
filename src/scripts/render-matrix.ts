/**
 * The comparison matrix's tables built in the browser, in the same markup as
 * src/components/CompareMatrix.astro (the filters and the tests read the same
 * classes and data attributes). Hand-written DOM code: a templating library
 * would cost more than these few elements.
 */
import { flagSymbols } from '../lib/compare/flag-symbols.ts';
import type { Matrix, MatrixCell, MatrixEntry, MatrixRow } from '../lib/compare/matrix.ts';
import { indicatorPath } from '../lib/site/site-paths.ts';
import { PLAN_KIND_LABELS } from '../lib/site/plan-labels.ts';

type Child = Node | string;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function entry(row: MatrixRow, cell: MatrixCell, item: MatrixEntry, base: string): HTMLElement {
  const name = row.indicator.name;
  const href = indicatorPath(base, row.indicator.id);
  const children: Child[] = [
    h(
      'a',
      {
        class: 'cell-value',
        href: `${href}#chart`,
        'aria-label': `${cell.districtName}${name}${String(item.year)}年目标${item.text}：打开指标比较`,
      },
      `${item.kind === 'change' ? 'Δ' : ''}${item.text}`,
    ),
    ' ',
    h(
      'span',
      { class: 'cell-year' },
      `${String(item.year)}${item.yearStated ? '' : '*'}${flagSymbols(item.flags.filter((f) => f !== 'implied-year' && f !== 'change'))}`,
    ),
  ];
  if (item.rank) children.push(h('span', { class: 'cell-rank' }, `${String(item.rank.rank)}/${String(item.rank.of)}`));
  children.push(
    ' ',
    h(
      'a',
      {
        class: 'cell-quote',
        href: item.quoteUrl,
        'aria-label': `${cell.districtName}${name}${String(item.year)}年目标的原文`,
      },
      '原文',
    ),
  );
  return h(
    'div',
    {
      class: `cell-entry${item.rank?.level ? ` amb-${item.rank.level}` : ''}`,
      'data-year': String(item.year),
      'data-id': item.recordId,
    },
    ...children,
  );
}

function cellElement(row: MatrixRow, cell: MatrixCell, base: string): HTMLElement {
  const td = h('td', { 'data-district': cell.district, 'data-status': cell.status });
  if (cell.status === 'target') {
    td.append(...cell.entries.map((item) => entry(row, cell, item, base)));
    const empty = h('span', { class: 'no-target', 'data-year-empty': '' }, '该年份未设目标');
    empty.hidden = true;
    td.append(empty);
  } else {
    td.append(h('span', { class: 'no-target' }, cell.status === 'no-target' ? '未设目标' : '未收录该规划'));
  }
  return td;
}

/** The sections of `matrix` (one per plan group), replacing the children of `container`. */
export function renderMatrix(container: HTMLElement, matrix: Matrix, base: string): void {
  const columns = matrix.districts.length + 1;
  container.replaceChildren(
    ...matrix.groups.map((group) => {
      const label = PLAN_KIND_LABELS[group.group];
      const table = h(
        'table',
        { class: 'matrix', 'data-matrix': '' },
        h('caption', { class: 'visually-hidden' }, `${label}：各地目标比较矩阵`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, '指标'),
            ...matrix.districts.map((d) => h('th', { scope: 'col' }, d.name)),
          ),
        ),
        ...group.domains.map((domain) =>
          h(
            'tbody',
            { 'data-domain': domain.id },
            h('tr', { class: 'matrix-domain' }, h('th', { scope: 'colgroup', colspan: String(columns) }, domain.name)),
            ...domain.rows.map((row) =>
              h(
                'tr',
                { 'data-indicator': row.indicator.id, 'data-years': row.years.join(' ') },
                h('th', { scope: 'row' }, h('a', { href: indicatorPath(base, row.indicator.id) }, row.indicator.name)),
                ...row.cells.map((cell) => cellElement(row, cell, base)),
              ),
            ),
          ),
        ),
      );
      return h(
        'section',
        { class: 'matrix-group', 'data-group': group.group, 'aria-labelledby': `matrix-${group.group}` },
        h('h2', { id: `matrix-${group.group}` }, `${label}指标`),
        h('div', { class: 'table-scroll' }, table),
      );
    }),
  );
}

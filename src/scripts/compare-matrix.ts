/**
 * The comparison matrix's filters and jurisdiction picker (progressive
 * enhancement: without JavaScript the default matrix is shown whole). The view
 * state (jurisdictions in `d`, filters) lives in the URL query, so a view can
 * be shared; the back button restores earlier views. The matrix of picked
 * jurisdictions is built from their small data files (/data/districts/<slug>.json),
 * fetched one per jurisdiction, never the whole dataset.
 */
import type { DistrictCompareData } from '../lib/compare/compare-entries.ts';
import type { MatrixIndicator } from '../lib/compare/matrix.ts';
import {
  MAX_COMPARED,
  matrixStateQuery,
  parseCompared,
  parseMatrixState,
  type MatrixOptions,
  type MatrixState,
} from '../lib/compare/matrix-state.ts';
import { matrixOfDistricts } from '../lib/compare/selection-matrix.ts';
import { districtDataPath } from '../lib/site/site-paths.ts';
import { renderMatrix } from './render-matrix.ts';

/** What ComparePicker.astro writes into its `<script type="application/json" data-compare-config>`. */
interface PickerConfig {
  base: string;
  names: string;
  defaults: { slug: string; name: string }[];
  indicators: MatrixIndicator[];
}

/** [slug, short name, full name] of every jurisdiction (/data/district-names.json). */
type NameIndex = [string, string, string][];

/** How many search results are listed at once. */
const RESULT_LIMIT = 20;

function apply(state: MatrixState, status: HTMLElement | null): void {
  let shown = 0;
  document.querySelectorAll<HTMLElement>('[data-group]').forEach((section) => {
    const groupVisible = state.group === '' || section.dataset['group'] === state.group;
    section.hidden = !groupVisible;
    section.querySelectorAll<HTMLElement>('tbody[data-domain]').forEach((body) => {
      body.hidden = !(state.domain === '' || body.dataset['domain'] === state.domain);
      body.querySelectorAll<HTMLElement>('tr[data-indicator]').forEach((row) => {
        const years = (row.dataset['years'] ?? '').split(' ');
        row.hidden = state.year !== '' && !years.includes(state.year);
        if (groupVisible && !body.hidden && !row.hidden) shown++;
        row.querySelectorAll<HTMLElement>('td[data-status="target"]').forEach((cell) => {
          let any = false;
          cell.querySelectorAll<HTMLElement>('.cell-entry').forEach((entry) => {
            entry.hidden = state.year !== '' && entry.dataset['year'] !== state.year;
            any ||= !entry.hidden;
          });
          const empty = cell.querySelector<HTMLElement>('[data-year-empty]');
          if (empty) empty.hidden = any;
        });
      });
    });
  });
  if (status) status.textContent = `显示 ${String(shown)} 项指标`;
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', onClick);
  return element;
}

/** Wires the filter form and the picker to the matrix and the URL. */
export function enhanceMatrix(): void {
  const form = document.querySelector<HTMLFormElement>('[data-matrix-filters]');
  const picker = document.querySelector<HTMLElement>('[data-compare-picker]');
  const sections = document.querySelector<HTMLElement>('[data-matrix-sections]');
  if (!form) return;
  const options = JSON.parse(form.dataset['options'] ?? '{}') as MatrixOptions;
  const status = form.querySelector<HTMLElement>('[data-matrix-status]');
  const select = (name: keyof MatrixState): HTMLSelectElement | null =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const filters = (): MatrixState => ({
    group: select('group')?.value ?? '',
    domain: select('domain')?.value ?? '',
    year: select('year')?.value ?? '',
  });
  const configText = document.querySelector('[data-compare-config]')?.textContent;
  const config = picker && configText ? (JSON.parse(configText) as PickerConfig) : null;
  const defaults = config?.defaults.map((d) => d.slug) ?? [];
  /** The jurisdictions compared (slug and name), as shown. */
  let compared = config?.defaults ?? [];
  const sameAsDefaults = (slugs: readonly string[]): boolean => slugs.join(',') === defaults.join(',');
  const query = (): string => {
    const slugs = compared.map((d) => d.slug);
    return matrixStateQuery(filters(), sameAsDefaults(slugs) ? [] : slugs);
  };

  const files = new Map<string, Promise<DistrictCompareData | null>>();
  const load = (slug: string): Promise<DistrictCompareData | null> => {
    let file = files.get(slug);
    if (!file && config) {
      file = fetch(districtDataPath(config.base, slug))
        .then((response) => (response.ok ? (response.json() as Promise<DistrictCompareData>) : null))
        .catch(() => null);
      files.set(slug, file);
    }
    return file ?? Promise.resolve(null);
  };

  const pickedList = picker?.querySelector<HTMLElement>('[data-picked]');
  const pickerStatus = picker?.querySelector<HTMLElement>('[data-picker-status]') ?? null;
  const search = picker?.querySelector<HTMLInputElement>('[data-picker-search]');
  const results = picker?.querySelector<HTMLElement>('[data-picker-results]');

  const renderPicked = (): void => {
    if (!pickedList) return;
    pickedList.replaceChildren(
      ...compared.map((district) => {
        const item = document.createElement('li');
        item.append(`${district.name} `);
        const remove = button('移除', `移除${district.name}`, () => {
          choose(compared.filter((d) => d.slug !== district.slug).map((d) => d.slug));
        });
        remove.disabled = compared.length === 1;
        item.append(remove);
        return item;
      }),
    );
  };

  /** Shows the matrix of `slugs` (the defaults where empty). */
  const showCompared = async (slugs: readonly string[]): Promise<void> => {
    if (!config || !sections) return;
    const wanted = slugs.length > 0 ? slugs : defaults;
    if (sameAsDefaults(wanted) && sameAsDefaults(compared.map((d) => d.slug))) {
      renderPicked();
      return;
    }
    if (pickerStatus) pickerStatus.textContent = '正在载入所选地区的数据…';
    const data = await Promise.all(wanted.map(load));
    const found = data.flatMap((d) => d ?? []);
    const missing = wanted.filter((_, index) => !data[index]);
    compared = found.map((d) => ({ slug: d.slug, name: d.name }));
    renderMatrix(sections, matrixOfDistricts(config.indicators, found), config.base);
    renderPicked();
    apply(filters(), status);
    if (pickerStatus) {
      pickerStatus.textContent = `正在比较 ${String(found.length)} 个地区${missing.length > 0 ? `；找不到：${missing.join('、')}` : ''}`;
    }
  };

  const choose = (slugs: string[]): void => {
    void showCompared(slugs).then(() => {
      history.pushState(null, '', `${location.pathname}${query()}`);
    });
  };

  let names: Promise<NameIndex> | null = null;
  const showResults = async (): Promise<void> => {
    if (!config || !search || !results) return;
    const text = search.value.trim().toLowerCase();
    if (text === '') {
      results.replaceChildren();
      return;
    }
    names ??= fetch(config.names)
      .then((response) => (response.ok ? (response.json() as Promise<NameIndex>) : []))
      .catch(() => []);
    const index = await names;
    if (search.value.trim().toLowerCase() !== text) return;
    const picked = new Set(compared.map((d) => d.slug));
    const matches = index.filter(
      ([slug, name, full]) => !picked.has(slug) && (name.includes(text) || full.includes(text) || slug.includes(text)),
    );
    const full = compared.length >= MAX_COMPARED;
    results.replaceChildren(
      ...matches.slice(0, RESULT_LIMIT).map(([slug, , fullName]) => {
        const item = document.createElement('li');
        const add = button(`添加 ${fullName}`, `添加${fullName}`, () => {
          search.value = '';
          results.replaceChildren();
          choose([...compared.map((d) => d.slug), slug]);
          search.focus();
        });
        add.disabled = full;
        item.append(add);
        return item;
      }),
    );
    if (pickerStatus) {
      pickerStatus.textContent = full
        ? `最多比较 ${String(MAX_COMPARED)} 个地区，请先移除一个`
        : `找到 ${String(matches.length)} 个地区${matches.length > RESULT_LIMIT ? `，列出前 ${String(RESULT_LIMIT)} 个` : ''}`;
    }
  };

  const show = (urlQuery: string): void => {
    const state = parseMatrixState(urlQuery, options);
    for (const key of ['group', 'domain', 'year'] as const) {
      const element = select(key);
      if (element) element.value = state[key];
    }
    apply(state, status);
    void showCompared(parseCompared(urlQuery));
  };

  form.hidden = false;
  if (picker) picker.hidden = false;
  document.querySelectorAll('.matrix-needs-js').forEach((note) => {
    note.setAttribute('hidden', '');
  });
  show(location.search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  form.addEventListener('change', () => {
    history.pushState(null, '', `${location.pathname}${query()}`);
    apply(filters(), status);
  });
  search?.addEventListener('input', () => {
    void showResults();
  });
  window.addEventListener('popstate', () => {
    show(location.search);
  });
}

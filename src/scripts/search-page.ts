/**
 * The search page's browser code: reads the search from the URL, runs it
 * through Pagefind (loaded from the site's /pagefind/ only on this page) and
 * renders the results grouped by plan. The logic lives in src/lib/search/;
 * this file only wires it to the page.
 */
import { termQuery } from '../lib/search/han-text.ts';
import type { ExcerptPart } from '../lib/search/passage-hits.ts';
import { matchingIndicators, type IndicatorEntry } from '../lib/search/indicator-records.ts';
import { PassageCursor, PLANS_PER_LOAD, type FoundPassage } from '../lib/search/passage-cursor.ts';
import type { SearchPageData } from '../lib/search/index-parts.ts';
import { highlightTerms, searchPasses, type SearchPass } from '../lib/search/search-passes.ts';
import {
  anyResults,
  groupResults,
  highlightedHref,
  intersectResults,
  unionResults,
} from '../lib/search/search-results.ts';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../lib/search/search-state.ts';
import { pageTitle } from '../lib/site/page-title.ts';
import { districtsIndexPath, pagefindPath, searchPath, sitePath } from '../lib/site/site-paths.ts';

/** Passages shown at a time. */
const PAGE_SIZE = 20;

/** What Pagefind's `data()` gives for a record (the fields used here). */
interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
}

/** One Pagefind result before its data is loaded. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** The parts of pagefind.js used here. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** What a search found, and through which pass. */
interface Found {
  pass: SearchPass | null;
  /** The indicator pages whose name or an alias has the query. */
  indicators: IndicatorEntry[];
  /** The plans found, their first passages loaded; null where no plan has a passage to show. */
  plans: PassageCursor<PagefindData> | null;
}

/** Pagefind and the query data, loaded once. */
interface Engine {
  find: (state: SearchState) => Promise<Found>;
}

/** The browser's Chinese word segmenter, where it has one. */
const WORD_SEGMENTER =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;

/** Words of a text by the browser's segmenter (the whole text where there is none). */
function segmentWords(text: string): string[] {
  if (WORD_SEGMENTER === null) return [text];
  return [...WORD_SEGMENTER.segment(text)].filter((part) => part.isWordLike === true).map((part) => part.segment);
}

async function loadEngine(pagefindBase: string, base: string): Promise<Engine> {
  const [pagefind, data] = await Promise.all([
    import(/* @vite-ignore */ `${pagefindBase}pagefind.js`) as Promise<Pagefind>,
    fetch(`${pagefindBase}query-data.json`).then((response) => {
      if (!response.ok) throw new Error(`query-data.json: HTTP ${String(response.status)}`);
      return response.json() as Promise<SearchPageData>;
    }),
  ]);
  await pagefind.options({ basePath: pagefindBase, baseUrl: base });
  // The index's other parts (`index-parts.ts`): each search runs in all of them, their results merged.
  await Promise.all(data.parts.map((folder) => pagefind.mergeIndex(`${pagefindBase}${folder}`, { baseUrl: base })));

  /**
   * A Pagefind search whose results keep their data. Pagefind (1.6) searches in a web worker and
   * tells it to drop a result's data once that result object is garbage-collected (a
   * FinalizationRegistry); the results are copied below (rescored, merged), and a copy's `data()`
   * then got null under memory pressure. Each result here is a new object whose `data()` holds on
   * to Pagefind's result, and so to its data, for as long as any copy of it lives.
   */
  const search = async (
    term: string,
    options: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null> => {
    const found = await pagefind.search(term, options);
    return (
      found && {
        results: found.results.map((result) => ({ id: result.id, score: result.score, data: () => result.data() })),
      }
    );
  };

  /**
   * Records with every token of `wording` (`termQuery`), ranked by Pagefind. Pagefind drops a
   * word that a part's index lacks from a search of several, so records may lack a token, and
   * they may hold every token without the wording: the passages shown are checked against the
   * text (`passageHits`), and a pass whose first plans show none is passed over.
   */
  const searchPhrase = async (
    wording: string,
    filters: Record<string, { any: string[] }>,
  ): Promise<PagefindResult[]> => {
    const found = await search(termQuery(wording), { filters });
    return [...(found?.results ?? [])].sort((a, b) => b.score - a.score);
  };

  /** Records containing every term of the pass, or any for an `any` pass (each term through any of its wordings). */
  const runPass = async (pass: SearchPass, filters: Record<string, { any: string[] }>): Promise<PagefindResult[]> => {
    const perTerm = await Promise.all(
      pass.terms.map(async (wordings) =>
        unionResults(await Promise.all(wordings.map((wording) => searchPhrase(wording, filters)))),
      ),
    );
    return pass.match === 'all' ? intersectResults(perTerm) : anyResults(perTerm);
  };

  return {
    find: async (state) => {
      const passes = searchPasses(state.query, data, segmentWords);
      const [first] = passes;
      // Indicator pages compare all plans: offered for the query itself, when no filter narrows the plans.
      const indicators = first === undefined || hasFilters(state) ? [] : matchingIndicators(data.indicators, first);
      for (const [index, pass] of passes.entries()) {
        // Every record is a plan (indicator pages are matched above, from the query data).
        const found = await runPass(pass, pagefindFilters(state.filters));
        if (found.length === 0) continue;
        const plans = new PassageCursor(found, pass, state.filters);
        if (await plans.loadFirst(index === passes.length - 1)) return { pass, plans, indicators };
      }
      return { pass: indicators.length > 0 ? (first ?? null) : null, plans: null, indicators };
    },
  };
}

/** An element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph of excerpt text with the matched words in `<mark>`. */
function excerptElement(excerpt: readonly ExcerptPart[]): HTMLParagraphElement {
  const paragraph = element('p', 'search-result__excerpt');
  for (const part of excerpt) {
    paragraph.append(part.hit ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** One result: a linked title and, below it, an excerpt or a description. */
function resultItem(title: string, href: string, below: HTMLParagraphElement): HTMLLIElement {
  const item = element('li', 'search-result');
  item.dataset['result'] = '';
  const link = element('a', 'search-result__title', title);
  link.href = href;
  item.append(link, below);
  return item;
}

/** A passage to show, with the record (plan) it belongs to. */
type ShownPassage = FoundPassage<PagefindData>;

/** Wires the search page (`src/pages/search.astro`); does nothing on other pages. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector('form');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const output = root?.querySelector<HTMLElement>('[data-search-output]');
  if (!root || !form || !input || !status || !output) return;
  const base = root.dataset['base'] ?? '/';
  const pagefindBase = root.dataset['pagefind'] ?? pagefindPath(base);

  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  root.hidden = false;

  let engine: Promise<Engine> | null = null;
  let latest = 0;

  const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = form.querySelector<HTMLElement>('[data-search-filter-count]');

  /** Shows how many filter values are checked; opens the filters where they are set or there is room. */
  const showFilters = (state: SearchState): void => {
    const count = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    if (filterCount) filterCount.textContent = count === 0 ? '' : `（已选 ${String(count)} 项）`;
    if (filterPanel && (count > 0 || window.matchMedia('(min-width: 48rem)').matches)) filterPanel.open = true;
  };

  const showState = (state: SearchState): void => {
    input.value = state.query;
    // At national scale the page lists no jurisdiction checkboxes (search-filters.ts): add one for
    // each jurisdiction the URL selects, so the selection shows and survives the next search.
    const jurisdictions = form.querySelector<HTMLFieldSetElement>('[data-filter-group="jurisdiction"]');
    for (const value of state.filters.jurisdiction ?? []) {
      const boxes = form.querySelectorAll<HTMLInputElement>('input[name="jurisdiction"]');
      if (!jurisdictions || [...boxes].some((box) => box.value === value)) continue;
      const box = element('input', '');
      box.type = 'checkbox';
      box.name = 'jurisdiction';
      box.value = value;
      const label = element('label', '');
      label.append(box, ` ${value}`);
      jurisdictions.append(label);
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const key = box.name as keyof SearchState['filters'];
      box.checked = state.filters[key]?.includes(box.value) ?? false;
    }
    showFilters(state);
    document.title = pageTitle(state.query === '' ? '搜索' : `搜索：${state.query}`);
  };

  const formState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
    return readSearchState(params);
  };

  const renderEmpty = (state: SearchState): void => {
    const empty = element('div', 'search-empty');
    empty.append(element('p', '', `没有找到包含“${state.query}”的规划条文。`));
    const tips = element('ul', '');
    tips.append(element('li', '', '检查是否有错别字，或换用更短、更常用的词语，例如“托育”“健康”“家庭教育”。'));
    if (hasFilters(state)) {
      const item = element('li', '', '当前设置了筛选条件：');
      const clear = element('a', '', '取消全部筛选后再搜索');
      clear.href = searchPath(base, state.query);
      item.append(clear);
      tips.append(item);
    }
    const browse = element('li', '');
    const link = element('a', '', '按地区浏览各项规划');
    link.href = districtsIndexPath(base);
    browse.append('也可以', link, '。');
    tips.append(browse);
    empty.append(tips);
    output.replaceChildren(empty);
  };

  const renderFound = (state: SearchState, found: Found, token: number): void => {
    const pass = found.pass;
    if (pass === null) return;
    const wordings = highlightTerms(pass);
    const named = pass.terms.map((terms) => `“${terms[0] ?? ''}”`).join('');
    const fallback =
      pass.kind === 'phrase'
        ? ''
        : pass.match === 'all'
          ? `（没有找到完整的“${state.query}”，以下是同时包含${named}的结果）`
          : `（没有同时包含${named}的条文，以下是包含其中任一词语的结果）`;

    const indicatorData = found.indicators;
    const plans = found.plans;
    let shown: ShownPassage[] = plans?.take(PAGE_SIZE) ?? [];
    if (shown.length === 0 && indicatorData.length === 0) {
      status.textContent = '没有找到结果。';
      renderEmpty(state);
      return;
    }
    status.textContent =
      plans !== null && shown.length > 0
        ? `找到 ${String(plans.plans)} 项相关规划${fallback}`
        : `找到 ${String(indicatorData.length)} 项指标${fallback}`;

    const indicatorSection = element('section', 'search-group search-group--indicators');
    if (indicatorData.length > 0) {
      const heading = element('h2', '', '指标对比');
      heading.id = 'search-indicators';
      indicatorSection.setAttribute('aria-labelledby', heading.id);
      const list = element('ol', 'search-results');
      for (const entry of indicatorData)
        list.append(
          resultItem(entry.title, highlightedHref(sitePath(base, entry.url), []), element('p', '', entry.description)),
        );
      indicatorSection.append(heading, list);
    }
    const planSections = element('div', 'search-plan-groups');
    const more = element('button', 'search-more');
    more.type = 'button';
    const passageHref = (entry: ShownPassage): string =>
      highlightedHref(`${sitePath(base, entry.data.meta['plan_path'] ?? '/')}#${entry.hit.passage.id}`, wordings);

    const renderPlans = (): void => {
      planSections.replaceChildren(
        ...groupResults(shown, (entry) => entry.data.meta['plan_path'] ?? entry.data.url).map((group, index) => {
          const first = group.results[0]?.data;
          const section = element('section', 'search-group');
          const heading = element('h2', '');
          heading.id = `search-group-${String(index + 1)}`;
          section.setAttribute('aria-labelledby', heading.id);
          const planLink = element('a', '', first?.meta['plan'] ?? '');
          planLink.href = sitePath(base, first?.meta['plan_path'] ?? '/');
          heading.append(
            planLink,
            ' ',
            element(
              'span',
              'search-group__meta',
              `${first?.meta['jurisdiction'] ?? ''} · ${first?.meta['group'] ?? ''}`,
            ),
          );
          const list = element('ol', 'search-results');
          for (const entry of group.results)
            list.append(resultItem(entry.hit.passage.title, passageHref(entry), excerptElement(entry.hit.excerpt)));
          section.append(heading, list);
          return section;
        }),
      );
      const pending = plans?.pending ?? 0;
      const plansLeft = plans?.plansLeft ?? 0;
      more.hidden = pending === 0 && plansLeft === 0;
      more.textContent =
        pending > 0
          ? `显示更多结果（还有 ${String(pending)} 条${plansLeft > 0 ? `，另有 ${String(plansLeft)} 项规划` : ''}）`
          : `显示更多结果（还有 ${String(plansLeft)} 项规划）`;
    };

    more.addEventListener('click', () => {
      // More plans only when fewer than a page of the passages found is left to show.
      void (plans === null || plans.pending >= PAGE_SIZE ? Promise.resolve() : plans.load(PLANS_PER_LOAD)).then(() => {
        if (token !== latest || plans === null) return;
        const added = plans.take(PAGE_SIZE);
        shown = [...shown, ...added];
        renderPlans();
        const first = added[0];
        const link = first
          ? [...planSections.querySelectorAll<HTMLAnchorElement>('.search-result__title')].find(
              (candidate) => candidate.href === new URL(passageHref(first), location.href).href,
            )
          : undefined;
        (link ?? more).focus();
      });
    });

    renderPlans();
    output.replaceChildren(...(indicatorData.length > 0 ? [indicatorSection] : []), planSections, more);
  };

  const run = async (state: SearchState): Promise<void> => {
    latest += 1;
    const token = latest;
    if (state.query === '') {
      status.textContent = '请输入要查找的词语，例如“托育”“孕产妇死亡率”“家庭教育”。';
      output.replaceChildren();
      root.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = '正在搜索…';
    root.setAttribute('aria-busy', 'true');
    try {
      engine ??= loadEngine(pagefindBase, base);
      const found = await (await engine).find(state);
      if (token !== latest) return;
      if (found.pass === null) {
        status.textContent = '没有找到结果。';
        renderEmpty(state);
      } else {
        renderFound(state, found, token);
      }
    } catch (error) {
      engine = null;
      if (token !== latest) return;
      status.textContent = '搜索暂时无法使用：搜索索引未能加载，请稍后刷新重试。';
      output.replaceChildren();
      console.error(error);
    } finally {
      if (token === latest) root.setAttribute('aria-busy', 'false');
    }
  };

  const submit = (): void => {
    const state = formState();
    const params = writeSearchState(state).toString();
    const url = `${location.pathname}${params === '' ? '' : `?${params}`}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    showFilters(state);
    document.title = pageTitle(state.query === '' ? '搜索' : `搜索：${state.query}`);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') submit();
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  showState(initial);
  void run(initial);
}

/**
 * Filters of the comparison matrix (progressive enhancement: without
 * JavaScript every cell is shown). The view state lives in the URL query, so
 * a filtered view can be shared; the back button restores earlier views.
 */
import {
  matrixStateQuery,
  parseMatrixState,
  type MatrixOptions,
  type MatrixState,
} from '../lib/compare/matrix-state.ts';

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

/** Wires the filter form to the matrix and the URL. */
export function enhanceMatrix(): void {
  const form = document.querySelector<HTMLFormElement>('[data-matrix-filters]');
  if (!form) return;
  const options = JSON.parse(form.dataset['options'] ?? '{}') as MatrixOptions;
  const status = form.querySelector<HTMLElement>('[data-matrix-status]');
  const select = (name: keyof MatrixState): HTMLSelectElement | null =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const show = (state: MatrixState): void => {
    for (const key of ['group', 'domain', 'year'] as const) {
      const element = select(key);
      if (element) element.value = state[key];
    }
    apply(state, status);
  };
  form.hidden = false;
  document.querySelector('.matrix-needs-js')?.setAttribute('hidden', '');
  show(parseMatrixState(location.search, options));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  form.addEventListener('change', () => {
    const state: MatrixState = {
      group: select('group')?.value ?? '',
      domain: select('domain')?.value ?? '',
      year: select('year')?.value ?? '',
    };
    history.pushState(null, '', `${location.pathname}${matrixStateQuery(state)}`);
    apply(state, status);
  });
  window.addEventListener('popstate', () => {
    show(parseMatrixState(location.search, options));
  });
}

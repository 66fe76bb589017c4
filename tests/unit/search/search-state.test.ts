import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  writeSearchState,
} from '../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query and the checked filters', () => {
    const state = readSearchState(
      new URLSearchParams(
        'q=+%E6%89%98%E8%82%B2+&group=children&jurisdiction=lishui&jurisdiction=fuxin-xihe&x=1&domain=',
      ),
    );
    expect(state).toEqual({ query: '托育', filters: { jurisdiction: ['lishui', 'fuxin-xihe'], group: ['children'] } });
    expect(hasFilters(state)).toBe(true);
  });

  it('reads an empty search from an empty URL', () => {
    const state = readSearchState(new URLSearchParams(''));
    expect(state).toEqual({ query: '', filters: {} });
    expect(hasFilters(state)).toBe(false);
  });

  it('writes the query first and the filters in display order, and reads back the same', () => {
    const state = { query: '5 岁', filters: { section: ['targets'], jurisdiction: ['lishui'] } };
    const params = writeSearchState(state);
    expect(params.toString()).toBe('q=5+%E5%B2%81&jurisdiction=lishui&section=targets');
    expect(readSearchState(params)).toEqual(state);
  });
});

describe('pagefindFilters', () => {
  it('makes the values of one filter alternatives', () => {
    expect(pagefindFilters({ jurisdiction: ['lishui', 'fuxin-xihe'], quantitative: ['yes'], domain: [] })).toEqual({
      jurisdiction: { any: ['lishui', 'fuxin-xihe'] },
      quantitative: { any: ['yes'] },
    });
  });
});

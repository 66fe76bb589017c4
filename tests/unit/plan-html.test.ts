import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deletePlanHtmlExcept,
  planHtmlDirectory,
  planHtmlPath,
  readPlanHtml,
  writePlanHtml,
} from '../../src/lib/io/plan-html.ts';

const temp = mkdtempSync(join(tmpdir(), 'plan-atlas-plan-html-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** A fresh cache folder per test. */
let count = 0;
function cacheDir(): string {
  count += 1;
  return join(temp, `cache-${String(count)}`);
}

describe('the plan bodies the loader hands the plan pages', () => {
  it('reads back what was written, one file per plan in one folder', async () => {
    const cache = cacheDir();
    const women = '<h2 id="health">一、妇女与健康</h2>\n<p>孕产妇死亡率控制在 10/10 万以下。</p>';
    writePlanHtml(cache, 'lishui/women', women);
    writePlanHtml(cache, 'lishui/children', '<p>儿童</p>');
    expect(await readPlanHtml(cache, 'lishui/women')).toBe(women);
    expect(await readPlanHtml(cache, 'lishui/children')).toBe('<p>儿童</p>');
    expect(dirname(planHtmlPath(cache, 'lishui/women'))).toBe(planHtmlDirectory(cache));
    expect(readdirSync(planHtmlDirectory(cache))).toHaveLength(2);
  });

  it('replaces a file in one step: a reader of the old file still reads all of the old one', async () => {
    const cache = cacheDir();
    const old = '<p>旧</p>'.repeat(1000);
    writePlanHtml(cache, 'lishui/women', old);
    const reader = openSync(planHtmlPath(cache, 'lishui/women'), 'r');
    try {
      writePlanHtml(cache, 'lishui/women', '<p>新</p>');
      // Writing into the old file would have truncated it under the open reader.
      const buffer = Buffer.alloc(Buffer.byteLength(old) + 1);
      const read = readSync(reader, buffer, 0, buffer.length, 0);
      expect(buffer.subarray(0, read).toString('utf8')).toBe(old);
    } finally {
      closeSync(reader);
    }
    expect(await readPlanHtml(cache, 'lishui/women')).toBe('<p>新</p>');
    expect(readdirSync(planHtmlDirectory(cache))).toEqual([`${encodeURIComponent('lishui/women')}.html`]);
  });

  it('deletes the files of plans no longer loaded and half-written files, and keeps the others', async () => {
    const cache = cacheDir();
    for (const id of ['lishui/women', 'lishui/children', 'fuxin-xihe/women']) writePlanHtml(cache, id, `<p>${id}</p>`);
    const partial = `${planHtmlPath(cache, 'anshan-tiexi/women')}.partial`;
    writeFileSync(partial, '<p>半');
    expect(deletePlanHtmlExcept(cache, ['lishui/women', 'fuxin-xihe/women'])).toBe(2);
    expect(existsSync(planHtmlPath(cache, 'lishui/children'))).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(await readPlanHtml(cache, 'lishui/women')).toBe('<p>lishui/women</p>');
    expect(await readPlanHtml(cache, 'fuxin-xihe/women')).toBe('<p>fuxin-xihe/women</p>');
  });

  it('deletes nothing where no plan was ever written', () => {
    expect(deletePlanHtmlExcept(cacheDir(), [])).toBe(0);
  });

  it('fails on a missing file, naming it and saying to build again', async () => {
    const cache = cacheDir();
    writePlanHtml(cache, 'lishui/women', '<p></p>');
    const missing = planHtmlPath(cache, 'lishui/children');
    await expect(readPlanHtml(cache, 'lishui/children')).rejects.toThrow(
      `${missing}: no rendered HTML for plan lishui/children`,
    );
    await expect(readPlanHtml(cache, 'lishui/children')).rejects.toThrow('run the build again');
  });
});

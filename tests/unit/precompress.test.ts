import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressSite } from '../../src/lib/io/precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-precompress-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('precompressing the built site', () => {
  it('writes .gz and .br copies of text files that decompress to the same bytes, and leaves the rest', () => {
    const page = `<!doctype html><p>${'规划图谱 '.repeat(400)}</p>`;
    mkdirSync(join(dir, 'plans', 'a'), { recursive: true });
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'plans', 'a', 'index.html'), page);
    writeFileSync(join(dir, 'targets.csv'), `\uFEFFid,value\n${'a,1\n'.repeat(300)}`);
    writeFileSync(join(dir, 'tiny.json'), '{}');
    writeFileSync(join(dir, 'pagefind', 'fragment', 'x.pf_fragment'), page);
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(2048));

    const result = precompressSite(dir);

    expect(result.files).toBe(2);
    for (const file of ['plans/a/index.html', 'targets.csv']) {
      const original = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
    }
    for (const file of ['tiny.json', 'pagefind/fragment/x.pf_fragment', 'icon.png']) {
      expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false);
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
    }
  });
});

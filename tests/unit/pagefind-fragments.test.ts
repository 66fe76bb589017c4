import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { rewriteFragmentFile, rewriteFragments } from '../../src/lib/io/pagefind-fragments.ts';

/** A fragment file as Pagefind 1.6 writes one: gzip of its signature and the JSON. */
const fragmentFile = (json: unknown): Buffer => gzipSync(`pagefind_dcd${JSON.stringify(json)}`);
const read = (bytes: Uint8Array): unknown =>
  JSON.parse(
    gunzipSync(bytes)
      .toString('utf8')
      .replace(/^pagefind_dcd/u, ''),
  );

const PLAN = { url: '/plans/lishui/women/', content: 'bgvzbhtvy bgvzz', word_count: 2, meta: { title: '丽水' } };

describe('rewriteFragmentFile', () => {
  it('rewrites a fragment and keeps the other fields and the format', () => {
    const rewritten = rewriteFragmentFile(fragmentFile(PLAN), (fragment) => {
      fragment.content = '';
      fragment.meta['passages'] = '[]';
    });
    expect(read(rewritten)).toEqual({ ...PLAN, content: '', meta: { title: '丽水', passages: '[]' } });
  });

  it('rewrites each fragment of a group', () => {
    const rewritten = rewriteFragmentFile(fragmentFile({ a: PLAN, b: { ...PLAN, url: '/x/' } }), (fragment) => {
      fragment.content = fragment.url;
    });
    expect(read(rewritten)).toMatchObject({ a: { content: PLAN.url }, b: { content: '/x/' } });
  });

  it('refuses a file that is not a Pagefind fragment, naming it', () => {
    expect(() => rewriteFragmentFile(gzipSync('{}'), () => undefined, 'x.pf_fragment')).toThrow(/x\.pf_fragment/u);
    expect(() => rewriteFragmentFile(fragmentFile({ other: 1 }), () => undefined, 'y')).toThrow(
      /no Pagefind fragment/u,
    );
  });
});

describe('rewriteFragments', () => {
  const bundle = mkdtempSync(join(tmpdir(), 'plan-atlas-fragments-'));
  afterAll(() => {
    rmSync(bundle, { recursive: true, force: true });
  });

  it('rewrites every fragment file of a bundle and counts the bytes', () => {
    mkdirSync(join(bundle, 'fragment'));
    writeFileSync(join(bundle, 'fragment', 'zxx_1.pf_fragment'), fragmentFile(PLAN));
    writeFileSync(join(bundle, 'fragment', 'other.txt'), 'left alone');
    const counts = rewriteFragments(bundle, (fragment) => {
      fragment.content = '';
    });
    expect(counts.files).toBe(1);
    expect(counts.after).toBeLessThan(counts.before + 10);
    expect(read(readFileSync(join(bundle, 'fragment', 'zxx_1.pf_fragment')))).toMatchObject({ content: '' });
    expect(readFileSync(join(bundle, 'fragment', 'other.txt'), 'utf8')).toBe('left alone');
  });
});

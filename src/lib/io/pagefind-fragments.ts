/**
 * Rewriting Pagefind's fragment files after Pagefind has written them.
 *
 * The search page loads a record's fragment for every plan it shows, and two things Pagefind
 * does would make that, and the index, far larger than they need to be:
 * - it stores each record's `content` in its fragment (for its own excerpts). Plan Atlas
 *   indexes a plan as its distinct tokens (`indexTokens` in src/lib/search/han-text.ts), which
 *   the page never reads (it excerpts the passages itself), and they would double what a query
 *   downloads (~30 KB compressed per plan, as much as its text);
 * - it indexes every meta field as words (1.6's metadata search), and a plan's `passages`
 *   (its whole text as JSON) added ~40 % to the index in useless words.
 * So the index script gives Pagefind records without those meta fields, then empties
 * `content` and puts the fields into each fragment here. Pagefind has no option for either,
 * hence this pass over its output; the format (gzip of the signature `pagefind_dcd` and a JSON
 * fragment, or a JSON object of fragments) is Pagefind 1.6's (pinned in package.json), and
 * the search tests load the result in the browser.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A fragment as Pagefind wrote it: its URL and meta (other fields are left as they are). */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function isFragment(value: unknown): value is Fragment {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields['url'] === 'string' && typeof fields['content'] === 'string';
}

/** One fragment file's bytes with `rewrite` applied to each of its fragments. */
export function rewriteFragmentFile(
  bytes: Uint8Array,
  rewrite: (fragment: Fragment) => void,
  name = 'fragment',
): Uint8Array {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  const parsed = JSON.parse(text.slice(SIGNATURE.length)) as unknown;
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${name}: not a Pagefind fragment`);
  const fragments = isFragment(parsed) ? [parsed] : Object.values(parsed).filter(isFragment);
  if (fragments.length === 0) throw new Error(`${name}: no Pagefind fragment in it`);
  for (const fragment of fragments) {
    fragment.meta = typeof fragment.meta === 'object' ? fragment.meta : {};
    rewrite(fragment);
  }
  return gzipSync(`${SIGNATURE}${JSON.stringify(parsed)}`, { level: 9 });
}

/**
 * Applies `rewrite` to every fragment of the Pagefind bundle in `bundle`; returns how many
 * files there are and their bytes before and after.
 */
export function rewriteFragments(
  bundle: string,
  rewrite: (fragment: Fragment) => void,
): { files: number; before: number; after: number } {
  const folder = join(bundle, 'fragment');
  let before = 0;
  let after = 0;
  const names = readdirSync(folder).filter((name) => name.endsWith('.pf_fragment'));
  for (const name of names) {
    const path = join(folder, name);
    const bytes = readFileSync(path);
    const rewritten = rewriteFragmentFile(bytes, rewrite, path);
    writeFileSync(path, rewritten);
    before += bytes.length;
    after += rewritten.length;
  }
  return { files: names.length, before, after };
}

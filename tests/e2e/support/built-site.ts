import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_ROOT } from './site-content.ts';

/** The built site's folder. */
export const DIST = join(SITE_ROOT, process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist');

/** The HTML of a built page, by site path without the base (e.g. `/compare/`). */
export function builtPage(path: string): string {
  const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} is not built: run npm run build first`);
  return readFileSync(file, 'utf8');
}

/** A JSON file of the built site, e.g. `/data/targets.json`. */
export function builtJson(path: string): unknown {
  return JSON.parse(readFileSync(join(DIST, path), 'utf8'));
}

/** The attributes of each element whose start tag matches `pattern` (a regex source for the tag, e.g. `g class="chart-mark"`). */
export function startTags(html: string, pattern: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${pattern}[^>]*>`, 'g'))].map((match) =>
    Object.fromEntries([...match[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''])),
  );
}

/**
 * The JavaScript a built page ships, gzipped, in bytes: its inline scripts
 * and its external module scripts with every module they import statically.
 */
export function shippedJavaScriptGzip(path: string): number {
  const html = builtPage(path);
  const base = (process.env['PLAN_ATLAS_BASE'] ?? '/').replace(/\/+$/, '');
  const chunks: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    if (src === undefined) chunks.push(match[2] ?? '');
    else chunks.push(...moduleGraph(src.replace(base, '')));
  }
  // Inline module scripts may import chunks too.
  for (const chunk of [...chunks]) chunks.push(...importsOf(chunk, '/').flatMap((p) => moduleGraph(p)));
  return gzipSync(chunks.join('\n')).length;
}

function importsOf(code: string, from: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => {
    const target = m[1] ?? '';
    return target.startsWith('/') ? target : posix.join(posix.dirname(from), target);
  });
}

function moduleGraph(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const file = join(DIST, entry);
  if (!existsSync(file)) return [];
  const code = readFileSync(file, 'utf8');
  return [code, ...importsOf(code, entry).flatMap((next) => moduleGraph(next, seen))];
}

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Text files a web server can send precompressed (nginx `gzip_static` and
 * `brotli_static`). Pagefind's `.pf_*` files are left out: Pagefind already
 * writes them gzipped.
 */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.csv',
  '.txt',
  '.md',
  '.webmanifest',
]);

/** Files smaller than this gain nothing from compression (a response's headers are larger). */
const MIN_SIZE = 512;

/** Brotli quality: 9 compresses nearly as well as the maximum (11) in a tenth of the time. */
const BROTLI_QUALITY = 9;

/** What {@link precompressSite} wrote. */
export interface PrecompressResult {
  /** Files compressed. */
  files: number;
  /** Their total size, uncompressed, in bytes. */
  bytes: number;
  /** Total size of the `.gz` copies. */
  gzipBytes: number;
  /** Total size of the `.br` copies. */
  brotliBytes: number;
}

/**
 * Writes a `.gz` and a `.br` copy next to every compressible text file under
 * `dir` (see {@link COMPRESSIBLE_EXTENSIONS}) that is at least 512 bytes; a copy
 * is only written when it is smaller than the file.
 */
export function precompressSite(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  for (const name of names) {
    const path = join(dir, name);
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(name)) || !statSync(path).isFile()) continue;
    const content = readFileSync(path);
    if (content.length < MIN_SIZE) continue;
    const gzip = gzipSync(content, { level: 9 });
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    result.files++;
    result.bytes += content.length;
    if (gzip.length < content.length) {
      writeFileSync(`${path}.gz`, gzip);
      result.gzipBytes += gzip.length;
    }
    if (brotli.length < content.length) {
      writeFileSync(`${path}.br`, brotli);
      result.brotliBytes += brotli.length;
    }
  }
  return result;
}

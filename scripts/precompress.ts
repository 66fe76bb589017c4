// Writes `.gz` and `.br` copies of the built site's text files for servers that
// send precompressed files (nginx gzip_static / brotli_static; see deploy/nginx.conf).
// Runs at the end of `npm run build` and does nothing unless PLAN_ATLAS_PRECOMPRESS=1.
import { resolve } from 'node:path';
import { precompressSite } from '../src/lib/io/precompress.ts';

if (process.env['PLAN_ATLAS_PRECOMPRESS'] === '1') {
  const dir = resolve(process.cwd(), process.env['PLAN_ATLAS_OUT_DIR'] ?? 'dist');
  console.log(`Precompressing the text files in ${dir} (gzip and brotli) …`);
  const { files, bytes, gzipBytes, brotliBytes } = precompressSite(dir);
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  console.log(`  ${String(files)} files, ${mb(bytes)} MB → ${mb(gzipBytes)} MB gzip, ${mb(brotliBytes)} MB brotli`);
}

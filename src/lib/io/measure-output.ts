import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { summariseByType, type PageTypeSummary } from '../bench/page-types.ts';

/** Every file under `directory`, with its path relative to it (forward slashes) and its size. */
export function listOutputFiles(directory: string): { path: string; bytes: number }[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const full = join(directory, name);
    const stat = statSync(full);
    return stat.isFile() ? [{ path: relative(directory, full).split('\\').join('/'), bytes: stat.size }] : [];
  });
}

/** The built site in `directory` summarised by kind of file (largest file raw and gzip-compressed). */
export function measureOutput(directory: string): PageTypeSummary[] {
  return summariseByType(listOutputFiles(directory), (path) => gzipSync(readFileSync(join(directory, path))).length);
}

import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { normaliseFileText } from '../content/file-text.ts';
import { historyUnavailableReason, type CommittedFile, type FileHistory } from './read-git-history.ts';

function git(root: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: root,
    input,
    maxBuffer: 4 * 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** The folder holding every one of `files` (forward slashes), '.' where they share none. */
function commonFolder(files: readonly string[]): string {
  const folders = files.map((file) => posix.dirname(file).split('/'));
  const first = folders[0] ?? [];
  let length = first.length;
  for (const parts of folders) {
    let same = 0;
    while (same < length && parts[same] === first[same]) same++;
    length = same;
  }
  return length === 0 ? '.' : first.slice(0, length).join('/');
}

/** The texts of `blobs` (object ids), read by one `git cat-file --batch`. */
function readBlobs(root: string, blobs: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (blobs.length === 0) return texts;
  const output = git(root, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    const [id = '', type = '', size = '0'] = output.subarray(offset, end).toString('utf8').split(' ');
    if (type === 'missing') {
      offset = end + 1;
      continue;
    }
    const start = end + 1;
    // No BOM, `\n` line ends: a file re-saved on Windows is the same text (see normaliseFileText).
    texts.set(id, normaliseFileText(output.subarray(start, start + Number(size)).toString('utf8')));
    offset = start + Number(size) + 1;
  }
  return texts;
}

/** One file change of a `git log --raw` record: its new blob, status, path, and the path it was renamed from. */
interface RawChange {
  blob: string;
  status: string;
  path: string;
  from: string | null;
}

/** Parses a `--raw` line (`:100644 100644 <old> <new> M\tpath`, `R100\told\tnew`, or a merge's `::…` combined line). */
function parseRawLine(line: string): RawChange | null {
  if (!line.startsWith(':')) return null;
  const [meta = '', ...paths] = line.split('\t');
  const tokens = meta.replace(/^:+/, '').split(' ');
  const status = tokens.at(-1) ?? '';
  const blob = tokens.filter((token) => /^[0-9a-f]{40,64}$/.test(token)).at(-1) ?? '';
  const path = paths.at(-1) ?? '';
  return { blob, status, path, from: status.startsWith('R') && paths.length > 1 ? (paths[0] ?? null) : null };
}

/**
 * Every committed version of each of `files` (relative to `root`), oldest
 * first, read in one pass: one `git log --raw` over the files' common folder
 * and one `git cat-file --batch` for all their texts, instead of a `git log`
 * and a `git show` per file and version. Renames within that folder are
 * followed (like `git log --follow`); merges count as a version of a file only
 * where they changed it relative to every parent (`--cc`). Where Git history
 * is unavailable every file gets the same reason, after three quick checks.
 */
export function readFileHistories(root: string, files: readonly string[]): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>();
  if (files.length === 0) return histories;
  const reason = historyUnavailableReason(root);
  if (reason) {
    for (const file of files) histories.set(file, { available: false, reason, versions: [] });
    return histories;
  }
  const prefix = git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  const log = git(root, [
    'log',
    '--format=%x1e%H%x09%cI%x09%s',
    '--raw',
    '--no-abbrev',
    '-M',
    '--cc',
    '--',
    commonFolder(files),
  ]).toString('utf8');

  // Walk from the newest commit back, following each file's path through renames.
  const tracked = new Map<string, string>(files.map((file) => [prefix + file, file]));
  const found = new Map<string, (Omit<CommittedFile, 'text'> & { blob: string })[]>(files.map((file) => [file, []]));
  for (const record of log.split('\x1e').slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', date = '', subject = ''] = header.split('\t');
    const renames: [string, string, string][] = [];
    for (const change of lines.map(parseRawLine)) {
      if (!change) continue;
      const file = tracked.get(change.path);
      if (file === undefined || change.status.startsWith('D')) continue; // not followed, or deleted here
      found.get(file)?.push({ commit, date, subject, path: change.path.slice(prefix.length), blob: change.blob });
      if (change.from !== null) renames.push([change.path, change.from, file]);
    }
    for (const [path, from, file] of renames) {
      tracked.delete(path);
      tracked.set(from, file);
    }
  }

  const texts = readBlobs(root, [...new Set([...found.values()].flat().map((version) => version.blob))]);
  for (const [file, versions] of found) {
    histories.set(file, {
      available: true,
      versions: versions
        .flatMap(({ blob, ...version }) => {
          const text = texts.get(blob);
          return text === undefined ? [] : [{ ...version, text }];
        })
        .reverse(),
    });
  }
  return histories;
}

/**
 * The text of each of `files` (relative to `root`) in the last commit (HEAD),
 * read in one pass (`git ls-tree` and one `git cat-file --batch`); files not
 * committed are absent; empty where Git is unavailable.
 */
export function readCommittedTexts(root: string, files: readonly string[]): Map<string, string> {
  const committed = new Map<string, string>();
  if (files.length === 0 || historyUnavailableReason(root)) return committed;
  const prefix = git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-name', 'HEAD', '--', commonFolder(files)]).toString('utf8');
  const blobs = new Map<string, string>();
  for (const entry of listing.split('\0')) {
    const [meta = '', path = ''] = entry.split('\t');
    const blob = meta.split(' ')[2];
    if (blob !== undefined && path.startsWith(prefix)) blobs.set(path.slice(prefix.length), blob);
  }
  const wanted = files.flatMap((file) => {
    const blob = blobs.get(file);
    return blob === undefined ? [] : [[file, blob] as const];
  });
  const texts = readBlobs(root, [...new Set(wanted.map(([, blob]) => blob))]);
  for (const [file, blob] of wanted) {
    const text = texts.get(blob);
    if (text !== undefined) committed.set(file, text);
  }
  return committed;
}

import { execFileSync } from 'node:child_process';
import { normaliseFileText } from '../content/file-text.ts';

/** One committed version of a file. */
export interface CommittedFile {
  /** Full commit hash. */
  commit: string;
  /** Commit date (ISO 8601, committer time zone). */
  date: string;
  /** Commit subject line. */
  subject: string;
  /** Path of the file in that commit (it may have been renamed since). */
  path: string;
  /** The file's text in that commit (no BOM, `\n` line ends: see {@link normaliseFileText}). */
  text: string;
}

/** A file's Git history, oldest first, or why it is not available. */
export type FileHistory =
  { available: true; versions: CommittedFile[] } | { available: false; reason: string; versions: [] };

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Why Git history cannot be read at `root` (not a repository, shallow clone), or null when it can. */
export function historyUnavailableReason(root: string): string | null {
  try {
    if (git(root, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return 'not a Git work tree';
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return 'a shallow clone';
    git(root, ['rev-parse', '--verify', 'HEAD']);
    return null;
  } catch {
    return 'no Git repository (a tarball or an export)';
  }
}

/**
 * Every committed version of `file` (relative to `root`), following renames
 * (`git log --follow`), each read with `git show <commit>:<path>`.
 */
export function readFileHistory(root: string, file: string): FileHistory {
  const reason = historyUnavailableReason(root);
  if (reason) return { available: false, reason, versions: [] };
  const log = git(root, ['log', '--follow', '--format=%x1e%H%x09%cI%x09%s', '--name-only', '--', file]);
  const versions: CommittedFile[] = [];
  for (const record of log.split('\x1e').slice(1)) {
    const [header = '', ...rest] = record.split('\n');
    const [commit = '', date = '', subject = ''] = header.split('\t');
    const path = rest.map((line) => line.trim()).find((line) => line.length > 0) ?? file;
    let text: string;
    try {
      text = normaliseFileText(git(root, ['show', `${commit}:${path}`]));
    } catch {
      continue; // the commit deleted the file
    }
    versions.push({ commit, date, subject, path, text });
  }
  return { available: true, versions: versions.reverse() };
}

/** The text of `file` in the last commit (HEAD), or null where it is not committed or Git is unavailable. */
export function readCommittedText(root: string, file: string): string | null {
  if (historyUnavailableReason(root)) return null;
  try {
    return normaliseFileText(git(root, ['show', `HEAD:${file}`]));
  } catch {
    return null;
  }
}

import { readFrontMatter } from '../plan/read-front-matter.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';

function stable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/**
 * Compares a plan file with its last committed text: a change to the body or
 * to `indicators:` without a new version (a higher `version`, a new change
 * note first in `changes`, and `updated`) is an error that says what to add.
 */
export function checkUnversionedChange(file: string, committed: string, current: string, today: string): PlanIssue[] {
  const before = readFrontMatter(committed);
  const after = readFrontMatter(current);
  const textChanged = before.body.trim() !== after.body.trim();
  const targetsChanged = stable(before.data['indicators']) !== stable(after.data['indicators']);
  if (!textChanged && !targetsChanged) return [];
  const oldVersion = Number(before.data['version']);
  const newVersion = Number(after.data['version']);
  const oldNotes = Array.isArray(before.data['changes']) ? before.data['changes'].length : 0;
  const newNotes = Array.isArray(after.data['changes']) ? after.data['changes'].length : 0;
  if (newVersion > oldVersion && newNotes > oldNotes && after.data['updated'] !== before.data['updated']) return [];
  const what = [textChanged ? '正文' : null, targetsChanged ? '量化目标（indicators）' : null]
    .filter(Boolean)
    .join('和');
  const next = Number.isFinite(oldVersion) ? oldVersion + 1 : 2;
  return [
    {
      file,
      line: after.lineOf(['version']),
      field: 'version',
      message: `${what}已修改，但没有新的版本说明：请运行 npm run new-version -- ${file} "<修改说明>"，或手动把 version 改为 ${String(next)}、updated 改为 ${today}，并在 changes 最前面加一条 { date: ${today}, version: ${String(next)}, note: <修改说明> }`,
      severity: 'error',
    },
  ];
}

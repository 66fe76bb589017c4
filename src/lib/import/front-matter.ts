import type { PlanKind } from './plan-locator.ts';

/** The front matter of a plan file, as described in docs/content-model.md. */
export interface PlanFrontMatter {
  title: string;
  title_inferred: boolean;
  district: string;
  plan: PlanKind;
  period: { start: number; end: number };
  issuer: string | null;
  document_number: string | null;
  issued: string | null;
  notice: string | null;
  source: {
    file: string;
    original?: string;
    title_line: number | null;
    notice_lines: [number, number] | null;
    body_lines: [number, number];
  };
  version: number;
  updated: string;
  changes: { date: string; version: number; note: string }[];
}

/** A YAML scalar: plain where that is safe, otherwise double-quoted (JSON syntax is valid YAML). */
export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  const plainSafe =
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`\d]/u.test(value) &&
    !/[:#,[\]{}]/u.test(value) &&
    !/\s$/u.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~)$/iu.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** A `[a, b]` line range, or null. */
function range(value: [number, number] | null): string {
  return value ? `[${value[0]}, ${value[1]}]` : 'null';
}

/** Writes the front matter block (between `---` lines) of a plan file. */
export function writeFrontMatter(data: PlanFrontMatter): string {
  const lines = [
    '---',
    `title: ${yamlScalar(data.title)}`,
    `title_inferred: ${data.title_inferred}`,
    `district: ${yamlScalar(data.district)}`,
    `plan: ${data.plan}`,
    `period: { start: ${data.period.start}, end: ${data.period.end} }`,
    `issuer: ${yamlScalar(data.issuer)}`,
    `document_number: ${yamlScalar(data.document_number)}`,
    `issued: ${data.issued ?? 'null'}`,
  ];
  if (data.notice === null) lines.push('notice: null');
  else {
    lines.push('notice: |');
    for (const line of data.notice.split('\n')) lines.push(line === '' ? '' : `  ${line}`);
  }
  lines.push(
    'source:',
    `  file: ${yamlScalar(data.source.file)}`,
    ...(data.source.original === undefined ? [] : [`  original: ${yamlScalar(data.source.original)}`]),
    `  title_line: ${data.source.title_line ?? 'null'}`,
    `  notice_lines: ${range(data.source.notice_lines)}`,
    `  body_lines: ${range(data.source.body_lines)}`,
    `version: ${data.version}`,
    `updated: ${data.updated}`,
    'changes:',
    ...data.changes.map((c) => `  - { date: ${c.date}, version: ${c.version}, note: ${yamlScalar(c.note)} }`),
    'indicators: []',
    '---',
  );
  return `${lines.join('\n')}\n`;
}

/** The span `[start, end)` of the front matter from its `version:` line to (not including) its closing `---`. */
function editorialSpan(fileText: string): [number, number] | null {
  const close = /^---\s*$/mu.exec(fileText.slice(4));
  const version = /^version:/mu.exec(fileText);
  if (!fileText.startsWith('---\n') || !close || !version) return null;
  const end = 4 + close.index;
  return version.index < end ? [version.index, end] : null;
}

/**
 * A re-imported plan file that keeps the editorial keys of the file it
 * replaces: everything in the old front matter from `version:` to its end
 * (version, updated, changes, the reviewed `indicators:` and
 * `ignored_figures:`, with their comments), byte for byte. The importer writes
 * those keys last, so the rest (title, notice, source, body) is the fresh import.
 */
export function keepEditorialKeys(imported: string, existing: string): string {
  const fresh = editorialSpan(imported);
  const old = editorialSpan(existing);
  if (!fresh || !old) return imported;
  return imported.slice(0, fresh[0]) + existing.slice(old[0], old[1]) + imported.slice(fresh[1]);
}

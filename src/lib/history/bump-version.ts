import { parseDocument } from 'yaml';

/**
 * A plan file's text with its next version: `version` + 1, `updated` = today,
 * and a change note `{ date, version, note }` first in `changes`. The body and
 * the rest of the front matter are kept as they are.
 */
export function bumpVersion(text: string, note: string, today: string): { text: string; version: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/u.exec(text);
  if (!match) throw new Error('no front matter (--- … ---) at the start of the file');
  const yamlText = match[1] ?? '';
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) throw new Error(`front matter YAML: ${document.errors[0]?.message ?? ''}`);
  const current = document.get('version');
  const version = (typeof current === 'number' ? current : 0) + 1;
  document.set('version', version);
  document.set('updated', today);
  const changes = document.get('changes');
  const entry = document.createNode({ date: today, version, note }, { flow: true });
  if (changes && typeof changes === 'object' && 'items' in changes && Array.isArray(changes.items)) {
    changes.items.unshift(entry);
  } else {
    document.set('changes', document.createNode([{ date: today, version, note }]));
  }
  const front = document.toString({ lineWidth: 0 });
  return { text: `---\n${front}---${match[2] ?? '\n'}${text.slice(match[0].length)}`, version };
}

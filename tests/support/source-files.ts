import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMarkdownBody } from '../../src/lib/import/markdown-writer.ts';
import { ROOT } from './fixtures.ts';
import { importSourceText } from './import-source-text.ts';

/** The source texts in `data/sources/`: file name and text. */
export function sourceTexts(): { file: string; text: string }[] {
  const dir = join(ROOT, 'data', 'sources');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** The plan bodies imported from `text` (a source or a converted copy of it), as Markdown, one per plan. */
export function planBodies(text: string, sourceFile: string): string[] {
  return importSourceText(text, sourceFile).map((plan) => writeMarkdownBody(plan.body));
}

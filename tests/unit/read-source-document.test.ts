import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceDocument } from '../../src/lib/io/read-source-document.ts';
import { ROOT } from '../support/fixtures.ts';

describe('readSourceDocument', () => {
  it('reads a source text as it is', async () => {
    const path = join(ROOT, 'data', 'sources', '002_da7c13144ed0c76c.txt');
    const document = await readSourceDocument(path);
    expect(document.text === readFileSync(path, 'utf8')).toBe(true);
    expect(document).toMatchObject({ format: 'txt', encoding: 'UTF-8', notes: ['UTF-8, LF line endings'] });
  });

  it('reads a saved web page with its encoding', async () => {
    const document = await readSourceDocument(
      join(ROOT, 'tests', 'fixtures', 'source-text', 'html-article-by-text', 'input.html'),
    );
    expect(document).toMatchObject({ format: 'html', encoding: 'UTF-8' });
  });

  it('names the file in its errors', async () => {
    const path = join(ROOT, 'data', 'sources', 'README.md');
    await expect(readSourceDocument(path)).rejects.toThrow(`${path}：不支持的文件类型“.md”`);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { TargetRecordSchema } from '../../src/schema/target-record.ts';
import { ROOT } from '../support/fixtures.ts';

// The build writes the dataset under /data/, and every record's url leads to
// an element with that id on the built plan page.
const DATA = join(ROOT, 'dist', 'data');
const FILES = [
  'targets.json',
  'targets.csv',
  'indicators.json',
  'plans.json',
  'districts.json',
  'changes.json',
  'datapackage.json',
  'README.md',
];

function idsOf(page: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(readFileSync(page, 'utf8')), 'element', (node) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  return ids;
}

describe('dataset in the built site', () => {
  it('has every file under /data/', () => {
    for (const name of FILES) expect(existsSync(join(DATA, name)), name).toBe(true);
  });

  it('links every record to an existing anchor', () => {
    const records = (JSON.parse(readFileSync(join(DATA, 'targets.json'), 'utf8')) as unknown[]).map((r) =>
      TargetRecordSchema.parse(r),
    );
    const pages = new Map<string, Set<string>>();
    for (const record of records) {
      const [path, anchor] = record.url.split('#');
      expect(path, record.id).toMatch(/^\/plans\/[a-z-]+\/(women|children)\/$/u);
      const page = join(ROOT, 'dist', path ?? '', 'index.html');
      if (!pages.has(page)) pages.set(page, idsOf(page));
      expect(pages.get(page)?.has(anchor ?? ''), record.url).toBe(true);
    }
  });
});

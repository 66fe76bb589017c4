import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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
  'targets.csv.gz',
  'targets.json.gz',
  'district-names.json',
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

  it('writes the gzip copies, the per-province files and one comparison file per jurisdiction', () => {
    for (const name of ['targets.csv', 'targets.json']) {
      expect(gunzipSync(readFileSync(join(DATA, `${name}.gz`))).equals(readFileSync(join(DATA, name))), name).toBe(
        true,
      );
    }
    const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
    };
    const listed = descriptor.resources.map((resource) => resource.path);
    expect(listed.filter((path) => path.startsWith('provinces/')).length).toBeGreaterThan(0);
    for (const path of listed) expect(existsSync(join(DATA, path)), path).toBe(true);
    const names = JSON.parse(readFileSync(join(DATA, 'district-names.json'), 'utf8')) as [string, string, string][];
    for (const [slug] of names) expect(existsSync(join(DATA, 'districts', `${slug}.json`)), slug).toBe(true);
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

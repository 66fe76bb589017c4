import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';
import { FIXTURE_PLAN } from '../support/fixture-repo.ts';
import { buildFixtureSite, runCommand } from './support/fixture-site.ts';

// A fixture Git repository with one plan committed in four versions (original;
// wording only; a target value changed; a target added), built into a site.
const site = buildFixtureSite();
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});
const page = (path: string): string => readFileSync(join(site, 'dist', path), 'utf8');
const text = (html: string): string => html.replace(/<[^>]+>/gu, '');

interface RssItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
}

/** Parses an RSS 2.0 document and checks the elements the specification requires. */
function parseRss(xml: string): { title: string; link: string; items: RssItem[] } {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss?: { '@_version'?: string; channel?: { title?: string; link?: string; description?: string; item?: RssItem[] } };
  };
  expect(parsed.rss?.['@_version']).toBe('2.0');
  const channel = parsed.rss?.channel;
  expect(channel?.title).toBeTruthy();
  expect(channel?.link).toMatch(/^https?:\/\//u);
  expect(channel?.description).toBeTruthy();
  const items = channel?.item ?? [];
  for (const item of items) {
    expect(item.title).toBeTruthy();
    expect(item.link).toMatch(/^https?:\/\//u);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
  return { title: channel?.title ?? '', link: channel?.link ?? '', items };
}

describe('history pages of the fixture repository', () => {
  it('lists every version with its note', () => {
    const history = text(page('plans/fuxin-xihe/women/history/index.html'));
    for (const note of ['新增孕产妇死亡率2030年目标。', '措辞修改：第1条“良好”改为“优质”。', '首次发布。']) {
      expect(history).toContain(note);
    }
  });

  it('shows only the wording change in version 2', () => {
    const html = page('plans/fuxin-xihe/women/history/v2/index.html');
    expect(html).toContain('<del>良好</del>');
    expect(html).toContain('<ins>优质</ins>');
    expect(html).toContain('本版没有改动量化目标');
    expect(html.match(/<(ins|del)>/gu)).toHaveLength(2);
  });

  it('shows the changed target value in version 3', () => {
    const html = page('plans/fuxin-xihe/women/history/v3/index.html');
    const rows = html.match(/<tr data-indicator[^>]*>/gu) ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('data-indicator="maternal-mortality" data-year="2025" data-change="修改"');
    expect(text(html)).toContain('≤10.5/10万≤9.5/10万');
  });

  it('shows the added target in version 4', () => {
    const html = page('plans/fuxin-xihe/women/history/v4/index.html');
    const rows = html.match(/<tr data-indicator[^>]*>/gu) ?? [];
    expect(rows).toEqual(['<tr data-indicator="maternal-mortality" data-year="2030" data-change="新增">']);
  });

  it('publishes the two target-level changes in changes.json', () => {
    const changes = JSON.parse(page('data/changes.json')) as { id: string }[];
    expect(changes.map((change) => change.id)).toEqual([
      'fuxin-xihe/women/v4/maternal-mortality/2030',
      'fuxin-xihe/women/v3/maternal-mortality/2025',
    ]);
  });
});

describe('RSS feeds', () => {
  it('validate as RSS 2.0 and link to history pages', () => {
    const feed = parseRss(page('feed.xml'));
    expect(feed.items.map((item) => new URL(item.link).pathname)).toEqual([
      '/plans/fuxin-xihe/women/history/v4/',
      '/plans/fuxin-xihe/women/history/v3/',
      '/plans/fuxin-xihe/women/history/v2/',
      '/plans/fuxin-xihe/women/history/',
    ]);
    parseRss(page('plans/fuxin-xihe/women/feed.xml'));
    parseRss(page('districts/fuxin-xihe/feed.xml'));
  });

  it('carry the changes of an indicator in its feed', () => {
    const feed = parseRss(page('indicators/maternal-mortality/feed.xml'));
    expect(feed.items.map((item) => new URL(item.link).pathname)).toEqual([
      '/plans/fuxin-xihe/women/history/v4/',
      '/plans/fuxin-xihe/women/history/v3/',
    ]);
    expect(feed.items[1]?.description).toContain('≤10.5/10万 → ≤9.5/10万');
    expect(parseRss(page('indicators/infant-mortality/feed.xml')).items).toEqual([]);
  });

  it('of the real site are valid too', () => {
    const feed = parseRss(readFileSync(join(ROOT, 'dist', 'feed.xml'), 'utf8'));
    expect(feed.items.length).toBeGreaterThanOrEqual(9);
  });
});

describe('npm run check in the fixture repository', () => {
  const check = (): { status: number | null; output: string } =>
    runCommand(site, ['npm', 'run', 'check'], { PLAN_ATLAS_TODAY: '2030-01-01' });

  it('passes on the committed plan', () => {
    expect(check().status).toBe(0);
  });

  it('rejects an edited plan without a change note, naming the file and what to add', () => {
    const path = join(site, FIXTURE_PLAN);
    const committed = readFileSync(path, 'utf8');
    writeFileSync(path, committed.replace('享有优质的', '享有更好的'));
    try {
      const { status, output } = check();
      expect(status).toBe(1);
      expect(output).toContain(`${FIXTURE_PLAN}:16: version: 正文已修改，但没有新的版本说明`);
      expect(output).toContain(`npm run new-version -- ${FIXTURE_PLAN}`);
    } finally {
      writeFileSync(path, committed);
    }
  });
});

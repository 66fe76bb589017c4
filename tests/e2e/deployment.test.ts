import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { check, LinkState } from 'linkinator';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeployedSite } from './support/fixture-site.ts';

// The site built as staff deploy it: under a sub-path, with its public
// origin, with 纠错 links configured, and outside Git (as from a tarball).
const BASE = '/guihua/';
const SITE = 'https://www.example.gov.cn';
const { dir, webRoot, log } = buildDeployedSite({
  base: BASE,
  site: SITE,
  config: { report_error: { kind: 'email', address: 'guihua@example.gov.cn' } },
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const out = join(webRoot, BASE);

function files(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(folder, name));
}

/** Every URL in `href`, `src`, `action` and `content` attributes of a page. */
function urlsOf(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    for (const name of ['href', 'src', 'action', 'content']) {
      const value = node.properties[name];
      if (typeof value === 'string' && /^(\/|https?:)/u.test(value)) urls.push(value);
    }
  });
  return urls;
}

describe('a deployment under a base path', () => {
  it('builds outside Git with one clear warning and the change notes alone', () => {
    expect(log.match(/Git history is unavailable/gu)).toHaveLength(1);
    expect(readFileSync(join(out, 'plans/lishui/women/history/index.html'), 'utf8')).toContain('首次发布');
  });

  it('keeps every internal link, asset, feed and data file under the base path', () => {
    const escaped: string[] = [];
    for (const page of files(out, '.html')) {
      for (const url of urlsOf(readFileSync(page, 'utf8'))) {
        const internal = url.startsWith('/') || url.startsWith(SITE);
        const path = url.startsWith(SITE) ? url.slice(SITE.length) : url;
        if (internal && !path.startsWith(BASE)) escaped.push(`${relative(out, page)}: ${url}`);
      }
    }
    for (const feed of [...files(out, '.xml')]) {
      for (const [, url = ''] of readFileSync(feed, 'utf8').matchAll(/<(?:link|loc)>([^<]+)</gu)) {
        if (!url.startsWith(`${SITE}${BASE}`)) escaped.push(`${relative(out, feed)}: ${url}`);
      }
    }
    expect(escaped).toEqual([]);
  });

  it('has no broken internal link (crawled with linkinator)', async () => {
    const port = 45000 + Math.floor(Math.random() * 10000);
    const result = await check({
      // Relative to serverRoot: the crawl starts at the base path.
      path: BASE.replace(/^\/|\/$/gu, ''),
      serverRoot: webRoot,
      recurse: true,
      port,
      concurrency: 20,
      // Internal links only: external ones (e.g. the dataset licence's text on /data/) are not fetched.
      linksToSkip: ['^mailto:', `^https?://(?!localhost[:/]|${new URL(SITE).host.replaceAll('.', '\\.')}/)`],
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${SITE}`, 'u'), replacement: `http://localhost:${String(port)}` },
      ],
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (from ${link.parent ?? '?'})`);
    expect(broken).toEqual([]);
    expect(result.links.length).toBeGreaterThan(1000);
  }, 240_000);

  it('gives every target item and indicator table row a 纠错 link', () => {
    const plan = readFileSync(join(out, 'plans/fuxin-xihe/women/index.html'), 'utf8');
    let targetItems = 0;
    let withLink = 0;
    visit(fromHtml(plan), 'element', (node) => {
      const id = node.properties['id'];
      if (node.tagName !== 'li' || typeof id !== 'string' || !/-t\d+(-\d+)*$/u.test(id)) return;
      targetItems++;
      const links: unknown[] = [];
      visit(node, 'element', (child) => {
        const className = child.properties['className'];
        if (Array.isArray(className) && className.includes('report-link')) links.push(child);
      });
      if (links.length > 0) withLink++;
    });
    expect(targetItems).toBeGreaterThan(50);
    expect(withLink).toBe(targetItems);
    const indicator = readFileSync(join(out, 'indicators/maternal-mortality/index.html'), 'utf8');
    const rows = indicator.match(/<tr data-district="[^"]+" data-status="target"[\s\S]*?<\/tr>/gu) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row).toContain('href="mailto:guihua@example.gov.cn?subject=');
  });

  it('has canonical URLs, Open Graph and schema.org Dataset on /data/', () => {
    const plan = readFileSync(join(out, 'plans/lishui/women/index.html'), 'utf8');
    expect(plan).toContain(`<link rel="canonical" href="${SITE}${BASE}plans/lishui/women/">`);
    expect(plan).toContain(`<meta property="og:url" content="${SITE}${BASE}plans/lishui/women/">`);
    const data = readFileSync(join(out, 'data/index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(data)?.[1] ?? '{}';
    const dataset = JSON.parse(json) as { '@type': string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((d) => d.contentUrl)).toContain(`${SITE}${BASE}data/targets.csv`);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { buildDeployedSite } from './support/fixture-site.ts';
import { NGINX_CONF, startNginx, type NginxServer } from './support/nginx-server.ts';
import { waitForSearch } from './support/search.ts';

// The site as a 信息中心 serves it: built under /guihua/ with precompressed
// copies, served by a real nginx with deploy/nginx.conf, visited in Chromium.
const BASE = '/guihua/';
const { dir, webRoot } = buildDeployedSite({
  base: BASE,
  site: 'https://www.example.gov.cn',
  config: { report_error: null },
  env: { PLAN_ATLAS_PRECOMPRESS: '1' },
});
const out = join(webRoot, BASE);
const work = mkdtempSync(join(tmpdir(), 'plan-atlas-nginx-'));

let server: NginxServer | undefined;
let browser: Browser | undefined;
let setupError: unknown;
beforeAll(async () => {
  try {
    server = await startNginx(webRoot, work);
    browser = await launchChromium();
  } catch (error) {
    setupError = error;
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

function running(): { server: NginxServer; browser: Browser } {
  if (server && browser) return { server, browser };
  throw setupError instanceof Error ? setupError : new Error(`nginx or Chromium did not start: ${String(setupError)}`);
}

/** A raw HTTP response (no automatic decompression, no redirect following). */
interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const url = new URL(path, running().server.origin);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) flat[name] = [value ?? ''].flat().join(', ');
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The first built file under `folder` (relative to the site) whose name matches `pattern`. */
function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(join(out, folder), { recursive: true, encoding: 'utf8' }).find((file) => pattern.test(file));
  if (name === undefined) throw new Error(`no file matching ${String(pattern)} in ${folder}`);
  return `${BASE}${folder}/${name}`;
}

/** One page of each kind. */
const PAGES = [
  '',
  // Not districts/: it only forwards to regions/ (tests/e2e/regions.test.ts), which interrupts the next visit.
  'regions/',
  'regions/zhejiang/',
  'districts/lishui/',
  'plans/lishui/women/',
  'plans/lishui/women/history/',
  'compare/',
  'indicators/',
  'indicators/maternal-mortality/',
  'data/',
  'about/',
  'search/?q=托位',
];

describe('the site served by nginx with deploy/nginx.conf', () => {
  it('serves pages under the base path, redirects the bare base path, and answers unknown paths with the 404 page', async () => {
    const home = await get(BASE);
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('<html lang="zh-CN">');
    const bare = await get(BASE.slice(0, -1));
    expect([bare.status, bare.headers['location']]).toEqual([301, BASE]);
    const missing = await get(`${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(readFileSync(join(out, '404.html'), 'utf8'));
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends the security headers, with a CSP that allows exactly the inline scripts the site has', async () => {
    const response = await get(`${BASE}plans/lishui/women/`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = response.headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src [^;]*'self'/u);
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/u);
    // Every executable inline script of the build is allowed by its hash in the config.
    const hashes = new Set<string>();
    const withoutIcon: string[] = [];
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, name), 'utf8');
      // Every page names its icon (else browsers ask for /favicon.ico, outside the base path).
      if (!html.includes(`<link rel="icon" href="${BASE}favicon.svg"`)) withoutIcon.push(name);
      for (const [, attributes = '', code = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)) {
        if (/\bsrc=|type="application\/(ld\+)?json"/u.test(attributes)) continue;
        hashes.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      }
    }
    expect(withoutIcon).toEqual([]);
    expect(hashes.size).toBeGreaterThan(0);
    for (const hash of hashes) expect(csp, `${hash} missing from ${NGINX_CONF}`).toContain(hash);
  });

  it('gives hashed assets long cache lifetimes and pages, feeds and data short ones', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    const short = 'public, max-age=300';
    const cached = async (path: string): Promise<string> => {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      return response.headers['cache-control'] ?? '';
    };
    expect(await cached(builtFile('_astro', /\.css$/u))).toBe(immutable);
    expect(await cached(builtFile('pagefind', /\.pf_fragment$/u))).toBe(immutable);
    expect(await cached(builtFile('pagefind', /\.pf_meta$/u))).toBe(immutable);
    for (const path of ['', 'plans/lishui/women/', 'feed.xml', 'data/targets.csv', 'pagefind/pagefind.js']) {
      expect(await cached(`${BASE}${path}`), path).toBe(short);
    }
  });

  it('sends the right types: feeds, CSV with charset, Pagefind files, manifest, README', async () => {
    const type = async (path: string): Promise<string> => (await get(`${BASE}${path}`)).headers['content-type'] ?? '';
    expect(await type('feed.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(await type('plans/lishui/women/feed.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(await type('data/targets.csv')).toBe('text/csv; charset=utf-8');
    expect(await type('data/targets.json')).toBe('application/json; charset=utf-8');
    expect(await type('data/README.md')).toBe('text/markdown; charset=utf-8');
    expect(await type('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(await type('favicon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(await type('icon-32.png')).toBe('image/png');
    const fragment = await get(builtFile('pagefind', /\.pf_fragment$/u), { 'Accept-Encoding': 'gzip' });
    expect(fragment.headers['content-type']).toBe('application/octet-stream');
    // Pagefind unpacks its own gzipped files: no Content-Encoding on top.
    expect(fragment.headers['content-encoding']).toBeUndefined();
  });

  it('sends the precompressed .gz copies to browsers that accept gzip', async () => {
    for (const path of ['plans/lishui/women/index.html', 'data/targets.csv', 'feed.xml']) {
      const response = await get(`${BASE}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(response.headers['content-encoding'], path).toBe('gzip');
      // The very bytes of the build's .gz file (gzip_static), not compressed on the fly.
      expect(response.body.equals(readFileSync(join(out, `${path}.gz`))), path).toBe(true);
      expect(statSync(join(out, `${path}.br`)).size, path).toBeGreaterThan(0);
    }
    const plain = await get(`${BASE}data/targets.csv`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(out, 'data/targets.csv')))).toBe(true);
  });

  it('shows every kind of page in Chromium with no console error and no CSP violation', async () => {
    const page: Page = await running().browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/iu.test(message.text())) {
        problems.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${String(response.status())}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of PAGES) {
      const response = await page.goto(`${running().server.origin}${BASE}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      if (path.startsWith('search/')) {
        await waitForSearch(page);
        const results = await page.locator('[data-search-output] [data-result]').count();
        if (results === 0) problems.push(`${path}: the search showed no result`);
      }
    }
    // A result link lands on the plan page, where the highlighter (the hashed inline script) marks the words.
    await page.goto(`${running().server.origin}${BASE}plans/fuxin-xihe/children/?pagefind-highlight=托位#welfare-t4`);
    await page.waitForSelector('#welfare-t4 mark.search-hit');
    // The chart's PNG download draws the SVG through a blob: image.
    await page.goto(`${running().server.origin}${BASE}indicators/maternal-mortality/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-png-for]').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/u);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

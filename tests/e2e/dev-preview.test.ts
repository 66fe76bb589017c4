import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { cleanEnvironment, copyProject, ownCache } from './support/fixture-site.ts';
import { ROOT } from '../support/fixtures.ts';

// `npm run dev` while editing: an edit to a plan, data/districts.yaml or
// data/indicators.yaml shows on the next page load, without a restart.
// Runs `astro dev` in a copy of the project, so the edits touch nothing here.
const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-dev-'));
copyProject(dir, true);
cpSync(join(ROOT, 'plan-atlas.config.json'), join(dir, 'plan-atlas.config.json'));

let server: ChildProcess | undefined;
let origin = '';
let log = '';
let browser: Browser | undefined;
let setupError: unknown;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** Polls `check` every 250 ms until it is true; fails with `what` and the server's log after `limit` tries. */
async function waitFor(what: string, check: () => Promise<boolean>, limit = 240): Promise<void> {
  for (let attempt = 0; attempt < limit; attempt++) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) break;
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen. astro dev said:\n${log}`);
}

beforeAll(async () => {
  try {
    const port = await freePort();
    origin = `http://127.0.0.1:${String(port)}`;
    const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: dir,
      env: cleanEnvironment(ownCache(dir)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer): void => {
      log += chunk.toString();
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    // The first request of each page makes Vite compile it: warm up the three pages the tests read.
    for (const path of ['/plans/lishui/women/', '/districts/lishui/', '/indicators/maternal-mortality/']) {
      await waitFor(`astro dev serving ${path}`, async () => (await fetch(`${origin}${path}`)).ok);
    }
    browser = await launchChromium();
  } catch (error) {
    setupError = error;
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function session(): Browser {
  if (browser) return browser;
  throw setupError instanceof Error ? setupError : new Error(`astro dev did not start: ${String(setupError)}`);
}

/** The `<h1>` of a page as served now (the cheap check to poll). */
async function servedHeading(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) return `HTTP ${String(response.status)}`;
  return /<h1[^>]*>([^<]*)<\/h1>/u.exec(await response.text())?.[1] ?? '';
}

/**
 * The `<h1>` of a page loaded in a new Chromium tab (an open tab may be
 * reloaded by Vite at any moment after an edit, which would interrupt a visit).
 */
async function heading(path: string): Promise<string> {
  const tab = await session().newPage();
  try {
    const response = await tab.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    if (!response?.ok()) return `HTTP ${String(response?.status())}`;
    return (await tab.locator('h1').textContent()) ?? '';
  } finally {
    await tab.close();
  }
}

/** Waits until the page at `path` is served with the heading `expected`, then checks it in Chromium. */
async function expectHeadingAfterEdit(path: string, expected: string): Promise<void> {
  await waitFor(`${path} showing “${expected}”`, async () => (await servedHeading(path)) === expected);
  await waitFor(`Chromium showing “${expected}” at ${path}`, async () => (await heading(path)) === expected);
}

/** Replaces `from` by `to` in a file of the copy (the text must be there). */
function edit(file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the dev preview (npm run dev)', () => {
  it('shows an edit to a plan file on the next page load', async () => {
    const path = '/plans/lishui/women/';
    expect(await heading(path)).toBe('丽水市妇女发展“十四五”规划');
    edit('content/plans/lishui/women.md', 'title: 丽水市妇女发展“十四五”规划', 'title: 丽水市妇女发展规划（修改预览）');
    await expectHeadingAfterEdit(path, '丽水市妇女发展规划（修改预览）');
  }, 90_000);

  it('shows an edit to data/districts.yaml and data/indicators.yaml on the next page load', async () => {
    expect(await heading('/districts/lishui/')).toBe('浙江省丽水市');
    // Names come from the official division list; an entry's `name` overrides the short name.
    edit('data/districts.yaml', '- slug: lishui\n', '- slug: lishui\n  name: 丽水市（修改预览）\n');
    await expectHeadingAfterEdit('/districts/lishui/', '浙江省丽水市（修改预览）');
    expect(await heading('/indicators/maternal-mortality/')).toBe('孕产妇死亡率');
    edit('data/indicators.yaml', 'name: 孕产妇死亡率', 'name: 孕产妇死亡率（修改预览）');
    await expectHeadingAfterEdit('/indicators/maternal-mortality/', '孕产妇死亡率（修改预览）');
  }, 90_000);
});

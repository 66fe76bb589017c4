import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startPreviewSite, type PreviewSite } from './preview-server.ts';

/** The built site, served, and one browser page to visit it with. */
export interface BrowserSession {
  /** The preview server. */
  site: PreviewSite;
  /** The browser (one per test file). */
  browser: Browser;
  /** A page in a fresh context, reused by the file's tests. */
  page: Page;
}

/**
 * Starts the preview server (or the site `start` serves) and Chromium once for the calling test file
 * (`beforeAll`) and stops them afterwards (`afterAll`). Returns a getter for
 * the session: when set-up failed (no build, no Chromium), the getter throws
 * that error, so every test FAILS with it instead of being skipped.
 */
export function useBrowserSession<Site extends PreviewSite = PreviewSite>(
  contextOptions: BrowserContextOptions = {},
  start: () => Promise<Site> = startPreviewSite as () => Promise<Site>,
): () => BrowserSession & { site: Site } {
  let site: Site | undefined;
  let browser: Browser | undefined;
  let session: (BrowserSession & { site: Site }) | undefined;
  let setupError: unknown;

  beforeAll(async () => {
    try {
      site = await start();
      browser = await launchChromium();
      // A page from an explicit context (needed by @axe-core/playwright).
      const context = await browser.newContext(contextOptions);
      session = { site, browser, page: await context.newPage() };
    } catch (error) {
      setupError = error;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  return () => {
    if (session) return session;
    throw setupError instanceof Error ? setupError : new Error(`browser tests could not start: ${String(setupError)}`);
  };
}

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`). */
const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium's command-line flags for the browser tests: headless, offline, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH;
}

/**
 * Launches the system Chromium through playwright-core.
 * @throws {Error} when the executable is missing, saying how to install it
 *   (so the browser tests fail rather than being skipped).
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The browser tests need it: install Debian's Chromium ` +
        '(apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** Runs `action` and returns the URL of every request the page made meanwhile. */
export async function recordRequests(page: Page, action: () => Promise<unknown>): Promise<string[]> {
  const urls: string[] = [];
  const record = (request: Request): void => {
    urls.push(request.url());
  };
  page.on('request', record);
  try {
    await action();
  } finally {
    page.off('request', record);
  }
  return urls;
}

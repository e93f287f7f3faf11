/**
 * Starts Debian's Chromium through playwright-core (which downloads no browser of its own).
 * The flags keep it from calling home: this machine's network is closed, and tests must see
 * only the requests the page under test makes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Chromium 156 draws its address bar's popup as a web page of its own and preloads it in a
  // renderer of its own when a window opens: 200-260 ms of CPU that competed with the page under
  // test for this machine's two cores, at random, in about one fresh context in three (most of the
  // benchmark's spread came from it). A visitor's browser window is already up when a page loads.
  // (Chromium merges this list with Playwright's own --disable-features.)
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];

/** The Chromium binary: CHROMIUM_PATH, else the first one found on the usual paths. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

/** A headless browser for page tests. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * A persistent profile with the built extension loaded (MV3 needs a persistent context).
 * The extension id is the host of its service worker's URL.
 */
export async function launchWithExtension(extensionDir: string, options: { timeZone?: string } = {}): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'inclusio-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    // (The whole browser, service worker included, in the reader's zone: the machine's must not decide a test.)
    ...(options.timeZone ? { env: { ...process.env, TZ: options.timeZone } } : {}),
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

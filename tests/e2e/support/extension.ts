/**
 * Real-browser tests of the built extension. The tests use a build in the `e2e` mode
 * (.output/chrome-mv3-e2e): the same code, plus host access to 127.0.0.1, because a headless
 * browser cannot answer a permission prompt.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './chromium.ts';

const root = join(import.meta.dirname, '..', '..', '..');
export const E2E_BUILD = join(root, '.output', 'chrome-mv3-e2e');

/**
 * The instant the e2e build's clock starts from (entrypoints/shared/clock.ts): the tests never
 * depend on the day they run. Far enough ahead that no real alarm of the tests comes due.
 */
export const FIXED_NOW = '2030-03-04T09:00:00Z';

/** A day (YYYY-MM-DD) `offset` days after FIXED_NOW, for test events. */
export const fixedDay = (offset: number): string => new Date(Date.parse(FIXED_NOW) + offset * 86_400_000).toISOString().slice(0, 10);

/** Builds the e2e variant of the extension (a few seconds). */
export function buildForTests(): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, encoding: 'utf8', env: { ...process.env, INCLUSIO_FIXED_NOW: FIXED_NOW } });
  if (result.status !== 0) throw new Error(`wxt build --mode e2e failed:\n${result.stdout}\n${result.stderr}`);
}

export interface ExtensionHarness extends ExtensionSession {
  /** Opens an extension page (popup.html, options.html...). */
  open(path: string): Promise<Page>;
  /** Runs `fn` in an extension page, where chrome.* APIs are available. */
  run<T, A = undefined>(fn: (arg: A) => Promise<T> | T, arg?: A): Promise<T>;
  /** Waits until `fn` (run in an extension page) returns a truthy value. */
  until<T, A = undefined>(fn: (arg: A) => Promise<T> | T, arg?: A, what?: string): Promise<T>;
}

export async function startExtension(options: { timeZone?: string } = {}): Promise<ExtensionHarness> {
  buildForTests();
  const session = await launchWithExtension(E2E_BUILD, options);
  const { context, extensionId } = session;
  let helper: Page | undefined;
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  const helperPage = async () => (helper ??= await open('options.html'));
  const run = async <T, A>(fn: (arg: A) => Promise<T> | T, arg?: A): Promise<T> => (await helperPage()).evaluate(fn as never, arg as never) as Promise<T>;
  // Polls from Node: page.waitForFunction would treat the Promise of an async check as truthy.
  const until = async <T, A>(fn: (arg: A) => Promise<T> | T, arg?: A, what = 'condition'): Promise<T> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await run(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { ...session, open, run, until };
}

export type { BrowserContext };

/**
 * axe-core violations on an extension page. Evaluated through the debugging protocol, since the
 * page's CSP (script-src 'self') rightly refuses an injected <script>.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

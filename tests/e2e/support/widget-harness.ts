/**
 * Shared setup for the widget's real-browser tests: a local server with the built widget
 * under /widget/, pages and feeds registered per test, and helpers to read the shadow DOM.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { TEST_NOW } from './widget-fixtures.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const OUT = join(ROOT, '.output', 'widget');
const ENTRY = join(OUT, 'inclusio.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestSource(path) : st.mtimeMs);
  }
  return newest;
}

/** Builds the widget unless .output/widget/inclusio.js is newer than every source it comes from. */
export function ensureWidgetBuilt(): void {
  const sources = Math.max(newestSource(join(ROOT, 'widget')), newestSource(join(ROOT, 'lib')));
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= sources) return;
  execFileSync('npx', ['vite', 'build', '--config', 'widget/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** A server with the built widget at /widget/inclusio.js (and its chunks), plus `headers` on pages. */
export async function startWidgetServer(): Promise<TestServer> {
  const server = await startServer();
  for (const file of files(OUT)) {
    const path = `/widget/${relative(OUT, file).replaceAll('\\', '/')}`;
    server.serve(path, readFileSync(file), 'text/javascript; charset=utf-8');
  }
  return server;
}

export interface PageOptions {
  /** Attributes of each <inclusio-events>, one object per widget. */
  widgets: Array<Record<string, string>>;
  lang?: string;
  /** Extra CSS in a same-origin style sheet. */
  css?: string;
  csp?: string;
  body?: string;
}

const escapeAttr = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Registers a partner-like page at `path` and returns its URL. */
export function servePage(server: TestServer, path: string, options: PageOptions): string {
  const widgets = options.widgets
    .map((attrs) => `<inclusio-events ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}></inclusio-events>`)
    .join('\n');
  const cssPath = `${path}.css`;
  if (options.css) server.serve(cssPath, options.css, 'text/css');
  const html = `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><title>Partner events</title>
${options.css ? `<link rel="stylesheet" href="${cssPath}">` : ''}
<script type="module" src="/widget/inclusio.js"></script></head>
<body><main><h1>Our network</h1><h2>Events</h2>
${options.body ?? ''}
${widgets}
</main></body></html>`;
  server.serve(path, html, 'text/html; charset=utf-8', options.csp ? { 'content-security-policy': options.csp } : {});
  return server.url(path);
}

/**
 * Opens a page in a fresh context (own localStorage) and collects console messages and page
 * errors. The context's clock is installed at `now` (default TEST_NOW) before any navigation:
 * the widget's "today" is the test's, never the machine's. Time then flows at its real pace.
 */
export async function openPage(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; timezoneId?: string; locale?: string; now?: Date } = {}) {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 900 },
    timezoneId: options.timezoneId ?? 'Europe/Brussels',
    locale: options.locale ?? 'en-GB',
    acceptDownloads: true,
  });
  await context.clock.install({ time: options.now ?? TEST_NOW });
  const page = await context.newPage();
  const console: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (url) await page.goto(url);
  return { context, page, console, errors };
}

/** Waits until the n-th widget (0-based) shows at least one event card. */
export async function waitForEvents(page: Page, index = 0): Promise<void> {
  await page.locator('inclusio-events').nth(index).locator('li.event').first().waitFor({ timeout: 20_000 });
}

/**
 * Waits until the n-th widget has settled as a person sees it once the page stops changing: its
 * feeds read in full (or failed) and its list drawn whole, not only the first screenful. Tests
 * that are not about the first paint act from here; a click while a feed is still arriving is
 * widget-arrival.test.ts's subject.
 */
export async function waitForSettled(page: Page, index = 0): Promise<void> {
  await page.waitForFunction((i) => {
    const el = document.querySelectorAll('inclusio-events')[i] as (Element & { model?: { load: { value: { status: string } }; eager: { value: boolean } } }) | undefined;
    const status = el?.model?.load.value.status;
    return !!status && !['idle', 'loading', 'refreshing'].includes(status) && !el!.model!.eager.value;
  }, index, { timeout: 30_000 });
}

/**
 * Settles once the widget's save of its copy has run: the widget queues that task (a zero-delay
 * timer) as it sets its final status, so a zero-delay timer queued after that status runs after
 * it. Call once the status is final; unlike a fixed sleep it holds on a loaded machine.
 */
export async function afterSaveTask(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Waits until the widget has saved its copy of the feeds (it does so after it has read them in
 * full, which can be after the first events are on screen), so a reload can show them.
 */
export async function waitForSavedCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('inclusio:feeds:')), undefined, { timeout: 20_000 });
}

/** Injects axe-core and runs it over the whole page (shadow roots included). */
export async function runAxe(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[]; help: string }>> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/**
 * The demo partner page and the configurator as `npm start` serves them (strict CSP on every
 * page), and the configurator's snippet pasted into a plain page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { TEST_NOW } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, ROOT, runAxe, startWidgetServer, waitForEvents, waitForSettled } from './support/widget-harness.ts';

interface DemoServerModule {
  startDemoServer(options: { root: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
}
interface DemoSourcesModule {
  renderDemoSources(from: string, to: string, now?: Date): void;
}

let browser: Browser;
let demo: { server: Server; url: string };
let plain: TestServer;

beforeAll(async () => {
  ensureWidgetBuilt();
  // The sample feed, built the way `npm start` builds it.
  const { renderDemoSources } = (await import(join(ROOT, 'scripts', 'demo-sources.mjs') as string)) as DemoSourcesModule;
  renderDemoSources(join(ROOT, 'public', 'demo', 'sources'), join(ROOT, '.output', 'demo', 'sources'), TEST_NOW);
  execFileSync(process.execPath, [join(ROOT, 'bin', 'inclusio.mjs'), 'build', join(ROOT, '.output', 'demo', 'sources', 'sources.json'), '--out', join(ROOT, '.output', 'demo', 'feed')], { stdio: 'ignore' });
  const { startDemoServer } = (await import(join(ROOT, 'scripts', 'serve.mjs') as string)) as DemoServerModule;
  demo = await startDemoServer({ root: ROOT, port: 0 });
  plain = await startWidgetServer();
  plain.serve('/feed/feed.json', readFileSync(join(ROOT, '.output', 'demo', 'feed', 'feed.json')), 'application/json');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  demo?.server.close();
  await plain?.close();
});

const cspWatch = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

describe('demo partner page', () => {
  it('shows the network feed and a French month view under the strict CSP', async () => {
    const { page, errors, context } = await openPage(browser, '');
    await page.addInitScript(cspWatch);
    const response = await page.goto(demo.url);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await waitForEvents(page, 0);
    const second = page.locator('inclusio-events').nth(1);
    await second.locator('table.grid').waitFor();
    expect(await second.locator('.root').getAttribute('lang')).toBe('fr');
    expect(await second.getByRole('link', { name: 'S’abonner à ce calendrier' }).getAttribute('href')).toMatch(/^webcal:\/\/.*\/feed\/feed\.ics$/);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes axe-core', async () => {
    const html = readFileSync(join(ROOT, 'public', 'demo', 'index.html'), 'utf8');
    plain.serve('/demo.css', readFileSync(join(ROOT, 'public', 'demo', 'demo.css')), 'text/css');
    plain.serve('/feed/feed.ics', readFileSync(join(ROOT, '.output', 'demo', 'feed', 'feed.ics')), 'text/calendar');
    plain.serve('/demo.html', html, 'text/html; charset=utf-8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, plain.url('/demo.html'), { colorScheme });
      await waitForEvents(page, 0);
      await page.locator('inclusio-events').nth(1).locator('table.grid').waitFor();
      // axe walks a page that has stopped changing: both widgets' feeds read and drawn whole.
      await waitForSettled(page, 0);
      await waitForSettled(page, 1);
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('configurator', () => {
  it('updates the live preview and the snippet, and copies it', async () => {
    const { page, errors, context } = await openPage(browser, '');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo.url).origin });
    await page.addInitScript(cspWatch);
    await page.goto(`${demo.url}configurator.html`);
    const preview = page.locator('#preview inclusio-events');
    await waitForEvents(page);
    const snippet = page.locator('#snippet');
    expect(await snippet.textContent()).toBe(
      `<script type="module" src="${demo.url}widget/inclusio.js"></script>\n<inclusio-events src="${demo.url}feed/feed.json"></inclusio-events>`,
    );
    await page.locator('#config #lang').selectOption('fr');
    await page.locator('#config #view').selectOption('month');
    await page.getByLabel('Work and jobs', { exact: true }).check();
    await page.getByLabel('Partner calendars (iCalendar)').check();
    await expect.poll(() => preview.locator('.root').getAttribute('lang')).toBe('fr');
    await preview.locator('table.grid').waitFor();
    expect(await preview.getAttribute('topics')).toBe('labour');
    const text = await snippet.textContent();
    expect(text).toContain(`src="${demo.url}feed/feed.json ${demo.url}sources/partners.ics"`);
    expect(text).toContain('lang="fr" topics="labour" view="month"');
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('escapes whatever is typed as a feed address', async () => {
    const { page, context } = await openPage(browser, `${demo.url}configurator.html`);
    await page.getByLabel('Another feed address').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('https://');
    await page.getByLabel('Another feed address').fill('https://partner.example.org/a"b<img src=x onerror=alert(1)>.ics');
    await page.getByRole('button', { name: 'Add' }).click();
    const text = (await page.locator('#snippet').textContent()) ?? '';
    expect(text).toContain('partner.example.org');
    expect(text).not.toMatch(/<img|a"b/);
    expect(await page.locator('#snippet img, #feeds img').count()).toBe(0);
    await context.close();
  });

  it('produces a snippet that works pasted into a plain HTML page', async () => {
    const { page, context } = await openPage(browser, `${demo.url}configurator.html`);
    await page.locator('#config #lang').selectOption('de');
    await page.locator('#config #theme').selectOption('dark');
    const text = ((await page.locator('#snippet').textContent()) ?? '').replaceAll(demo.url, `${plain.origin}/`);
    await context.close();
    plain.serve('/pasted.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our events</title></head><body><h1>Events</h1>\n${text}\n</body></html>`, 'text/html; charset=utf-8');
    const opened = await openPage(browser, plain.url('/pasted.html'));
    await waitForEvents(opened.page);
    const root = opened.page.locator('inclusio-events .root');
    expect(await root.getAttribute('lang')).toBe('de');
    expect(await root.getAttribute('class')).toContain('theme-dark');
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('previews a feed on another origin, says plainly when its host blocks other sites, and its snippet works on a third origin', async () => {
    // The editor's own feed host: a static host with or without the CORS header.
    const host = await startServer();
    const feed = readFileSync(join(ROOT, '.output', 'demo', 'feed', 'feed.json'));
    host.serve('/open/feed.json', feed, 'application/json', { 'access-control-allow-origin': '*' });
    host.serve('/closed/feed.json', feed, 'application/json');
    // A host that sends the CORS header on every answer, its 404 pages included.
    host.route('/missing.json', (_req, res) => void res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('Not found'));
    host.serve('/login.html', '<!doctype html><title>Sign in</title><form><input name=user></form>', 'text/html', { 'access-control-allow-origin': '*' });
    const { page, context } = await openPage(browser, '');
    await page.addInitScript(cspWatch);
    await page.goto(`${demo.url}configurator.html`);
    await waitForEvents(page);
    const add = async (url: string) => {
      await page.getByLabel('Another feed address').fill(url);
      await page.getByRole('button', { name: 'Add' }).click();
      await expect.poll(() => page.locator('#feed-check').isVisible()).toBe(true);
      return (await page.locator('#feed-check').textContent()) ?? '';
    };
    expect(await add(host.url('/closed/feed.json'))).toContain('Access-Control-Allow-Origin: *');
    expect(await add(host.url('/missing.json'))).toContain('404');
    expect(await add(host.url('/login.html'))).toContain('a web page, not a calendar feed');
    // Only the readable feed stays ticked, and the preview shows its events.
    for (const url of [host.url('/closed/feed.json'), host.url('/missing.json'), host.url('/login.html')]) {
      await page.locator(`input[name="feed"][value="${url}"]`).uncheck();
    }
    await page.getByLabel('Inclusion Network Europe (all members)').uncheck();
    expect(await add(host.url('/open/feed.json'))).toContain('can be read from other sites');
    await page.locator('#accent').fill('#cc0033');
    const preview = page.locator('#preview inclusio-events');
    await expect.poll(() => preview.getAttribute('src')).toBe(host.url('/open/feed.json'));
    // Loaded from the editor's host, not the events of the feed shown before.
    await expect.poll(() => preview.evaluate((el) => (el as unknown as { model: { load: { value: { status: string } } } }).model.load.value.status), { timeout: 15_000 }).toBe('ready');
    await preview.locator('li.event').first().waitFor();
    const snippet = (await page.locator('#snippet').textContent()) ?? '';
    expect(snippet).toContain('accent="#cc0033"');
    expect(snippet).not.toContain('<style');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();

    // Pasted on a partner page on a third origin whose CSP names only the widget's and the feed's hosts.
    const partner = await startServer();
    const csp = `default-src 'self'; script-src ${new URL(demo.url).origin}; connect-src ${host.origin}; style-src 'self'`;
    partner.serve('/events.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><h1>Events</h1>\n${snippet}\n</body></html>`, 'text/html; charset=utf-8', { 'content-security-policy': csp });
    const pasted = await openPage(browser, '');
    await pasted.page.addInitScript(cspWatch);
    await pasted.page.goto(partner.url('/events.html'));
    await waitForEvents(pasted.page);
    // The accent arrives with its own chunk, and the button's colour eases into it.
    const accent = () => pasted.page.locator('inclusio-events .segmented button[aria-pressed="true"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(accent).toBe('rgb(204, 0, 51)');
    expect(await pasted.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(pasted.errors).toEqual([]);
    await pasted.context.close();
    await partner.close();
    await host.close();
  });

  it('passes axe-core', async () => {
    const html = readFileSync(join(ROOT, 'public', 'demo', 'configurator.html'), 'utf8');
    plain.serve('/configurator.css', readFileSync(join(ROOT, 'public', 'demo', 'configurator.css')), 'text/css');
    plain.serve('/configurator.js', readFileSync(join(ROOT, 'public', 'demo', 'configurator.js')), 'text/javascript');
    plain.serve('/configurator.html', html, 'text/html; charset=utf-8');
    const { page, context } = await openPage(browser, plain.url('/configurator.html'));
    await waitForEvents(page);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});

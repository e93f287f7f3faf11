/**
 * Feeds that fail: a 500 and a timeout after a good visit show the saved events with "last
 * updated" and a retry; a feed broken from the first visit shows a clear message and a
 * console warning; an unchanged feed costs a conditional request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, makeEvents, makeFeed, TEST_NOW, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, ROOT, servePage, startWidgetServer, waitForEvents, waitForSavedCopy } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
// From tomorrow: none of them may end while the test runs (an event over is not listed).
const body = JSON.stringify(makeFeed(makeEvents(12, dayAfter(todayIn(), 1))));
let mode: 'ok' | '500' | 'hang' = 'ok';
// A network's whole calendar: some 9 MB of JSON, more than a site's localStorage holds.
const bigBody = JSON.stringify(makeFeed(makeEvents(10_000, dayAfter(todayIn(), 1), 28)));
let bigMode: 'ok' | '500' = 'ok';

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.route('/flaky.json', (req, res) => {
    if (mode === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (mode === 'hang') return; // never answers
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(body);
  });
  server.route('/big.json', (_req, res) => {
    if (bigMode === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    res.writeHead(200, { 'content-type': 'application/json', etag: '"big1"' }).end(bigBody);
  });
  server.route('/broken.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"version": 1, "events": [oops'));
  server.route('/down.json', (_req, res) => void res.writeHead(503).end());
  // The demo's sample sources, dated around today the way `npm start` renders them.
  const { renderDemoSources } = (await import(join(ROOT, 'scripts', 'demo-sources.mjs') as string)) as { renderDemoSources(from: string, to: string, now?: Date): void };
  const rendered = join(ROOT, '.output', 'test-widget-sources');
  renderDemoSources(join(ROOT, 'public', 'demo', 'sources'), rendered, TEST_NOW);
  const types: Record<string, string> = { ics: 'text/calendar', html: 'text/html', rss: 'application/rss+xml', json: 'application/json' };
  for (const name of readdirSync(rendered)) server.serve(`/sources/${name}`, readFileSync(join(rendered, name)), `${types[name.split('.').pop()!] ?? 'text/plain'}; charset=utf-8`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('failing feeds', () => {
  it('shows the saved events with "last updated" and a retry when the feed answers 500, then recovers', async () => {
    mode = 'ok';
    const url = servePage(server, '/flaky-500.html', { widgets: [{ src: '/flaky.json' }] });
    const { page, console, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await waitForSavedCopy(page);
    await expect.poll(() => w.locator('li.event').count()).toBe(12);
    const titles = await w.locator('.event-title').allTextContents();

    mode = '500';
    await page.reload();
    await waitForEvents(page);
    await w.locator('.notice-stale').waitFor({ timeout: 20_000 });
    await expect.poll(() => w.locator('.event-title').allTextContents()).toEqual(titles);
    expect(await w.locator('.notice-stale').textContent()).toMatch(/Could not refresh the events\..*Last updated/);
    expect(console.some((m) => m.startsWith('warning: [inclusio]') && m.includes('500'))).toBe(true);

    mode = 'ok';
    await w.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => w.locator('.notice').count()).toBe(0);
    await expect.poll(() => w.locator('.event-title').allTextContents()).toEqual(titles);
    await context.close();
  });

  it('shows the saved events at once while a feed times out', async () => {
    mode = 'ok';
    const url = servePage(server, '/flaky-hang.html', { widgets: [{ src: '/flaky.json', timeout: '800' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    await waitForSavedCopy(page);
    mode = 'hang';
    await page.reload();
    // From the cache, before the feed could answer.
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    expect(await w.locator('.notice-stale').count()).toBe(0);
    await w.locator('.notice-stale').waitFor({ timeout: 20_000 });
    expect(await w.locator('li.event').count()).toBe(12);
    mode = 'ok';
    await context.close();
  });

  it('keeps a feed too big for the storage as its soonest events, and shows them when the feed is down', async () => {
    bigMode = 'ok';
    const url = servePage(server, '/big.html', { widgets: [{ src: '/big.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    await waitForSavedCopy(page);
    const saved = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('inclusio:feeds:'))!;
      const source = Object.values(JSON.parse(localStorage.getItem(key)!).sources)[0] as { events: Array<{ title: string }>; validators: object };
      return { count: source.events.length, titles: source.events.map((e) => e.title), validators: source.validators };
    });
    // Shortened, and without the ETag of the whole feed (a 304 must never stand for a part).
    expect(saved.count).toBeGreaterThan(100);
    expect(saved.count).toBeLessThan(10_000);
    expect(saved.validators).toEqual({});
    const w = page.locator('inclusio-events');
    const firstTitles = (await w.locator('.event-title').allTextContents()).slice(0, 10);
    expect(saved.titles).toEqual(expect.arrayContaining(firstTitles));

    bigMode = '500';
    await page.reload();
    await waitForEvents(page);
    await w.locator('.notice-stale').waitFor({ timeout: 20_000 });
    expect((await w.locator('.event-title').allTextContents()).slice(0, 10)).toEqual(firstTitles);
    bigMode = 'ok';
    await context.close();
  });

  it('revalidates through the browser cache (the browser sends If-None-Match itself) and keeps the events on 304', async () => {
    mode = 'ok';
    const url = servePage(server, '/etag.html', { widgets: [{ src: '/flaky.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const seen = server.requests.length;
    await page.reload();
    await waitForEvents(page);
    await expect.poll(() => server.requests.slice(seen).some((r) => r.path === '/flaky.json' && r.headers['if-none-match'] === '"v1"')).toBe(true);
    const w = page.locator('inclusio-events');
    await expect.poll(() => w.locator('.notice').count()).toBe(0);
    expect(await w.locator('li.event').count()).toBe(12);
    await context.close();
  });

  it.each([
    ['/broken.json', 'not valid JSON'],
    ['/down.json', '503'],
  ])('explains a feed broken from the start (%s) instead of a blank box', async (src, detail) => {
    const url = servePage(server, `/broken-${src.slice(1, 5)}.html`, { widgets: [{ src, timeout: '2000' }] });
    const { page, console, context } = await openPage(browser, url);
    const w = page.locator('inclusio-events');
    const alert = w.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('The events could not be loaded.');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(console.some((m) => m.startsWith('warning: [inclusio]') && m.toLowerCase().includes(detail.toLowerCase()))).toBe(true);
    await context.close();
  });

  it('says so when no feed address is given', async () => {
    const url = servePage(server, '/nosrc.html', { widgets: [{ lang: 'it' }] });
    const { page, console, context } = await openPage(browser, url);
    const w = page.locator('inclusio-events');
    await expect.poll(() => w.locator('.notice-no-source').textContent()).toBe('Non è stato indicato alcun indirizzo di calendario.');
    expect(console.some((m) => m.startsWith('warning: [inclusio] no feed'))).toBe(true);
    await context.close();
  });

  it('merges feeds in every format: iCalendar, feed JSON, a page with JSON-LD and RSS news', async () => {
    const src = '/sources/partners.ics /sources/network.json /sources/event-page.html /sources/news.rss';
    const url = servePage(server, '/formats.html', { widgets: [{ src, past: 'false', max: '200' }] });
    const { page, console, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await expect.poll(() => w.locator('.notice').count(), { timeout: 20_000 }).toBe(0);
    const titles = await w.locator('.event-title').allTextContents();
    // One from each source format.
    expect(titles).toContain('Willkommensabend für neu Zugewanderte'); // JSON-LD page
    expect(titles.some((t) => t.startsWith('Atelier'))).toBe(true); // feed JSON
    expect(titles.some((t) => t.startsWith('Language café'))).toBe(true); // ICS (weekly RRULE)
    expect(new Set(titles).size).toBeGreaterThan(10);
    // The .ics source can be subscribed to.
    expect(await w.getByRole('link', { name: 'Subscribe to this calendar' }).getAttribute('href')).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/sources\/partners\.ics$/);
    expect(console.filter((m) => m.startsWith('error'))).toEqual([]);
    await context.close();
  });
});

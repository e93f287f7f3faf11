/**
 * The first screen of a long feed.json is drawn from the start of the answer, before the rest has
 * arrived: a visitor on a slow line sees events while a 3,000-event feed is still downloading.
 * While only those first events are shown the widget does not claim a count it does not know;
 * once the feed is read in full it lists and counts all of it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, makeEvents, makeFeed, TEST_NOW, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, servePage, startWidgetServer } from './support/widget-harness.ts';

const TOTAL = 3_000;
/** Bytes sent at once; the rest waits until the test lets it go. */
const FIRST_BYTES = 48 * 1024;

let browser: Browser;
let server: TestServer;
let release: () => void = () => undefined;

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  const body = Buffer.from(JSON.stringify(makeFeed(makeEvents(TOTAL, dayAfter(todayIn(), -2), 12))));
  // As strict as a static host: GET and HEAD only (no preflight is answered).
  server.route('/held.json', async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.write(body.subarray(0, FIRST_BYTES));
    await new Promise<void>((resolve) => (release = resolve));
    res.end(body.subarray(FIRST_BYTES));
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  release();
  await browser?.close();
  await server?.close();
});

describe('first paint from the start of the answer', () => {
  it('shows the first events while the feed is still arriving, then all of them with their count', async () => {
    const url = servePage(server, '/held.html', { widgets: [{ src: '/held.json' }] });
    const { page, context, errors } = await openPage(browser, '', { now: TEST_NOW });
    await page.goto(url);
    const w = page.locator('inclusio-events');
    await w.locator('li.event').first().waitFor({ timeout: 20_000 });

    // The body is still held by the server: what is on screen came from its first bytes.
    const shown = await w.locator('li.event').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(TOTAL);
    expect(await w.locator('li.event .event-title').first().innerText()).not.toBe('');
    // No count is claimed while the feed's size is unknown.
    expect((await w.locator('p[role="status"]').innerText()).trim()).toBe('');

    release();
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('inclusio-events') as HTMLElement & { events: unknown[] }).events.length), { timeout: 30_000 })
      .toBe(TOTAL);
    // Upcoming events only: the feed starts two days back.
    await expect.poll(() => w.locator('p[role="status"]').innerText(), { timeout: 10_000 }).toMatch(/^2,9\d\d events$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

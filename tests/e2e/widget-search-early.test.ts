/**
 * The search code is not in the widget's initial file (it comes in its own chunk when the page is
 * idle or with the first query). A visitor who types as soon as the first events show must still
 * get the right results: until the code is here the rows drawn stay as they are (no flash of
 * "No events match"), then the list is what the query finds. A chunk that failed to load (a
 * dropped connection) is asked for again by the next keystroke.
 */
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../lib/query/search.ts';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, servePage, startWidgetServer } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
// From tomorrow: every event is upcoming, so the list is what the search finds, in feed order.
const events = makeEvents(120, dayAfter(todayIn(), 1));
// (With its query string too: a failed chunk is asked for again under an address of its own.)
const SEARCH_CHUNK = /\/widget\/chunks\/search-[^/?]+\.js(?:\?[^/]*)?$/;

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.serve('/feed.json', JSON.stringify(makeFeed(events)), 'application/json');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The ids the library's own search finds for a query, in feed order. */
const expectedIds = (query: string) => createSearchIndex(events)(query).map((e) => e.id);

/** Every row drawn, once the changed list has drawn its whole page (not only its first screenful). */
async function drawnIds(w: Locator): Promise<string[]> {
  return w.locator('li.event [data-open]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-open') ?? ''));
}

/** Two frames: anything the widget would redraw after a keystroke is on screen by then. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function openWidget(hold: (route: Route) => Promise<void> | void) {
  const url = servePage(server, `/search-${Math.random().toString(36).slice(2)}.html`, { widgets: [{ src: '/feed.json' }] });
  const { page, context, errors } = await openPage(browser, '');
  const asked: string[] = [];
  await context.route(SEARCH_CHUNK, (route) => {
    asked.push(route.request().url());
    return hold(route);
  });
  await page.goto(url);
  const w = page.locator('inclusio-events');
  await w.locator('li.event').first().waitFor({ timeout: 20_000 });
  return { page, context, errors, w, asked };
}

describe('a search typed before its code came', () => {
  it.each([
    { query: 'bologna' },
    { query: 'CAFÉ Bologna' },
    { query: 'housing rights' },
  ])('keeps the drawn rows while the code is on its way, then lists what "$query" finds', async ({ query }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, context, errors, w, asked } = await openWidget(async (route) => {
      await held;
      await route.continue();
    });
    try {
      // Typed the moment the first events show.
      await w.getByRole('searchbox').fill(query);
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      const before = await drawnIds(w);
      await twoFrames(page);
      expect(await drawnIds(w)).toEqual(before);
      expect(before.length).toBeGreaterThan(0);
      expect(await w.locator('.empty').count()).toBe(0);

      release();
      const wanted = expectedIds(query);
      expect(wanted.length).toBeGreaterThan(0);
      // Fewer than a page: every result is drawn.
      expect(wanted.length).toBeLessThan(25);
      await expect.poll(() => drawnIds(w), { timeout: 10_000 }).toEqual(wanted);
      expect(await w.locator('[role=status]').textContent()).toBe(`${wanted.length} ${wanted.length === 1 ? 'event' : 'events'}`);
      expect(errors).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });

  it('typed at once with nothing held, gives the same results', async () => {
    const { context, errors, w } = await openWidget((route) => route.continue());
    try {
      await w.getByRole('searchbox').fill('bologna');
      const wanted = expectedIds('bologna');
      await expect.poll(() => drawnIds(w), { timeout: 10_000 }).toEqual(wanted);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks for the code again with the next keystroke when its chunk failed to load', async () => {
    let fail = true;
    const { page, context, errors, w, asked } = await openWidget((route) => (fail ? route.abort('connectionreset') : route.continue()));
    try {
      const search = w.getByRole('searchbox');
      await search.fill('bolog');
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      const before = await drawnIds(w);
      await twoFrames(page);
      expect(await drawnIds(w)).toEqual(before);
      expect(await w.locator('.empty').count()).toBe(0);
      const failed = asked.length;

      fail = false;
      await search.fill('bologna');
      await expect.poll(() => drawnIds(w), { timeout: 10_000 }).toEqual(expectedIds('bologna'));
      expect(asked.length).toBeGreaterThan(failed);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * A visitor on a slow line clicks while the feed is still arriving: the first events are drawn
 * from the start of the answer (preview), the rest comes later. Their click must count, an open
 * event must stay open, and the rows must not move under the pointer when the rest arrives or
 * when the widget's texts come. Real Chromium, the page's clock at NOW (support/ui-fixtures.ts),
 * answers held by a host as strict as a static one (support/held-answer.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { holdAnswer } from './support/held-answer.ts';
import { IDS, uiContext, uiEvents } from './support/ui-fixtures.ts';
import { makeEvents, makeFeed } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, ROOT, servePage, startWidgetServer } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;

/** The visitor-facing events (without the 1 MB title) and a long tail: the rest of a network's year. */
const EVENTS: InclusionEvent[] = [
  ...uiEvents().filter((e) => e.id !== IDS.long),
  ...makeEvents(2_000, '2027-04-01', 12).map((e, i) => ({ ...e, id: `later-${i}` })),
];
const FEED = JSON.stringify(makeFeed(EVENTS));
/** Bytes a slow line has delivered when the first events are drawn: today's events and a first screen. */
const FIRST_BYTES = 48 * 1024;

const REASON = {
  en: 'Mentions “refugees” and “legal advice”',
  ar: 'يذكر «\u2068refugees\u2069» و«\u2068legal advice\u2069»',
} as const;

/** The built widget's chunk of Arabic texts, as the widget server serves it. */
const chunks = join(ROOT, '.output', 'widget', 'chunks');
let arabicTexts = { path: '', body: Buffer.alloc(0) };
const serveArabicTexts = () => server.serve(arabicTexts.path, arabicTexts.body, 'text/javascript; charset=utf-8');

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  const name = readdirSync(chunks).find((f) => /^ar-[\w-]+\.js$/.test(f));
  if (!name) throw new Error('no Arabic texts chunk in the built widget');
  arabicTexts = { path: `/widget/chunks/${name}`, body: readFileSync(join(chunks, name)) };
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let pages = 0;
/** A partner page whose feed arrives in two parts: the first bytes now, the rest on release(). */
async function openHeld(lang: 'en' | 'ar', onPage?: (page: Page) => void) {
  const feed = `/held-${pages}.json`;
  const held = holdAnswer(server, feed, FEED, 'application/json', FIRST_BYTES);
  const url = servePage(server, `/arrival-${pages++}.html`, { widgets: [{ src: feed, lang }], csp: "default-src 'self'" });
  const { context, page, errors } = await uiContext(browser);
  onPage?.(page);
  await page.goto(url);
  const w = page.locator('inclusio-events');
  return { context, page, errors, w, held };
}

/** The events the widget has read (its model), and the count line the visitor reads. */
const eventsRead = (page: Page) => page.evaluate(() => (document.querySelector('inclusio-events') as HTMLElement & { events: unknown[] }).events.length);
const countLine = (page: Page) => page.locator('inclusio-events p[role="status"]').innerText();

const row = (id: string) => `li.event[data-id="${id}"]`;

describe('a click while the feed is still arriving', () => {
  it.each(['en', 'ar'] as const)('counts a press held while the rest arrives: the row does not move under it (%s)', async (lang) => {
    serveArabicTexts();
    const { context, page, errors, w, held } = await openHeld(lang);
    const title = w.locator(`${row(IDS.rlo)} .link-button`);
    await title.waitFor({ timeout: 20_000 });
    // Drawn from the first bytes: the feed's size is not known yet, so no count is said.
    expect((await countLine(page)).trim()).toBe('');
    const before = (await title.boundingBox())!;
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    held.release();
    // The list a person waits for: every event read, and counted.
    await expect.poll(() => eventsRead(page), { timeout: 30_000 }).toBe(EVENTS.length);
    await expect.poll(() => countLine(page), { timeout: 10_000 }).not.toBe('');
    expect(await title.boundingBox()).toEqual(before);
    await page.mouse.up();
    await w.locator('.why').waitFor();
    expect(await w.locator('.why li').allTextContents()).toEqual([REASON[lang]]);
    expect(new URL(page.url()).hash).toBe(`#event=${IDS.rlo}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an event opened from the first events open when the rest arrives, then lists all of them', async () => {
    const { context, page, errors, w, held } = await openHeld('en');
    await w.locator(`${row(IDS.rlo)} .link-button`).click({ timeout: 20_000 });
    await w.locator('.why').waitFor();
    expect(await eventsRead(page)).toBeLessThan(EVENTS.length);
    const detail = (await w.locator('.detail').elementHandle())!;
    held.release();
    await expect.poll(() => eventsRead(page), { timeout: 30_000 }).toBe(EVENTS.length);
    // The same detail, not drawn again: what the visitor reads (and where their focus is) stays.
    expect(await detail.evaluate((d) => d.isConnected)).toBe(true);
    expect(await w.locator('.why li').allTextContents()).toEqual([REASON.en]);
    expect(await w.locator('.detail-title').textContent()).toContain('Legal clinic');
    await w.getByRole('button', { name: 'Back to events' }).click();
    await w.locator(row(IDS.rlo)).waitFor();
    // Upcoming events only: the morning session is over at NOW.
    await expect.poll(() => countLine(page)).toBe(`${(EVENTS.length - 1).toLocaleString('en-US')} events`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the widget’s texts arriving after the feed', () => {
  it('draws the first events in Arabic, right to left, never in English first', async () => {
    const texts = holdAnswer(server, arabicTexts.path, arabicTexts.body, 'text/javascript; charset=utf-8');
    const { context, page, errors, w, held } = await openHeld('ar');
    held.release();
    // The events are read, the texts are not here: nothing is drawn that would be redrawn.
    await expect.poll(() => eventsRead(page), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(texts.requests).toBe(1);
    expect(await w.locator('.root').count()).toBe(0);
    texts.release();
    const title = w.locator(`${row(IDS.rlo)} .link-button`);
    await title.waitFor();
    expect(await w.locator('.root').getAttribute('dir')).toBe('rtl');
    const first = await title.boundingBox();
    await expect.poll(() => eventsRead(page), { timeout: 30_000 }).toBe(EVENTS.length);
    await expect.poll(() => countLine(page), { timeout: 10_000 }).not.toBe('');
    expect(await title.boundingBox()).toEqual(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the events in English, with a warning, when the texts cannot be loaded', async () => {
    server.route(arabicTexts.path, (_req, res) => void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
    const warnings: string[] = [];
    const { context, page, w, held } = await openHeld('ar', (p) => p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())));
    held.release();
    await w.locator(row(IDS.rlo)).waitFor({ timeout: 20_000 });
    expect(await w.locator('.root').getAttribute('dir')).toBe('ltr');
    await expect.poll(() => countLine(page), { timeout: 30_000 }).toBe(`${(EVENTS.length - 1).toLocaleString('en-US')} events`);
    expect(warnings.some((t) => t.includes('could not load the "ar" texts'))).toBe(true);
    await context.close();
    serveArabicTexts();
  });
});

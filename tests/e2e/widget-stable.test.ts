/**
 * Rows that stay put while a visitor points at, presses in or has focus in the widget, on a
 * partner's page as it is deployed: the page, the widget's files and the feeds each on their own
 * origin, every one a strict static host (GET/HEAD only, ETag, OPTIONS refused), the page under a
 * strict CSP, the page's clock installed at TEST_NOW (Playwright's clock). Three things used to
 * move the rows under a press, so the click reached nothing: (1) a "could not refresh" or
 * "partial" notice above a saved list, (2) new events a refresh inserts, (3) the widget's texts
 * coming after 3 s (English left to right, then Arabic right to left).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { startStaticHost, type StaticHost } from '../support/static-host.ts';
import { launchBrowser } from './support/chromium.ts';
import { startHoldingHost, type HeldPath, type HoldingHost } from './support/holding-host.ts';
import { dayAfter, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, ROOT, waitForSavedCopy, waitForSettled } from './support/widget-harness.ts';

let browser: Browser;
let partner: StaticHost;
let widget: HoldingHost;
let feeds: HoldingHost;
/** The widget's chunk of Arabic texts, as its host serves it. */
let arabicTexts = '';

const OUT = join(ROOT, '.output', 'widget');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** From tomorrow: nothing ends while a test runs. Three a day, at 08:00, 11:00 and 14:00. */
const tomorrow = dayAfter(todayIn(), 1);
const SAVED = makeEvents(30, tomorrow, 3);
/** What the next refresh brings: two events early tomorrow, above every saved row. */
const NEW: InclusionEvent[] = makeEvents(2, tomorrow, 2).map((e, i) => ({
  ...e,
  id: `new-${i}`,
  title: i === 0 ? 'Breakfast for new volunteers' : 'Drop-in advice before work',
  start: `${tomorrow}T0${6 + i}:00`,
  end: `${tomorrow}T0${7 + i}:00`,
  allDay: false,
  timeZone: 'Europe/Brussels',
}));
const feedOf = (events: InclusionEvent[]) => JSON.stringify(makeFeed(events));
/** The row the visitor presses: on the second day, below the rows a refresh could add or a notice push. */
const PRESSED = 'ev-4';

beforeAll(async () => {
  ensureWidgetBuilt();
  widget = await startHoldingHost();
  feeds = await startHoldingHost();
  for (const file of files(OUT)) widget.put(`/inclusio/${relative(OUT, file).replaceAll('\\', '/')}`, readFileSync(file), 'text/javascript; charset=utf-8');
  const name = readdirSync(join(OUT, 'chunks')).find((f) => /^ar-[\w-]+\.js$/.test(f));
  if (!name) throw new Error('no Arabic texts chunk in the built widget');
  arabicTexts = `/inclusio/chunks/${name}`;
  // Only the widget's origin may run script; only the feeds' may be fetched from.
  const csp = `default-src 'none'; script-src ${widget.origin}; connect-src ${feeds.origin}; img-src 'self'; base-uri 'none'; form-action 'none'`;
  partner = await startStaticHost({ cors: false, headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': csp } : {}) });
  partner.put('/favicon.ico', { body: Buffer.from('AAABAAEAAQEAAAEAGAAwAAAAFgAAACgAAAABAAAAAgAAAAEAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/AAAAAAA=', 'base64'), contentType: 'image/x-icon' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([partner?.close(), widget?.close(), feeds?.close()]);
});

let pages = 0;
/** A partner page with one widget reading `srcs` (paths on the feed host), in `lang`. */
function partnerPage(srcs: string[], lang: string): string {
  const path = `/events-${pages++}.html`;
  const src = srcs.map((s) => feeds.url(s)).join(' ');
  partner.put(path, {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Partner events</title>
<script type="module" src="${widget.url('/inclusio/inclusio.js')}"></script></head>
<body><main><h1>Our network</h1><h2>Events</h2>
<inclusio-events src="${src}" lang="${lang}"></inclusio-events>
</main></body></html>`,
  });
  return partner.url(path);
}

/** Every writing direction the widget's root has had, in order (recorded in the page). */
async function recordDirections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __dirs: string[] };
    w.__dirs = [];
    void customElements.whenDefined('inclusio-events').then(() => {
      const root = document.querySelector('inclusio-events')!.shadowRoot!;
      const note = () => {
        const dir = root.querySelector('.root')?.getAttribute('dir');
        if (dir && w.__dirs[w.__dirs.length - 1] !== dir) w.__dirs.push(dir);
      };
      new MutationObserver(note).observe(root, { subtree: true, childList: true, attributes: true });
      note();
    });
  });
}
const directions = (page: Page) => page.evaluate(() => (window as unknown as { __dirs: string[] }).__dirs);

/** A first visit that reads the feeds and saves them: the next visit draws them at once. */
async function visitOnce(srcs: string[], lang = 'en', phone = false) {
  const url = partnerPage(srcs, lang);
  const opened = await openPage(browser, url, phone ? { viewport: { width: 390, height: 844 } } : {});
  await waitForSettled(opened.page);
  await waitForSavedCopy(opened.page);
  return { ...opened, url, w: opened.page.locator('inclusio-events') };
}

const titleOf = (w: Locator, id: string) => w.locator(`li.event[data-id="${id}"] .link-button`);
/** The id of the widget's focused control (its data-open), if any. */
const focusedRow = (page: Page) => page.evaluate(() => document.querySelector('inclusio-events')!.shadowRoot!.activeElement?.getAttribute('data-open') ?? null);

/** Presses the middle of `target` and keeps the button down; returns where it was. */
async function pressOn(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  return box;
}

/**
 * A second visit to a page whose saved list (SAVED) is drawn at once, while its refresh, which
 * brings NEW above every saved row, is held: `held.release()` lets it come.
 */
async function revisitWithNewEvents(src: string, lang = 'en') {
  feeds.put(src, feedOf(SAVED), 'application/json');
  const visit = await visitOnce([src], lang);
  feeds.put(src, feedOf([...NEW, ...SAVED]), 'application/json');
  const held = feeds.hold(src);
  await visit.page.reload();
  const title = titleOf(visit.w, PRESSED);
  await title.waitFor({ timeout: 20_000 });
  return { ...visit, held, title };
}

describe('(1) a notice about a failed refresh, above a saved list', () => {
  const fail = (held: HeldPath) => held.fail(503);
  const answer = (held: HeldPath) => held.release();
  it.each([
    { kind: 'stale', lang: 'en', phone: false, srcs: ['/n-stale.json'], down: [] as string[], refresh: fail },
    { kind: 'partial', lang: 'en', phone: false, srcs: ['/n-a.json', '/n-b.json'], down: ['/n-b.json'], refresh: answer },
    // A phone in Arabic: the longest words in the narrowest line, right to left.
    { kind: 'stale', lang: 'ar', phone: true, srcs: ['/n-stale-ar.json'], down: [] as string[], refresh: fail },
  ])('comes into the status line: a press held across it reaches its row ($kind, $lang, phone: $phone)', async ({ kind, lang, phone, srcs, down, refresh }) => {
    for (const src of srcs) if (!down.includes(src)) feeds.put(src, feedOf(SAVED), 'application/json');
    const { context, page, w, errors } = await visitOnce(srcs, lang, phone);
    const held = feeds.hold(srcs[0]!);
    await page.reload();
    const title = titleOf(w, PRESSED);
    await title.waitFor({ timeout: 20_000 });
    const before = await pressOn(page, title);
    refresh(held);
    await w.locator(`.notice-${kind}`).waitFor({ timeout: 20_000 });
    expect(await title.boundingBox()).toEqual(before);
    // One line, inside the line kept for the count; the whole text for whoever cannot see it cut.
    expect(await w.locator(`.status-line .notice-${kind}`).getAttribute('role')).toBe('status');
    const said = { stale: { en: /^Could not refresh the events\..*Last updated/, ar: /^تعذّر تحديث الفعاليات/ }, partial: { en: /^Some calendars could not be loaded\./ } } as Record<string, Record<string, RegExp>>;
    expect(await w.locator(`.notice-${kind} p`).getAttribute('title')).toMatch(said[kind]![lang]!);
    // Its retry stays whole and in the widget, however narrow.
    const retry = (await w.locator(`.notice-${kind} button`).boundingBox())!;
    const root = (await w.locator('.root').boundingBox())!;
    expect(retry.x).toBeGreaterThanOrEqual(root.x);
    expect(retry.x + retry.width).toBeLessThanOrEqual(root.x + root.width);
    await page.mouse.up();
    await w.locator('.detail').waitFor();
    expect(new URL(page.url()).hash).toBe(`#event=${PRESSED}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('(2) new events a refresh brings', () => {
  it.each(['en', 'ar'] as const)('wait behind "2 new events: show" while a press is held, which reaches its row (%s)', async (lang) => {
    const src = `/new-press-${lang}.json`;
    const { context, page, w, errors, held, title } = await revisitWithNewEvents(src, lang);
    const before = await pressOn(page, title);
    held.release();
    await waitForSettled(page);
    expect(await title.boundingBox()).toEqual(before);
    const offer = w.locator('.status-line .incoming[aria-live="polite"] .new-events');
    await offer.waitFor({ timeout: 10_000 });
    expect(await offer.textContent()).toBe(lang === 'en' ? '2 new events: show' : 'فعاليتان جديدتان: عرض');
    expect(await w.locator('li.event[data-id^="new-"]').count()).toBe(0);
    await page.mouse.up();
    await w.locator('.detail').waitFor();
    expect(new URL(page.url()).hash).toBe(`#event=${PRESSED}`);
    // The visitor's pointer leaves the widget: the new events are listed behind the open one.
    await page.mouse.move(1, 1);
    await page.locator('h1').click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('inclusio-events') as HTMLElement & { events: unknown[] }).events.length)).toBe(NEW.length + SAVED.length);
    await page.goBack();
    await w.locator('li.event[data-id="new-0"]').waitFor();
    expect(await w.locator('li.event').first().getAttribute('data-id')).toBe('new-0');
    expect(await w.locator('.new-events').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('wait while the pointer rests on the list; a click on the offer lists them, with focus on the first', async () => {
    const src = '/new-hover.json';
    const { context, page, w, errors, held, title } = await revisitWithNewEvents(src);
    await title.hover();
    const before = await title.boundingBox();
    held.release();
    await waitForSettled(page);
    expect(await title.boundingBox()).toEqual(before);
    const offer = w.getByRole('button', { name: '2 new events: show' });
    await offer.waitFor({ timeout: 10_000 });
    await offer.click();
    await w.locator('li.event[data-id="new-0"]').waitFor();
    expect(await focusedRow(page)).toBe('new-0');
    expect(await w.locator('.new-events').count()).toBe(0);
    expect(await w.locator('li.event').first().getAttribute('data-id')).toBe('new-0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keep keyboard focus on its row, then are shown from the keyboard with focus on the first', async () => {
    const src = '/new-keyboard.json';
    const { context, page, w, errors, held, title } = await revisitWithNewEvents(src);
    // Tab from the row above onto this one, as a keyboard user moves down the list.
    await titleOf(w, 'ev-3').focus();
    while ((await focusedRow(page)) !== PRESSED) await page.keyboard.press('Tab');
    const before = await title.boundingBox();
    held.release();
    await waitForSettled(page);
    expect(await focusedRow(page)).toBe(PRESSED);
    expect(await title.boundingBox()).toEqual(before);
    const offer = w.getByRole('button', { name: '2 new events: show' });
    await offer.waitFor({ timeout: 10_000 });
    await offer.focus();
    await page.keyboard.press('Enter');
    await w.locator('li.event[data-id="new-0"]').waitFor();
    expect(await focusedRow(page)).toBe('new-0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('come into the list with a search typed while they wait, and are counted with it', async () => {
    const src = '/new-search.json';
    const { context, page, w, errors, held } = await revisitWithNewEvents(src);
    const search = w.getByRole('searchbox');
    await search.focus();
    held.release();
    await waitForSettled(page);
    // Focus in the widget: the new events wait above the rows.
    await w.getByRole('button', { name: '2 new events: show' }).waitFor({ timeout: 10_000 });
    await search.pressSequentially('before work');
    await w.locator('li.event[data-id="new-1"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => w.locator('p[role="status"]').textContent()).toBe('1 event');
    expect(await w.locator('.new-events').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('that would go after the drawn rows wait while a press is held on "Show more", which then shows more', async () => {
    const src = '/new-below.json';
    feeds.put(src, feedOf(SAVED), 'application/json');
    const { context, page, w, errors } = await visitOnce([src]);
    // One more event on the last day the first page draws, after its other events: drawn after
    // them, it would push "Show more" down under the press.
    const drawn = await w.locator('li.event').count();
    const lastDay = SAVED[drawn - 1]!.start.slice(0, 10);
    const evening: InclusionEvent = { ...SAVED[drawn - 1]!, id: 'new-evening', title: 'Evening reading club', url: 'https://network.example.org/events/evening', start: `${lastDay}T20:00`, end: `${lastDay}T21:00` };
    feeds.put(src, feedOf([...SAVED.slice(0, drawn), evening, ...SAVED.slice(drawn)]), 'application/json');
    const held = feeds.hold(src);
    await page.reload();
    const more = w.getByRole('button', { name: 'Show more' });
    await more.waitFor({ timeout: 20_000 });
    const before = await pressOn(page, more);
    held.release();
    await waitForSettled(page);
    expect(await more.boundingBox()).toEqual(before);
    await w.getByRole('button', { name: '1 new event: show' }).waitFor({ timeout: 10_000 });
    await page.mouse.up();
    // The press reached "Show more": the next page of rows is drawn.
    await expect.poll(() => w.locator('li.event').count()).toBeGreaterThan(drawn);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('are listed at once when nobody points at or is focused in the widget', async () => {
    const src = '/new-idle.json';
    const { context, page, w, held } = await revisitWithNewEvents(src);
    held.release();
    await w.locator('li.event[data-id="new-0"]').waitFor({ timeout: 20_000 });
    await waitForSettled(page);
    expect(await w.locator('.new-events').count()).toBe(0);
    expect(await w.locator('li.event').first().getAttribute('data-id')).toBe('new-0');
    await context.close();
  });
});

describe('(3) the widget’s texts coming after 3 s', () => {
  /** An Arabic partner page whose widget texts are held: drawn after the 3 s wait, right to left, with English words. */
  async function arabicWithTextsHeld(src: string) {
    feeds.put(src, feedOf(SAVED), 'application/json');
    const texts = widget.hold(arabicTexts);
    const { context, page, errors } = await openPage(browser, '');
    await recordDirections(page);
    await page.goto(partnerPage([src], 'ar'));
    const w = page.locator('inclusio-events');
    // The events are read; the texts are not here: nothing is drawn yet.
    await expect.poll(() => page.evaluate(() => (document.querySelector('inclusio-events') as HTMLElement & { events: unknown[] }).events.length), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(texts.requests).toBe(1);
    expect(await w.locator('.root').count()).toBe(0);
    // Past the 3 s wait, on the page's clock: drawn, right to left, with English words.
    await page.clock.fastForward(3_100);
    const title = titleOf(w, PRESSED);
    await title.waitFor({ timeout: 20_000 });
    await waitForSettled(page);
    expect(await directions(page)).toEqual(['rtl']);
    expect(await w.locator('.root').getAttribute('lang')).toBe('en');
    return { context, page, errors, w, title, texts };
  }

  it('draws Arabic right to left from the first paint and changes the words in place: a press across them reaches its row', async () => {
    const { context, page, errors, w, title, texts } = await arabicWithTextsHeld('/texts-late.json');
    const before = await pressOn(page, title);
    texts.release();
    // The texts are here; the words wait while the button is down.
    await expect.poll(() => page.evaluate(() => (document.querySelector('inclusio-events') as HTMLElement & { model: { pendingMessages: { value: unknown } } }).model.pendingMessages.value !== null), { timeout: 20_000 }).toBe(true);
    expect(await title.boundingBox()).toEqual(before);
    await page.mouse.up();
    await w.locator('.detail').waitFor();
    expect(new URL(page.url()).hash).toBe(`#event=${PRESSED}`);
    // The visitor leaves the widget: the words become Arabic, the direction never changed.
    await page.locator('h1').click();
    await expect.poll(() => w.locator('.root').getAttribute('lang'), { timeout: 10_000 }).toBe('ar');
    expect(await w.locator('.detail .back').textContent()).not.toContain('Back');
    expect(await directions(page)).toEqual(['rtl']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the words to a keyboard user who stays in the list, and keeps their focus where it was', async () => {
    const { context, page, errors, w, texts } = await arabicWithTextsHeld('/texts-late-keys.json');
    // The pointer is away from the widget; the visitor tabs into the list, onto an event.
    await page.mouse.move(1, 1);
    const focusedRow = () => page.evaluate(() => {
      const active = document.querySelector('inclusio-events')?.shadowRoot?.activeElement;
      return active?.closest('li.event')?.getAttribute('data-id') ?? null;
    });
    for (let i = 0; i < 40 && (await focusedRow()) === null; i++) await page.keyboard.press('Tab');
    const row = await focusedRow();
    expect(row).not.toBeNull();
    texts.release();
    // The words become Arabic while focus stays in the list, on the same event.
    await expect.poll(() => w.locator('.root').getAttribute('lang'), { timeout: 10_000 }).toBe('ar');
    expect(await focusedRow()).toBe(row);
    expect(await directions(page)).toEqual(['rtl']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

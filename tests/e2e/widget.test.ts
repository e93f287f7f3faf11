/**
 * The widget in real Chromium: rendering, filters, search, keyboard-only use, month view,
 * Arabic right to left, two instances on one page, and an .ics download read back by ical.js.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedWallTimeToUtc } from '../../lib/time/zoned.ts';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, servePage, startWidgetServer, waitForEvents, waitForSavedCopy, waitForSettled } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
const today = todayIn();
// Starts a week ago so the archive has events; 3 a day.
const events = makeEvents(90, dayAfter(today, -7));

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.serve('/feed.json', JSON.stringify(makeFeed(events, undefined)), 'application/json');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const widget = (n = 0) => `inclusio-events >> nth=${n}`;


/** True when the list shows as many events as its status line counts (a short list, all drawn). */
async function listComplete(w: Locator): Promise<boolean> {
  const drawn = await w.locator('li.event').count();
  return (await w.locator('[role=status]').textContent()) === `${drawn} ${drawn === 1 ? 'event' : 'events'}`;
}

describe('inclusio-events in Chromium', () => {
  it('renders upcoming events grouped by day, in the page language', async () => {
    const url = servePage(server, '/render.html', { widgets: [{ src: '/feed.json' }] });
    const { page, errors, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    const headings = await w.locator('h3.day-heading').allTextContents();
    expect(headings[0]).toContain('Today');
    // The first screenful is drawn first (from the feed's first bytes), the rest of the page in a
    // later frame once the feed is read whole; the count line comes with the whole read.
    await w.locator('.count').waitFor();
    await expect.poll(() => w.locator('li.event').count()).toBeGreaterThanOrEqual(25);
    expect(await w.locator('.count').textContent()).toMatch(/^\d+ events$/);
    // Only the first page is rendered; the rest comes with "Show more".
    const before = await w.locator('li.event').count();
    await w.getByRole('button', { name: 'Show more' }).click();
    expect(await w.locator('li.event').count()).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by topic and searches across title and place', async () => {
    const url = servePage(server, '/filter.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    await w.getByRole('searchbox').fill('bologna');
    // A changed list paints its first few events, then the rest in the next frame: wait for all.
    await expect.poll(() => listComplete(w)).toBe(true);
    await expect.poll(() => w.locator('li.event').count()).toBeGreaterThan(0);
    const titles = await w.locator('li.event .event-title').allTextContents();
    expect(titles.every((t) => t.startsWith('Conversation café'))).toBe(true);
    expect(await w.locator('[role=status]').textContent()).toBe(`${titles.length} ${titles.length === 1 ? 'event' : 'events'}`);
    await w.getByRole('searchbox').fill('');
    await w.locator('summary', { hasText: 'Filters' }).click();
    await w.getByLabel('Topic').selectOption('housing');
    await expect.poll(async () => (await w.locator('li.event .event-title').allTextContents()).every((t) => t.startsWith('Housing rights clinic'))).toBe(true);
    await w.getByRole('button', { name: 'Clear filters' }).click();
    await w.getByRole('searchbox').fill('zzzz');
    await expect.poll(() => w.locator('.empty').textContent()).toContain('No events match');
    await context.close();
  });

  it('can be used with the keyboard alone: search, open an event, add it to a calendar, go back', async () => {
    const url = servePage(server, '/keyboard.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const focused = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}|${el.getAttribute('type') ?? ''}|${(el.textContent ?? '').trim().slice(0, 60)}` : '';
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input\|search/);
    await page.keyboard.type('job fair');
    // Tab through the toolbar to the first event title.
    for (let i = 0; i < 12 && !(await focused()).startsWith('button|button|Job fair'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^button\|button\|Job fair/);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^h3\|\|Job fair/);
    const w = page.locator(widget());
    expect(await w.locator('.detail').isVisible()).toBe(true);
    // Open the calendar menu from the keyboard; its first item is the .ics file.
    for (let i = 0; i < 10 && !(await focused()).startsWith('summary'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => w.locator('.detail .atc-menu a').count()).toBe(4);
    await page.keyboard.press('Escape');
    expect(await focused()).toMatch(/^summary/);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 10 && !(await focused()).includes('Back to events'); i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^button\|button\|Job fair/);
    // Escape also leaves the detail.
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^h3\|\|Job fair/);
    await page.keyboard.press('Escape');
    await expect.poll(focused).toMatch(/^button\|button\|Job fair/);
    await context.close();
  });

  it('shows a month grid moved by arrow keys, and opens a day with Enter', async () => {
    const url = servePage(server, '/month.html', { widgets: [{ src: '/feed.json', view: 'month' }] });
    const { page, context } = await openPage(browser, url);
    const w = page.locator(widget());
    await w.locator('table.grid').waitFor();
    expect(await w.locator('button.day-cell').count()).toBe(42);
    const todayCell = w.locator(`button[data-day="${today}"]`);
    expect(await todayCell.getAttribute('aria-current')).toBe('date');
    expect(await todayCell.getAttribute('tabindex')).toBe('0');
    await todayCell.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const target = dayAfter(today, 8);
    await expect.poll(() => page.evaluate(() => document.querySelector('inclusio-events')?.shadowRoot?.activeElement?.getAttribute('data-day'))).toBe(target);
    await page.keyboard.press('Enter');
    await w.locator('.day-panel li.event').first().waitFor();
    const expected = events.filter((e) => e.start.slice(0, 10) === target).map((e) => e.title);
    expect(await w.locator('.day-panel .event-title').allTextContents()).toEqual(expected);
    // "Download all shown" in the month view saves that month's events.
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Download all shown (.ics)' }).click()]);
    const monthIcs = readFileSync((await download.path())!, 'utf8');
    const month = today.slice(0, 7);
    const inMonth = events.filter((e) => e.start.startsWith(month));
    expect(monthIcs.match(/BEGIN:VEVENT/g)).toHaveLength(inMonth.length);
    // Page Down goes to the next month, keeping the focus in the grid.
    const title = await w.locator('.month-title').textContent();
    await w.locator(`button[data-day="${target}"]`).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => w.locator('.month-title').textContent()).not.toBe(title);
    await context.close();
  });

  it('lays out right to left in Arabic, with Arabic text and dates', async () => {
    const url = servePage(server, '/ar.html', { widgets: [{ src: '/feed.json', lang: 'ar' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    const root = w.locator('.root');
    await expect.poll(() => root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await w.getByRole('searchbox').getAttribute('placeholder')).toBe('ابحث عن فعالية');
    // The time column sits on the right in RTL.
    const first = w.locator('li.event').first();
    const when = await first.locator('.event-when').boundingBox();
    const body = await first.locator('.event-body').boundingBox();
    expect(when!.x).toBeGreaterThan(body!.x);
    await context.close();
  });

  it('keeps two widgets on one page independent', async () => {
    const url = servePage(server, '/two.html', { widgets: [{ src: '/feed.json' }, { src: '/feed.json', lang: 'fr', topics: 'language', view: 'month' }] });
    const { page, errors, context } = await openPage(browser, url);
    await waitForEvents(page, 0);
    const a = page.locator(widget(0));
    const b = page.locator(widget(1));
    await b.locator('table.grid').waitFor();
    await expect.poll(() => b.locator('.month-bar button').last().textContent()).toBe('Aujourd’hui');
    await a.getByRole('searchbox').fill('housing');
    await expect.poll(async () => (await a.locator('.event-title').allTextContents()).every((t) => t.startsWith('Housing'))).toBe(true);
    expect(await b.getByRole('searchbox').inputValue()).toBe('');
    expect(await a.locator('.root').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads an .ics file that ical.js reads back to the same events', async () => {
    const url = servePage(server, '/ics.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    await w.getByRole('searchbox').fill('diplomas');
    await expect.poll(async () => (await w.locator('.event-title').allTextContents()).every((t) => t.startsWith('Recognition'))).toBe(true);
    await expect.poll(() => listComplete(w)).toBe(true);
    const shown = await w.locator('.event-title').allTextContents();
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Download all shown (.ics)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('summary')).sort()).toEqual([...shown].sort());
    for (const title of shown) {
      const source = events.find((e) => e.title === title)!;
      const parsed = new ICAL.Event(vevents.find((v) => v.getFirstPropertyValue('summary') === title)!);
      if (source.allDay) expect(parsed.startDate.toString()).toBe(source.start);
      else expect(parsed.startDate.toJSDate().toISOString()).toBe(zonedWallTimeToUtc(source.start, source.timeZone!).toISOString());
    }
    // One event from its own menu.
    await w.locator('li.event summary').first().click();
    const [single] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Apple, Outlook (.ics file)' }).click()]);
    expect(single.suggestedFilename()).toMatch(/^recognition-of-foreign-diplomas.*\.ics$/);
    const one = new ICAL.Component(ICAL.parse(readFileSync((await single.path())!, 'utf8'))).getAllSubcomponents('vevent');
    expect(one).toHaveLength(1);
    await context.close();
  });

  it('offers Google, Outlook.com, Office 365 and Yahoo links opening in a new tab', async () => {
    const url = servePage(server, '/links.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    await w.locator('li.event summary').first().click();
    const links = w.locator('li.event').first().locator('.atc-menu a');
    await expect.poll(() => links.count()).toBe(4);
    const hrefs = await links.evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('target'), a.getAttribute('rel')]));
    expect(hrefs.map(([h]) => new URL(h!).host)).toEqual(['calendar.google.com', 'outlook.live.com', 'outlook.office.com', 'calendar.yahoo.com']);
    expect(hrefs.every(([, t, r]) => t === '_blank' && r?.includes('noopener'))).toBe(true);
    // A click elsewhere closes the menu.
    await page.locator('h1').click();
    await expect.poll(() => w.locator('.atc-menu').count()).toBe(0);
    await context.close();
  });

  it('takes its language from the page when it has no lang attribute, and follows attribute changes', async () => {
    const url = servePage(server, '/page-lang.html', { widgets: [{ src: '/feed.json' }], lang: 'de-AT' });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    await expect.poll(() => w.getByRole('searchbox').getAttribute('placeholder')).toBe('Veranstaltungen durchsuchen');
    await page.evaluate(() => document.querySelector('inclusio-events')!.setAttribute('lang', 'es'));
    await expect.poll(() => w.getByRole('searchbox').getAttribute('placeholder')).toBe('Buscar eventos');
    await context.close();
  });

  it('uses the list on narrow containers even when the month view is asked for', async () => {
    const url = servePage(server, '/narrow.html', { widgets: [{ src: '/feed.json', view: 'month' }] });
    const { page, context } = await openPage(browser, url, { viewport: { width: 400, height: 800 } });
    await waitForEvents(page);
    const w = page.locator(widget());
    expect(await w.locator('table.grid').count()).toBe(0);
    expect(await w.getByRole('button', { name: 'Month' }).count()).toBe(0);
    await page.setViewportSize({ width: 1100, height: 800 });
    await w.locator('table.grid').waitFor();
    await context.close();
  });

  it('takes the partner\'s colours, radius and parts from outside the shadow root', async () => {
    const css = 'inclusio-events { --inclusio-accent: rgb(35, 64, 142); --inclusio-radius: 2px; } inclusio-events::part(day-heading) { text-transform: uppercase; }';
    const url = servePage(server, '/themed.html', { widgets: [{ src: '/feed.json', theme: 'light' }], css });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator(widget());
    const pressed = w.locator('.segmented button[aria-pressed="true"]').first();
    expect(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(35, 64, 142)');
    expect(await w.locator('.root').evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('2px');
    expect(await w.locator('h3.day-heading').first().evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    await context.close();
  });

  it('survives its script being loaded twice (a second copy does not redefine the element)', async () => {
    const url = servePage(server, '/twice.html', { widgets: [{ src: '/feed.json' }], body: '<script type="module" src="/widget/inclusio.js?copy=2"></script>' });
    const { page, errors, context } = await openPage(browser, url);
    // Both copies were asked for; module scripts run before DOMContentLoaded, which page.goto waited for.
    expect(server.requests.filter((r) => r.path === '/widget/inclusio.js' && r.headers.referer?.endsWith('/twice.html'))).toHaveLength(2);
    await waitForEvents(page);
    // The whole load (feed read, list drawn, copy saved) runs beside the second copy, not a guessed while.
    await waitForSettled(page);
    await waitForSavedCopy(page);
    expect(errors).toEqual([]);
    expect(await page.locator('inclusio-events li.event').count()).toBeGreaterThan(0);
    await context.close();
  });
});

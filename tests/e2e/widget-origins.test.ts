/**
 * The widget on the open web: partner page, widget files and feeds on three origins, each a
 * strict static host (GET/HEAD only, OPTIONS refused), the page under a strict CSP. Each feed a
 * partner really has shows what the partner expects, with no preflight and no CSP violation,
 * on the first visit and on a reload (which revalidates through the browser's HTTP cache).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { cspViolations, openWatched, startThreeOrigins, type ThreeOrigins } from './support/three-origins.ts';
import { dayAfter, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, waitForEvents } from './support/widget-harness.ts';

let browser: Browser;
let hosts: ThreeOrigins;
const today = todayIn();

/** What a partner writes by hand: a title and a start, nothing else. */
const minimalFeed = {
  version: 1,
  title: 'Welcome network',
  events: [
    { title: 'Job fair for newcomers', start: `${dayAfter(today, 2)}T10:00` },
    { title: 'Conversation café: practise French', start: `${dayAfter(today, 3)}T18:30`, url: 'https://welcome.example.org/cafe' },
    { title: 'Housing rights clinic', start: dayAfter(today, 5) },
  ],
};

/** Ten good events and two broken ones (a start of 2026-13-45, no title), plus a javascript: link on a good one. */
function partlyBroken() {
  const good = makeEvents(10, dayAfter(today, 1), 2).map((e) => ({ ...e, id: `good-${e.id}` }));
  (good[4] as { url: string }).url = 'javascript:alert(1)';
  const events: unknown[] = [...good];
  events.splice(3, 0, { ...good[0], id: 'bad-date', title: 'Broken date', start: '2026-13-45' });
  events.splice(8, 0, { ...good[1], id: 'no-title', title: undefined });
  return { version: 1, title: 'Partly broken', updated: '2026-11-10T06:00:00Z', events };
}

function icsCalendar(): string {
  const d = (offset: number) => dayAfter(today, offset).replaceAll('-', '');
  const vevent = (uid: string, title: string, offset: number) =>
    ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T080000Z', `DTSTART;TZID=Europe/Brussels:${d(offset)}T140000`, `DTEND;TZID=Europe/Brussels:${d(offset)}T160000`, `SUMMARY:${title}`, 'END:VEVENT'].join('\r\n');
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//Agenda//EN', vevent('a@partner', 'Language café for newcomers', 1), vevent('b@partner', 'Workshop: writing a CV for Belgian employers', 4), 'END:VCALENDAR', ''].join('\r\n');
}

const LOGIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><form method="post" action="/login"><h1>Sign in to the partner intranet</h1>
<label>E-mail <input name="email"></label><label>Password <input type="password" name="password"></label>
<button>Sign in</button></form></body></html>`;

beforeAll(async () => {
  ensureWidgetBuilt();
  hosts = await startThreeOrigins();
  hosts.feeds.put('/minimal.json', { body: JSON.stringify(minimalFeed), contentType: 'application/json' });
  hosts.feeds.put('/partly-broken.json', { body: JSON.stringify(partlyBroken()), contentType: 'application/json' });
  hosts.feeds.put('/agenda.ics', { body: icsCalendar(), contentType: 'text/calendar; charset=utf-8' });
  hosts.feeds.put('/events/feed.json', { body: LOGIN_PAGE, contentType: 'text/html; charset=utf-8' });
  hosts.closed.put('/feed.json', { body: JSON.stringify(makeFeed(makeEvents(3, dayAfter(today, 1)))), contentType: 'application/json' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hosts?.close();
});

const noPreflights = () => {
  expect(hosts.feeds.count('OPTIONS') + hosts.closed.count('OPTIONS') + hosts.widget.count('OPTIONS') + hosts.partner.count('OPTIONS')).toBe(0);
};

describe('three origins, static hosts, strict CSP', () => {
  it.each([
    ['a minimal hand-written feed.json', '/minimal.json', ['Job fair for newcomers', 'Conversation café: practise French', 'Housing rights clinic']],
    ['an .ics calendar', '/agenda.ics', ['Language café for newcomers', 'Workshop: writing a CV for Belgian employers']],
  ])('shows %s, first visit and reload, without a preflight', async (_name, path, titles) => {
    const url = hosts.page(`/page${path.replace(/\W/g, '-')}.html`, { src: hosts.feeds.url(path) });
    const { page, console, errors, context } = await openWatched(browser, url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await expect.poll(() => w.locator('.event-title').allTextContents()).toEqual(titles);
    await expect.poll(() => w.locator('.notice').count()).toBe(0);
    const before = hosts.feeds.requests.length;
    await page.reload();
    await waitForEvents(page);
    await expect.poll(() => w.locator('.notice').count()).toBe(0);
    await expect.poll(() => w.locator('.event-title').allTextContents()).toEqual(titles);
    // The reload revalidated through the browser's cache: a conditional GET the browser added itself.
    await expect.poll(() => hosts.feeds.requests.slice(before).some((r) => r.path === path && r.method === 'GET' && r.status === 304)).toBe(true);
    noPreflights();
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.startsWith('error'))).toEqual([]);
    await context.close();
  });

  it('shows the ten good events of a feed with two broken ones, and says which were skipped', async () => {
    const url = hosts.page('/page-broken.html', { src: hosts.feeds.url('/partly-broken.json') });
    const { page, console, context } = await openWatched(browser, url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await expect.poll(() => w.locator('li.event').count()).toBe(10);
    expect(await w.locator('.event-title').allTextContents()).not.toContain('Broken date');
    await expect.poll(() => w.locator('.notice').count()).toBe(0);
    // The console names each skipped event by index and field, with the feed's address.
    const warnings = console.filter((m) => m.startsWith('warning: [inclusio]'));
    expect(warnings.some((m) => m.includes('partly-broken.json') && m.includes('events[3].start'))).toBe(true);
    expect(warnings.some((m) => m.includes('events[8].title'))).toBe(true);
    // The event with a javascript: link is shown, without the link.
    expect(await w.locator('a[href^="javascript:"]').count()).toBe(0);
    noPreflights();
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['a login page where a feed should be', () => hosts.feeds.url('/events/feed.json'), 'This address returned a web page, not a calendar feed.', 'web page'],
    ['a feed that is not there', () => hosts.feeds.url('/gone.json'), 'The calendar was not found at its address (error 404).', '404'],
    ['a feed host without the CORS header', () => hosts.closed.url('/feed.json'), 'Access-Control-Allow-Origin: *', 'Access-Control-Allow-Origin: *'],
  ])('explains %s, in the widget and in the console', async (name, src, text, consoleText) => {
    const feed = src();
    const url = hosts.page(`/page-error-${name.replace(/\W/g, '-')}.html`, { src: feed, timeout: '4000' });
    const { page, console, context } = await openWatched(browser, url);
    const alert = page.locator('inclusio-events').getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(text);
    expect(await page.locator('inclusio-events li.event').count()).toBe(0);
    expect(console.some((m) => m.startsWith('warning: [inclusio]') && m.includes(feed) && m.includes(consoleText))).toBe(true);
    noPreflights();
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('says it in the widget’s language', async () => {
    const url = hosts.page('/page-fr-login.html', { src: hosts.feeds.url('/events/feed.json'), lang: 'fr' });
    const { page, context } = await openWatched(browser, url);
    const alert = page.locator('inclusio-events').getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect.poll(() => alert.textContent()).toContain('page web');
    await context.close();
  });
});

/**
 * The built extension in real Chromium: sources, popup, options, notifications after an
 * alarm, reminders, "on this page", and a failing feed server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { makeEvent } from '../fixtures/extension/events.ts';
import { axeViolations, fixedDay, startExtension, type ExtensionHarness } from './support/extension.ts';

// The callbacks below run inside an extension page, where `chrome` is the extension API;
// they are serialised into that page, so loose types are enough here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'extension');
// Days after the e2e build's fixed clock, never the machine's.
const day = fixedDay;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * The news post fixture (published 18 November 2026) moved to as many days ago as it was when it
 * was written, every date in it moved alike: its events stay ahead of the browser's clock,
 * whatever day the test runs (the extension reads the page with the machine's clock).
 */
function newsPostAsOfToday(html: string): string {
  const shift = Math.round((Date.parse(day(0)) - Date.parse('2026-11-18')) / 86_400_000);
  const moved = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d + shift));
  return html
    .replace(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (_, y, m, d) => moved(+y, +m - 1, +d).toISOString().slice(0, 10))
    .replace(new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'), (_, d, month, y) => {
      const t = moved(+y, MONTHS.indexOf(month), +d);
      return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    });
}

const webinar = makeEvent({
  id: 'e2e-labour-webinar',
  title: 'Webinar: employers and refugees, recruiting without barriers',
  start: `${day(12)}T14:00`,
  end: `${day(12)}T15:30`,
  mode: 'online',
  location: { country: 'BE' },
  topics: ['labour'],
});
const languageCafe = makeEvent({
  id: 'e2e-language-cafe',
  title: 'Language café for newcomers and volunteers',
  start: `${day(15)}T18:00`,
  end: `${day(15)}T20:00`,
  mode: 'in-person',
  timeZone: 'Europe/Paris',
  location: { city: 'Lyon', country: 'FR' },
  topics: ['language'],
});
const marathon = makeEvent({
  id: 'e2e-marathon',
  title: 'Winter city run',
  start: day(20),
  end: day(20),
  allDay: true,
  mode: 'in-person',
  location: { city: 'Brussels', country: 'BE' },
  topics: [],
  relevance: { score: 0.02, relevant: false, reasons: [] },
});
const jobFair = makeEvent({
  id: 'e2e-job-fair',
  title: 'Job fair for third-country nationals',
  start: `${day(25)}T09:30`,
  end: `${day(25)}T16:00`,
  mode: 'in-person',
  location: { name: 'Tour & Taxis', city: 'Brussels', country: 'BE' },
  topics: ['labour'],
});

let server: TestServer;
let ext: ExtensionHarness;
let feedEvents: InclusionEvent[] = [webinar, languageCafe];
let failing = false;

beforeAll(async () => {
  server = await startServer();
  server.route('/feed.json', (req, res) => {
    if (failing) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
    const body = JSON.stringify({ version: 1, title: 'E2E network', updated: `${day(0)}T08:00:00Z`, events: feedEvents });
    const etag = `"${feedEvents.map((e) => e.id).join('+')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
  server.serve('/news.html', newsPostAsOfToday(readFileSync(join(fixtures, 'news-post.html'), 'utf8')), 'text/html; charset=utf-8');
  server.serve('/sports.html', readFileSync(join(fixtures, 'sports-news.html')), 'text/html; charset=utf-8');
  ext = await startExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const feedUrl = () => server.url('/feed.json');

/** Fires the background's refresh alarm now, as the browser would every hour. */
async function fireRefreshAlarm() {
  await ext.run(() => chrome.alarms.create('refresh', { when: Date.now() + 50, periodInMinutes: 60 }));
}

async function cacheOf(url: string) {
  return ext.run(async (u: string) => ((await chrome.storage.local.get('feedCache')).feedCache ?? {})[u] ?? null, url);
}

async function popupTitles() {
  const popup = await ext.open('popup.html');
  // Events, or a settled empty message: not the "…" the popup shows while it loads.
  await popup.waitForFunction(() => document.querySelector('.items .item') || [...document.querySelectorAll('.empty')].some((e) => (e.textContent ?? '').trim() && e.textContent!.trim() !== '…'));
  const titles = await popup.locator('.items .item-title').allTextContents();
  await popup.close();
  return titles;
}

describe('the extension in Chromium', () => {
  it('options checks a feed URL and adds it; the popup lists its events', async () => {
    const options = await ext.open('options.html');
    await options.fill('input[name="source-url"]', feedUrl());
    await options.click('#sources form button[type="submit"]');
    await options.getByText(/Added E2E network: 2 events found/).waitFor();
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => (r.feedCache?.[u]?.events?.length ?? 0) === 2), feedUrl(), 'the first refresh');
    expect((await popupTitles()).sort()).toEqual([languageCafe.title, webinar.title].sort());
    await options.close();
  });

  it('options saves interests, and the popup keeps only what matches them', async () => {
    const options = await ext.open('options.html');
    // Interests save as they change: no Save button to forget.
    await options.check('input[name="topic"][value="labour"]');
    await options.fill('input[name="country-search"]', 'belg');
    await options.check('input[name="country"][value="BE"]');
    await options.locator('#interests .save-status').getByText('Saved.').waitFor();
    const interests = await ext.until(async () => {
      const i = (await chrome.storage.sync.get('settings')).settings.interests;
      return i.countries.length > 0 && i;
    }, undefined, 'the interests to be saved');
    expect(interests).toEqual({ topics: ['labour'], countries: ['BE'], cities: [], languages: [], modes: [] });
    expect(await popupTitles()).toEqual([webinar.title]);
    await options.close();
  });

  it('after the refresh alarm, an irrelevant new event gives no notification and a relevant one gives one', async () => {
    feedEvents = [...feedEvents, marathon];
    await fireRefreshAlarm();
    await ext.until((id: string) => chrome.storage.local.get('knownIds').then((r: any) => (r.knownIds ?? []).includes(id)), marathon.id, 'the marathon to be known');
    expect(Object.keys(await ext.run(() => chrome.notifications.getAll()))).toEqual([]);

    feedEvents = [...feedEvents, jobFair];
    await fireRefreshAlarm();
    const ids = await ext.until(() => chrome.notifications.getAll().then((n: any) => Object.keys(n).length > 0 && Object.keys(n)), undefined, 'a notification');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(new RegExp(`^new\\|${jobFair.id}\\|`));
    await ext.run((id: string) => chrome.notifications.clear(id), ids[0]);
  });

  it('a saved event gets its reminders scheduled, and the reminder alarm shows a notification', async () => {
    const popup = await ext.open('popup.html');
    await popup.click(`li[data-id="${jobFair.id}"] button.save`);
    await popup.locator(`li[data-id="${jobFair.id}"] button.save[aria-pressed="true"]`).waitFor();
    const name = `remind|start|60|${jobFair.id}`;
    const alarm = await ext.until((n: string) => chrome.alarms.get(n), name, 'the reminder alarm');
    const start = await ext.run((wall: string) => {
      // The event is at 09:30 in Brussels; the reminder is one hour before.
      const probe = new Date(`${wall}:00Z`);
      const inBrussels = new Date(probe.toLocaleString('en-US', { timeZone: 'Europe/Brussels' }) + ' UTC');
      return probe.getTime() - (inBrussels.getTime() - probe.getTime());
    }, jobFair.start);
    expect(alarm.scheduledTime).toBe(start - 3_600_000);
    expect(await ext.run((n: string) => chrome.alarms.get(n).then(Boolean), `remind|start|1440|${jobFair.id}`)).toBe(true);

    await ext.run((n: string) => chrome.alarms.create(n, { when: Date.now() + 50 }), name);
    await ext.until((n: string) => chrome.notifications.getAll().then((all: any) => n in all), name, 'the reminder notification');
    await popup.close();
  });

  it('"On this page" finds the events of a news post and saves one with a click', async () => {
    const news = await ext.context.newPage();
    await news.goto(server.url('/news.html'));
    const tabId = await ext.run((url: string) => chrome.tabs.query({ url }).then((tabs: any) => tabs[0]?.id), server.url('/news.html'));
    const popup = await ext.open(`popup.html?view=page&tab=${tabId}`);
    await popup.locator('.page-verdict.relevant').waitFor();
    const titles = await popup.locator('.items .item-title').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles.some((t) => /Hiring newcomers without barriers/.test(t))).toBe(true);
    const first = popup.locator('.items .item').first();
    const id = await first.getAttribute('data-id');
    await first.locator('button.save').click();
    await ext.until((i: string) => chrome.storage.local.get('savedEvents').then((r: any) => Boolean(r.savedEvents?.[i])), id!, 'the page event to be saved');
    await popup.close();
    await news.close();
  });

  it('"On this page" says so when a page is not about migrant inclusion', async () => {
    const sports = await ext.context.newPage();
    await sports.goto(server.url('/sports.html'));
    const tabId = await ext.run((url: string) => chrome.tabs.query({ url }).then((tabs: any) => tabs[0]?.id), server.url('/sports.html'));
    const popup = await ext.open(`popup.html?view=page&tab=${tabId}`);
    await popup.getByText('This page does not seem to be about migrant inclusion.').waitFor();
    await popup.close();
    await sports.close();
  });

  it('"On this page" on a page it may not read says how to give access, not that browser pages are off limits', async () => {
    // The e2e build may read 127.0.0.1 only; the same page under another host name is out of reach,
    // as any site is when the list was opened without a click on the toolbar button.
    const elsewhere = server.url('/news.html').replace('127.0.0.1', 'localhost');
    const page = await ext.context.newPage();
    await page.goto(elsewhere);
    const tabId = await ext.run(() => chrome.tabs.query({}).then((tabs: any) => tabs.find((t: any) => t.url === undefined || /localhost/.test(t.url))?.id));
    const popup = await ext.open(`popup.html?view=page&tab=${tabId}`);
    const notice = popup.locator('.notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Inclusio may not read this page yet. Click the Inclusio button while the page is open.');
    expect(await popup.getByRole('button', { name: 'Find events on this page' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('popup (both tabs, English and Arabic) and options pass axe-core', async () => {
    for (const language of ['en', 'ar']) {
      await ext.run(async (lang: string) => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...settings, uiLanguage: lang } });
      }, language);
      const popup = await ext.open('popup.html');
      await popup.waitForSelector('.items .item');
      await popup.locator('.why summary').first().click();
      expect(await popup.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('tab').nth(1).click();
      await popup.locator('.page-verdict, .notice').first().waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      const options = await ext.open('options.html');
      await options.waitForSelector('#sources');
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    }
    await ext.run(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, uiLanguage: 'auto' } });
    });
  });

  it('a failing feed server keeps the saved and cached events', async () => {
    const savedBefore = await ext.run(async () => Object.keys((await chrome.storage.local.get('savedEvents')).savedEvents).sort());
    const cachedBefore = (await cacheOf(feedUrl())).events.map((e: InclusionEvent) => e.id);
    failing = true;
    await fireRefreshAlarm();
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => Boolean(r.feedCache?.[u]?.error)), feedUrl(), 'the failure to be noted');
    expect((await cacheOf(feedUrl())).events.map((e: InclusionEvent) => e.id)).toEqual(cachedBefore);
    expect(await ext.run(async () => Object.keys((await chrome.storage.local.get('savedEvents')).savedEvents).sort())).toEqual(savedBefore);
    const popup = await ext.open('popup.html');
    await popup.locator('.notice').getByText(/could not be read/).waitFor();
    expect(await popup.locator('.items .item-title').allTextContents()).toEqual(expect.arrayContaining([webinar.title, jobFair.title]));
    await popup.close();
    failing = false;
  });
});

/**
 * Hostile calendars and pages never freeze the partner's page (issue 13): the widget, served
 * from its own origin onto a partner page under a strict CSP, reads each one from a strict
 * static feed host (GET/HEAD only, ETag, OPTIONS refused) and ends with events or a clear
 * error, while no main-thread task lasts over 200 ms (PerformanceObserver 'longtask'). The
 * inputs are generated here, not committed. Most of them take far longer than 200 ms to read
 * in one go, so passing means the reader gave the page the main thread between slices, also
 * in the middle of a single long search of ical.js's rule iterator.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../lib/sources/ics.ts';
import { launchBrowser } from './support/chromium.ts';
import { openWatched, startThreeOrigins, type ThreeOrigins } from './support/three-origins.ts';
import { afterSaveTask, ensureWidgetBuilt } from './support/widget-harness.ts';
import { TEST_NOW } from './support/widget-fixtures.ts';
import { longTasksAfterFeed, traceTasks, tracedTasksAfterFeed, watchLongTasks } from './support/long-tasks.ts';
import { cal, repeat, vevent, zoneRules } from '../support/hostile-ics.ts';

/**
 * The issue's bound: no main-thread task over 200 ms while reading. The reader's slices are a
 * few ms of work each (ical.js's own searches included, see lib/sources/ics-budget.ts). Each
 * task is timed on the main thread's CPU clock from a Chromium trace: on a loaded test machine
 * (two cores shared by many processes) the wall clock also counts the time the browser waits
 * for a core, and a 30 ms task can read as 200 ms there. A reader that does not yield is one
 * task of its whole read, seconds of CPU for most inputs here.
 */
const LONGEST_MS = 200;


interface Case {
  name: string;
  path: string;
  type: string;
  body: () => string;
  /** 'ics': as many events as parseIcs reads from the same text; 'events': some events; 'error': the widget's alert; 'settled': either. */
  expect: 'ics' | 'events' | 'error' | 'settled';
}

const CASES: Case[] = [
  {
    name: '100 events repeating every second since 1970',
    path: '/secondly.ics',
    type: 'text/calendar',
    body: () => cal(repeat(100, (i) => vevent(`UID:s${i}\r\nSUMMARY:Language café ${i}\r\nDTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n`))),
    expect: 'ics',
  },
  {
    name: '50 series each with a rule no day satisfies (set aside before ical.js searches)',
    path: '/never.ics',
    type: 'text/calendar',
    body: () => cal(repeat(50, (i) => vevent(`UID:n${i}\r\nSUMMARY:Never ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31\r\n`))),
    expect: 'ics',
  },
  {
    name: '100 series each with a minutely rule for 29 February (each next() of ical.js searches until the budget is spent)',
    path: '/leap-minutely.ics',
    type: 'text/calendar',
    body: () => cal(repeat(100, (i) => vevent(`UID:m${i}\r\nSUMMARY:Leap ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29\r\n`))),
    expect: 'ics',
  },
  {
    name: '30 series each with an hourly rule for 29 February at 10:00 (one next() of ical.js searches 15 months)',
    path: '/leap-hourly.ics',
    type: 'text/calendar',
    body: () => cal(repeat(30, (i) => vevent(`UID:h${i}\r\nSUMMARY:Leap ${i}\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=10\r\n`))),
    expect: 'ics',
  },
  {
    name: '200 series each with a monthly rule for the last weekday since 1970 (every day of every month tried)',
    path: '/last-weekday.ics',
    type: 'text/calendar',
    body: () => cal(repeat(200, (i) => vevent(`UID:w${i}\r\nSUMMARY:Last ${i}\r\nDTSTART:19700130T100000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\r\n`))),
    expect: 'ics',
  },
  {
    name: 'one event with 2,000 RRULE lines',
    path: '/rules.ics',
    type: 'text/calendar',
    body: () => cal(vevent(`UID:r\r\nSUMMARY:Rules\r\nDTSTART:20261201T100000Z\r\n${repeat(2000, (i) => `RRULE:FREQ=SECONDLY;BYSECOND=${i % 60};BYMINUTE=${i % 60}\r\n`)}`)),
    expect: 'ics',
  },
  {
    name: 'a VTIMEZONE whose rules repeat every second, used by 200 events',
    path: '/zone.ics',
    type: 'text/calendar',
    body: () => cal(zoneRules('SECONDLY') + repeat(200, (i) => vevent(`UID:z${i}\r\nSUMMARY:Zoned ${i}\r\nDTSTART;TZID=Hostile Zone:202612${String((i % 28) + 1).padStart(2, '0')}T100000\r\n`))),
    expect: 'ics',
  },
  {
    name: '200 time zones of the calendar\'s own under unknown names, each used once',
    path: '/zones.ics',
    type: 'text/calendar',
    body: () => cal(repeat(200, (i) => zoneRules('YEARLY').replace('Hostile Zone', `Zone ${i}`)) + repeat(200, (i) => vevent(`UID:z${i}\r\nSUMMARY:Zoned ${i}\r\nDTSTART;TZID=Zone ${i}:202612${String((i % 28) + 1).padStart(2, '0')}T100000\r\n`))),
    expect: 'ics',
  },
  {
    name: '10,000 VEVENTs without UID, all with the same title and text',
    path: '/no-uid.ics',
    type: 'text/calendar',
    body: () => cal(repeat(10_000, (i) => vevent(`SUMMARY:Same\r\nDTSTART:2026${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}T100000Z\r\nDESCRIPTION:Same text\r\n`))),
    expect: 'ics',
  },
  {
    name: '200,000 EXDATE values on one line',
    path: '/exdates.ics',
    type: 'text/calendar',
    body: () => cal(vevent(`UID:x\r\nSUMMARY:Weekly\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE:${repeat(200_000, (i) => `${i ? ',' : ''}2026${String((i % 12) + 1).padStart(2, '0')}01T100000Z`)}\r\n`)),
    expect: 'ics',
  },
  {
    name: 'binary junk where a calendar was',
    path: '/junk.ics',
    type: 'text/calendar',
    body: () => String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 256)),
    expect: 'error',
  },
  {
    name: 'a page with 20,000 JSON-LD blocks',
    path: '/jsonld.html',
    type: 'text/html; charset=utf-8',
    body: () => `<!doctype html><title>Agenda</title>${repeat(20_000, (i) => `<script type="application/ld+json">{"@type":"Event","name":"Job fair ${i}","startDate":"2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00"}</script>`)}`,
    expect: 'events',
  },
  {
    name: '20,000 tiny JSON-LD blocks (900 KB: the page is read through a DOM)',
    path: '/tiny-jsonld.html',
    type: 'text/html; charset=utf-8',
    body: () => `<!doctype html><title>Agenda</title>${repeat(20_000, (i) => `<script type=application/ld+json>{"n":${i % 10}}</script>`)}<p>Job fair for refugees on 3 December 2026 at 10:00.</p>`,
    expect: 'settled',
  },
  {
    name: 'a 1.3 MB page with its events only as microdata, after 1.2 MB of news (too large for a DOM of the whole page)',
    path: '/microdata.html',
    type: 'text/html; charset=utf-8',
    body: () =>
      `<!doctype html><html lang="en"><head><title>Agenda</title></head><body>${repeat(16_000, (i) => `<p class="news">News item ${i}: the library opens later on Mondays.</p>`)}<ul>` +
      repeat(40, (i) => `<li itemscope itemtype="https://schema.org/Event"><h3 itemprop="name">Job fair ${i}</h3><time itemprop="startDate" datetime="2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00">${(i % 28) + 1} Dec</time></li>`) +
      '</ul></body></html>',
    expect: 'events',
  },
  {
    name: 'an RSS description of 33,000 unclosed "<a "',
    path: '/feed.rss',
    type: 'application/rss+xml',
    body: () => `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Job fair for refugees on 3 December 2026</title><link>https://partner.example/a</link><description><![CDATA[${'<a '.repeat(33_000)}]]></description></item></channel></rss>`,
    expect: 'events',
  },
];

let browser: Browser;
let hosts: ThreeOrigins;

beforeAll(async () => {
  ensureWidgetBuilt();
  hosts = await startThreeOrigins();
  for (const c of CASES) hosts.feeds.put(c.path, { body: c.body(), contentType: c.type });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hosts?.close();
});

// A case that fails before its trace is read must not leave the browser tracing for the next ones.
let tracing = false;
afterEach(async () => {
  if (tracing) await browser.stopTracing().catch(() => undefined);
  tracing = false;
});

describe('no long task while the widget reads a hostile calendar or page from another origin', () => {
  it.each(CASES)('$name', async (c) => {
    const url = hosts.page(`/hostile${c.path.replace(/\W/g, '-')}.html`, { src: hosts.feeds.url(c.path), timeout: '60000' });
    const opened = await openWatched(browser, 'about:blank');
    const { page, context } = opened;
    // The page's time stands still at TEST_NOW (timers run): the widget expands rules around the
    // same instant as parseIcs below, however long the reading takes on a loaded machine.
    await page.clock.setFixedTime(TEST_NOW);
    await watchLongTasks(page);
    await traceTasks(browser, page);
    tracing = true;
    await page.goto(url);
    const widget = page.locator('inclusio-events');
    const state = () =>
      page.evaluate(() => {
        const el = document.querySelector('inclusio-events') as (HTMLElement & { events?: unknown[]; model?: { load: { value: { status: string } } } }) | null;
        return { status: el?.model?.load.value.status ?? '', count: el?.events?.length ?? 0 };
      });
    if (c.expect === 'settled') {
      const settled = async () => (await state()).status === 'ready' || (await widget.getByRole('alert').count()) > 0;
      await expect.poll(settled, { timeout: 60_000, interval: 250 }).toBe(true);
    } else if (c.expect === 'error') {
      await widget.getByRole('alert').waitFor({ timeout: 60_000 });
      // One short line for people, not a stack trace.
      const text = (await widget.getByRole('alert').innerText()).trim();
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\n\s+at /);
    } else {
      await expect.poll(async () => (await state()).status, { timeout: 60_000, interval: 250 }).toBe('ready');
      const { count } = await state();
      let upcoming = true;
      if (c.expect === 'ics') {
        // What the same reader gives in Node: yielding to the page cost no event.
        const now = TEST_NOW;
        const events = parseIcs(c.body(), { now }).events;
        expect(count).toBe(events.length);
        // A rule every second from 1970 keeps its first 500 instances of the window, a year back: none to list.
        upcoming = events.some((e) => e.start.slice(0, 10) >= now.toISOString().slice(0, 10));
      }
      expect(count).toBeGreaterThan(0);
      if (upcoming) expect(await widget.locator('li.event').count()).toBeGreaterThan(0);
    }
    // The saved copy is written after the paint: its task is inside the measured time.
    await afterSaveTask(page);
    const { feedAt, durations } = await longTasksAfterFeed(page);
    tracing = false;
    const { feedSeen, tasks } = await tracedTasksAfterFeed(browser, c.path);
    if (process.env.HOSTILE_TIMES) {
      const shown = tasks.map((t) => `${Math.round(t.cpu)}/${Math.round(t.wall)}`);
      console.log(`${c.name}: tasks over 50 ms after the feed (CPU/wall ms) ${JSON.stringify(shown)}; long tasks seen by the page ${JSON.stringify(durations.map(Math.round))}`);
    }
    // The feed's answer was seen, so every task after it was counted.
    expect(feedAt).toBeGreaterThan(0);
    expect(feedSeen).toBe(true);
    expect(tasks.map((t) => Math.round(t.cpu)).filter((cpu) => cpu > LONGEST_MS)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });
});

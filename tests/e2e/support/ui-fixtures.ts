/**
 * A fixed moment and a feed built around it for the tests of what a visitor sees (widget-ui*).
 * The browser's clock is set to NOW with Playwright's page.clock, so nothing depends on the
 * machine's date: the list, the month grid and "is it over?" are the same at any hour.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { makeEvents, makeFeed } from './widget-fixtures.ts';

/** Wednesday 3 March 2027, 10:00 in Brussels (09:00 UTC). */
export const NOW = new Date('2027-03-03T09:00:00Z');
export const TODAY = '2027-03-03';

/** The feed's special events, by role, so tests can find them. */
export const IDS = {
  past: 'past-workshop',
  cancelled: 'cancelled-forum',
  conference: 'three-day-conference',
  long: 'very-long-title',
  rlo: 'reversed-title',
  arabic: 'arabic-title',
} as const;

/** Events a visitor meets on a partner site, around NOW. Times are in Brussels unless said otherwise. */
export function uiEvents(): InclusionEvent[] {
  const base = makeEvents(60, '2027-03-04', 3).map((e) => ({ ...e, status: 'scheduled' as const }));
  const [a, b, c, d, e, f] = makeEvents(6, TODAY, 1).map((x) => ({ ...x, status: 'scheduled' as const }));
  const special: InclusionEvent[] = [
    { ...a!, id: IDS.past, title: 'Morning intake session (already over)', start: `${TODAY}T07:00`, end: `${TODAY}T08:30`, timeZone: 'Europe/Brussels', allDay: false },
    { ...b!, id: IDS.cancelled, title: 'Integration forum', status: 'cancelled', start: `${TODAY}T15:00`, end: `${TODAY}T17:00`, timeZone: 'Europe/Brussels', allDay: false },
    { ...c!, id: IDS.conference, title: 'European integration conference', start: '2027-03-09T09:00', end: '2027-03-11T17:00', timeZone: 'Europe/Brussels', allDay: false },
    { ...d!, id: IDS.long, title: `Orientation day ${'for newcomers and volunteers '.repeat(36_000)}`, start: `${TODAY}T14:00`, end: `${TODAY}T16:00`, timeZone: 'Europe/Brussels', allDay: false },
    // U+202E (right-to-left override) left open in a title: must stay inside the title.
    {
      ...e!, id: IDS.rlo, title: 'Legal clinic \u202Eevil.exe tneve', start: `${TODAY}T16:00`, end: `${TODAY}T17:00`, timeZone: 'Europe/Brussels', allDay: false,
      // A structured reason (lib/relevance), rendered in the reader's language.
      relevance: { score: 0.9, relevant: true, reasons: ["mentions 'refugees' and 'legal advice'"], why: { kind: 'relevant', who: ['refugees'], angle: ['legal advice'], legal: [], topics: ['housing'] } },
    },
    { ...f!, id: IDS.arabic, title: 'ورشة عمل حول حقوق السكن', start: `${TODAY}T18:00`, end: `${TODAY}T19:30`, timeZone: 'Europe/Brussels', allDay: false },
  ];
  return [...special, ...base].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}

export function uiFeed(events = uiEvents()): string {
  return JSON.stringify(makeFeed(events, '/feed.ics'));
}

/** Fixes the page's clock at NOW (timers still run) before any of its scripts start. */
export async function fixClock(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
}

/** Opens a fresh context for one viewport, colour scheme, language and zone. */
export async function uiContext(
  browser: import('playwright-core').Browser,
  options: { phone?: boolean; dark?: boolean; locale?: string; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: options.dark ? 'dark' : 'light',
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Europe/London',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await fixClock(page);
  return { context, page, errors };
}

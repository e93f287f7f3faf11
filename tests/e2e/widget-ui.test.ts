/**
 * What a visitor notices, in real Chromium at a fixed time (page.clock at NOW, see
 * support/ui-fixtures.ts): the add-to-calendar menu, the month view, the filters' dates and the
 * time column, Arabic right to left, Back and #event links, huge titles and feeds, the accent.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { IDS, NOW, uiContext, uiEvents, uiFeed } from './support/ui-fixtures.ts';
import { makeEvents, makeFeed } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, servePage, startWidgetServer, waitForSettled } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
const STRICT = "default-src 'self'";

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.serve('/feed.json', uiFeed(), 'application/json');
  // Nothing before May: the month view must not open on an empty March.
  server.serve('/may.json', JSON.stringify(makeFeed(makeEvents(9, '2027-05-10', 3))), 'application/json');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let pages = 0;
/**
 * A partner page with one widget, opened at NOW; waits until it has settled (feed read in full,
 * list drawn whole): a click while the feed still arrives is widget-arrival.test.ts's subject.
 */
async function open(attrs: Record<string, string>, options: Parameters<typeof uiContext>[1] & { hash?: string } = {}) {
  const url = servePage(server, `/p${pages++}.html`, { widgets: [{ src: '/feed.json', ...attrs }], csp: STRICT });
  const { context, page, errors } = await uiContext(browser, options);
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto(url + (options.hash ?? ''));
  const w = page.locator('inclusio-events');
  await w.locator('li.event, .detail, table.grid').first().waitFor({ timeout: 20_000 });
  await waitForSettled(page);
  return { context, page, errors, violations, w, url };
}

/** Text of the element focused inside the widget's shadow root. */
const focusedText = (page: Page) =>
  page.evaluate(() => (document.querySelector('inclusio-events')!.shadowRoot!.activeElement?.textContent ?? '').trim());

const row = (id: string) => `li.event[data-id="${id}"]`;

describe('add to calendar', () => {
  it('moves with the arrow keys, Home and End, and closes when the focus or a click goes elsewhere', async () => {
    const { context, page, w } = await open({});
    const atc = w.locator(`${row(IDS.rlo)} details.atc`);
    await atc.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => atc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Pressed at once: the menu's code may still be on its way; the key is applied once it is drawn.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toContain('.ics');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain('Google');
    await page.keyboard.press('End');
    expect(await focusedText(page)).toContain('Yahoo');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain('.ics');
    await page.keyboard.press('ArrowUp');
    expect(await focusedText(page)).toContain('Yahoo');
    await page.keyboard.press('Home');
    expect(await focusedText(page)).toContain('.ics');
    // Tab out of the last item: the focus is elsewhere, the menu closes.
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => atc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // A click on the page outside closes it too.
    await atc.locator('summary').click();
    await expect.poll(() => atc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => atc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });

  it('keeps an arrow key pressed in the same moment the menu opens, before its toggle event', async () => {
    const { context, page, w } = await open({});
    const atc = w.locator(`${row(IDS.rlo)} details.atc`);
    // Opened and the key pressed in one task: the toggle event (and so the menu) comes after the key.
    await atc.evaluate((d) => {
      const details = d as HTMLDetailsElement;
      details.querySelector('summary')!.focus();
      details.open = true;
      details.querySelector('summary')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    });
    await expect.poll(() => focusedText(page)).toContain('.ics');
    await context.close();
  });

  it('on a phone, covers the next event’s button only to open its own links', async () => {
    const { context, page, w } = await open({}, { phone: true });
    const first = w.locator(row(IDS.rlo));
    const next = w.locator(row(IDS.arabic));
    await first.locator('details.atc summary').click();
    const menu = first.locator('.atc-menu');
    await menu.waitFor();
    const items = await menu.locator('.menu-item').all();
    await items[items.length - 1]!.scrollIntoViewIfNeeded();
    const nextButtons = await next.evaluate((li) => [...li.querySelectorAll('button, summary')].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }));
    // Every item is the topmost element across its width; find a point where one of the next
    // event's buttons (its title or its own menu button) lies under the open menu.
    let overNext: { x: number; y: number } | undefined;
    for (const item of items) {
      const box = (await item.boundingBox())!;
      const y = box.y + box.height / 2;
      for (const x of [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => box.x + box.width * f)) {
        const hit = await page.evaluate(([px, py]) => {
          const el = document.querySelector('inclusio-events')!.shadowRoot!.elementFromPoint(px!, py!);
          return el?.closest('.menu-item')?.textContent ?? el?.tagName ?? '';
        }, [x, y]);
        expect(hit).toBe(await item.textContent());
        if (!overNext && nextButtons.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) overNext = { x, y };
      }
    }
    expect(overNext, 'the open menu reaches over a button of the next event').toBeDefined();
    // A click where the next event's button lies under the menu opens this menu's link.
    // The calendar sites are not reachable from the test machine: answer for them.
    await context.route((u) => !u.hostname.startsWith('127.'), (r) => r.fulfill({ body: 'calendar', contentType: 'text/plain' }));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.mouse.click(overNext!.x, overNext!.y)]);
    await popup.waitForLoadState();
    expect(decodeURIComponent(popup.url()).replaceAll('+', ' ')).toContain('Legal clinic');
    expect(await next.locator('details.atc').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });

  it('is not offered for cancelled or past events, in the list or the detail', async () => {
    const { context, w } = await open({});
    expect(await w.locator(`${row(IDS.cancelled)} details.atc`).count()).toBe(0);
    expect(await w.locator(`${row(IDS.rlo)} details.atc`).count()).toBe(1);
    await w.locator(`${row(IDS.cancelled)} .link-button`).click();
    await w.locator('.detail').waitFor();
    expect(await w.locator('.detail details.atc').count()).toBe(0);
    await w.getByRole('button', { name: 'Back to events' }).click();
    await w.getByRole('button', { name: 'Past events' }).click();
    await w.locator(row(IDS.past)).waitFor();
    expect(await w.locator(`${row(IDS.past)} details.atc`).count()).toBe(0);
    await w.locator(`${row(IDS.past)} .link-button`).click();
    await w.locator('.detail').waitFor();
    expect(await w.locator('.detail details.atc').count()).toBe(0);
    await context.close();
  });
});

describe('month view', () => {
  it('opens on the first month with upcoming events', async () => {
    const { context, page, w } = await open({ view: 'month', src: '/may.json' });
    expect(await w.locator('.month-title').textContent()).toBe('May 2027');
    // Moving to another month sticks.
    await w.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => w.locator('.month-title').textContent()).toBe('April 2027');
    expect(page.url()).not.toContain('#');
    await context.close();
  });

  it('labels start with the time, a three-day event is one bar, a day shows full titles on hover and focus', async () => {
    const { context, page, w } = await open({ view: 'month' });
    expect(await w.locator('.month-title').textContent()).toBe('March 2027');
    const bars = w.locator(`.day-bar[data-event="${IDS.conference}"]`);
    expect(await bars.count()).toBe(1);
    const bar = (await bars.boundingBox())!;
    const first = (await w.locator('button.day-cell[data-day="2027-03-09"]').boundingBox())!;
    const last = (await w.locator('button.day-cell[data-day="2027-03-11"]').boundingBox())!;
    expect(Math.abs(bar.x - (first.x + 4 + 1))).toBeLessThan(2);
    expect(Math.abs(bar.x + bar.width - (last.x + last.width - 5))).toBeLessThan(2);
    // 09:00 in Brussels is 8:00 AM for this London viewer.
    expect(await bars.textContent()).toBe('8:00 AM European integration conference');
    const labels = await w.locator('button.day-cell[data-day="2027-03-04"] .day-event').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^\d{1,2}:\d\d [AP]M /);

    const day = w.locator('button.day-cell[data-day="2027-03-05"]');
    const tip = day.locator('.day-tip');
    expect(await tip.isVisible()).toBe(false);
    await day.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const fullTitles = uiEvents().filter((e) => e.start.startsWith('2027-03-05')).map((e) => e.title);
    const tipText = (await tip.textContent()) ?? '';
    for (const t of fullTitles) expect(tipText).toContain(t);
    // The label itself is cut with an ellipsis; the tip is not.
    expect(await day.locator('.day-event .day-title').first().evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await w.locator('button.day-cell[data-day="2027-03-04"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await context.close();
  });
});

describe('filters and times in the widget’s language', () => {
  it('French dates are typed day first on an American browser, and the search placeholder fits on a phone', async () => {
    const { context, page, w } = await open({ lang: 'fr' }, { phone: true, locale: 'en-US' });
    const search = w.getByRole('searchbox');
    expect(await search.getAttribute('placeholder')).toBe('Rechercher');
    const fits = await search.evaluate((input) => {
      const el = input as HTMLInputElement;
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      return ctx.measureText(el.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await w.locator('summary', { hasText: 'Filtres' }).click();
    const from = w.getByLabel('Du');
    await from.waitFor();
    expect(await w.locator('input[type="date"]').count()).toBe(0);
    expect(await from.getAttribute('placeholder')).toBe('ex. 31/12/2026');
    await from.fill('31/02/2027');
    await from.press('Enter');
    await expect.poll(() => w.locator('.field-error').textContent()).toBe('Saisissez une date comme 31/12/2026.');
    await from.fill('10/03/2027');
    await from.press('Enter');
    await expect.poll(() => w.locator('.field-error').count()).toBe(0);
    // The three-day conference (9 to 11 March) is still on; nothing that ended before the 10th is.
    await expect.poll(() => w.locator('h3.day-heading').first().textContent()).toBe('mardi 9 mars 2027');
    expect(await w.locator(row(IDS.rlo)).count()).toBe(0);
    await from.blur();
    expect(await from.inputValue()).toBe('10/03/2027');
    await context.close();
  });

  it.each([
    ['en', 'Central European Time', false],
    ['en', 'Central European Time', true],
    ['fr', 'heure d’Europe centrale', false],
    ['ar', 'توقيت وسط أوروبا', true],
    ['uk', 'за центральноєвропейським часом', false],
    ['de', 'Mitteleuropäische Zeit', false],
  ])('the time column keeps each time whole and names the zone as Intl does (%s, phone %s)', async (lang, zone, phone) => {
    const { context, w } = await open({ lang }, { phone, locale: 'en-US' });
    const r = w.locator(row(IDS.rlo));
    expect(await r.locator('.their-zone').textContent()).toBe(zone);
    // A long zone name breaks inside the time column: nothing of it runs over the title beside it.
    expect(await r.locator('.event-when').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // One line each (bidi runs may split a time into several boxes on that line).
    for (const part of ['.start', '.end', '.their-clock']) {
      expect(await r.locator(part).evaluate((el) => new Set([...el.getClientRects()].map((b) => Math.round(b.top))).size), part).toBe(1);
    }
    await context.close();
  });
});

describe('why an event is listed', () => {
  it.each([
    ['en', 'Mentions “refugees” and “legal advice”'],
    ['fr', 'Mentionne «\u202frefugees\u202f» et «\u202flegal advice\u202f»'],
    ['ar', 'يذكر «\u2068refugees\u2069» و«\u2068legal advice\u2069»'],
  ])('is said in the visitor’s language (%s), in the detail only', async (lang, reason) => {
    const { context, w } = await open({ lang });
    expect(await w.locator('.why').count()).toBe(0);
    await w.locator(`${row(IDS.rlo)} .link-button`).click();
    await w.locator('.why').waitFor();
    expect(await w.locator('.why li').allTextContents()).toEqual([reason]);
    await context.close();
  });

  it('falls back to the feed’s sentences without a structured reason, and says nothing with reasons="hidden"', async () => {
    const { context, w } = await open({});
    await w.locator(`${row(IDS.arabic)} .link-button`).click();
    await w.locator('.why').waitFor();
    expect(await w.locator('.why li').allTextContents()).toEqual([uiEvents().find((e) => e.id === IDS.arabic)!.relevance.reasons[0]]);
    await context.close();
    const hidden = await open({ reasons: 'hidden' });
    await hidden.w.locator(`${row(IDS.rlo)} .link-button`).click();
    await hidden.w.locator('.detail').waitFor();
    expect(await hidden.w.locator('.why').count()).toBe(0);
    await hidden.context.close();
  });
});

describe('Arabic, right to left', () => {
  it.each([false, true])('keeps rows aligned, feed text isolated, ".ics" whole and the badge text inside its border (phone %s)', async (phone) => {
    const { context, page, w } = await open({ lang: 'ar' }, { phone });
    const edges = (id: string) =>
      w.locator(row(id)).evaluate((li) => {
        const right = (sel: string) => Math.round(li.querySelector(sel)!.getBoundingClientRect().right);
        return { when: right('.event-when'), title: right('.event-title'), place: right('.place'), organizer: right('.organizer') };
      });
    // A title with an open right-to-left override, an Arabic title and a plain one: same layout.
    const plain = await edges(uiEvents().find((e) => e.start.startsWith('2027-03-04'))!.id);
    for (const id of [IDS.rlo, IDS.arabic]) expect(await edges(id)).toEqual(plain);
    // Organiser and place line up with the title, whatever their language.
    expect(plain.place).toBe(plain.title);
    expect(plain.organizer).toBe(plain.title);
    expect(await w.locator(`${row(IDS.rlo)} .event-title bdi`).count()).toBe(1);

    const badge = w.locator(`${row(IDS.cancelled)} .badge`);
    const inside = await badge.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      // Arabic marks above and below (the damma of أُلغيت) reach past the font box: keep room for them.
      const roomy = el.clientHeight >= 1.8 * parseFloat(getComputedStyle(el).fontSize);
      return text.top >= box.top && text.bottom <= box.bottom && text.left >= box.left && text.right <= box.right && roomy;
    });
    expect(inside).toBe(true);

    await w.locator(`${row(IDS.rlo)} details.atc summary`).click();
    const ics = w.locator(`${row(IDS.rlo)} .atc-menu bdi`);
    expect(await ics.textContent()).toBe('.ics');
    expect(await ics.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.keyboard.press('Escape');
    await context.close();
  });
});

describe('history and links', () => {
  it('Back closes an open event before leaving the page, and #event=<id> opens it', async () => {
    const { context, page, w, url } = await open({});
    await w.locator(`${row(IDS.rlo)} .link-button`).click();
    await w.locator('.detail').waitFor();
    expect(new URL(page.url()).hash).toBe(`#event=${IDS.rlo}`);
    await page.goBack();
    await expect.poll(() => w.locator('.detail').count()).toBe(0);
    expect(await w.locator(row(IDS.rlo)).count()).toBe(1);
    expect(page.url()).toBe(url);
    // The in-widget Back button does the same and leaves no entry behind.
    await w.locator(`${row(IDS.rlo)} .link-button`).click();
    await w.getByRole('button', { name: 'Back to events' }).click();
    await expect.poll(() => w.locator('.detail').count()).toBe(0);
    expect(page.url()).toBe(url);
    await context.close();

    const linked = await open({}, { hash: `#event=${IDS.conference}` });
    await expect.poll(() => linked.w.locator('.detail-title').textContent()).toBe('European integration conference');
    await linked.w.getByRole('button', { name: 'Back to events' }).click();
    await linked.w.locator(row(IDS.conference)).waitFor();
    expect(new URL(linked.page.url()).hash).toBe('');
    await linked.context.close();
  });
});

describe('huge input', () => {
  it('a 1 MB title and 50,000 events lay out a page of ordinary height', async () => {
    // Lean events: only what the list shows.
    const big = makeEvents(50_000, '2027-03-04', 40).map((e, i) => ({
      id: e.id, title: i === 0 ? 'x'.repeat(1_000_000) : e.title, start: e.start, end: e.end, allDay: e.allDay,
      mode: e.mode, topics: e.topics, status: e.status, source: e.source, relevance: { score: 1, relevant: true, reasons: [] },
    }));
    // Two feeds of 25,000: each stays under the widget's 10 MB limit for one feed.
    server.serve('/big-1.json', JSON.stringify(makeFeed(big.slice(0, 25_000))), 'application/json');
    server.serve('/big-2.json', JSON.stringify(makeFeed(big.slice(25_000))), 'application/json');
    const { context, page, w } = await open({ src: '/big-1.json /big-2.json' });
    expect(await w.locator('.count').textContent()).toBe('50,000 events');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(10_000);
    const first = (await w.locator('li.event').first().boundingBox())!;
    expect(first.height).toBeLessThan(200);
    await w.locator('li.event .link-button').first().click();
    const title = (await w.locator('.detail-title').boundingBox())!;
    expect(title.height).toBeLessThan(2_500);
    await context.close();
  });

  it('the list view of the visitor-facing feed stays within the clamp', async () => {
    const { context, w } = await open({});
    const long = (await w.locator(row(IDS.long)).boundingBox())!;
    expect(long.height).toBeLessThan(200);
    await context.close();
  });
});

describe('accent colour under a strict CSP', () => {
  it.each([false, true])('applies a readable shade of accent="#cc0033" without an inline style (dark %s)', async (dark) => {
    const { context, w, violations, errors } = await open({ accent: '#cc0033' }, { dark });
    const pressed = w.locator('.segmented button[aria-pressed="true"]').first();
    // The accent code is its own chunk, applied once it has loaded (the list may show first).
    // The button's colour eases into the accent: wait for where it ends, not a frame on the way.
    const colour = () => pressed.evaluate((el) => getComputedStyle(el).backgroundColor);
    // Light: the colour itself (it reads on white); dark: a lighter shade of it.
    if (!dark) await expect.poll(colour).toBe('rgb(204, 0, 51)');
    else {
      await expect.poll(async () => {
        const [r, g, b] = (await colour()).match(/\d+/g)!.map(Number) as [number, number, number];
        return r > 204 && r > g && r > b;
      }).toBe(true);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // A value that is not a hex colour is ignored: the default green stays.
    const bad = await open({ accent: 'red;background:url(x)' }, { dark });
    const fallback = await bad.w.locator('.segmented button[aria-pressed="true"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fallback).toBe(dark ? 'rgb(95, 212, 181)' : 'rgb(10, 107, 88)');
    await bad.context.close();
  });
});

// The fixed clock is what every assertion above relies on; check it is the page's time.
describe('the fixed clock', () => {
  it('is the page’s time', async () => {
    const { context, page } = await open({});
    expect(await page.evaluate(() => Date.now())).toBe(NOW.getTime());
    await context.close();
  });
});

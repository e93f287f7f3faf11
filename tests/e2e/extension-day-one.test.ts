/**
 * The extension's first minute and every day after, in real Chromium with the built extension:
 * the welcome page on a fresh install, "Follow this site" on a partner site that offers an RSS
 * feed, an .ics calendar, The Events Calendar's REST API and an <inclusio-events> widget, a
 * notification for a new relevant event from a followed source, seven saves in one tick, and an
 * imported backup whose sources are not read before access is granted. Screenshots of the
 * welcome page, popup and options in English and Arabic go to .output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeed } from '../../lib/model/feed.ts';
import { makeEvent } from '../fixtures/extension/events.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { axeViolations, fixedDay, FIXED_NOW, startExtension, type ExtensionHarness } from './support/extension.ts';

// Callbacks below run inside extension pages, where `chrome` is the extension API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const shots = join(import.meta.dirname, '..', '..', '.output', 'screenshots');
const compact = (day: string) => day.replaceAll('-', '');

let server: TestServer;
let ext: ExtensionHarness;
let welcome: Page | undefined;
const icsEvents: Array<{ uid: string; day: string; title: string }> = [
  { uid: 'language-cafe', day: fixedDay(9), title: 'Language café for newcomers and volunteers' },
];

function icsBody(): string {
  const events = icsEvents.map((e) => [
    'BEGIN:VEVENT', `UID:${e.uid}@welcome-gent`, `DTSTAMP:${compact(fixedDay(0))}T080000Z`,
    `DTSTART;TZID=Europe/Brussels:${compact(e.day)}T140000`, `DTEND;TZID=Europe/Brussels:${compact(e.day)}T160000`,
    `SUMMARY:${e.title}`, 'LOCATION:Wijkcentrum\\, Gent', 'END:VEVENT',
  ].join('\r\n'));
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Welcome Gent//Agenda//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Welcome Gent news</title><link>SITE/</link><description>News</description>
<item><title>Mentoring programme for refugee women opens</title><link>SITE/news/mentoring</link><guid>SITE/news/mentoring</guid>
<pubDate>Mon, 04 Mar 2030 08:00:00 GMT</pubDate>
<description>Our mentoring programme for refugee women starts with an information session on 20 March 2030 at 18:00 in the Wijkcentrum, Gent. Register by 15 March.</description></item>
</channel></rss>`;

const tec = JSON.stringify({
  events: [{ id: 41, title: 'Training: labour market integration of refugees', start_date: `${fixedDay(12)} 10:00:00`, end_date: `${fixedDay(12)} 12:00:00`,
    timezone: 'Europe/Brussels', url: 'SITE/event/training/', description: '<p>For job coaches working with refugees.</p>' }],
  total: 1, total_pages: 1,
});

const sitePage = (site: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Agenda – Welcome Gent</title>
<meta property="og:site_name" content="Welcome Gent">
<link rel="alternate" type="application/rss+xml" title="News" href="${site}/feed.xml">
<link rel="https://api.w.org/" href="${site}/wp-json/">
<script src="${site}/wp-content/plugins/the-events-calendar/common/build/js/tribe-common.js" defer></script>
<script src="${site}/watch.js"></script>
</head><body><main class="tribe-events-view">
<h1>Agenda for newcomers</h1>
<p>Our <a href="${site}/agenda.ics">calendar (.ics)</a> lists language cafés and workshops for refugees and newcomers.</p>
<inclusio-events src="${site}/network/feed.json" lang="en"></inclusio-events>
</main></body></html>`;

async function setLanguage(lang: string) {
  await ext.run(async (l: string) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, uiLanguage: l } });
  }, lang);
}

const settingsNow = () => ext.run(async () => (await chrome.storage.sync.get('settings')).settings ?? { sources: [] });

beforeAll(async () => {
  server = await startServer();
  const site = server.origin;
  server.serve('/agenda/', sitePage(site), 'text/html; charset=utf-8');
  server.serve('/feed.xml', rss.replaceAll('SITE', site), 'application/rss+xml');
  // The page writes down anything an extension could tell it: messages, events, DOM changes.
  server.serve('/watch.js', `window.noticed = [];
addEventListener('message', (e) => noticed.push('message ' + JSON.stringify(e.data)));
for (const type of ['wxt:content-script-started', 'wxt:locationchange']) document.addEventListener(type, () => noticed.push(type));
addEventListener('load', () => new MutationObserver((list) => noticed.push('dom ' + list.length)).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true }));`, 'text/javascript');
  server.route('/agenda.ics', (_req, res) => void res.writeHead(200, { 'content-type': 'text/calendar' }).end(icsBody()));
  server.serve('/wp-json/tribe/events/v1/events', tec.replaceAll('SITE', site), 'application/json');
  const network = createFeed('Welcome network', [
    makeEvent({ id: 'net-job-fair', title: 'Job fair for refugees and employers', start: `${fixedDay(15)}T09:30`, end: `${fixedDay(15)}T16:00`, mode: 'in-person', location: { city: 'Gent', country: 'BE' }, topics: ['labour'] }),
  ], new Date(FIXED_NOW));
  server.serve('/network/feed.json', JSON.stringify(network), 'application/json');
  mkdirSync(shots, { recursive: true });
  ext = await startExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('first minute', () => {
  it('a fresh install opens the welcome page, axe-clean in English and Arabic', async () => {
    // The fresh profile's install opens the welcome tab on its own.
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    for (let i = 0; i < 100 && !welcome; i++) {
      welcome = ext.context.pages().find(isWelcome);
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    expect(welcome, 'the welcome tab').toBeDefined();
    // Exactly one welcome tab.
    expect(ext.context.pages().filter(isWelcome)).toHaveLength(1);
    const page = welcome!;
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.locator('#sources').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Inclusio' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'welcome-en.png'), fullPage: true });
    await setLanguage('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.querySelector('h1')?.textContent?.includes('إنكلوزيو'));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'welcome-ar.png'), fullPage: true });
    // The suggested sources speak her language too: their descriptions, and the languages each publishes in.
    const firstSuggestion = page.locator('#sources .directory li').first();
    await expect.poll(() => firstSuggestion.textContent()).toContain('الموجز المشترك للشبكة');
    expect(await firstSuggestion.textContent()).toMatch(/اللغات: .*الإنجليزية/);
    await setLanguage('auto');
    // The test build suggests the demo directory, never a store one.
    await expect.poll(() => page.locator('#sources .directory li').count()).toBe(5);
  });

  it('"Follow this site" finds the RSS feed, the .ics calendar, the TEC endpoint and the widget feed, and adds each', async () => {
    const site = await ext.context.newPage();
    await site.goto(server.url('/agenda/'));
    const tabId = await ext.run((url: string) => chrome.tabs.query({ url }).then((tabs: any) => tabs[0]?.id), server.url('/agenda/'));
    const popup = await ext.open(`popup.html?view=page&tab=${tabId}`);
    await popup.locator('.follow').waitFor();
    const kinds = await popup.locator('.follow li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['ics', 'rss', 'tec', 'widget']);
    await popup.screenshot({ path: join(shots, 'popup-follow-en.png'), fullPage: true });
    for (const kind of ['rss', 'ics', 'tec', 'widget']) {
      await popup.locator(`.follow li[data-kind="${kind}"] button.follow-button`).click();
      await popup.locator(`.follow li[data-kind="${kind}"] [role="status"]`).waitFor();
    }
    const sources = await ext.until(async () => {
      const s = (await chrome.storage.sync.get('settings')).settings.sources;
      return s.length === 4 && s;
    }, undefined, 'four followed sources');
    expect(sources.map((s: { url: string }) => s.url).sort()).toEqual(
      [server.url('/agenda.ics'), server.url('/feed.xml'), server.url('/network/feed.json'), server.url('/wp-json/tribe/events/v1/events')].sort(),
    );
    // Named after the site, the feed's own title when the site offers several.
    expect(sources.every((s: { name: string }) => s.name.startsWith('Welcome Gent'))).toBe(true);
    expect(await popup.locator('.follow li[data-kind="ics"] button.follow-button').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    // Reading the page told the page nothing.
    expect(await site.evaluate(() => (globalThis as unknown as { noticed: string[] }).noticed)).toEqual([]);
    await site.close();
  });

  it('a new relevant event from a followed source gives a notification', async () => {
    // The first read of a source is a baseline; wait for it.
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => (r.feedCache?.[u]?.events?.length ?? 0) === 1), server.url('/agenda.ics'), 'the first read of the calendar');
    await ext.run(() => chrome.notifications.getAll().then((all: any) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    icsEvents.push({ uid: 'job-coaching', day: fixedDay(20), title: 'Job fair for refugees and employers in Gent' });
    await ext.run(() => chrome.alarms.create('refresh', { when: Date.now() + 50, periodInMinutes: 60 }));
    const ids = await ext.until(() => chrome.notifications.getAll().then((n: any) => Object.keys(n).length > 0 && Object.keys(n)), undefined, 'a notification');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^new\|/);
  });
});

describe('every day after', () => {
  it('seven Save clicks in one tick store seven events', async () => {
    const many = Array.from({ length: 9 }, (_, i) =>
      makeEvent({ id: `many-${i}`, title: `Workshop ${i + 1}: housing rights of refugees`, start: `${fixedDay(3 + i)}T10:00`, end: `${fixedDay(3 + i)}T12:00`, topics: ['housing'] }));
    server.serve('/many.json', JSON.stringify(createFeed('Many', many, new Date(FIXED_NOW))), 'application/json');
    await ext.run(async (url: string) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, sources: [...settings.sources, { url, name: 'Many', enabled: true }] } });
      await chrome.runtime.sendMessage({ type: 'refresh' });
    }, server.url('/many.json'));
    const popup = await ext.open('popup.html');
    await popup.locator('li[data-id="many-6"]').waitFor();
    const before = await ext.run(async () => Object.keys((await chrome.storage.local.get('savedEvents')).savedEvents ?? {}).length);
    // One task, seven clicks: the storage writes race unless they are serialised.
    await popup.evaluate(() => {
      for (let i = 0; i < 7; i++) (document.querySelector(`li[data-id="many-${i}"] button.save`) as HTMLButtonElement).click();
    });
    const saved: string[] = await ext.until(async (n: number) => {
      const keys = Object.keys((await chrome.storage.local.get('savedEvents')).savedEvents ?? {});
      return keys.filter((k) => k.startsWith('many-')).length >= n ? keys : undefined;
    }, 7, 'seven saved events') as string[];
    expect(saved.filter((k: string) => k.startsWith('many-')).sort()).toEqual(['many-0', 'many-1', 'many-2', 'many-3', 'many-4', 'many-5', 'many-6']);
    expect(saved.length).toBe(before + 7);
    // Saved events are the user's own: never marked New.
    await popup.reload();
    await popup.locator('li[data-id="many-0"]').waitFor();
    expect(await popup.locator('li[data-id="many-0"] .new-badge').count()).toBe(0);
    await popup.close();
  });

  it('the popup paints only a first screen of 400 matching events', async () => {
    const events = Array.from({ length: 400 }, (_, i) =>
      makeEvent({ id: `bulk-${i}`, title: `Webinar ${i + 1}: refugees and the labour market`, start: `${fixedDay(1 + (i % 60))}T${String(8 + (i % 10)).padStart(2, '0')}:00`, end: undefined, topics: ['labour'] }));
    await ext.run(async (list: unknown[]) => {
      const url = 'http://127.0.0.1/bulk.json';
      const { settings } = await chrome.storage.sync.get('settings');
      const { feedCache } = await chrome.storage.local.get('feedCache');
      await chrome.storage.local.set({ feedCache: { ...feedCache, [url]: { url, events: list, validators: {}, lastGood: new Date().toISOString(), lastChecked: new Date().toISOString() } } });
      // With its version mark, as the extension writes it (else it would be migrated as a first-release value).
      await chrome.storage.sync.set({ settings: { ...settings, sources: [...(settings?.sources ?? []), { url, name: 'Bulk', enabled: true }] }, settings$: { v: 3 } });
    }, events);
    const timings: number[] = [];
    for (let run = 0; run < 5; run++) {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      // Records, inside the page, when the first event appears (the page's own clock, from navigation start).
      await popup.addInitScript(() => {
        new MutationObserver((_m, observer) => {
          if (document.querySelector('.items .item')) {
            (globalThis as unknown as { firstItemAt: number }).firstItemAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await popup.locator('.items .item').first().waitFor();
      timings.push(await popup.evaluate(() => (globalThis as unknown as { firstItemAt: number }).firstItemAt));
      expect(await popup.locator('.items .item').count()).toBeLessThanOrEqual(20);
      await popup.close();
    }
    // Time is reported, not asserted (a loaded CI machine is no measure); the budget is checked by
    // the page's structure above: only a first screen of events is drawn, whatever the count.
    console.log(`popup: first of 400 events painted at ${timings.map(Math.round).join(', ')} ms (budget 150 ms)`);
    await ext.run(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, sources: settings.sources.filter((s: { name: string }) => s.name !== 'Bulk') } });
    });
  });

  it('the popup and options look right in English and Arabic (screenshots) and pass axe', async () => {
    for (const lang of ['en', 'ar']) {
      await setLanguage(lang);
      const popup = await ext.open('popup.html');
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.locator('.items .item').first().waitFor();
      await popup.screenshot({ path: join(shots, `popup-${lang}.png`) });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      const options = await ext.open('options.html');
      await options.setViewportSize({ width: 1100, height: 1400 });
      await options.locator('#sources .sources li').first().waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.screenshot({ path: join(shots, `options-${lang}.png`), fullPage: true });
      await options.close();
    }
    await setLanguage('auto');
  });

  it('an imported backup lists its sources as waiting for access and reads none of them before access is granted', async () => {
    // The e2e build may read 127.0.0.1 only: the same server under the name "localhost" is a site never granted.
    const foreign = server.origin.replace('127.0.0.1', 'localhost');
    const settings = await settingsNow();
    const backup = {
      format: 'inclusio-extension-backup', version: 1, exportedAt: FIXED_NOW,
      settings: { ...settings, sources: [...settings.sources, { url: `${foreign}/imported.json`, name: 'Imported network', enabled: true }] },
      savedEvents: {},
    };
    server.serve('/imported.json', JSON.stringify(createFeed('Imported', [], new Date(FIXED_NOW))), 'application/json');
    const options = await ext.open('options.html');
    await options.locator('#backup input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await options.locator('#backup [role="status"]').waitFor();
    await options.locator('.access-notice').getByText('Imported network').waitFor();
    await options.locator('.access-notice button[name="grant-all"]').waitFor();
    await options.locator(`#sources li[data-url="${foreign}/imported.json"] .source-state`).getByText(/Waiting for access/).waitFor();

    const asked = server.requests.length;
    await ext.run(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => r.feedCache?.[u]?.needsAccess === true), `${foreign}/imported.json`, 'the source to be marked as waiting');
    expect(server.requests.slice(asked).filter((r) => r.path === '/imported.json')).toEqual([]);
    const popup = await ext.open('popup.html');
    await popup.locator('.source-notices').getByText(/Imported network is waiting for access/).waitFor();
    expect(await popup.locator('.source-notices').textContent()).not.toMatch(/Showing the events/);
    await popup.close();
    await options.close();
  });
});

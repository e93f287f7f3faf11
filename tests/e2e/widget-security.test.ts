/**
 * The widget on unfriendly pages: aggressive host CSS, a strict Content-Security-Policy,
 * feeds carrying XSS payloads, and a check that it talks to no origin but the page's and
 * the feeds' (no fonts, analytics or CDNs).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/http-server.ts';
import { startServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, hostileEvents, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, servePage, startWidgetServer, waitForEvents, waitForSettled } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
let feeds: TestServer;
const today = todayIn();
// From tomorrow: an event that ends while the tests run would leave the list.
const events = makeEvents(30, dayAfter(today, 1));

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.serve('/feed.json', JSON.stringify(makeFeed(events)), 'application/json');
  // Text payloads pass feed validation (URLs would not), so they reach the renderer.
  const hostileText = hostileEvents(dayAfter(today, 1)).map((e) => ({ ...e, url: 'https://ok.example.org/', onlineUrl: undefined, registrationUrl: undefined, organizer: { name: e.organizer!.name } }));
  server.serve('/hostile.json', JSON.stringify(makeFeed(hostileText)), 'application/json');
  // A second origin, like a partner's feed host: as strict as a static host (GET/HEAD only,
  // Access-Control-Allow-Origin: * and nothing more, OPTIONS refused).
  feeds = await startServer();
  feeds.route('/partner.json', (req, res) => {
    if (req.method === 'OPTIONS') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json', etag: '"p1"' }).end(JSON.stringify(makeFeed(makeEvents(5, dayAfter(today, 2)).map((e) => ({ ...e, id: `p-${e.id}`, title: `Partner: ${e.title}` })))));
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await feeds?.close();
});

describe('hostile host page', () => {
  it('keeps its layout under `* { all: unset }`, hidden divs and huge fonts', async () => {
    const css = `* { all: unset !important; } div { display: none !important; } html { font-size: 48px !important; }
      body { font: 60px/3 serif !important; color: red !important; letter-spacing: 12px !important; }
      button, li, h3, h4, summary, details, input { display: none !important; }`;
    const url = servePage(server, '/hostile-css.html', { widgets: [{ src: '/feed.json' }], css });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    const box = await w.boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    const title = w.locator('li.event .link-button').first();
    expect(await title.isVisible()).toBe(true);
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: s.fontSize, spacing: s.letterSpacing, color: s.color };
    });
    expect(style.size).toBe('17px');
    expect(style.spacing).toBe('normal');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(await w.getByRole('searchbox').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/inclusio-hostile-css.png' }).catch(() => undefined);
    await context.close();
  });
});

describe('strict Content-Security-Policy', () => {
  it("renders, switches views and downloads under default-src 'self' without violations", async () => {
    const url = servePage(server, '/csp.html', { widgets: [{ src: '/feed.json', lang: 'de' }], csp: "default-src 'self'" });
    const { page, console, context } = await openPage(browser, '');
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    await waitForEvents(page);
    // The list whole before clicking through it: its footer moves down while the rest is drawn.
    await waitForSettled(page);
    const w = page.locator('inclusio-events');
    await w.locator('li.event .link-button').first().click();
    await w.locator('.detail').waitFor();
    await w.getByRole('button', { name: 'Zurück zur Übersicht' }).click();
    await w.getByRole('button', { name: 'Monat' }).click();
    await w.locator('table.grid').waitFor();
    await w.getByRole('button', { name: 'Liste' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: /Alle angezeigten/ }).click()]);
    expect(download.suggestedFilename()).toBe('events.ics');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    await context.close();
  });
});

describe('XSS payloads in feeds', () => {
  const noScriptRan = async (page: import('playwright-core').Page) => {
    const state = await page.evaluate(() => {
      const root = document.querySelector('inclusio-events')!.shadowRoot!;
      const all = [...root.querySelectorAll('*')];
      return {
        xss: (window as unknown as { __xss?: number }).__xss ?? 0,
        dialogs: 0,
        imgs: root.querySelectorAll('img, script, iframe, object, embed').length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        badLinks: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:|webcal:|blob:)/.test(h)),
        foreignSvg: [...root.querySelectorAll('svg')].filter((s) => !s.classList.contains('icon')).length,
      };
    });
    expect(state).toEqual({ xss: 0, dialogs: 0, imgs: 0, handlers: 0, badLinks: [], foreignSvg: 0 });
  };

  it('shows payloads in titles, descriptions, places and organisers as inert text', async () => {
    const url = servePage(server, '/xss-feed.html', { widgets: [{ src: '/hostile.json' }] });
    const { page, context } = await openPage(browser, url);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    expect(await w.locator('.event-title').first().textContent()).toContain('<img src=x onerror=');
    await w.locator('li.event .link-button').first().click();
    await w.locator('.detail').waitFor();
    expect(await w.locator('.description').textContent()).toContain('<svg onload=');
    // The one real https URL in the description became a link; nothing else did.
    expect(await w.locator('.description a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://ok.example.org/?q=']);
    await noScriptRan(page);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('never turns javascript: or data: URLs into links, even from script-given events', async () => {
    const url = servePage(server, '/xss-urls.html', { widgets: [{}] });
    const { page, context } = await openPage(browser, url);
    await page.waitForFunction(() => !!customElements.get('inclusio-events'));
    await page.evaluate((list) => {
      (document.querySelector('inclusio-events') as unknown as { events: unknown }).events = list;
    }, hostileEvents(dayAfter(today, 1)));
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await w.locator('li.event .link-button').first().click();
    await w.locator('.detail').waitFor();
    await w.locator('.detail summary').click();
    await expect.poll(() => w.locator('.detail .atc-menu li').count()).toBeGreaterThan(0);
    // No register / join / more-info buttons: none of those URLs is http(s).
    expect(await w.locator('.detail-actions a.button-link').count()).toBe(0);
    await noScriptRan(page);
    await context.close();
  });
});

describe('network privacy', () => {
  it('requests nothing from any origin but the page and its feeds', async () => {
    const url = servePage(server, '/origins.html', { widgets: [{ src: `/feed.json ${feeds.url('/partner.json')}` }] });
    const { page, context } = await openPage(browser, '');
    const origins = new Set<string>();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith('http')) origins.add(u.origin);
    });
    await page.goto(url);
    await waitForEvents(page);
    const w = page.locator('inclusio-events');
    await expect.poll(async () => (await w.locator('.event-title').allTextContents()).some((t) => t.startsWith('Partner:'))).toBe(true);
    // Exercise every lazy part: detail, month view, calendar menu, another language.
    await w.locator('li.event .link-button').first().click();
    await w.locator('.detail summary').click();
    await w.locator('.detail .atc-menu a').first().waitFor();
    await w.getByRole('button', { name: 'Back to events' }).click();
    await w.getByRole('button', { name: 'Month' }).click();
    await w.locator('table.grid').waitFor();
    await page.evaluate(() => document.querySelector('inclusio-events')!.setAttribute('lang', 'uk'));
    await expect.poll(() => w.locator('.root').getAttribute('lang')).toBe('uk');
    expect([...origins].sort()).toEqual([server.origin, feeds.origin].sort());
    expect(feeds.requests.filter((r) => r.method === 'OPTIONS')).toEqual([]);
    await context.close();
  });
});

/**
 * axe-core over every view of the widget, in light and dark, left to right and right to left:
 * zero violations. Also checks the live region, focus visibility and target sizes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/http-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { dayAfter, makeEvents, makeFeed, todayIn } from './support/widget-fixtures.ts';
import { ensureWidgetBuilt, openPage, runAxe, servePage, startWidgetServer, waitForEvents, waitForSettled } from './support/widget-harness.ts';

let browser: Browser;
let server: TestServer;
const today = todayIn();

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startWidgetServer();
  server.serve('/feed.json', JSON.stringify(makeFeed(makeEvents(60, dayAfter(today, -5)), '/feed.ics')), 'application/json');
  server.route('/down.json', (_req, res) => void res.writeHead(500).end());
  // Never answers: the widget stays in its loading state as long as the test looks at it.
  server.route('/slow.json', () => undefined);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Step = (page: Page) => Promise<void>;
const w = (page: Page) => page.locator('inclusio-events');
const views: Array<[string, Step]> = [
  ['list', async () => undefined],
  ['filters open', async (page) => {
    await w(page).locator('.more-filters summary').click();
    await w(page).locator('.filter-grid select').first().waitFor();
  }],
  ['calendar menu open', async (page) => {
    await w(page).locator('li.event summary').first().click();
    await w(page).locator('.atc-menu a').first().waitFor();
  }],
  ['past events', async (page) => {
    await w(page).locator('.segmented button').nth(3).click();
    await waitForEvents(page);
  }],
  ['event detail', async (page) => {
    await w(page).locator('li.event .link-button').first().click();
    await w(page).locator('.detail').waitFor();
  }],
  ['month', async (page) => {
    await w(page).locator('.segmented button').nth(1).click();
    await w(page).locator('table.grid').waitFor();
  }],
  ['month with a day open', async (page) => {
    await w(page).locator('.segmented button').nth(1).click();
    await w(page).locator(`button[data-day="${today}"]`).click();
    await w(page).locator('.day-panel').waitFor();
  }],
];

describe('axe-core: no violations', () => {
  for (const [lang, scheme] of [['en', 'light'], ['en', 'dark'], ['ar', 'light'], ['ar', 'dark'], ['fr', 'light'], ['uk', 'dark']] as const) {
    for (const [name, step] of views) {
      it(`${name} (${lang}, ${scheme})`, async () => {
        const url = servePage(server, `/a11y-${lang}.html`, { widgets: [{ src: '/feed.json', lang }], lang });
        const { page, context } = await openPage(browser, url, { colorScheme: scheme });
        await waitForEvents(page);
        await expect.poll(() => w(page).locator('.root').getAttribute('lang')).toBe(lang);
        // axe walks a page that has stopped changing: the feed read in full and the list drawn whole.
        await waitForSettled(page);
        await step(page);
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('error state and narrow layout', async () => {
    const url = servePage(server, '/a11y-narrow.html', { widgets: [{ src: '/down.json', timeout: '1000' }, { src: '/feed.json', theme: 'dark' }] });
    const { page, context } = await openPage(browser, url, { viewport: { width: 360, height: 800 } });
    await w(page).first().getByRole('alert').waitFor({ timeout: 20_000 });
    await waitForEvents(page, 1);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});

describe('accessible behaviour', () => {
  it('announces result counts in a polite live region', async () => {
    const url = servePage(server, '/live.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    const status = w(page).locator('[role=status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await w(page).getByRole('searchbox').fill('lyon');
    await expect.poll(() => status.textContent()).toMatch(/^\d events?$/);
    await context.close();
  });

  it('shows a visible focus ring and keeps targets at least 24 px', async () => {
    const url = servePage(server, '/focus.html', { widgets: [{ src: '/feed.json' }] });
    const { page, context } = await openPage(browser, url);
    await waitForEvents(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.querySelector('inclusio-events')!.shadowRoot!.activeElement!;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    const small = await page.evaluate(() => {
      const root = document.querySelector('inclusio-events')!.shadowRoot!;
      return [...root.querySelectorAll('button, summary, select, input, .segmented button')]
        .map((el) => ({ el: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.height < 24 || r.width < 24))
        .map(({ el, r }) => `${el} ${r.width}x${r.height}`);
    });
    expect(small).toEqual([]);
    await context.close();
  });

  it('stops animating when reduced motion is asked for', async () => {
    const url = servePage(server, '/motion.html', { widgets: [{ src: '/slow.json', timeout: '30000' }] });
    const { page, context } = await openPage(browser, '');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    const spinner = w(page).locator('.spinner');
    await spinner.waitFor();
    expect(await spinner.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await context.close();
  });
});

/**
 * The extension as its users live with it, in real Chromium from a fresh profile: a practitioner
 * in Lyon installs it, picks French (then Arabic) and her interests on the welcome page, follows
 * a network's feed.json from a strict static host, is notified of a new workshop, keeps her
 * events when the host breaks and is told why in her language, saves a workshop from a news post
 * in one keystroke, is reminded before it and adds it to her calendar; all by keyboard, with the
 * roles and names a screen reader reads. The extension's clock is the e2e build's fixed clock
 * (FIXED_NOW), never the machine's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { createFeed } from '../../lib/model/feed.ts';
import { makeEvent } from '../fixtures/extension/events.ts';
import { startStaticHost, type StaticHost } from '../support/static-host.ts';
import { axeViolations, fixedDay, FIXED_NOW, startExtension, type ExtensionHarness } from './support/extension.ts';

// Callbacks below run inside extension pages, where `chrome` is the extension API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const FEED = '/reseau/agenda/feed.json';
const POST = '/actualites/2030/03/02/atelier-emploi-refugies/';
/** The same kind of post a year older: its "17 mars" is 2029's, not the next one. */
const OLD_POST = '/actualites/2029/02/25/atelier-emploi-refugies/';

const lyon = (id: string, title: string, offset: number, topics: InclusionEvent['topics']) =>
  makeEvent({ id, title, start: `${fixedDay(offset)}T14:00`, end: `${fixedDay(offset)}T16:00`, timeZone: 'Europe/Paris', mode: 'in-person', location: { name: 'Maison des associations', city: 'Lyon', country: 'FR' }, topics });
const workshop = lyon('lyon-atelier-cv', 'Atelier CV pour personnes réfugiées', 6, ['labour']);
const cafe = lyon('lyon-cafe-langues', 'Café des langues pour nouveaux arrivants', 9, ['language']);
const jobDating = lyon('lyon-job-dating', 'Job dating : employeurs et personnes réfugiées', 12, ['labour']);

// A migrant-inclusion project's news post, written for this test in the style such posts have:
// the date without a year ("le 17 mars à 14h30"), the year only in the page's address.
const newsPost = (footerYear: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Un atelier pour l'emploi des personnes réfugiées – Réseau Accueil</title></head>
<body><header><nav><a href="/">Accueil</a> <a href="/actualites/">Actualités</a> <a href="/projet/">Le projet</a></nav></header>
<main><article><h1>Un atelier pour l'emploi des personnes réfugiées</h1>
<p>Dans le cadre de notre projet d'inclusion des personnes migrantes, nous organisons un atelier d'orientation professionnelle
pour les personnes réfugiées et demandeuses d'asile. L'atelier aura lieu le 17 mars à 14h30 à la Maison des associations,
12 rue Sainte-Hélène, Lyon.</p>
<p>Inscription gratuite auprès de l'équipe avant le 12 mars. L'atelier se déroule en français, avec interprétation en arabe
et en ukrainien.</p></article></main>
<footer>© ${footerYear} Réseau Accueil – Projet cofinancé par l'Union européenne</footer></body></html>`;

let host: StaticHost;
let ext: ExtensionHarness;
let feedEvents: InclusionEvent[] = [workshop, cafe];
const publishFeed = () => host.put(FEED, { body: JSON.stringify(createFeed('Réseau Accueil Lyon', feedEvents, new Date(FIXED_NOW))), contentType: 'application/json' });

beforeAll(async () => {
  host = await startStaticHost();
  publishFeed();
  host.put(POST, { body: newsPost('2030'), contentType: 'text/html; charset=utf-8' });
  host.put(OLD_POST, { body: newsPost('2029'), contentType: 'text/html; charset=utf-8' });
  // A reader in London: a workshop in Paris shows its own clock beside the reader's, whatever the machine's zone
  // (on a machine set to Brussels, Paris's clock is the reader's and the test found no second clock).
  ext = await startExtension({ timeZone: 'Europe/London' });
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
});

const feedUrl = () => host.url(FEED);

async function setLanguage(lang: string) {
  await ext.run(async (l: string) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, uiLanguage: l } });
  }, lang);
}

/** The popup once it has drawn its events or a settled message (not the "…" of loading). */
async function openPopup(query = ''): Promise<Page> {
  const popup = await ext.open(`popup.html${query}`);
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.waitForFunction(() => document.querySelector('.items .item, .page-verdict, .notice') || [...document.querySelectorAll('.empty')].some((e) => (e.textContent ?? '').trim() && e.textContent!.trim() !== '…'));
  return popup;
}

async function fireRefreshAlarm() {
  await ext.run(() => chrome.alarms.create('refresh', { when: Date.now() + 50, periodInMinutes: 60 }));
}

const tabIdOf = (url: string) => ext.run((u: string) => chrome.tabs.query({ url: u }).then((tabs: Array<{ id: number }>) => tabs[0]?.id), url);

/** What has keyboard focus, as a screen reader names it (role and accessible text, roughly). */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement;
  return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), text: (el.textContent ?? '').trim() };
});

describe('first minute, in French', () => {
  it('the welcome page takes a language, interests and a feed URL from a strict static host; the popup lists its events in French', async () => {
    let welcome: Page | undefined;
    for (let i = 0; i < 100 && !welcome; i++) {
      welcome = ext.context.pages().find((p) => p.url().endsWith('/welcome.html'));
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    expect(welcome, 'the welcome tab of a fresh install').toBeDefined();
    const page = welcome!;
    await page.locator('#sources').waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Inclusio' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
    await page.getByRole('checkbox', { name: 'Travail et emploi' }).check();
    await page.getByRole('checkbox', { name: 'Apprentissage des langues' }).check();
    await page.locator('#interests [role="status"]').getByText('Enregistré.').waitFor();
    // The address typed, then Enter: no mouse needed.
    const address = page.getByRole('textbox', { name: /Adresse d'un flux/ });
    await address.fill(feedUrl());
    await address.press('Enter');
    await page.locator('#sources [role="status"]').getByText('Réseau Accueil Lyon ajouté : 2 événements trouvés.').waitFor();
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => (r.feedCache?.[u]?.events?.length ?? 0) === 2), feedUrl(), 'the first read of the feed');

    const popup = await openPopup();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await popup.locator('.items .item-title').allTextContents()).toEqual([workshop.title, cafe.title]);
    // 10 March 2030 at 14:00 in Lyon, in French.
    expect(await popup.locator(`li[data-id="${workshop.id}"] .item-day`).textContent()).toBe('10 mars 2030');
    expect(await popup.getByRole('tab', { selected: true }).textContent()).toBe('Pour vous');
    await popup.close();
    // A static host: GET (and HEAD) only, never a preflight; the second read revalidated its ETag.
    expect(host.count('OPTIONS')).toBe(0);
    expect(host.requests.filter((r) => r.path === FEED).map((r) => r.status)).toContain(304);
    expect(host.requests.filter((r) => r.path === FEED).every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
  });

  it('in Arabic the welcome page and popup read right to left, with Arabic dates', async () => {
    const welcome = ext.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await welcome.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
    await welcome.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    expect(await axeViolations(welcome)).toEqual([]);
    const popup = await openPopup();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await popup.locator(`li[data-id="${workshop.id}"] .item-day`).textContent()).toMatch(/مارس/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    // Cities typed on an Arabic keyboard are separated by the Arabic comma (U+060C).
    const cities = welcome.locator('input[name="cities"]');
    await cities.fill('Lyon، Paris');
    await cities.press('Tab');
    const saved = await ext.until(() => chrome.storage.sync.get('settings').then((r: any) => r.settings.interests.cities.length > 0 && r.settings.interests.cities), undefined, 'the cities');
    expect(saved).toEqual(['Lyon', 'Paris']);
    const inLyon = await openPopup();
    expect(await inLyon.locator('.items .item-title').allTextContents()).toEqual([workshop.title, cafe.title]);
    await inLyon.close();
    await cities.fill('');
    await cities.press('Tab');
    await ext.until(() => chrome.storage.sync.get('settings').then((r: any) => r.settings.interests.cities.length === 0), undefined, 'no cities');
    await setLanguage('fr');
  });
});

describe('news from the source, and a source that breaks', () => {
  it('a new relevant event published later gives one notification after the refresh alarm', async () => {
    await ext.run(() => chrome.notifications.getAll().then((all: object) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    feedEvents = [...feedEvents, jobDating];
    publishFeed();
    await fireRefreshAlarm();
    const ids = await ext.until(() => chrome.notifications.getAll().then((n: object) => Object.keys(n).length > 0 && Object.keys(n)), undefined, 'a notification');
    expect(ids).toEqual([expect.stringMatching(new RegExp(`^new\\|${jobDating.id}\\|`))]);
  });

  it.each([
    ['an HTML error page where the feed was', { body: '<!doctype html><html><head><title>Erreur</title></head><body><h1>Service momentanément indisponible</h1></body></html>', contentType: 'text/html; charset=utf-8' },
      'cette adresse a renvoyé une page web, pas un calendrier ni un flux', 'أعاد هذا العنوان صفحة ويب، لا تقويمًا ولا موجزًا'],
    ['a 503', { body: 'maintenance', contentType: 'text/plain', status: 503 },
      'le site a répondu par une erreur (HTTP 503)', 'ردّ الموقع بخطأ (HTTP 503)'],
  ])('%s keeps every event read before, and the popup and options say why, short, in the user\'s language', async (_what, broken, french, arabic) => {
    const cachedBefore = await ext.run((u: string) => chrome.storage.local.get('feedCache').then((r: any) => r.feedCache[u].events.map((e: { id: string }) => e.id)), feedUrl());
    host.put(FEED, broken);
    await fireRefreshAlarm();
    await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => Boolean(r.feedCache?.[u]?.error)), feedUrl(), 'the failure to be noted');
    try {
    expect(await ext.run((u: string) => chrome.storage.local.get('feedCache').then((r: any) => r.feedCache[u].events.map((e: { id: string }) => e.id)), feedUrl())).toEqual(cachedBefore);

    const popup = await openPopup();
    const notice = (await popup.locator('.source-notices').textContent())!;
    expect(notice).toBe(`Réseau Accueil Lyon n’a pas pu être lu : ${french}. Les événements lus auparavant restent affichés.`);
    expect(await popup.locator('.items .item-title').allTextContents()).toEqual([workshop.title, cafe.title, jobDating.title]);
    await popup.close();
    const options = await ext.open('options.html');
    await options.locator(`#sources li[data-url="${feedUrl()}"] .source-state`).getByText(`dernière vérification échouée : ${french}`, { exact: false }).waitFor();
    await options.close();
    await setLanguage('ar');
    const arabicPopup = await openPopup();
    // Values in an Arabic sentence are bidi-isolated (U+2068...U+2069).
    expect((await arabicPopup.locator('.source-notices').textContent())!.replace(/[\u2068\u2069]/g, '')).toContain(arabic);
    expect(await arabicPopup.locator('.source-notices').textContent()).not.toMatch(/http:|returned|answered/);
    await arabicPopup.close();
    } finally {
      await setLanguage('fr');
      // The host recovers: the next read clears the error.
      publishFeed();
      await fireRefreshAlarm();
      await ext.until((u: string) => chrome.storage.local.get('feedCache').then((r: any) => !r.feedCache?.[u]?.error), feedUrl(), 'the source to recover');
    }
  });

  it('an address that is not a feed is refused with a reason in French, not a technical message', async () => {
    const options = await ext.open('options.html');
    const address = options.getByRole('textbox', { name: /Adresse d'un flux/ });
    await address.fill(host.url('/reseau/agenda/ancien-flux.json'));
    await address.press('Enter');
    await options.locator('#sources [role="status"]').getByText('Non ajouté : rien n’a été trouvé à cette adresse (erreur 404)').waitFor();
    await options.close();
  });
});

// A city's page for newcomers from Ukraine, written for this test: the day without a year.
const UK_POST = '/uk/novyny/informatsiina-zustrich/';
const ukrainianPost = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Інформаційна зустріч для українців – Місто Ліон</title></head>
<body><header><nav><a href="/uk/">Головна</a> <a href="/uk/novyny/">Новини</a></nav></header>
<main><article><h1>Інформаційна зустріч для українців</h1>
<p>Запрошуємо людей з України, які мають тимчасовий захист, на інформаційну зустріч щодо житла та працевлаштування.
Зустріч відбудеться 17 березня о 14:30 у Будинку асоціацій, вул. Сент-Елен 12, Ліон.</p>
<p>Реєстрація до 12 березня. Зустріч проходить українською мовою.</p></article></main></body></html>`;

describe('a page in Ukrainian', () => {
  it('"Sur cette page" reads its gathering: day, hour and place, from a page in Cyrillic', async () => {
    host.put(UK_POST, { body: ukrainianPost, contentType: 'text/html; charset=utf-8' });
    await setLanguage('fr');
    const news = await ext.context.newPage();
    await news.goto(host.url(UK_POST));
    const popup = await openPopup(`?view=page&tab=${await tabIdOf(host.url(UK_POST))}`);
    await popup.locator('.items .item').first().waitFor();
    expect(await popup.locator('.items .item-day').allTextContents()).toEqual(['17 mars 2030']);
    expect(await popup.locator('.items .item').first().textContent()).toContain('Інформаційна зустріч для українців');
    expect(await popup.locator('.items .item').first().textContent()).toContain('Будинку асоціацій');
    await popup.close();
    await news.close();
  });
});

describe('a news post: on this page, save, reminder, calendar', () => {
  it('"Sur cette page" reads "le 17 mars à 14h30" with the year of the post\'s address', async () => {
    for (const [path, year] of [[POST, '2030'], [OLD_POST, '2029']] as const) {
      const news = await ext.context.newPage();
      await news.goto(host.url(path));
      const popup = await openPopup(`?view=page&tab=${await tabIdOf(host.url(path))}`);
      await popup.locator('.items .item').first().waitFor();
      expect(await popup.locator('.items .item-day').allTextContents()).toEqual([`17 mars ${year}`]);
      expect(await popup.locator('.items .item .their-clock').first().textContent()).toBe('14:30');
      // Last year's post: its workshop is over, and the list says so before anyone saves it.
      expect(await popup.locator('h2.section-title').textContent()).toBe(year === '2030' ? 'Événements trouvés sur cette page' : 'Événements passés trouvés sur cette page');
      await popup.close();
      await news.close();
    }
  });

  it('one keystroke saves it; it is in "Enregistrés"; a reminder fires an hour before; "Ajouter à l’agenda" gives a correct .ics', async () => {
    const news = await ext.context.newPage();
    await news.goto(host.url(POST));
    const popup = await openPopup(`?view=page&tab=${await tabIdOf(host.url(POST))}`);
    await popup.locator('.items .item').first().waitFor();
    const save = popup.getByRole('button', { name: /^Enregistrer\s*: Un atelier pour l'emploi/ });
    await save.focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: /^Enregistré \(retirer\)/, pressed: true }).waitFor();
    const saved = await ext.until(() => chrome.storage.local.get('savedEvents').then((r: any) => Object.values(r.savedEvents ?? {}).map((s: any) => s.event)).then((list: InclusionEvent[]) => list.length > 0 && list), undefined, 'the saved event');
    expect(saved.map((e: InclusionEvent) => [e.start, e.timeZone])).toEqual([['2030-03-17T14:30', 'Europe/Paris']]);
    const id = saved[0]!.id;

    const forYou = await openPopup();
    await forYou.getByRole('button', { name: 'Enregistrés' }).click();
    await forYou.locator(`li[data-id="${id}"]`).waitFor();
    expect(await forYou.locator('.items .item').count()).toBe(1);
    await forYou.close();

    // 14:30 in Paris in March (UTC+1): one hour before is 12:30 UTC; a day before, 13:30 UTC on the 16th.
    const hourBefore = `remind|start|60|${id}`;
    const alarm = await ext.until((n: string) => chrome.alarms.get(n), hourBefore, 'the reminder alarm');
    expect(new Date(alarm.scheduledTime).toISOString()).toBe('2030-03-17T12:30:00.000Z');
    expect(new Date((await ext.run((n: string) => chrome.alarms.get(n), `remind|start|1440|${id}`)).scheduledTime).toISOString()).toBe('2030-03-16T13:30:00.000Z');
    // The browser's alarm clock is the machine's: the test fires the alarm rather than waiting for 2030.
    await ext.run((n: string) => chrome.alarms.create(n, { when: Date.now() + 50 }), hourBefore);
    await ext.until((n: string) => chrome.notifications.getAll().then((all: object) => n in all), hourBefore, 'the reminder notification');
    const target = await ext.run((n: string) => chrome.storage.local.get('notificationTargets').then((r: any) => r.notificationTargets[n]), hourBefore);
    expect(target).toEqual({ url: host.url(POST), eventIds: [id] });

    // By keyboard: the menu opens with Enter, the arrow goes to its first item, the .ics file.
    await popup.locator('.items .item details summary').first().focus();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('ArrowDown');
    // (The menu's code may still be on its way: the arrow is applied once it is drawn.)
    await expect.poll(async () => (await focused(popup)).text).toBe('Apple, Outlook (fichier .ics)');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.keyboard.press('Enter')]);
    const ics = readFileSync(await download.path(), 'utf8').replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20300317T143000');
    expect(ics).toContain("SUMMARY:Un atelier pour l'emploi des personnes réfugiées");
    expect(ics).toContain(`URL;VALUE=URI:${host.url(POST)}`);
    // The address ends with the city: the city is not said twice.
    expect(ics).toContain('LOCATION:Maison des associations\\, 12 rue Sainte-Hélène\\, Lyon\\, FR');
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Europe\/Paris/);
    await popup.close();
    await news.close();
  });
});

describe('a saved event that its source later changes', () => {
  it('moved: the saved copy and its reminders follow; cancelled: it says so and no reminder is left', async () => {
    await ext.run(() => chrome.alarms.getAll().then((all: Array<{ name: string }>) => Promise.all(all.filter((a) => a.name.startsWith('remind|')).map((a) => chrome.alarms.clear(a.name)))));
    const forYou = await openPopup();
    await forYou.locator(`li[data-id="${jobDating.id}"] button.save`).click();
    const hourBefore = `remind|start|60|${jobDating.id}`;
    const first = await ext.until((n: string) => chrome.alarms.get(n), hourBefore, 'the reminder of the saved job dating');
    // 14:00 in Lyon (UTC+1 in March), an hour before.
    expect(new Date(first.scheduledTime).toISOString()).toBe(`${fixedDay(12)}T12:00:00.000Z`);
    await forYou.close();

    // The organiser moves it a day later, to 10:00.
    const moved = { ...jobDating, start: `${fixedDay(13)}T10:00`, end: `${fixedDay(13)}T12:00` };
    feedEvents = feedEvents.map((e) => (e.id === jobDating.id ? moved : e));
    publishFeed();
    await fireRefreshAlarm();
    const rescheduled = await ext.until((args: { n: string; t: number }) => chrome.alarms.get(args.n).then((a: { scheduledTime: number } | undefined) => a && a.scheduledTime !== args.t && a), { n: hourBefore, t: first.scheduledTime }, 'the reminder to move');
    // 10:00 in Lyon the next day, an hour before.
    expect(new Date(rescheduled.scheduledTime).toISOString()).toBe(`${fixedDay(13)}T08:00:00.000Z`);
    const savedCopy = await ext.run((id: string) => chrome.storage.local.get('savedEvents').then((r: any) => r.savedEvents[id].event.start), jobDating.id);
    expect(savedCopy).toBe(moved.start);

    // Then cancels it: the saved event says so, and no reminder is left for it.
    feedEvents = feedEvents.map((e) => (e.id === jobDating.id ? { ...moved, status: 'cancelled' as const } : e));
    publishFeed();
    await fireRefreshAlarm();
    await ext.until((prefix: string) => chrome.alarms.getAll().then((all: Array<{ name: string }>) => !all.some((a) => a.name.endsWith(prefix))), `|${jobDating.id}`, 'the reminders of the cancelled event to go');
    const saved = await openPopup();
    await saved.getByRole('button', { name: 'Enregistrés' }).click();
    await saved.locator(`li[data-id="${jobDating.id}"].status-cancelled`).getByText('Annulé').waitFor();
    await saved.close();
  });
});

describe('a reminder that comes late', () => {
  it('after the computer slept through the event, its reminder alarm shows nothing; before the start, it still reminds', async () => {
    // Saved events: one that began two hours before the extension's clock, one that begins in three.
    const over = makeEvent({ id: 'slept-through', title: 'Info session on family reunification', start: `${fixedDay(0)}T08:00`, end: `${fixedDay(0)}T09:30`, timeZone: 'UTC' });
    const soon = makeEvent({ id: 'still-ahead', title: 'Info session on housing rights', start: `${fixedDay(0)}T12:00`, end: `${fixedDay(0)}T13:00`, timeZone: 'UTC' });
    // Cleared first: saving plans the reminders and may show at once the one already due (its catch-up).
    await ext.run(() => chrome.notifications.getAll().then((all: object) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    await ext.run(async (list: InclusionEvent[]) => {
      const { savedEvents } = await chrome.storage.local.get('savedEvents');
      const added = Object.fromEntries(list.map((e) => [e.id, { event: e, savedAt: new Date().toISOString() }]));
      // With its version mark, as the extension writes it (else it would be migrated as a first-release value).
      await chrome.storage.local.set({ savedEvents: { ...savedEvents, ...added }, savedEvents$: { v: 2 } });
    }, [over, soon]);
    // The save plans the reminders again (none is ahead for these two): let that settle first.
    await ext.run(() => chrome.runtime.sendMessage({ type: 'sync-reminders' }));
    // The browser fires an alarm missed during sleep when the computer wakes: here, now.
    for (const id of [over.id, soon.id]) await ext.run((n: string) => chrome.alarms.create(n, { when: Date.now() + 50 }), `remind|start|1440|${id}`);
    // Shown once, by the catch-up or by the late alarm, whichever comes first; never for the event that is over.
    await ext.until((n: string) => chrome.notifications.getAll().then((all: object) => n in all), `remind|start|1440|${soon.id}`, 'the reminder of the session still ahead');
    await new Promise((r) => setTimeout(r, 500));
    expect(Object.keys(await ext.run(() => chrome.notifications.getAll()))).toEqual([`remind|start|1440|${soon.id}`]);
  });

  it('a reminder due while the browser was closed is shown when it opens, once, and its late alarm shows nothing', async () => {
    // Saved two days before the extension's clock; begins in three hours: "1 day before" fell due
    // yesterday, while the browser was closed (its alarm dropped), and "1 hour before" is ahead.
    const closed = makeEvent({ id: 'while-closed', title: 'Legal advice session for asylum seekers', start: `${fixedDay(0)}T12:00`, end: `${fixedDay(0)}T13:00`, timeZone: 'UTC' });
    const dayBefore = `remind|start|1440|${closed.id}`;
    const clearNotifications = () => ext.run(() => chrome.notifications.getAll().then((all: object) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    await clearNotifications();
    await ext.run(async (args: { event: InclusionEvent; savedAt: string }) => {
      const { savedEvents } = await chrome.storage.local.get('savedEvents');
      await chrome.storage.local.set({ savedEvents: { ...savedEvents, [args.event.id]: { event: args.event, savedAt: args.savedAt } }, savedEvents$: { v: 2 } });
    }, { event: closed, savedAt: new Date(Date.parse(FIXED_NOW) - 2 * 86_400_000).toISOString() });
    // The browser opens: the background plans its alarms again and catches up (the stored change
    // above may already have set that going: either way, the missed reminder shows).
    await ext.run(() => chrome.runtime.sendMessage({ type: 'sync-reminders' }));
    await ext.until((n: string) => chrome.notifications.getAll().then((all: object) => n in all), dayBefore, 'the missed reminder');
    expect(await ext.run((n: string) => chrome.alarms.get(n).then((a: unknown) => Boolean(a)), `remind|start|60|${closed.id}`)).toBe(true);
    // Once: neither the next sync nor the browser's late alarm shows it again.
    await clearNotifications();
    await ext.run(() => chrome.runtime.sendMessage({ type: 'sync-reminders' }));
    await ext.run((n: string) => chrome.alarms.create(n, { when: Date.now() + 50 }), dayBefore);
    await new Promise((r) => setTimeout(r, 800));
    expect(Object.keys(await ext.run(() => chrome.notifications.getAll()))).not.toContain(dayBefore);
  });
});

describe('keyboard only, and what a screen reader is told', () => {
  it('the popup\'s tabs follow the tabs pattern: one tab stop, arrow keys move and select, the panel is labelled', async () => {
    const popup = await openPopup();
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatchObject({ role: 'tab', text: 'Pour vous' });
    // Tab leaves the tab list (one stop), to the next control.
    await popup.keyboard.press('Tab');
    expect((await focused(popup)).role).not.toBe('tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('ArrowRight');
    expect(await focused(popup)).toMatchObject({ role: 'tab', text: 'Sur cette page' });
    await popup.getByRole('tab', { name: 'Sur cette page', selected: true }).waitFor();
    const panel = popup.getByRole('tabpanel', { name: 'Sur cette page' });
    await panel.waitFor();
    expect(await popup.getByRole('tab', { name: 'Sur cette page' }).getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    await popup.keyboard.press('Home');
    await popup.getByRole('tab', { name: 'Pour vous', selected: true }).waitFor();
    await popup.keyboard.press('End');
    await popup.getByRole('tab', { name: 'Sur cette page', selected: true }).waitFor();
    await popup.close();
  });

  it('"Sur cette page" tells a screen reader its verdict through a live region that was there while the page was read', async () => {
    const news = await ext.context.newPage();
    await news.goto(host.url(POST));
    const popup = await ext.context.newPage();
    // Notes the first live region drawn: a region must exist before its words change to be heard.
    await popup.addInitScript(() => {
      new MutationObserver((_m, observer) => {
        const status = document.querySelector('[role="tabpanel"] [role="status"]');
        if (!status) return;
        (globalThis as unknown as { firstStatus: Element }).firstStatus = status;
        (globalThis as unknown as { firstText: string }).firstText = status.textContent ?? '';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?view=page&tab=${await tabIdOf(host.url(POST))}`);
    await popup.locator('.page-verdict').waitFor();
    expect(await popup.evaluate(() => (globalThis as unknown as { firstText: string }).firstText)).toBe('Lecture de la page…');
    expect(await popup.evaluate(() => (globalThis as unknown as { firstStatus: Element }).firstStatus === document.querySelector('.page-verdict'))).toBe(true);
    expect(await popup.locator('.page-verdict').textContent()).toMatch(/^Porte sur l'inclusion des personnes migrantes/);
    await popup.close();
    await news.close();
  });

  it('the options name every group a screen reader enters: the two ways of being notified are one radio group', async () => {
    const options = await ext.open('options.html');
    const group = options.getByRole('radiogroup', { name: 'Me prévenir des nouveaux événements qui correspondent à mes intérêts' });
    await group.waitFor();
    expect(await group.getByRole('radio').count()).toBe(2);
    await group.getByRole('radio', { name: 'Dès leur arrivée' }).focus();
    await options.close();
  });

  it('in Arabic the arrow keys follow the reading direction', async () => {
    await setLanguage('ar');
    const popup = await openPopup();
    await popup.getByRole('tab', { selected: true }).focus();
    await popup.keyboard.press('ArrowLeft');
    await popup.getByRole('tab', { name: 'في هذه الصفحة', selected: true }).waitFor();
    await popup.close();
    await setLanguage('fr');
  });
});

describe('changing the language with the keyboard', () => {
  it.each(['welcome.html', 'options.html'])('on %s the focus stays on the language menu as the page turns to the new language', async (path) => {
    // From French, each arrow down is another language (Deutsch, then Italiano).
    await setLanguage('fr');
    const page = await ext.open(path);
    const menu = page.locator('select[name="ui-language"]');
    await menu.waitFor();
    await menu.focus();
    const before = await page.evaluate(() => document.documentElement.lang);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((lang) => document.documentElement.lang !== lang, before);
    await page.locator('h1').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('ui-language');
    // And the next arrow moves on from there, one language at a time.
    const second = await page.evaluate(() => document.documentElement.lang);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((lang) => document.documentElement.lang !== lang, second);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('ui-language');
    await page.close();
    await setLanguage('fr');
  });
});

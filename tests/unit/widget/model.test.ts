import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n/index.ts';
import { readConfig } from '../../../widget/config.ts';
import { filterChoices } from '../../../widget/ui/filter-choices.ts';
import { monthView } from '../../../widget/ui/month-days.ts';
import { createModel, FIRST_PAINT_EVENTS, loadSearch, PAGE_EVENTS } from '../../../widget/model.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

const now = new Date('2026-11-22T10:00:00Z');
const model = (attrs: Record<string, string> = {}) =>
  createModel({ now: () => now, viewerZone: 'Europe/Brussels', config: readConfig((n) => attrs[n] ?? null) });

// About 130 past events (from early October) then upcoming ones.
const events = makeEvents(400, '2026-10-09');

// The search code is a lazy chunk in the widget; here it is loaded once, before the models that
// search (a query typed before it came: see 'search typed before its code came').
beforeAll(async () => {
  await loadSearch();
});

describe('widget model', () => {
  it('lists upcoming events from today, a page at a time, never splitting a day', () => {
    const m = model();
    m.events.value = events;
    const { days, more } = m.visibleDays.value;
    expect(days[0]?.day).toBe('2026-11-22');
    const shown = days.reduce((n, d) => n + d.events.length, 0);
    expect(shown).toBeGreaterThanOrEqual(PAGE_EVENTS);
    expect(shown).toBeLessThan(PAGE_EVENTS + 3);
    expect(shown + more).toBe(m.listed.value.length);
    m.showMore();
    expect(m.visibleDays.value.days.reduce((n, d) => n + d.events.length, 0)).toBeGreaterThanOrEqual(2 * PAGE_EVENTS);
  });

  it('splits a day only when it holds more than two pages of events', () => {
    const m = model();
    const crowded = makeEvents(10_000, '2026-11-23').map((e, i) => ({ ...e, id: `same-day-${i}`, start: '2026-11-23T10:00', end: undefined }));
    m.events.value = crowded;
    m.finishPaint();
    const shown = () => m.visibleDays.value.days.reduce((n, d) => n + d.events.length, 0);
    expect(shown()).toBe(2 * PAGE_EVENTS);
    expect(m.visibleDays.value.more).toBe(10_000 - 2 * PAGE_EVENTS);
    m.showMore();
    expect(shown()).toBe(3 * PAGE_EVENTS);
    expect(m.visibleDays.value.days).toHaveLength(1);
  });

  it("lists a crowded day of the month view a page at a time, from the first page when another day opens", () => {
    const m = model({ view: 'month' });
    m.events.value = makeEvents(10_000, '2026-11-23').map((e, i) => ({ ...e, id: `day-${i}`, start: '2026-11-23T10:00', end: undefined }));
    m.openMonthDay('2026-11-23');
    expect(monthView(m).panel.value.events).toHaveLength(2 * PAGE_EVENTS);
    expect(monthView(m).panel.value.more).toBe(10_000 - 2 * PAGE_EVENTS);
    m.showMoreOfDay();
    expect(monthView(m).panel.value.events).toHaveLength(3 * PAGE_EVENTS);
    m.openMonthDay('2026-11-24');
    expect(monthView(m).panel.value).toEqual({ events: [], more: 0 });
    m.openMonthDay('2026-11-23');
    expect(monthView(m).panel.value.events).toHaveLength(2 * PAGE_EVENTS);
  });

  it('keeps two instances apart', () => {
    const a = model();
    const b = model();
    a.events.value = events;
    b.events.value = events;
    a.query.value = 'italian';
    expect(a.listed.value.length).toBeLessThan(b.listed.value.length);
    expect(b.query.value).toBe('');
  });

  it('opens the archive newest first', () => {
    const m = model();
    m.events.value = events;
    m.archive.value = true;
    const listed = m.listed.value;
    expect(listed.length).toBeGreaterThan(0);
    // Today's morning events are over at 11:00 in Brussels: they belong to the archive too.
    expect(listed.every((e) => e.start.slice(0, 10) <= '2026-11-22')).toBe(true);
    expect(listed.some((e) => e.start.slice(0, 10) < '2026-11-22')).toBe(true);
    expect(listed[0]!.start >= listed[listed.length - 1]!.start).toBe(true);
  });

  it('starts on the archive with past="true" and hides it with past="false"', () => {
    const first = model({ past: 'true' });
    first.events.value = events;
    expect(first.listed.value[0]!.start.slice(0, 10) <= '2026-11-22').toBe(true);
    expect(first.listed.value.at(-1)!.start.slice(0, 10) < '2026-11-01').toBe(true);
    const hidden = model({ past: 'false' });
    hidden.events.value = events;
    hidden.archive.value = true;
    expect(hidden.listed.value[0]!.start.slice(0, 10)).toBe('2026-11-22');
    expect(hidden.listed.value.every((e) => e.start.slice(0, 10) >= '2026-11-22')).toBe(true);
  });

  it('combines partner filters (attributes) with visitor filters and search', () => {
    const m = model({ topics: 'labour,language' });
    m.events.value = events;
    expect(m.listed.value.every((e) => e.topics.some((t) => t === 'labour' || t === 'language'))).toBe(true);
    expect(filterChoices(m.events.value, m.config.value).topics).toEqual(['labour', 'language']);
    m.filter.value = { country: 'IT' };
    expect(m.listed.value.length).toBeGreaterThan(0);
    expect(m.listed.value.every((e) => e.location?.country === 'IT')).toBe(true);
    m.query.value = 'conversation bologna';
    expect(m.listed.value.every((e) => e.title.startsWith('Conversation café'))).toBe(true);
    m.query.value = 'zzzz-nothing';
    expect(m.listed.value).toEqual([]);
    m.clearFilters();
    expect(m.listed.value.length).toBeGreaterThan(0);
  });

  it('filters by date range and language', () => {
    const m = model();
    m.events.value = events;
    m.filter.value = { from: '2026-12-01', to: '2026-12-02', language: 'uk' };
    expect(m.listed.value.length).toBeGreaterThan(0);
    for (const e of m.listed.value) {
      expect(e.start.slice(0, 10) >= '2026-12-01' && e.start.slice(0, 10) <= '2026-12-02').toBe(true);
      expect(e.languages).toContain('uk');
    }
  });

  it('caps the list at max', () => {
    const m = model({ max: '7' });
    m.events.value = events;
    expect(m.listed.value).toHaveLength(7);
  });

  it('forces the list view on narrow containers', () => {
    const m = model({ view: 'month' });
    expect(m.view.value).toBe('month');
    m.narrow.value = true;
    expect(m.view.value).toBe('list');
  });

  it('places events on every day they span in the month grid', () => {
    const m = model();
    m.events.value = [
      ...makeEvents(3, '2026-11-10', 1),
      { ...makeEvents(1, '2026-11-27')[0]!, id: 'conf', allDay: true, start: '2026-11-27', end: '2026-12-02' },
    ];
    const grid = monthView(m).days.value;
    expect(grid.get('2026-11-10')?.map((e) => e.id)).toEqual(['ev-0']);
    for (const d of ['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02']) expect(grid.get(d)?.some((e) => e.id === 'conf'), d).toBe(true);
    expect(grid.get('2026-12-03')).toBeUndefined();
  });

  it('lists filter choices from the events', () => {
    const m = model();
    m.events.value = events;
    const choices = filterChoices(m.events.value, m.config.value);
    expect(choices.countries).toEqual(['AT', 'BE', 'FR', 'IT', 'PT']);
    expect(choices.modes.sort()).toEqual(['hybrid', 'in-person', 'online']);
    expect(choices.languages).toContain('ar');
  });

  it('switches messages per instance', async () => {
    const m = model();
    m.messages.value = await loadMessages('ar');
    expect(model().messages.value.locale).toBe('en');
    expect(m.messages.value.locale).toBe('ar');
  });
});

describe('intl locale', () => {
  it('uses the viewer\'s regional variant of the UI language for dates', async () => {
    const m = createModel({ now: () => now, viewerZone: 'UTC', viewerLanguages: ['en-GB', 'fr-BE'] });
    expect(m.intlLocale.value).toBe('en-GB');
    m.messages.value = await loadMessages('fr');
    expect(m.intlLocale.value).toBe('fr-BE');
    m.messages.value = await loadMessages('de');
    expect(m.intlLocale.value).toBe('de');
  });
});

describe('search typed before its code came', () => {
  // A fresh copy of model.ts: its search code not loaded yet, as on a page before the first query.
  const freshModel = async () => {
    vi.resetModules();
    const fresh = await import('../../../widget/model.ts');
    const m = fresh.createModel({ now: () => now, viewerZone: 'Europe/Brussels', config: readConfig(() => null) });
    return { m, loaded: () => fresh.loadSearch() };
  };
  const titles = (list: readonly { title: string }[]) => [...new Set(list.map((e) => e.title.split(' ')[0]))];

  it.each([
    { query: 'bologna', first: 'Conversation' },
    { query: 'HOUSING rights', first: 'Housing' },
    { query: 'café', first: 'Conversation' },
  ])('keeps the drawn rows until the code comes, then lists what "$query" finds', async ({ query, first }) => {
    const { m, loaded } = await freshModel();
    m.events.value = events;
    m.filter.value = { mode: 'in-person' };
    const before = m.listed.value;
    m.query.value = query;
    // Neither every event nor "no events match" in between: the rows drawn stay.
    expect(m.listed.value).toBe(before);
    await loaded();
    await Promise.resolve();
    const found = m.listed.value;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(before.length);
    expect(titles(found)).toEqual([first]);
    // The same as a model that had the code from the start.
    const ready = model();
    ready.events.value = events;
    ready.filter.value = { mode: 'in-person' };
    ready.query.value = query;
    expect(found.map((e) => e.id)).toEqual(ready.listed.value.map((e) => e.id));
  });

  it('keeps the whole page drawn after the keystroke (no first-screenful cut of the same rows)', async () => {
    const { m, loaded } = await freshModel();
    m.events.value = events;
    m.finishPaint();
    const count = () => m.visibleDays.value.days.reduce((n, d) => n + d.events.length, 0);
    const page = count();
    m.query.value = 'italian';
    m.resetPage();
    expect(m.searchWaits.value).toBe(true);
    expect(count()).toBe(page);
    await loaded();
    await Promise.resolve();
    // The results are a changed list: their first screenful first, the rest a frame later.
    expect(m.searchWaits.value).toBe(false);
    expect(count()).toBeLessThanOrEqual(FIRST_PAINT_EVENTS + 2);
  });

  it('holds the month grid the same way', async () => {
    const { m, loaded } = await freshModel();
    m.requestedView.value = 'month';
    m.events.value = events;
    const before = monthView(m).days.value;
    m.query.value = 'zzzz-nothing';
    expect(monthView(m).days.value).toBe(before);
    await loaded();
    await Promise.resolve();
    expect(monthView(m).days.value.size).toBe(0);
  });

  it('builds its index when the page is idle (prewarm), before any query', async () => {
    const { m } = await freshModel();
    m.events.value = events;
    await m.prewarm();
    m.query.value = 'bologna';
    expect(titles(m.listed.value)).toEqual(['Conversation']);
  });
});

describe('progressive paint', () => {
  it('draws a screenful right after a change, then the whole page', () => {
    const m = model();
    m.events.value = events;
    m.query.value = 'italian';
    m.resetPage();
    const count = () => m.visibleDays.value.days.reduce((n, d) => n + d.events.length, 0);
    expect(count()).toBeLessThanOrEqual(FIRST_PAINT_EVENTS + 2);
    m.finishPaint();
    expect(count()).toBeGreaterThanOrEqual(PAGE_EVENTS);
  });
});

describe('groupConsecutive', () => {
  it('keeps the list order of days (the archive runs newest first)', async () => {
    const { groupConsecutive } = await import('../../../widget/model.ts');
    const list = makeEvents(6, '2026-11-01', 2).reverse();
    expect(groupConsecutive(list).map((g) => [g.day, g.events.length])).toEqual([
      ['2026-11-03', 2],
      ['2026-11-02', 2],
      ['2026-11-01', 2],
    ]);
  });
});

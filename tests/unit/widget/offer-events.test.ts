import { beforeAll, describe, expect, it, vi } from 'vitest';
import { englishMessages, loadMessages } from '../../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { readConfig } from '../../../widget/config.ts';
import { createModel, loadSearch, PAGE_EVENTS } from '../../../widget/model.ts';
import { offerEvents } from '../../../widget/offer-events.ts';
import { addedEvents, keepsRows } from '../../../widget/stable-rows.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

const now = new Date('2026-11-22T10:00:00Z');
const model = (attrs: Record<string, string> = {}) =>
  createModel({ now: () => now, viewerZone: 'Europe/Brussels', config: readConfig((n) => attrs[n] ?? null) });

/** Three a day from tomorrow: the first page ends on day 9. */
const SHOWN = makeEvents(60, '2026-11-23', 3);
const early = (id: string): InclusionEvent => ({ ...SHOWN[0]!, id, title: 'Early breakfast', start: '2026-11-23T06:00', end: '2026-11-23T07:00' });
const late = (id: string): InclusionEvent => ({ ...SHOWN[0]!, id, title: 'A year later', start: '2027-11-23T10:00', end: '2027-11-23T11:00' });

describe('a refresh while the visitor interacts with the list', () => {
  // The search code is a lazy chunk in the widget: here it is loaded before the models search.
  beforeAll(async () => {
    await loadSearch();
  });

  it.each([
    { name: 'an event above the drawn rows waits, counted as new', next: [early('new-a'), ...SHOWN], held: true, added: 1 },
    { name: 'two events above wait', next: [early('new-a'), early('new-b'), ...SHOWN], held: true, added: 2 },
    { name: 'a drawn event removed waits (the rows below would move up), with nothing new', next: SHOWN.filter((e) => e.id !== 'ev-4'), held: true, added: 0 },
    { name: 'an event after the drawn page is listed at once (nothing drawn moves)', next: [...SHOWN, late('new-late')], held: false, added: 0 },
    { name: 'the rest of a feed after its first page is listed at once', next: [...SHOWN, ...makeEvents(40, '2027-02-01', 3).map((e) => ({ ...e, id: `rest-${e.id}` }))], held: false, added: 0 },
    { name: 'the same events (a 304) are listed at once', next: SHOWN.map((e) => ({ ...e })), held: false, added: 0 },
  ])('$name', ({ next, held, added }) => {
    const m = model();
    m.events.value = SHOWN.slice(0, PAGE_EVENTS + 5);
    m.events.value = SHOWN;
    m.finishPaint();
    m.interacting.value = true;
    offerEvents(m, next);
    if (held) {
      expect(m.events.value).toBe(SHOWN);
      expect(m.incoming.value).toEqual({ events: next, added });
      // Shown once nobody interacts.
      m.interacting.value = false;
      m.settle();
      expect(m.events.value).toBe(next);
      expect(m.incoming.value).toBeNull();
    } else {
      expect(m.events.value).toBe(next);
      expect(m.incoming.value).toBeNull();
    }
  });

  it('holds rows added after the drawn ones while the pointer is on "Show more" or the footer (they would move it)', () => {
    // The drawn page ends with day 9's events: one more on that day is drawn after them.
    const lastDrawn = SHOWN[PAGE_EVENTS - 1]!.start.slice(0, 10);
    const evening = { ...late('new-evening'), title: 'Evening reading club', start: `${lastDrawn}T21:00`, end: `${lastDrawn}T22:00` };
    // (A refresh's events come in start order: the evening one right after that day's last.)
    const at = SHOWN.findLastIndex((e) => e.start.startsWith(lastDrawn)) + 1;
    const next = [...SHOWN.slice(0, at), evening, ...SHOWN.slice(at)];
    const m = model();
    m.events.value = SHOWN;
    m.finishPaint();
    m.interacting.value = true;
    m.pointerBelowRows.value = true;
    offerEvents(m, next);
    expect(m.events.value).toBe(SHOWN);
    expect(m.incoming.value).toEqual({ events: next, added: 1 });
    // On a row, the same refresh goes in at once: the rows above the pointer stay.
    const onRow = model();
    onRow.events.value = SHOWN;
    onRow.finishPaint();
    onRow.interacting.value = true;
    offerEvents(onRow, next);
    expect(onRow.events.value).toBe(next);
    // Events after the drawn page change only the count: nothing drawn moves.
    const m2 = model();
    m2.events.value = SHOWN;
    m2.finishPaint();
    m2.interacting.value = true;
    m2.pointerBelowRows.value = true;
    const after = [...SHOWN, late('new-late')];
    offerEvents(m2, after);
    expect(m2.events.value).toBe(after);
  });

  it('lists everything at once when nobody interacts, or when nothing is drawn yet', () => {
    const idle = model();
    idle.events.value = SHOWN;
    const next = [early('new-a'), ...SHOWN];
    offerEvents(idle, next);
    expect(idle.events.value).toBe(next);
    const empty = model();
    empty.interacting.value = true;
    offerEvents(empty, next);
    expect(empty.events.value).toBe(next);
  });

  it('compares the rows the visitor sees: a search that hides the new event lets it in', () => {
    const m = model();
    m.events.value = SHOWN;
    m.query.value = 'Housing rights';
    m.interacting.value = true;
    offerEvents(m, [{ ...early('new-a'), title: 'Breakfast for volunteers', location: undefined, organizer: undefined, description: '' }, ...SHOWN]);
    expect(m.incoming.value).toBeNull();
    offerEvents(m, [{ ...early('new-b'), title: 'Housing rights breakfast' }, ...SHOWN]);
    expect(m.incoming.value?.added).toBe(1);
  });

  it('lists a refresh at once while a query waits for the search code (the list changes anyway when it comes)', async () => {
    vi.resetModules();
    const fresh = await import('../../../widget/model.ts');
    const { offerEvents: offer } = await import('../../../widget/offer-events.ts');
    const m = fresh.createModel({ now: () => now, viewerZone: 'Europe/Brussels', config: readConfig(() => null) });
    m.events.value = SHOWN;
    m.finishPaint();
    const drawn = m.visibleDays.value;
    m.interacting.value = true;
    m.query.value = 'Housing rights';
    const next = [early('new-a'), ...SHOWN];
    offer(m, next);
    expect(m.incoming.value).toBeNull();
    expect(m.events.value).toBe(next);
    // The rows drawn stay until the code comes, then the query's results over the new events.
    expect(m.visibleDays.value).toEqual(drawn);
    await fresh.loadSearch();
    await Promise.resolve();
    expect(m.listed.value.length).toBeGreaterThan(0);
    expect(m.listed.value.every((e) => e.title.startsWith('Housing rights'))).toBe(true);
  });

  it("holds any change to the shown month's weeks in the month view, and shows it on request", () => {
    const m = model({ view: 'month' });
    m.events.value = SHOWN;
    m.interacting.value = true;
    // Another month: nothing shown changes.
    const later = [...SHOWN, late('new-late')];
    offerEvents(m, later);
    expect(m.events.value).toBe(later);
    // In the shown month, even after every other event: a day of the grid grows.
    const next = [...later, { ...late('new-month'), start: '2026-11-30T18:00', end: '2026-11-30T19:00' }];
    offerEvents(m, next);
    expect(m.incoming.value?.added).toBe(1);
    m.showIncoming();
    expect(m.events.value).toBe(next);
  });

  it('in the month view, the rest of a feed after its preview goes in at once, even under a visitor', () => {
    const m = model({ view: 'month' });
    const preview = SHOWN.slice(0, 5);
    m.events.value = preview;
    m.interacting.value = true;
    // (A refresh of the same change would wait: see the case above.)
    offerEvents(m, SHOWN, true);
    expect(m.events.value).toBe(SHOWN);
    expect(m.incoming.value).toBeNull();
    const held = model({ view: 'month' });
    held.events.value = preview;
    held.interacting.value = true;
    offerEvents(held, SHOWN);
    expect(held.events.value).toBe(preview);
  });

  it('under a search or a filter, the rest of a feed after its preview goes in at once: the search covers the whole feed', () => {
    // The preview holds every other run of eight events (one of each kind), so the rest, matches
    // included, lands between the rows drawn.
    const preview = SHOWN.filter((_, i) => Math.floor(i / 8) % 2 === 0);
    for (const narrow of [(m: ReturnType<typeof model>) => (m.query.value = 'Housing rights'), (m: ReturnType<typeof model>) => (m.filter.value = { topic: 'housing' })]) {
      const m = model();
      m.events.value = preview;
      m.previewList.value = preview;
      narrow(m);
      m.interacting.value = true;
      offerEvents(m, SHOWN, true);
      expect(m.events.value).toBe(SHOWN);
      expect(m.incoming.value).toBeNull();
    }
    // With nothing narrowed, the same rest would move rows under the visitor: it waits.
    const held = model();
    held.events.value = preview;
    held.previewList.value = preview;
    held.interacting.value = true;
    offerEvents(held, SHOWN, true);
    expect(held.events.value).toBe(preview);
    expect(held.incoming.value?.events).toBe(SHOWN);
  });

  it('keeps late texts waiting while the pointer is on the widget, and applies them once it leaves', async () => {
    const m = model();
    const ar = await loadMessages('ar');
    m.layoutLocale.value = 'ar';
    expect(m.direction.value).toBe('rtl');
    m.interacting.value = true;
    m.pointing.value = true;
    m.offerMessages(ar);
    expect(m.messages.value).toBe(englishMessages);
    expect(m.direction.value).toBe('rtl');
    // The pointer leaves; keyboard focus stays in the list: the words change, in place.
    m.pointing.value = false;
    m.settle();
    expect(m.messages.value).toBe(ar);
    expect(m.direction.value).toBe('rtl');
  });

  it('gives late texts at once to a keyboard user in the list, while new rows still wait for them', async () => {
    const m = model();
    const ar = await loadMessages('ar');
    m.layoutLocale.value = 'ar';
    m.events.value = SHOWN;
    m.interacting.value = true;
    m.offerMessages(ar);
    expect(m.messages.value).toBe(ar);
    offerEvents(m, [...SHOWN.slice(0, 1).map((e) => ({ ...e, id: 'new-first' })), ...SHOWN]);
    m.settle();
    expect(m.incoming.value).not.toBeNull();
    expect(m.events.value).toBe(SHOWN);
    m.interacting.value = false;
    m.settle();
    expect(m.incoming.value).toBeNull();
  });
});

describe('stable rows', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['a', 'b', 'c'], true],
    [['a', 'b'], ['x', 'a', 'b'], false],
    [['a', 'b'], ['a'], false],
    [['a', 'b'], ['b', 'a'], false],
    [[], ['a'], true],
  ] as const)('keepsRows(%j, %j) is %s', (now, next, keeps) => {
    expect(keepsRows(now, next)).toBe(keeps);
  });

  it('counts events new by id', () => {
    expect(addedEvents([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }, { id: 'd' }])).toBe(2);
    expect(addedEvents([{ id: 'a' }], [])).toBe(0);
  });
});

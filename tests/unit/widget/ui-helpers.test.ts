import { describe, expect, it } from 'vitest';
import { eventHash, linkedEventId } from '../../../widget/ui/App.tsx';
import { offersCalendar } from '../../../widget/ui/calendar-offer.ts';
import { clampText } from '../../../widget/ui/clamp.ts';
import { englishMessages } from '../../../lib/i18n/index.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

describe('event links', () => {
  it.each(['ev-1', 'a b/c#d?e', 'événement-٣', 'x'.repeat(300)])('round-trips the id %s through #event=', (id) => {
    expect(linkedEventId(eventHash(id))).toBe(id);
  });
  it.each(['', '#', '#events', '#event=', '#event=%E0%A4%A'])('reads no event from %s', (hash) => expect(linkedEventId(hash)).toBeNull());
});

describe('clampText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clampText('Job fair', 20)).toBe('Job fair');
    expect(clampText('Job fair for newcomers', 8)).toBe('Job fair…');
  });
  it('never splits a surrogate pair', () => {
    const cut = clampText(`${'a'.repeat(7)}😀 and more`, 8);
    expect(cut).toBe('aaaaaaa…');
    expect(cut.length).toBeLessThanOrEqual(9);
  });
  it('bounds a 1 MB title', () => expect(clampText('x'.repeat(1_000_000)).length).toBe(301));
});

describe('offersCalendar', () => {
  const ui = { messages: englishMessages, locale: 'en-GB', viewerZone: 'Europe/Brussels', now: new Date('2027-03-03T09:00:00Z') };
  const [e] = makeEvents(1, '2027-03-03', 1);
  it.each([
    ['an event later today', { ...e!, start: '2027-03-03T14:00', end: '2027-03-03T16:00' }, true],
    ['an event under way', { ...e!, start: '2027-03-03T09:30', end: '2027-03-03T11:00' }, true],
    ['an event over this morning', { ...e!, start: '2027-03-03T07:00', end: '2027-03-03T08:30' }, false],
    ['a cancelled event', { ...e!, start: '2027-03-04T14:00', end: '2027-03-04T16:00', status: 'cancelled' as const }, false],
    ['an all-day event today', { ...e!, start: '2027-03-03', end: '2027-03-03', allDay: true }, true],
    ['an all-day event yesterday', { ...e!, start: '2027-03-02', end: '2027-03-02', allDay: true }, false],
  ])('%s: %s', (_name, event, offered) => expect(offersCalendar(event, ui)).toBe(offered));
});

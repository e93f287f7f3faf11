import { describe, expect, it } from 'vitest';
import {
  missedReminders,
  parseReminderAlarmName,
  planReminders,
  reconcileAlarms,
  reminderAlarmName,
  reminderInstant,
  trimShown,
} from '../../../entrypoints/shared/reminders.ts';
import { defaultSettings, type SavedEvents } from '../../../entrypoints/shared/types.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { cancelledJobFair, makeEvent } from '../../fixtures/extension/events.ts';

const settings = defaultSettings().notifications;
const save = (...events: InclusionEvent[]): SavedEvents =>
  Object.fromEntries(events.map((event) => [event.id, { event, savedAt: '2026-11-22T08:00:00.000Z' }]));
const iso = (ms: number) => new Date(ms).toISOString();

describe('reminderInstant', () => {
  it.each([
    // Brussels moves to summer time on 29 March 2026 at 02:00.
    ['1 day before, across the spring change, keeps 10:00', '2026-03-29T10:00', 1440, 'Europe/Brussels', '2026-03-28T09:00:00.000Z'],
    ['1 hour before, in summer time', '2026-03-29T10:00', 60, 'Europe/Brussels', '2026-03-29T07:00:00.000Z'],
    // ... and back to winter time on 25 October 2026 at 03:00.
    ['1 day before, across the autumn change', '2026-10-25T18:00', 1440, 'Europe/Brussels', '2026-10-24T16:00:00.000Z'],
    ['2 days before', '2026-12-03T14:00', 2880, 'Europe/Brussels', '2026-12-01T13:00:00.000Z'],
    ['30 minutes before, New York', '2026-11-01T09:00', 30, 'America/New_York', '2026-11-01T13:30:00.000Z'],
  ])('%s', (_name, wall, offset, zone, expected) => {
    expect(reminderInstant(wall, offset, zone).toISOString()).toBe(expected);
  });
});

describe('planReminders', () => {
  const now = new Date('2026-03-20T12:00:00Z');
  const springTalk = makeEvent({ id: 'ev-spring', start: '2026-03-29T10:00', end: '2026-03-29T12:00', timeZone: 'Europe/Brussels' });

  it('defaults to 1 day and 1 hour before, in the event\'s zone', () => {
    const plan = planReminders(save(springTalk), settings, now, 'America/New_York');
    expect(plan.map((r) => [r.name, iso(r.when)])).toEqual([
      ['remind|start|1440|ev-spring', '2026-03-28T09:00:00.000Z'],
      ['remind|start|60|ev-spring', '2026-03-29T07:00:00.000Z'],
    ]);
  });

  it('reads floating times in the viewer\'s zone, so they move when the viewer changes zone', () => {
    const floating = makeEvent({ id: 'ev-floating', start: '2026-03-29T10:00', timeZone: undefined });
    const inBrussels = planReminders(save(floating), { ...settings, reminderOffsets: [60] }, now, 'Europe/Brussels');
    const inLisbon = planReminders(save(floating), { ...settings, reminderOffsets: [60] }, now, 'Europe/Lisbon');
    expect(iso(inBrussels[0]!.when)).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(inLisbon[0]!.when)).toBe('2026-03-29T08:00:00.000Z');
  });

  it('reminds of an all-day event at 09:00, not at midnight', () => {
    const fair = makeEvent({ id: 'ev-fair', start: '2026-03-25', end: '2026-03-25', allDay: true, timeZone: 'Europe/Brussels' });
    const [dayBefore] = planReminders(save(fair), { ...settings, reminderOffsets: [1440] }, now, 'UTC');
    expect(iso(dayBefore!.when)).toBe('2026-03-24T08:00:00.000Z');
  });

  it('adds a reminder the day before a registration deadline, and none when switched off', () => {
    const course = makeEvent({ id: 'ev-course', start: '2026-04-20T09:00', registrationDeadline: '2026-04-01', timeZone: 'Europe/Rome' });
    const plan = planReminders(save(course), settings, now, 'UTC');
    expect(plan.find((r) => r.kind === 'deadline')).toMatchObject({ name: 'remind|deadline|1440|ev-course', when: Date.parse('2026-03-31T07:00:00Z') });
    expect(planReminders(save(course), { ...settings, deadlineReminders: false }, now, 'UTC').some((r) => r.kind === 'deadline')).toBe(false);
  });

  it('skips reminders already in the past, cancelled events, and everything when notifications are off', () => {
    const soon = makeEvent({ id: 'ev-soon', start: '2026-03-20T14:30', timeZone: 'UTC' });
    expect(planReminders(save(soon), settings, now, 'UTC').map((r) => r.offsetMinutes)).toEqual([60]);
    expect(planReminders(save(cancelledJobFair), settings, now, 'UTC')).toEqual([]);
    expect(planReminders(save(springTalk), { ...settings, enabled: false }, now, 'UTC')).toEqual([]);
  });
});

describe('alarm names', () => {
  it('round-trip, even with | in an event id', () => {
    const name = reminderAlarmName('start', 60, 'uid|with|bars@example.org');
    expect(parseReminderAlarmName(name)).toEqual({ kind: 'start', offsetMinutes: 60, eventId: 'uid|with|bars@example.org' });
  });
  it.each(['refresh', 'remind|later|60|x', 'remind|start|soon|x', 'remind|start|60|'])('rejects %s', (name) => {
    expect(parseReminderAlarmName(name)).toBeNull();
  });
});

describe('reconcileAlarms', () => {
  const a = { name: 'remind|start|60|a', kind: 'start' as const, eventId: 'a', offsetMinutes: 60, when: 1000_000 };
  const b = { ...a, name: 'remind|start|60|b', eventId: 'b', when: 2000_000 };
  it('creates missing, clears stale and moved ones, leaves others alone', () => {
    const changes = reconcileAlarms([a, b], [
      { name: 'remind|start|60|a', scheduledTime: 1000_000 },
      { name: 'remind|start|60|b', scheduledTime: 9000_000 },
      { name: 'remind|start|1440|gone', scheduledTime: 5 },
      { name: 'refresh', scheduledTime: 5 },
    ]);
    expect(changes.clear).toEqual(['remind|start|60|b', 'remind|start|1440|gone']);
    expect(changes.create.map((r) => r.name)).toEqual(['remind|start|60|b']);
  });
});

describe('missedReminders: reminders due while the browser was closed', () => {
  // Saved on 20 March; the talk is on 29 March at 10:00 in Brussels (1 day before = 28 March 09:00 UTC).
  const talk = makeEvent({ id: 'ev-talk', start: '2026-03-29T10:00', end: '2026-03-29T12:00', timeZone: 'Europe/Brussels' });
  const savedOn = (event: InclusionEvent, savedAt: string): SavedEvents => ({ [event.id]: { event, savedAt } });
  const early = savedOn(talk, '2026-03-20T08:00:00.000Z');
  const names = (r: { show: Array<{ name: string }> }) => r.show.map((x) => x.name);

  it.each([
    ['before any reminder is due: nothing', '2026-03-27T12:00:00Z', [], []],
    ['the day before passed unseen: shown now', '2026-03-28T15:00:00Z', ['remind|start|1440|ev-talk'], ['remind|start|1440|ev-talk']],
    ['both passed unseen: only the latest is shown, both are settled', '2026-03-29T07:30:00Z', ['remind|start|60|ev-talk'], ['remind|start|1440|ev-talk', 'remind|start|60|ev-talk']],
    ['the event has started: nothing', '2026-03-29T08:30:00Z', [], []],
  ])('%s', (_name, now, show, settle) => {
    const missed = missedReminders(early, settings, {}, new Date(now), 'UTC');
    expect(names(missed)).toEqual(show);
    expect(missed.settle).toEqual(settle);
  });

  it('a reminder already shown is not shown again', () => {
    const shown = { 'remind|start|1440|ev-talk': Date.parse('2026-03-28T09:00:00Z') };
    expect(names(missedReminders(early, settings, shown, new Date('2026-03-28T15:00:00Z'), 'UTC'))).toEqual([]);
  });

  it('a reminder due before the event was saved is not a missed one', () => {
    const late = savedOn(talk, '2026-03-29T06:00:00.000Z');
    expect(missedReminders(late, settings, {}, new Date('2026-03-29T06:30:00Z'), 'UTC').settle).toEqual([]);
  });

  it('nothing when notifications are off, or for a cancelled event', () => {
    expect(missedReminders(early, { ...settings, enabled: false }, {}, new Date('2026-03-28T15:00:00Z'), 'UTC').settle).toEqual([]);
    const cancelled = savedOn({ ...talk, status: 'cancelled' }, '2026-03-20T08:00:00.000Z');
    expect(missedReminders(cancelled, settings, {}, new Date('2026-03-28T15:00:00Z'), 'UTC').settle).toEqual([]);
  });

  it('a registration deadline missed while closed is reminded while registration is open', () => {
    const course = makeEvent({ id: 'ev-course', start: '2026-04-20T09:00', registrationDeadline: '2026-04-01', timeZone: 'Europe/Rome' });
    const saved = savedOn(course, '2026-03-20T08:00:00.000Z');
    expect(names(missedReminders(saved, settings, {}, new Date('2026-03-31T18:00:00Z'), 'UTC'))).toEqual(['remind|deadline|1440|ev-course']);
    expect(names(missedReminders(saved, settings, {}, new Date('2026-04-02T08:00:00Z'), 'UTC'))).toEqual([]);
  });

  it('trimShown forgets reminders of events no longer saved', () => {
    const shown = { 'remind|start|60|ev-talk': 1, 'remind|start|60|gone': 2, 'not a reminder': 3 };
    expect(trimShown(shown, early)).toEqual({ 'remind|start|60|ev-talk': 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { reminderStillUseful } from '../../../entrypoints/shared/reminders.ts';
import { makeEvent } from '../../fixtures/extension/events.ts';

// A workshop at 14:30 in Lyon on the last Sunday of March 2030 (clocks go forward at 02:00): 12:30 UTC.
const workshop = makeEvent({ id: 'w', start: '2030-03-31T14:30', timeZone: 'Europe/Paris', registrationDeadline: '2030-03-28' });
const allDay = makeEvent({ id: 'd', start: '2030-03-31', end: '2030-03-31', allDay: true, timeZone: undefined });
const floating = makeEvent({ id: 'f', start: '2030-03-31T14:30', timeZone: undefined });

describe('a reminder fired late (after sleep) is shown only while it still helps', () => {
  it.each([
    ['start, a minute before', workshop, 'start', '2030-03-31T12:29:00Z', true],
    ['start, when it begins', workshop, 'start', '2030-03-31T12:30:00Z', false],
    ['start, the day after', workshop, 'start', '2030-04-01T08:00:00Z', false],
    ['deadline, during its last day', workshop, 'deadline', '2030-03-28T20:00:00Z', true],
    ['deadline, the day after', workshop, 'deadline', '2030-03-29T08:00:00Z', false],
    ['all-day event, on its day', allDay, 'start', '2030-03-31T15:00:00Z', true],
    ['all-day event, the next day', allDay, 'start', '2030-04-01T08:00:00Z', false],
    // No zone: the viewer's (New York, UTC-4 then): 14:30 there is 18:30 UTC.
    ['floating time, in the viewer\'s zone', floating, 'start', '2030-03-31T17:00:00Z', true],
  ] as const)('%s', (_what, event, kind, at, useful) => {
    expect(reminderStillUseful(event, kind, new Date(at), 'America/New_York')).toBe(useful);
  });
});

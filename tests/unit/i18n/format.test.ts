import { describe, expect, it } from 'vitest';
import { eventTimes, formatDayLong, formatMonth, formatTime, weekdayNames, zoneCity, zoneName } from '../../../lib/i18n/format.ts';

describe('Intl formatting', () => {
  it('formats a day whatever the machine zone', () => {
    expect(formatDayLong('2026-11-23', 'en')).toContain('November');
    expect(formatDayLong('2026-11-23', 'en')).toContain('23');
    expect(formatDayLong('2026-11-23', 'fr')).toBe('lundi 23 novembre 2026');
    expect(formatDayLong('2026-11-23', 'de')).toBe('Montag, 23. November 2026');
  });
  it('formats a month title', () => {
    expect(formatMonth('2026-11', 'it')).toBe('novembre 2026');
  });
  it('starts weeks on Monday', () => {
    expect(weekdayNames('en')[0]).toBe('Mon');
    expect(weekdayNames('fr', 'long')[6]).toBe('dimanche');
  });
  it('formats a time in a zone', () => {
    expect(formatTime(new Date('2026-11-23T13:30:00Z'), 'fr', 'Europe/Paris')).toBe('14:30');
  });
  it.each([
    ['en', 'Central European Time'],
    ['fr', 'heure d’Europe centrale'],
    ['de', 'Mitteleuropäische Zeit'],
    ['ar', 'توقيت وسط أوروبا'],
  ])('names a zone in the reader’s language (%s)', (locale, name) => expect(zoneName('Europe/Brussels', locale, new Date('2026-11-23T12:00:00Z'))).toBe(name));
  it('names the city of a zone', () => expect(zoneCity('America/New_York')).toBe('New York'));
});

describe('eventTimes', () => {
  const brussels = { start: '2026-11-23T14:00', end: '2026-11-23T16:00', allDay: false, timeZone: 'Europe/Brussels' };
  it('shows the viewer time and the event time when zones differ', () => {
    const t = eventTimes(brussels, 'en-GB', 'Europe/London');
    expect(t.viewerTime).toBe('13:00 – 15:00');
    expect([t.viewerStart, t.viewerEnd]).toEqual(['13:00', '15:00']);
    expect(t.eventTime).toEqual({ time: '14:00', zone: 'Brussels', zoneName: 'Central European Time' });
  });
  it('shows only one time when the clocks agree', () => {
    const t = eventTimes(brussels, 'en-GB', 'Europe/Paris');
    expect(t.viewerTime).toBe('14:00 – 16:00');
    expect(t.eventTime).toBeUndefined();
  });
  it('has no time for all-day events', () => {
    const t = eventTimes({ start: '2026-11-23', allDay: true }, 'en', 'UTC');
    expect(t).toEqual({});
  });
  it('reads floating times in the viewer zone', () => {
    const t = eventTimes({ start: '2026-11-23T09:00', allDay: false }, 'en-GB', 'Asia/Tokyo');
    expect(t.viewerTime).toBe('9:00');
    expect(t.eventTime).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { findNewEvents, mergeKnownIds, upcomingEvents } from '../../../entrypoints/shared/diff.ts';
import { cityMarathon, labourWebinarBE, languageCafeLyon, makeEvent } from '../../fixtures/extension/events.ts';

describe('findNewEvents', () => {
  it('returns events whose id is not known, once each', () => {
    const fresh = findNewEvents([labourWebinarBE, languageCafeLyon, languageCafeLyon], [labourWebinarBE.id]);
    expect(fresh.map((e) => e.id)).toEqual([languageCafeLyon.id]);
  });
  it('returns nothing when every id is known', () => {
    expect(findNewEvents([labourWebinarBE], new Set([labourWebinarBE.id]))).toEqual([]);
  });
});

describe('upcomingEvents', () => {
  const now = new Date('2026-12-05T18:30:00Z'); // 19:30 in Lyon: the café (18:00-20:00) is still on
  it.each([
    ['an event later today', languageCafeLyon, true],
    ['an all-day event today (to 23:59)', makeEvent({ id: 'x', start: '2026-12-05', allDay: true, end: undefined }), true],
    ['an event that ended on 3 December', labourWebinarBE, false],
    ['an event tomorrow', cityMarathon, true],
  ])('%s', (_name, event, expected) => {
    expect(upcomingEvents([event], now, 'Europe/Brussels').length === 1).toBe(expected);
  });
  it('leaves out events with unreadable dates instead of throwing', () => {
    expect(upcomingEvents([makeEvent({ id: 'bad', start: 'soon', end: undefined })], now, 'UTC')).toEqual([]);
  });
});

describe('mergeKnownIds', () => {
  it('keeps current ids first and old ones after, within the cap', () => {
    expect(mergeKnownIds(['a', 'b'], [labourWebinarBE], 2)).toEqual([labourWebinarBE.id, 'a']);
  });
});

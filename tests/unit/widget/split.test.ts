import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { splitPastUpcoming } from '../../../lib/query/index.ts';
import { isOrderedByStart, splitByNow } from '../../../widget/split.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

describe('splitByNow', () => {
  const events = makeEvents(120, '2026-11-01', 4);
  it.each([
    ['2026-11-15T10:30:00Z', 'Europe/Brussels'],
    ['2026-11-15T23:30:00Z', 'Pacific/Auckland'],
    ['2026-11-10T05:00:00Z', 'America/Los_Angeles'],
  ])('agrees with the exact split at %s in %s', (iso, zone) => {
    const now = new Date(iso);
    const fast = splitByNow(events, now, zone);
    const exact = splitPastUpcoming(events, now, zone);
    expect(fast.past.map((e) => e.id)).toEqual(exact.past.map((e) => e.id));
    expect(fast.upcoming.map((e) => e.id)).toEqual(exact.upcoming.map((e) => e.id));
  });
});

describe('isOrderedByStart', () => {
  it('accepts an ordered single-zone list and rejects others', () => {
    const timed = makeEvents(30, '2026-11-01').filter((e) => !e.allDay).map((e) => ({ ...e, timeZone: 'Europe/Brussels' }));
    expect(isOrderedByStart(timed)).toBe(true);
    expect(isOrderedByStart([...timed].reverse())).toBe(false);
    const mixed: InclusionEvent[] = [timed[0]!, { ...timed[1]!, timeZone: 'Europe/London' }];
    expect(isOrderedByStart(mixed)).toBe(false);
  });
});

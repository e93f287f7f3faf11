import { describe, expect, it } from 'vitest';
import { withSourceUpdates } from '../../../entrypoints/shared/saved-updates.ts';
import type { SavedEvents } from '../../../entrypoints/shared/types.ts';
import { makeEvent } from '../../fixtures/extension/events.ts';

const jobFair = makeEvent({ id: 'job-fair', title: 'Job fair for refugees and employers', start: '2030-03-16T09:30', end: '2030-03-16T16:00' });
const cafe = makeEvent({ id: 'cafe', title: 'Café des langues', start: '2030-03-18T18:00' });
const saved: SavedEvents = {
  [jobFair.id]: { event: jobFair, savedAt: '2030-03-04T09:00:00.000Z' },
  [cafe.id]: { event: cafe, savedAt: '2030-03-04T09:05:00.000Z' },
};

describe('saved events follow their source', () => {
  it.each([
    ['moved a day later', { ...jobFair, start: '2030-03-17T09:30', end: '2030-03-17T16:00' }],
    ['cancelled', { ...jobFair, status: 'cancelled' as const }],
    ['given a registration deadline', { ...jobFair, registrationDeadline: '2030-03-10' }],
  ])('%s: the saved copy is the new version, saved when it was', (_what, changed) => {
    const next = withSourceUpdates(saved, [changed, cafe]);
    expect(next?.[jobFair.id]).toEqual({ event: changed, savedAt: '2030-03-04T09:00:00.000Z' });
    expect(next?.[cafe.id]).toBe(saved[cafe.id]);
    // The stored list itself is not changed in place.
    expect(saved[jobFair.id]!.event).toBe(jobFair);
  });

  it('nothing changed, or the event is gone from the feed: no write (null), and never a lost save', () => {
    expect(withSourceUpdates(saved, [{ ...jobFair }, cafe])).toBeNull();
    expect(withSourceUpdates(saved, [])).toBeNull();
    expect(withSourceUpdates({}, [jobFair])).toBeNull();
  });
});

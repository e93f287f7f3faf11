/**
 * Whether new events would move the rows a visitor sees. A refresh that adds or removes an event
 * above the row under a visitor's pointer pushes that row away: a press started on it then ends
 * on something else and the click reaches nothing. Such a list waits (see model.offerEvents).
 */
import type { InclusionEvent } from '../lib/model/event.ts';

/** The ids of the rows some day sections draw, in order. */
export function drawnRows(days: ReadonlyArray<{ events: readonly InclusionEvent[] }>): string[] {
  return days.flatMap((d) => d.events.map((e) => e.id));
}

/**
 * True when `next` draws the rows `now` draws first and in the same order: nothing drawn moves
 * (rows added after the last one, as when the rest of a feed arrives, move nothing above them).
 * @example keepsRows(['a', 'b'], ['a', 'b', 'c']) // true
 * @example keepsRows(['a', 'b'], ['new', 'a', 'b']) // false
 */
export function keepsRows(now: readonly string[], next: readonly string[]): boolean {
  return now.length <= next.length && now.every((id, i) => next[i] === id);
}

/**
 * How many events of `next` are not in `now` (by id): the "N new events" a visitor is offered.
 * @example addedEvents([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }]) // 1
 */
export function addedEvents(now: ReadonlyArray<Pick<InclusionEvent, 'id'>>, next: ReadonlyArray<Pick<InclusionEvent, 'id'>>): number {
  const known = new Set(now.map((e) => e.id));
  let added = 0;
  for (const e of next) if (!known.has(e.id)) added++;
  return added;
}

/**
 * Saved events follow their source: when a followed feed moves, changes or cancels an event the
 * user saved, the saved copy takes the new version (its reminders are planned again from it).
 * An event that is no longer in the feed keeps its saved copy: a source never wipes a save.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { SavedEvents } from './types.ts';

/** The saved events with each one the sources now give in its newer version; null when none changed. */
export function withSourceUpdates(saved: SavedEvents, events: readonly InclusionEvent[]): SavedEvents | null {
  const byId = new Map(events.map((e) => [e.id, e]));
  let next: SavedEvents | null = null;
  for (const [id, entry] of Object.entries(saved)) {
    const fresh = byId.get(id);
    if (!fresh || JSON.stringify(fresh) === JSON.stringify(entry.event)) continue;
    next ??= { ...saved };
    next[id] = { ...entry, event: fresh };
  }
  return next;
}

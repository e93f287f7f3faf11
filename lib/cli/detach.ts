/**
 * Events as the build keeps them: copies that share nothing with the text they were read from.
 *
 * A reader's strings are often pieces of bigger ones (V8 makes a substring that points into
 * its parent): a UID points into the whole calendar text, a matched topic word into the
 * title and description it was found in. Kept as they are, 20 events of a partner hold that
 * partner's whole download, and a network's build grows with the raw texts instead of the
 * events. A JSON round trip makes every string its own (events are JSON data: they are
 * written to build-state.json and read back the same way on the next run).
 *
 * Strings that many events repeat (a city, a topic, a reason, the source's name and url)
 * are then shared through `pool`, so 6,000 events hold one "Brussels", not 6,000.
 */
import type { InclusionEvent } from '../model/event.ts';

/** Longer strings are seldom repeated (descriptions, titles): not worth a look-up. */
const POOLED_LENGTH = 200;

/** One copy of each short string seen during a build. */
export type StringPool = Map<string, string>;

function share(value: unknown, pool: StringPool): unknown {
  if (typeof value === 'string') {
    if (value.length > POOLED_LENGTH) return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = share(value[i], pool);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = share(record[key], pool);
  }
  return value;
}

/**
 * `events` themselves, their short strings taken from `pool` (for events that are already
 * their own, such as those read back from build-state.json).
 * @example shareStrings(previous.events, pool);
 */
export function shareStrings(events: InclusionEvent[], pool: StringPool): InclusionEvent[] {
  return share(events, pool) as InclusionEvent[];
}

/**
 * Copies of `events` whose strings belong to them alone or to `pool`.
 * @example state.events = detachEvents(parsed.events, pool); // parsed.events and its text can go
 */
export function detachEvents(events: InclusionEvent[], pool: StringPool): InclusionEvent[] {
  if (events.length === 0) return [];
  return share(JSON.parse(JSON.stringify(events)), pool) as InclusionEvent[];
}

/**
 * Start order for thousands of events without an Intl call per event. lib/query's sortEvents
 * converts every zoned start through Intl (tens of microseconds each: about a second for
 * 10,000 events); here each zone's UTC offsets are learnt once per year, by sampling weekly
 * and bisecting to the minute where the offset changes, and every start is then converted
 * by table look-up. Same order as sortEvents: day, all-day first, instant, title, input order.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { foldText } from '../lib/query/search.ts';
import { zoneOffsetMinutes } from '../lib/time/zoned.ts';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

interface YearTable {
  /** Offset in minutes at the start of the table. */
  base: number;
  /** [instant ms, offset from then on], ascending. */
  changes: Array<[number, number]>;
}

/** Offsets of one zone, learnt a year at a time. */
export function createOffsetTable(zone: string): (ms: number) => number {
  const years = new Map<number, YearTable>();
  const at = (ms: number) => zoneOffsetMinutes(new Date(ms), zone);
  function table(year: number): YearTable {
    let t = years.get(year);
    if (t) return t;
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    t = { base: at(start), changes: [] };
    let prevMs = start;
    let prev = t.base;
    for (let ms = start + WEEK; prevMs < end; ms += WEEK) {
      const probe = Math.min(ms, end);
      const off = at(probe);
      if (off !== prev) {
        let lo = prevMs;
        let hi = probe;
        while (hi - lo > 60_000) {
          const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
          if (at(mid) === prev) lo = mid;
          else hi = mid;
        }
        t.changes.push([hi, off]);
        prev = off;
      }
      prevMs = probe;
    }
    years.set(year, t);
    return t;
  }
  return (ms) => {
    const t = table(new Date(ms).getUTCFullYear());
    let off = t.base;
    for (const [when, value] of t.changes) {
      if (when <= ms) off = value;
      else break;
    }
    return off;
  };
}

const tables = new Map<string, ((ms: number) => number) | null>();

function offsetTable(zone: string): ((ms: number) => number) | null {
  if (!tables.has(zone)) {
    try {
      zoneOffsetMinutes(new Date(0), zone);
      tables.set(zone, createOffsetTable(zone));
    } catch {
      tables.set(zone, null); // unknown zone: its times keep wall-clock order
    }
  }
  return tables.get(zone) ?? null;
}

/** UTC ms of a 'YYYY-MM-DDTHH:MM' wall time in `zone`, resolved like lib/time's zonedWallTimeToUtc. */
export function wallToUtcMs(wall: string, zone: string | undefined): number {
  const guess = Date.UTC(+wall.slice(0, 4), +wall.slice(5, 7) - 1, +wall.slice(8, 10), +wall.slice(11, 13) || 0, +wall.slice(14, 16) || 0);
  const offsetAt = zone ? offsetTable(zone) : null;
  if (!offsetAt) return guess;
  const before = offsetAt(guess - 3 * HOUR);
  const after = offsetAt(guess + 3 * HOUR);
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = guess - offset * 60_000;
    if (offsetAt(candidate) === offset) return candidate;
  }
  return guess - before * 60_000;
}

/** lib/i18n's ToInstant through the offset tables: floating times read in the viewer's zone. */
export function fastInstant(wall: string, timeZone: string | undefined, fallbackZone: string): Date {
  return new Date(wallToUtcMs(wall.length === 10 ? `${wall}T00:00` : wall, timeZone ?? fallbackZone));
}

/**
 * Events in start order (a new array).
 * @example orderEvents(feed.events)[0] // the earliest
 */
export function orderEvents(events: readonly InclusionEvent[]): InclusionEvent[] {
  const keyed = events.map((e, i) => {
    const timed = !e.allDay && e.start.length > 10;
    return { e, i, day: e.start.slice(0, 10), ms: timed ? wallToUtcMs(e.start, e.timeZone) : -Infinity, title: undefined as string | undefined };
  });
  // Titles are folded only for events that tie on day and time.
  const title = (k: (typeof keyed)[number]) => (k.title ??= foldText(k.e.title));
  keyed.sort((a, b) => {
    const c = (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || (a.ms < b.ms ? -1 : a.ms > b.ms ? 1 : 0);
    if (c) return c;
    const ta = title(a);
    const tb = title(b);
    return (ta < tb ? -1 : ta > tb ? 1 : 0) || a.i - b.i;
  });
  return keyed.map((k) => k.e);
}

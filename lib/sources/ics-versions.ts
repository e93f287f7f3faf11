/**
 * A calendar may carry several versions of one event: the same UID (and RECURRENCE-ID) sent
 * again with a higher SEQUENCE when it was moved, or re-exported with a later DTSTAMP. Only
 * the current version is an event; the superseded ones would show a second, stale copy.
 * Versions that neither SEQUENCE nor DTSTAMP tell apart are kept: some exporters reuse one
 * UID for different events, and losing those is worse than showing both.
 */
import type { RawEvent } from './ics-vevent.ts';

function versionKey(raw: RawEvent): string | undefined {
  if (!raw.uid) return undefined;
  const rid = raw.recurrenceId ? `${raw.recurrenceId.wall} ${raw.recurrenceId.zone ?? ''}` : '';
  return `${raw.uid.trim()}\u0000${rid}`;
}

/** Stamps compare as written once reduced to digits (20261101T100000Z and 2026-11-01T10:00:00Z alike). */
const stampOf = (raw: RawEvent) => (raw.stamp ?? '').replace(/\D/g, '');

/** >0 when `a` supersedes `b`, <0 when `b` supersedes `a`, 0 when nothing tells. */
function compareVersions(a: RawEvent, b: RawEvent): number {
  const sa = a.sequence ?? 0;
  const sb = b.sequence ?? 0;
  if (sa !== sb) return sa - sb;
  const ta = stampOf(a);
  const tb = stampOf(b);
  return ta === tb ? 0 : ta > tb ? 1 : -1;
}

/**
 * The VEVENTs that are current, in their order in the file; one pass, a map by UID.
 * @example currentVersions([moved_seq1, original_seq0]) // [moved_seq1]
 */
export function currentVersions(vevents: RawEvent[]): RawEvent[] {
  const best = new Map<string, number>();
  const dropped = new Set<number>();
  vevents.forEach((raw, i) => {
    const key = versionKey(raw);
    if (key === undefined) return;
    const j = best.get(key);
    if (j === undefined) {
      best.set(key, i);
      return;
    }
    const order = compareVersions(raw, vevents[j] as RawEvent);
    if (order > 0) {
      dropped.add(j);
      best.set(key, i);
    } else if (order < 0) dropped.add(i);
  });
  return dropped.size === 0 ? vevents : vevents.filter((_, i) => !dropped.has(i));
}

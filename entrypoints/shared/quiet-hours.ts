/**
 * Quiet hours and wall-clock times in the user's zone. Quiet hours may run across midnight
 * (22:00-07:00).
 */
import { addDays, dayInZone, utcToZonedWallTime, zonedWallTimeToUtc } from '../../lib/time/zoned.ts';
import type { QuietHours } from './types.ts';

export function minutesOfDay(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isQuietTime(now: Date, quiet: QuietHours, zone: string): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (start === end) return false;
  const m = minutesOfDay(utcToZonedWallTime(now, zone).slice(11, 16));
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The first instant after `now` at which clocks in `zone` show `hhmm`. */
export function nextWallTime(now: Date, hhmm: string, zone: string): Date {
  minutesOfDay(hhmm);
  const today = dayInZone(now, zone);
  for (const day of [today, addDays(today, 1), addDays(today, 2)]) {
    const at = zonedWallTimeToUtc(`${day}T${hhmm}`, zone);
    if (at.getTime() > now.getTime()) return at;
  }
  return zonedWallTimeToUtc(`${addDays(today, 1)}T${hhmm}`, zone);
}

/** When the current quiet period ends (the next `end` time). */
export function quietEnd(now: Date, quiet: QuietHours, zone: string): Date {
  return nextWallTime(now, quiet.end, zone);
}

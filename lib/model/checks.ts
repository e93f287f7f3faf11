/**
 * Cheap checks of feed values, shared by the strict model validation (validate.ts) and the
 * tolerant feed reader (read-event.ts). Written to run tens of thousands of times per feed.
 */

import { utcToZonedWallTime } from '../time/zoned.ts';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits at [from, to), or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Same answer as isEventDate (event.ts) without a regex match or a Date per call: a feed
 * holds tens of thousands of dates. Years 0-99 count as 1900-1999, as Date.UTC does.
 */
export function isEventDate(value: unknown): value is string {
  if (typeof value !== 'string' || (value.length !== 10 && value.length !== 16)) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const raw = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (raw < 0 || month < 1 || month > 12 || day < 1) return false;
  if (value.length === 16) {
    if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return false;
    const hour = digits(value, 11, 13);
    const minute = digits(value, 14, 16);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  }
  const year = raw < 100 ? raw + 1900 : raw;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}

// Plain http(s) URLs with a name host, no port and printable ASCII always parse; URL decides the rest.
const PLAIN_HTTP_URL_RE = /^https?:\/\/(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/;
export const isHttpUrl = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  if (PLAIN_HTTP_URL_RE.test(v) && !/xn--/i.test(v)) return true;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

const zoneCache = new Map<string, boolean>();
/** True when the runtime's Intl knows this IANA zone. */
export function isTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      // Through lib/time's own formatter for the zone (it throws for a zone Intl does not know):
      // the one times in that zone are converted with later, so checking costs no Intl object of its own.
      utcToZonedWallTime(new Date(0), zone);
      known = zone.length > 0;
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}


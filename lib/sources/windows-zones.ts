/**
 * Time zone ids as calendars write them, resolved to IANA zones: Windows ids from Exchange
 * and Outlook ('W. Europe Standard Time'), their display names with or without the offset
 * ('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '(GMT+10:00) Canberra,
 * Melbourne, Sydney'), old IANA aliases ('US/Eastern', 'Japan', 'GB'), and prefixed ids from
 * old libraries ('/freeassociation.sourceforge.net/Tzfile/Europe/Brussels').
 */
import { isTimeZone } from '../model/validate.ts';
import { LEGACY, WINDOWS_ZONES } from './windows-zone-table.ts';

/** Case, spacing, 'and' for '&' ('Eastern Time (US and Canada)') and the 'Kiev'/'Kyiv' spelling do not matter. */
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/ and /g, ' & ').replace(/\bkiev\b/g, 'kyiv').trim();

const BY_ID = new Map<string, string>();
const BY_DISPLAY = new Map<string, string>();
/** First place of a display name ('amsterdam'), for names whose tail changed between Windows versions. */
const BY_FIRST_PLACE = new Map<string, string>();
for (const [id, zone, display] of WINDOWS_ZONES) {
  BY_ID.set(norm(id), zone);
  BY_DISPLAY.set(norm(display), zone);
  const first = norm(display).split(',')[0] as string;
  if (!BY_FIRST_PLACE.has(first)) BY_FIRST_PLACE.set(first, zone);
}
for (const [name, zone] of LEGACY) {
  if (/standard time$/i.test(name)) BY_ID.set(norm(name), zone);
  else BY_DISPLAY.set(norm(name), zone);
}

// '(UTC+01:00) ', '(GMT-05:00) ', '(UTC) ', '(GMT) ' before a display name.
const OFFSET_PREFIX_RE = /^\((?:utc|gmt)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?\)\s*/;

/** A fixed offset ('+', 1, 0) as its IANA zone: whole hours are Etc/GMT zones with the sign reversed; others are not IANA zones. */
function offsetZone(sign: string, hours: number, minutes: number): string | undefined {
  if (minutes !== 0 || hours > 14) return undefined;
  return hours === 0 ? 'UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`;
}

function fromWindows(id: string): string | undefined {
  const key = norm(id);
  const direct = BY_ID.get(key) ?? BY_ID.get(key.replace(/ daylight time$/, ' standard time'));
  if (direct) return direct;
  const display = key.replace(OFFSET_PREFIX_RE, '');
  if (!display) {
    // '(GMT +01:00)' alone (ownCloud) is that offset; '(UTC)' alone is UTC.
    const m = /^\((?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\)$/.exec(key);
    if (m) return offsetZone(m[1] === '+' ? '+' : '-', Number(m[2]), Number(m[3] ?? 0));
    return key.startsWith('(') ? 'UTC' : undefined;
  }
  return BY_DISPLAY.get(display) ?? (key !== display || display.includes(',') ? BY_FIRST_PLACE.get(display.split(',')[0] as string) : undefined);
}

const IANA_LIKE_RE = /^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/;

/** The runtime's canonical name for an IANA id or alias ('US/Eastern' -> 'America/New_York'), or undefined. */
function canonicalIana(id: string): string | undefined {
  if (!IANA_LIKE_RE.test(id) || !isTimeZone(id)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: id }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function resolveUncached(raw: string): string | undefined {
  const id = raw.trim().replace(/^"|"$/g, '').trim();
  if (!id) return undefined;
  if (/^(z|utc|gmt|etc\/utc|etc\/gmt|universal|zulu)$/i.test(id)) return 'UTC';
  // An id with a slash is kept as written when valid (feeds and tests compare it); aliases without one are canonicalised.
  if (id.includes('/') && IANA_LIKE_RE.test(id) && isTimeZone(id)) return id;
  const windows = fromWindows(id);
  if (windows) return windows;
  // 'UTC+01', 'GMT-5', 'UTC+11:00' (booking systems, Exchange's offset ids): a fixed whole-hour offset is an Etc/GMT zone, sign reversed.
  const offset = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(id);
  if (offset) return offsetZone(offset[1] as string, Number(offset[2]), Number(offset[3] ?? 0));
  const alias = canonicalIana(id);
  if (alias) return alias === 'Etc/UTC' || alias === 'Etc/GMT' ? 'UTC' : alias;
  // Prefixed ids end in an IANA id: try the last three, then the last two path segments.
  const segments = id.split('/').filter(Boolean);
  for (const take of [3, 2]) {
    if (segments.length >= take) {
      const candidate = segments.slice(-take).join('/');
      if (/^[A-Z][A-Za-z_]+\//.test(candidate) && isTimeZone(candidate)) return candidate;
    }
  }
  return undefined;
}

const cache = new Map<string, string | undefined>();

/**
 * The IANA zone for a TZID as calendars write it, or undefined when it cannot be told.
 * @example resolveTimeZone('W. Europe Standard Time') // 'Europe/Berlin'
 * @example resolveTimeZone('(GMT+10:00) Canberra, Melbourne, Sydney') // 'Australia/Sydney'
 * @example resolveTimeZone('/freeassociation.sourceforge.net/Tzfile/Europe/Brussels') // 'Europe/Brussels'
 */
export function resolveTimeZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  if (cache.has(tzid)) return cache.get(tzid);
  const zone = resolveUncached(tzid);
  // Feeds choose their TZIDs: the cache stays small whatever they write.
  if (cache.size > 1_000) cache.clear();
  cache.set(tzid, zone);
  return zone;
}

/**
 * Time zone ids as calendars write them, resolved to IANA zones: Windows names from
 * Exchange and Outlook ('W. Europe Standard Time'), their display names
 * ('(UTC+01:00) Brussels, Copenhagen, Madrid, Paris'), and prefixed ids from old libraries
 * ('/freeassociation.sourceforge.net/Tzfile/Europe/Brussels').
 */
import { isTimeZone } from '../model/validate.ts';

// Windows zone name (lower case, without ' Standard Time') -> IANA, for the default territory.
const WINDOWS: Record<string, string> = {
  'dateline': 'Etc/GMT+12', 'utc-11': 'Etc/GMT+11', 'aleutian': 'America/Adak', 'hawaiian': 'Pacific/Honolulu',
  'alaskan': 'America/Anchorage', 'pacific': 'America/Los_Angeles', 'pacific (mexico)': 'America/Tijuana',
  'us mountain': 'America/Phoenix', 'mountain': 'America/Denver', 'mountain (mexico)': 'America/Mazatlan',
  'central america': 'America/Guatemala', 'central': 'America/Chicago', 'central (mexico)': 'America/Mexico_City',
  'canada central': 'America/Regina', 'sa pacific': 'America/Bogota', 'eastern': 'America/New_York',
  'eastern (mexico)': 'America/Cancun', 'us eastern': 'America/Indianapolis', 'venezuela': 'America/Caracas',
  'paraguay': 'America/Asuncion', 'atlantic': 'America/Halifax', 'central brazilian': 'America/Cuiaba',
  'sa western': 'America/La_Paz', 'pacific sa': 'America/Santiago', 'newfoundland': 'America/St_Johns',
  'e. south america': 'America/Sao_Paulo', 'argentina': 'America/Buenos_Aires', 'sa eastern': 'America/Cayenne',
  'greenland': 'America/Godthab', 'montevideo': 'America/Montevideo', 'utc-02': 'Etc/GMT+2', 'mid-atlantic': 'Etc/GMT+2',
  'azores': 'Atlantic/Azores', 'cape verde': 'Atlantic/Cape_Verde', 'utc': 'UTC', 'coordinated universal time': 'UTC',
  'gmt': 'Europe/London', 'greenwich': 'Atlantic/Reykjavik', 'morocco': 'Africa/Casablanca',
  'w. europe': 'Europe/Berlin', 'central europe': 'Europe/Budapest', 'romance': 'Europe/Paris',
  'central european': 'Europe/Warsaw', 'w. central africa': 'Africa/Lagos', 'jordan': 'Asia/Amman',
  'gtb': 'Europe/Bucharest', 'middle east': 'Asia/Beirut', 'egypt': 'Africa/Cairo', 'e. europe': 'Europe/Chisinau',
  'syria': 'Asia/Damascus', 'west bank': 'Asia/Hebron', 'south africa': 'Africa/Johannesburg', 'fle': 'Europe/Kiev',
  'israel': 'Asia/Jerusalem', 'kaliningrad': 'Europe/Kaliningrad', 'libya': 'Africa/Tripoli', 'sudan': 'Africa/Khartoum',
  'namibia': 'Africa/Windhoek', 'arabic': 'Asia/Baghdad', 'turkey': 'Europe/Istanbul', 'arab': 'Asia/Riyadh',
  'belarus': 'Europe/Minsk', 'russian': 'Europe/Moscow', 'e. africa': 'Africa/Nairobi', 'volgograd': 'Europe/Volgograd',
  'iran': 'Asia/Tehran', 'arabian': 'Asia/Dubai', 'astrakhan': 'Europe/Astrakhan', 'azerbaijan': 'Asia/Baku',
  'russia time zone 3': 'Europe/Samara', 'mauritius': 'Indian/Mauritius', 'saratov': 'Europe/Saratov',
  'georgian': 'Asia/Tbilisi', 'caucasus': 'Asia/Yerevan', 'afghanistan': 'Asia/Kabul', 'west asia': 'Asia/Tashkent',
  'ekaterinburg': 'Asia/Yekaterinburg', 'pakistan': 'Asia/Karachi', 'india': 'Asia/Calcutta', 'sri lanka': 'Asia/Colombo',
  'nepal': 'Asia/Katmandu', 'central asia': 'Asia/Almaty', 'bangladesh': 'Asia/Dhaka', 'omsk': 'Asia/Omsk',
  'myanmar': 'Asia/Rangoon', 'se asia': 'Asia/Bangkok', 'n. central asia': 'Asia/Novosibirsk', 'north asia': 'Asia/Krasnoyarsk',
  'china': 'Asia/Shanghai', 'north asia east': 'Asia/Irkutsk', 'singapore': 'Asia/Singapore', 'malay peninsula': 'Asia/Singapore',
  'w. australia': 'Australia/Perth', 'taipei': 'Asia/Taipei', 'ulaanbaatar': 'Asia/Ulaanbaatar', 'tokyo': 'Asia/Tokyo',
  'korea': 'Asia/Seoul', 'yakutsk': 'Asia/Yakutsk', 'cen. australia': 'Australia/Adelaide', 'aus central': 'Australia/Darwin',
  'e. australia': 'Australia/Brisbane', 'aus eastern': 'Australia/Sydney', 'west pacific': 'Pacific/Port_Moresby',
  'tasmania': 'Australia/Hobart', 'vladivostok': 'Asia/Vladivostok', 'central pacific': 'Pacific/Guadalcanal',
  'new zealand': 'Pacific/Auckland', 'fiji': 'Pacific/Fiji', 'tonga': 'Pacific/Tongatapu', 'samoa': 'Pacific/Apia',
};

// Display names carry the cities of the zone; the first two are enough to tell them apart.
const DISPLAY: Array<[RegExp, string]> = [
  [/amsterdam, berlin/i, 'Europe/Berlin'],
  [/brussels, copenhagen/i, 'Europe/Paris'],
  [/belgrade, bratislava/i, 'Europe/Budapest'],
  [/sarajevo, skopje/i, 'Europe/Warsaw'],
  [/dublin, edinburgh/i, 'Europe/London'],
  [/athens, bucharest/i, 'Europe/Bucharest'],
  [/helsinki, kyiv|helsinki, kiev/i, 'Europe/Kiev'],
  [/istanbul/i, 'Europe/Istanbul'],
  [/moscow, st\. petersburg/i, 'Europe/Moscow'],
  [/chisinau/i, 'Europe/Chisinau'],
  [/lisbon|casablanca/i, 'Europe/Lisbon'],
  [/eastern time \(us & canada\)/i, 'America/New_York'],
  [/central time \(us & canada\)/i, 'America/Chicago'],
  [/pacific time \(us & canada\)/i, 'America/Los_Angeles'],
  [/coordinated universal time|^\(utc\)$/i, 'UTC'],
];

const cache = new Map<string, string | undefined>();

function resolveUncached(raw: string): string | undefined {
  const id = raw.trim().replace(/^"|"$/g, '');
  if (!id) return undefined;
  if (/^(z|utc|gmt|etc\/utc|etc\/gmt|universal|zulu)$/i.test(id)) return 'UTC';
  if (/^[A-Za-z]+\/[A-Za-z_+\-/0-9]+$/.test(id) && isTimeZone(id)) return id;
  const windows = WINDOWS[id.toLowerCase().replace(/\s+standard time$|\s+daylight time$/, '').trim()];
  if (windows) return windows;
  // Prefixed ids end in an IANA id: try the last three, then the last two path segments.
  const segments = id.split('/').filter(Boolean);
  for (const take of [3, 2]) {
    if (segments.length >= take) {
      const candidate = segments.slice(-take).join('/');
      if (/^[A-Z][A-Za-z_]+\//.test(candidate) && isTimeZone(candidate)) return candidate;
    }
  }
  for (const [re, zone] of DISPLAY) if (re.test(id)) return zone;
  return undefined;
}

/**
 * The IANA zone for a TZID as calendars write it, or undefined when it cannot be told.
 * @example resolveTimeZone('W. Europe Standard Time') // 'Europe/Berlin'
 * @example resolveTimeZone('/freeassociation.sourceforge.net/Tzfile/Europe/Brussels') // 'Europe/Brussels'
 */
export function resolveTimeZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  if (cache.has(tzid)) return cache.get(tzid);
  const zone = resolveUncached(tzid);
  cache.set(tzid, zone);
  return zone;
}

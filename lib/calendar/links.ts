/**
 * "Add to calendar" links for Google Calendar, Outlook.com, Office 365 and Yahoo, and webcal://
 * subscription links. Outlook's compose page fails on URLs of 2,000 characters or more, so
 * texts are cut to fit.
 */
import { ValidationError } from '../model/errors.ts';
import type { Messages } from '../i18n/index.ts';
import type { InclusionEvent } from '../model/event.ts';
import { calendarDescription, locationText, practicalLines, safeHttpUrl } from './details.ts';
import { encodedLength, fitEncoded, wellFormed } from './fit.ts';
import type { CalendarTimes } from './times.ts';
import { calendarTimes, compactWall, isoDateTime, utcCompact } from './times.ts';

export type CalendarTarget = 'google' | 'outlook' | 'office365' | 'yahoo';

export const CALENDAR_TARGETS: readonly CalendarTarget[] = ['google', 'outlook', 'office365', 'yahoo'];

/** Longest URL per target: Outlook and Office 365 must stay under 2,000 characters. */
const MAX_URL_LENGTH: Record<CalendarTarget, number> = { google: 8000, outlook: 1999, office365: 1999, yahoo: 8000 };

const BASE: Record<CalendarTarget, string> = {
  google: 'https://calendar.google.com/calendar/render',
  outlook: 'https://outlook.live.com/calendar/0/action/compose',
  office365: 'https://outlook.office.com/calendar/0/action/compose',
  yahoo: 'https://calendar.yahoo.com/',
};

type Params = Array<[string, string]>;
interface Texts {
  title: string;
  details: string;
  location: string;
}

function timeParams(target: CalendarTarget, t: CalendarTimes): Params {
  switch (target) {
    case 'google': {
      if (t.kind === 'all-day') return [['dates', `${compactWall(t.start)}/${compactWall(t.end)}`]];
      if (t.kind === 'utc') return [['dates', `${utcCompact(t.start, 'utc')}/${utcCompact(t.end, 'utc')}`]];
      const dates: [string, string] = ['dates', `${compactWall(t.start)}/${compactWall(t.end)}`];
      // Without ctz Google reads the times in the user's own zone: right for floating times.
      return t.zone ? [dates, ['ctz', t.zone]] : [dates];
    }
    case 'outlook':
    case 'office365':
      if (t.kind === 'all-day') return [['startdt', t.start], ['enddt', t.end], ['allday', 'true']];
      return [['startdt', isoDateTime(t.start, t.kind, t.zone)], ['enddt', isoDateTime(t.end, t.kind, t.zone)]];
    case 'yahoo': {
      if (t.kind === 'all-day') return [['st', compactWall(t.start)], ['et', compactWall(t.end)], ['dur', 'allday']];
      // Yahoo has no zone parameter: zoned times go as UTC instants, floating ones as they are.
      const write = (wall: string) => (t.kind === 'floating' ? compactWall(wall) : utcCompact(wall, t.kind, t.zone));
      return [['st', write(t.start)], ['et', write(t.end)]];
    }
  }
}

function textParams(target: CalendarTarget, x: Texts): Params {
  switch (target) {
    case 'google':
      return [['text', x.title], ['details', x.details], ['location', x.location]];
    case 'outlook':
    case 'office365':
      return [['subject', x.title], ['body', x.details], ['location', x.location]];
    case 'yahoo':
      return [['title', x.title], ['desc', x.details], ['in_loc', x.location]];
  }
}

function build(target: CalendarTarget, t: CalendarTimes, x: Texts): string {
  const fixed: Params = target === 'google' ? [['action', 'TEMPLATE']] : target === 'yahoo' ? [['v', '60']] : [];
  const params = [...fixed, ...textParams(target, x), ...timeParams(target, t)].filter(([, v]) => v !== '');
  return `${BASE[target]}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/**
 * Cuts title, place and description so the whole URL fits the target's limit: the practical
 * lines (links, deadline) are kept whole when there is room, the free text is cut first.
 */
function fitTexts(target: CalendarTarget, t: CalendarTimes, event: InclusionEvent, messages?: Messages): Texts {
  const empty = build(target, t, { title: 'x', details: 'x', location: 'x' }).length - 3;
  let room = MAX_URL_LENGTH[target] - empty;
  const title = fitEncoded(event.title.trim() || 'Event', Math.min(room, 500));
  room -= encodedLength(title);
  const place = locationText(event, messages);
  const location = fitEncoded(place, Math.min(room, 300));
  room -= encodedLength(location);
  const full = wellFormed(calendarDescription(event, { url: true, ...(messages ? { messages } : {}) }));
  if (encodedLength(full) <= room) return { title, location, details: full };
  const tail = wellFormed(practicalLines(event, { url: true, ...(messages ? { messages } : {}) }).join('\n'));
  const tailRoom = encodedLength(`\n\n${tail}`);
  if (tail && tailRoom < room / 2) {
    const prose = fitEncoded(event.description?.trim() ?? '', room - tailRoom);
    return { title, location, details: prose ? `${prose}\n\n${tail}` : tail };
  }
  return { title, location, details: fitEncoded(full, room) };
}

/**
 * A link that opens the target calendar's "new event" page filled in with the event: title,
 * times (all-day, zoned and floating times each written the way the target understands),
 * place and description (labels in `messages`' language, English by default). Outlook.com and Office 365 links stay under 2,000 characters.
 * Throws ValidationError when the event's start is not a date.
 * @example calendarLink(event, 'google') // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=...'
 */
export function calendarLink(event: InclusionEvent, target: CalendarTarget, messages?: Messages): string {
  if (!CALENDAR_TARGETS.includes(target)) {
    throw new ValidationError([{ path: 'target', message: `Unknown calendar: ${String(target)}` }]);
  }
  const times = calendarTimes(event);
  return build(target, times, fitTexts(target, times, event, messages));
}

/**
 * The webcal:// address of an ICS feed, which calendar apps open as a subscription. Only
 * http(s) addresses are accepted; the scheme is swapped, the rest kept (the app fetches the
 * feed over https when the feed is served that way).
 * @example webcalUrl('https://partner.example/feed.ics') // 'webcal://partner.example/feed.ics'
 */
export function webcalUrl(icsUrl: string): string {
  let url: URL;
  try {
    url = new URL(String(icsUrl).trim());
  } catch (cause) {
    throw new ValidationError([{ path: 'icsUrl', message: `Not a URL: ${String(icsUrl)}` }], { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError([{ path: 'icsUrl', message: `Only http and https feeds can be subscribed to, not ${url.protocol}` }]);
  }
  return `webcal://${url.href.slice(url.protocol.length + 2)}`;
}

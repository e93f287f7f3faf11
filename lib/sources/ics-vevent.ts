/**
 * One VEVENT read straight from its jCal properties (no ICAL.Component or ICAL.Event per
 * event: those cost more than the parse on large feeds), then turned into a draft.
 */
import type { EventStatus } from '../model/event.ts';
import type { EventDraft } from './finish.ts';
import { htmlToText } from './html-text.ts';
import type { JCal } from './ics-text.ts';
import { displayZone, readTimeValue, readTimeValues, toZone, type IcsTime, type ZoneContext } from './ics-time.ts';
import { languageTag } from './languages.ts';
import { firstUrl, splitLocation } from './location.ts';
import { isOnlinePlace, meetingUrl } from './mode.ts';
import { addWallMinutes, wallMinutes } from './wall.ts';

export interface RawEvent {
  uid?: string;
  summary?: string;
  language?: string;
  description?: string;
  altDescription?: string;
  start?: IcsTime;
  end?: IcsTime;
  /** Seconds, from DURATION. */
  duration?: number;
  location?: string;
  url?: string;
  organizer?: { name?: string; url?: string };
  categories: string[];
  status?: string;
  onlineUrl?: string;
  rrules: Array<Record<string, unknown>>;
  rdates: IcsTime[];
  exdates: IcsTime[];
  recurrenceId?: IcsTime;
  /** DTSTART was present but unreadable. */
  badStart?: string;
  /** SEQUENCE and DTSTAMP (as written, UTC): which of several versions of one UID is current. */
  sequence?: number;
  stamp?: string;
  /** X-MICROSOFT-CDO-ALLDAYEVENT:TRUE (Outlook writes all-day events as midnight to midnight). */
  outlookAllDay?: boolean;
}

const DURATION_RE = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Seconds in an iCalendar duration, or undefined.
 * @example durationSeconds('PT1H30M') // 5400
 */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DURATION_RE.exec(value.trim());
  if (!m) return undefined;
  const [, sign, w, d, h, mi, s] = m;
  const total = (Number(w ?? 0) * 7 + Number(d ?? 0)) * 86_400 + Number(h ?? 0) * 3_600 + Number(mi ?? 0) * 60 + Number(s ?? 0);
  return sign === '-' ? -total : total;
}

// Control characters (NUL, ESC, BEL...) never reach a title, a terminal or an .ics file; text keeps its line breaks and tabs.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.replace(CONTROL_RE, '') : typeof v === 'number' ? String(v) : undefined;
/** A UID is one line: an escaped line break in it (UID:x\nATTACH:...) must not become one in an output. */
const oneLine = (v: unknown): string | undefined => {
  const s = text(v);
  return s === undefined ? undefined : s.replace(/[\r\n\t]+/g, ' ').trim() || undefined;
};

/** Outlook's midnight-to-midnight all-day events as dates (DTEND stays exclusive, as in ICS). */
function asDates(raw: RawEvent): RawEvent {
  const midnight = (t: IcsTime | undefined) => !!t && t.wall.length > 10 && t.wall.endsWith('T00:00');
  if (!raw.outlookAllDay || !midnight(raw.start)) return raw;
  const out: RawEvent = { ...raw, start: { wall: (raw.start as IcsTime).wall.slice(0, 10) } };
  if (raw.end) out.end = midnight(raw.end) ? { wall: raw.end.wall.slice(0, 10) } : undefined;
  return out;
}

/**
 * The properties of one VEVENT that Inclusio uses.
 * @example readVevent(['vevent', [['summary', {}, 'text', 'Atelier']], []], zctx).summary // 'Atelier'
 */
export function readVevent(vevent: JCal, zctx: ZoneContext): RawEvent {
  const raw: RawEvent = { categories: [], rrules: [], rdates: [], exdates: [] };
  for (const prop of vevent[1]) {
    const value = prop[3];
    switch (prop[0]) {
      case 'uid': raw.uid = oneLine(value); break;
      case 'summary': raw.summary = text(value); raw.language = text(prop[1].language); break;
      case 'description': raw.description = text(value); break;
      case 'x-alt-desc': if (/html/i.test(text(prop[1].fmttype) ?? 'html')) raw.altDescription = text(value); break;
      case 'dtstart':
        raw.start = readTimeValue(value, prop[1], zctx);
        if (!raw.start) raw.badStart = String(value).slice(0, 40);
        break;
      case 'dtend': raw.end = readTimeValue(value, prop[1], zctx); break;
      case 'duration': raw.duration = durationSeconds(value); break;
      case 'location': raw.location = text(value); break;
      case 'url': raw.url = text(value); break;
      case 'organizer': {
        const cn = text(prop[1].cn)?.replace(/^"|"$/g, '');
        const address = text(value);
        raw.organizer = { name: cn, url: address && /^https?:/i.test(address) ? address : undefined };
        break;
      }
      case 'categories':
        for (let i = 3; i < prop.length; i++) {
          const c = text(prop[i])?.trim();
          if (c) raw.categories.push(c);
        }
        break;
      case 'status': raw.status = text(value)?.toUpperCase(); break;
      case 'x-google-conference':
      case 'x-microsoft-skypeteamsmeetingurl':
      case 'x-microsoft-onlinemeetingexternallink':
      case 'x-microsoft-onlinemeetingconflink':
        raw.onlineUrl ??= text(value); break;
      case 'rrule': if (value && typeof value === 'object') raw.rrules.push(value as Record<string, unknown>); break;
      // One line may carry 200,000 values: appended one by one (a spread would overflow the stack).
      case 'rdate': for (const t of readTimeValues(prop, zctx)) raw.rdates.push(t); break;
      case 'exdate': for (const t of readTimeValues(prop, zctx)) raw.exdates.push(t); break;
      case 'sequence': raw.sequence = Number.isFinite(Number(value)) ? Number(value) : undefined; break;
      case 'dtstamp': raw.stamp = typeof value === 'string' ? value : undefined; break;
      case 'recurrence-id': raw.recurrenceId = readTimeValue(value, prop[1], zctx); break;
      case 'x-microsoft-cdo-alldayevent': raw.outlookAllDay = text(value)?.toUpperCase() === 'TRUE'; break;
      default: break;
    }
  }
  return asDates(raw);
}

// A tag's attributes stop at the next '<' ([^<>]*, not [^>]*): 80,000 unclosed '<p ' then cost one pass, not 7 s.
const HTML_RE = /<\/?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|html|body|table|h\d)\b[^<>]*>|&(?:nbsp|amp|#\d+);/i;
const CANCELLED_PREFIX_RE = /^\s*(?:cancel+ed|annul[ée]e?s?|abgesagt|annullato|annullata|cancelad[oa]|geannuleerd)\s*[:\-–]\s*/i;

function plainDescription(raw: RawEvent): string | undefined {
  const description = raw.description?.trim();
  if (description) return HTML_RE.test(description) ? htmlToText(description) : description;
  return raw.altDescription ? htmlToText(raw.altDescription) : undefined;
}

/** End wall time in the start's display zone: DTEND, else DTSTART + DURATION; all-day ends inclusive. */
function endOf(raw: RawEvent, start: IcsTime, zone: string | undefined): string | undefined {
  if (start.wall.length === 10) {
    const days = raw.end?.wall.length === 10
      ? Math.round((wallMinutes(raw.end.wall) - wallMinutes(start.wall)) / 1_440)
      : raw.duration !== undefined ? Math.ceil(raw.duration / 86_400) : 0;
    return days > 1 ? addWallMinutes(start.wall, (days - 1) * 1_440) : undefined;
  }
  if (raw.end && raw.end.wall.length > 10) return toZone(raw.end, zone);
  if (raw.duration !== undefined && raw.duration > 0) return toZone({ ...start, wall: addWallMinutes(start.wall, Math.round(raw.duration / 60)) }, zone);
  return undefined;
}

/**
 * What a VEVENT says, as a draft with start and end on the event's display clock.
 * @example draftOfVevent(readVevent(vevent, zctx), zctx).start // '2026-12-01T10:00'
 */
export function draftOfVevent(raw: RawEvent, zctx: ZoneContext, occurrence?: IcsTime): EventDraft {
  const start = occurrence ?? raw.start;
  const zone = start ? displayZone(start, zctx) : undefined;
  const description = plainDescription(raw);
  const locationText = raw.location?.trim() || undefined;
  const onlinePlace = isOnlinePlace(locationText);
  let title = raw.summary?.trim();
  let status: EventStatus = raw.status === 'CANCELLED' ? 'cancelled' : 'scheduled';
  if (title && CANCELLED_PREFIX_RE.test(title)) {
    status = 'cancelled';
    title = title.replace(CANCELLED_PREFIX_RE, '');
  }
  const draft: EventDraft = {
    title,
    description,
    start: start ? toZone(start, zone) : undefined,
    end: start ? endOf(raw, start, zone) : undefined,
    timeZone: zone,
    location: onlinePlace ? undefined : splitLocation(locationText),
    locationText,
    onlineUrl: raw.onlineUrl ?? meetingUrl(locationText) ?? (onlinePlace ? firstUrl(locationText) : undefined) ?? meetingUrl(description),
    url: raw.url,
    organizer: raw.organizer?.name ? { name: raw.organizer.name, url: raw.organizer.url } : undefined,
    status,
    keywords: raw.categories,
  };
  const language = languageTag(raw.language);
  if (language) draft.languages = [language];
  if (raw.uid) draft.id = raw.uid.trim();
  return draft;
}

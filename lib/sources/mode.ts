/**
 * Online, in person or both, read from what a calendar entry says: its place, its links and
 * its wording. Used where a source has no explicit attendance mode (ICS, RSS, plain pages).
 */
import type { EventLocation, Mode } from '../model/event.ts';
import { hasPlace } from './location.ts';

const MEETING_URL_RE =
  /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|gotomeeting\.com|gotowebinar\.com|whereby\.com|meet\.jit\.si|bigbluebutton\.\w+|bbb\.\w+|livestorm\.co|hopin\.com|streamyard\.com|youtube\.com\/live|vimeo\.com\/event)[^\s<>"')\]]*/i;
/** Words that make a place or title online-only. */
const ONLINE_WORD_RE =
  /\b(online|on-line|webinar|webinaire|webinario|webinarium|virtual|virtuel(?:le)?|virtuell|virtuale|en ligne|in linea|en l[ií]nea|zoom|microsoft teams|teams meeting|google meet|webex|livestream|live stream|streaming|videoconf[ée]rence|videokonferenz|videoconferenza|videoconferencia|digital(?:e)? veranstaltung)\b/i;
const HYBRID_RE = /\b(hybrid|hybride|ibrid[oa]|h[ií]brid[oa]|in person and online|en présentiel et en ligne|vor ort und online|in presenza e online|presencial y en l[ií]nea)\b/i;

// Feeds repeat their descriptions and places; each distinct text is scanned once.
const urlMemo = new Map<string, string | null>();
const placeMemo = new Map<string, boolean>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size > 2_000) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * The first video-meeting link in a text (Zoom, Teams, Meet, Webex...).
 * @example meetingUrl('Join: https://zoom.us/j/123.') // 'https://zoom.us/j/123'
 */
export function meetingUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const known = urlMemo.get(text);
  if (known !== undefined) return known ?? undefined;
  return remember(urlMemo, text, MEETING_URL_RE.exec(text)?.[0]?.replace(/[.,;:!?]+$/, '') ?? null) ?? undefined;
}

/**
 * True when a place text names only an online venue ("Online", "Zoom", a meeting link).
 * @example isOnlinePlace('Microsoft Teams Meeting') // true
 * @example isOnlinePlace('Rathaus, Köln') // false
 */
export function isOnlinePlace(text: string | undefined): boolean {
  if (!text) return false;
  return placeMemo.get(text) ?? remember(placeMemo, text, onlineOnly(text));
}

function onlineOnly(text: string): boolean {
  const rest = text.replace(MEETING_URL_RE, ' ').replace(ONLINE_WORD_RE, ' ').replace(/https?:\/\/\S+/g, ' ');
  return (MEETING_URL_RE.test(text) || ONLINE_WORD_RE.test(text)) && !/\p{L}{3,}/u.test(rest.replace(/\b(meeting|event|link|via|only|uniquement|nur|solo|sólo|solamente|session|room|raum|salle|besprechung|réunion|riunione|reunión|sitzung|call)\b/gi, ''));
}

export interface ModeClues {
  title?: string;
  description?: string;
  locationText?: string;
  location?: EventLocation;
  onlineUrl?: string;
}

/**
 * The attendance mode the clues point to.
 * @example inferMode({ locationText: 'Zoom', onlineUrl: 'https://zoom.us/j/1' }) // 'online'
 * @example inferMode({ location: { city: 'Gent' }, onlineUrl: 'https://teams.microsoft.com/l/x' }) // 'hybrid'
 */
export function inferMode(clues: ModeClues): Mode {
  const place = hasPlace(clues.location) && !isOnlinePlace(clues.locationText);
  const heading = `${clues.title ?? ''} ${clues.locationText ?? ''}`;
  if (HYBRID_RE.test(heading) || (place && HYBRID_RE.test(clues.description ?? ''))) return 'hybrid';
  const online =
    !!clues.onlineUrl ||
    isOnlinePlace(clues.locationText) ||
    ONLINE_WORD_RE.test(clues.title ?? '') ||
    !!meetingUrl(clues.description) ||
    /\b(webinar|webinaire|webinario|online[- ]event|online[- ]meeting|online[- ]session|en ligne sur|online via|via zoom|sur zoom|über zoom)\b/i.test(clues.description ?? '');
  if (place && online) return 'hybrid';
  if (online) return 'online';
  if (place) return 'in-person';
  return 'unknown';
}

/**
 * The model boundary: every event that leaves a reader goes through here, so no control
 * character from a partner's feed reaches feed.json, an .ics file or a terminal, and no
 * description is large enough to make a feed that widgets refuse. Identifiers and one-line
 * texts lose every control character (a CR/LF in a UID is how properties get injected into
 * calendars); descriptions keep their line breaks and tabs only.
 */
import type { InclusionEvent } from './event.ts';
import { stableHash } from './id.ts';

/** Longest description kept, in characters; longer ones are cut at a word and end with '…'. */
export const MAX_DESCRIPTION = 5_000;

// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators that some
// calendar programs also treat as line breaks.
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LINE_CONTROLS_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// The same, minus tab and line feed, for multi-line text.
const TEXT_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const TEXT_CONTROLS_G = /\r\n?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * One-line text without control characters; runs of them become one space.
 * @example cleanLine('Job fair\u001b[31m\r\nBEGIN:VALARM') // 'Job fair [31m BEGIN:VALARM'
 */
export function cleanLine(text: string): string {
  return LINE_CONTROLS.test(text) ? text.replace(LINE_CONTROLS_G, ' ').replace(/ {2,}/g, ' ').trim() : text;
}

/**
 * Multi-line text: CR LF and lone CR become LF, other control characters go, tabs and line feeds stay.
 * @example cleanText('a\r\nb\u0000c') // 'a\nbc'
 */
export function cleanText(text: string): string {
  return TEXT_CONTROLS.test(text) ? text.replace(TEXT_CONTROLS_G, (c) => (c[0] === '\r' ? '\n' : '')) : text;
}

/**
 * At most `max` characters, cut after the last whole word that fits and ended with '…'.
 * @example capText('one two three', 9) // 'one two…'
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max); // the ellipsis replaces the space (or the partial word) cut off
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'), head.lastIndexOf('\t'));
  // A single word longer than a fifth of the cap is cut where it is.
  const cut = space > max * 0.8 ? head.slice(0, space) : head.slice(0, max - 1);
  return `${cut.trimEnd()}…`;
}

/**
 * An identifier without control characters; one made only of them is replaced by a hash of
 * what it was, so two such events still differ.
 * @example cleanId('x\r\nATTACH:http://evil') // 'x ATTACH:http://evil'
 */
export function cleanId(id: string): string {
  if (!LINE_CONTROLS.test(id)) return id;
  return cleanLine(id) || `ev-${stableHash(id)}`;
}

const lineOrUndefined = (value: string | undefined) => (typeof value === 'string' ? cleanLine(value) || undefined : value);

/**
 * Cleans an event in place (and returns it): ids, titles, places, names, links and language
 * tags lose control characters, the description is cleaned and capped at MAX_DESCRIPTION.
 * Cheap when there is nothing to clean, which is almost always.
 * @example events.map(sanitizeEvent)
 */
export function sanitizeEvent<E extends InclusionEvent>(event: E): E {
  if (typeof event.id === 'string') event.id = cleanId(event.id);
  if (typeof event.title === 'string') event.title = cleanLine(event.title) || '(no title)';
  if (typeof event.description === 'string') {
    const description = capText(cleanText(event.description), MAX_DESCRIPTION);
    if (description.trim()) event.description = description;
    else delete event.description;
  }
  for (const key of ['url', 'onlineUrl', 'registrationUrl', 'timeZone'] as const) {
    if (typeof event[key] === 'string') {
      const value = lineOrUndefined(event[key]);
      if (value) event[key] = value;
      else delete event[key];
    }
  }
  const location = event.location;
  if (location && typeof location === 'object') {
    for (const key of ['name', 'address', 'city', 'country'] as const) {
      if (typeof location[key] !== 'string') continue;
      const value = lineOrUndefined(location[key]);
      if (value) location[key] = value;
      else delete location[key];
    }
  }
  const organizer = event.organizer;
  if (organizer && typeof organizer === 'object') {
    if (typeof organizer.name === 'string') organizer.name = cleanLine(organizer.name);
    if (typeof organizer.url === 'string') {
      const url = lineOrUndefined(organizer.url);
      if (url) organizer.url = url;
      else delete organizer.url;
    }
  }
  if (Array.isArray(event.languages)) event.languages = event.languages.map((l) => (typeof l === 'string' ? cleanLine(l) : l));
  if (event.relevance && Array.isArray(event.relevance.reasons)) {
    event.relevance.reasons = event.relevance.reasons.map((r) => (typeof r === 'string' ? cleanLine(r) : r));
  }
  for (const source of [event.source, ...(Array.isArray(event.sources) ? event.sources : [])]) {
    if (!source || typeof source !== 'object') continue;
    if (typeof source.name === 'string') source.name = cleanLine(source.name);
    if (typeof source.url === 'string') source.url = cleanLine(source.url);
  }
  return event;
}

/**
 * The text an event carries into someone's calendar: the place on one line, and the
 * description followed by the practical lines (online link, registration, deadline,
 * organiser) that calendars have no field of their own for. Labels come from the reader's
 * messages (lib/i18n), English when none are given.
 */
import { englishMessages, translate, type Messages } from '../i18n/index.ts';
import type { InclusionEvent } from '../model/event.ts';

export interface DetailOptions {
  /** Adds "More information" (for targets that have no URL field). */
  url?: boolean;
  /** The language of the labels ("Registration:", "Online:"); English by default. */
  messages?: Messages;
}

/**
 * The URL when it is an absolute http(s) URL, else undefined: feeds are untrusted, and a
 * `javascript:` link must never reach a calendar.
 * @example safeHttpUrl('javascript:alert(1)') // undefined
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The place on one line: name, address, city, country, without repeats. An online event's
 * place is "Online" and its link, never the country of its organiser.
 * @example locationText({ mode: 'in-person', location: { name: 'ICC', city: 'Gent', country: 'BE' } }) // 'ICC, Gent, BE'
 * @example locationText({ mode: 'online', onlineUrl: 'https://meet.example/x', location: { country: 'BE' } }) // 'Online: https://meet.example/x'
 */
export function locationText(event: Pick<InclusionEvent, 'location' | 'mode' | 'onlineUrl'>, messages: Messages = englishMessages): string {
  if (event.mode === 'online') {
    const online = safeHttpUrl(event.onlineUrl);
    return online ? translate(messages, 'detailOnline', { value: online }) : translate(messages, 'online');
  }
  const l = event.location;
  if (!l) return '';
  const parts: string[] = [];
  for (const part of [l.name, l.address, l.city, l.country]) {
    const p = part?.trim();
    // An address often ends with its city ('12 rue X, Lyon'): the city is not said twice.
    if (p && !parts.some((q) => q.toLowerCase().split(/\s*,\s*/).includes(p.toLowerCase()))) parts.push(p);
  }
  return parts.join(', ');
}

/**
 * The practical lines of an event, one per line, labelled in the reader's language.
 * @example practicalLines(event, { url: true }) // ['Online: https://...', 'Registration: https://...']
 */
export function practicalLines(event: InclusionEvent, options: DetailOptions = {}): string[] {
  const m = options.messages ?? englishMessages;
  const label = (key: Parameters<typeof translate>[1], value: string) => translate(m, key, { value });
  const lines: string[] = [];
  if (event.status === 'cancelled') lines.push(translate(m, 'detailCancelled'));
  else if (event.status === 'postponed') lines.push(translate(m, 'detailPostponed'));
  const online = safeHttpUrl(event.onlineUrl);
  if (online) lines.push(label('detailOnline', online));
  const registration = safeHttpUrl(event.registrationUrl);
  if (registration) lines.push(label('detailRegistration', registration));
  if (event.registrationDeadline) lines.push(label('detailDeadline', event.registrationDeadline.replace('T', ' ')));
  if (event.organizer?.name) {
    const orgUrl = safeHttpUrl(event.organizer.url);
    lines.push(label('detailOrganiser', `${event.organizer.name.trim()}${orgUrl ? ` (${orgUrl})` : ''}`));
  }
  const more = options.url ? safeHttpUrl(event.url) : undefined;
  if (more) lines.push(label('detailMoreInfo', more));
  return lines;
}

/**
 * Description plus practical lines, separated by a blank line.
 * @example calendarDescription(event) // 'Meet employers...\n\nRegistration: https://...'
 */
export function calendarDescription(event: InclusionEvent, options: DetailOptions = {}): string {
  return [event.description?.trim(), practicalLines(event, options).join('\n')].filter(Boolean).join('\n\n');
}

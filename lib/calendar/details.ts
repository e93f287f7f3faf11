/**
 * The text an event carries into someone's calendar: the place on one line, and the
 * description followed by the practical lines (online link, registration, deadline,
 * organiser) that calendars have no field of their own for.
 */
import type { InclusionEvent } from '../model/event.ts';

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
 * The place on one line: name, address, city, country, without repeats.
 * @example locationText({ location: { name: 'ICC', city: 'Gent', country: 'BE' } }) // 'ICC, Gent, BE'
 */
export function locationText(event: Pick<InclusionEvent, 'location'>): string {
  const l = event.location;
  if (!l) return '';
  const parts: string[] = [];
  for (const part of [l.name, l.address, l.city, l.country]) {
    const p = part?.trim();
    if (p && !parts.some((q) => q.toLowerCase() === p.toLowerCase())) parts.push(p);
  }
  return parts.join(', ');
}

/**
 * The practical lines of an event, one per line; `url` adds "More information" (for targets
 * that have no URL field).
 * @example practicalLines(event, { url: true }) // ['Online: https://...', 'Registration: https://...']
 */
export function practicalLines(event: InclusionEvent, options: { url?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (event.status === 'cancelled') lines.push('Cancelled.');
  else if (event.status === 'postponed') lines.push('Postponed.');
  const online = safeHttpUrl(event.onlineUrl);
  if (online) lines.push(`Online: ${online}`);
  const registration = safeHttpUrl(event.registrationUrl);
  if (registration) lines.push(`Registration: ${registration}`);
  if (event.registrationDeadline) lines.push(`Registration deadline: ${event.registrationDeadline.replace('T', ' ')}`);
  if (event.organizer?.name) {
    const orgUrl = safeHttpUrl(event.organizer.url);
    lines.push(`Organiser: ${event.organizer.name.trim()}${orgUrl ? ` (${orgUrl})` : ''}`);
  }
  const more = options.url ? safeHttpUrl(event.url) : undefined;
  if (more) lines.push(`More information: ${more}`);
  return lines;
}

/**
 * Description plus practical lines, separated by a blank line.
 * @example calendarDescription(event) // 'Meet employers...\n\nRegistration: https://...'
 */
export function calendarDescription(event: InclusionEvent, options: { url?: boolean } = {}): string {
  return [event.description?.trim(), practicalLines(event, options).join('\n')].filter(Boolean).join('\n\n');
}

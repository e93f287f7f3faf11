/**
 * The Events Calendar (the WordPress plugin most NGO sites run) through its REST API,
 * `/wp-json/tribe/events/v1/events`: one page of events with venue, organisers, cost and
 * categories, and the address of the next page. Titles and descriptions are HTML.
 */
import { decodeHTML } from 'entities/decode';
import { countryCode } from '../geo/countries.ts';
import type { EventLocation, InclusionEvent } from '../model/event.ts';
import { ParseError } from '../model/errors.ts';
import { eventId } from '../model/id.ts';
import { isTimeZone } from '../model/validate.ts';
import { finishEvent, safeUrl, type EventDraft, type FinishContext } from './finish.ts';
import { htmlToText } from './html-text.ts';
import { MAX_EVENTS_PER_SOURCE } from './jsonld.ts';
import type { ParsedSource, SourceContext } from './types.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** TEC writes titles and names with HTML entities (`&#8211;`), sometimes with tags. */
const plain = (v: unknown): string | undefined => {
  const s = str(v);
  if (!s || !/[<&]/.test(s)) return s;
  return (s.includes('<') ? htmlToText(s) : decodeHTML(s).trim()) || undefined;
};

/** 'YYYY-MM-DD HH:MM:SS' as the model's wall time, or undefined. */
function wall(value: unknown, allDay: boolean): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(str(value) ?? '');
  if (!m) return undefined;
  return allDay ? m[1] : `${m[1]}T${m[2]}`;
}

function venueOf(value: unknown): { location?: EventLocation; locationText?: string } {
  // An event without a venue has `"venue": []`.
  if (!isObject(value)) return {};
  const location: EventLocation = {};
  const name = plain(value.venue);
  const city = plain(value.city);
  const street = plain(value.address);
  const line2 = [str(value.zip), city].filter(Boolean).join(' ');
  const address = [street, line2].filter(Boolean).join(', ');
  if (name) location.name = name;
  if (address) location.address = address;
  if (city) location.city = city;
  const country = countryCode(plain(value.country));
  if (country) location.country = country;
  return { location, locationText: [name, address, plain(value.country)].filter(Boolean).join(', ') };
}

function organizerOf(value: unknown): EventDraft['organizer'] {
  const first = Array.isArray(value) ? value.find(isObject) : isObject(value) ? value : undefined;
  const name = first && plain(first.organizer);
  return name ? { name, url: str(first.website) ?? str(first.url) } : undefined;
}

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((t) => (isObject(t) && plain(t.name) ? [plain(t.name) as string] : [])) : [];

/** A draft from one TEC event object. */
function draftOf(event: Json, ctx: FinishContext): EventDraft {
  const allDay = event.all_day === true;
  const zone = str(event.timezone);
  const draft: EventDraft = {
    title: plain(event.title),
    description: str(event.description) ? htmlToText(str(event.description) as string) : undefined,
    url: str(event.url) ?? str(event.website),
    organizer: organizerOf(event.organizer),
    keywords: [...names(event.categories), ...names(event.tags)],
    ...venueOf(event.venue),
  };
  if (allDay) {
    draft.start = wall(event.start_date, true);
    draft.end = wall(event.end_date, true);
  } else if (zone && isTimeZone(zone)) {
    [draft.start, draft.end, draft.timeZone] = [wall(event.start_date, false), wall(event.end_date, false), zone];
  } else {
    // Sites set to an offset ("UTC+2") rather than a city: the UTC times are exact.
    [draft.start, draft.end, draft.timeZone] = [wall(event.utc_start_date, false), wall(event.utc_end_date, false), 'UTC'];
  }
  const cost = plain(event.cost);
  if (cost) draft.description = [draft.description, `${cost}`].filter(Boolean).join('\n\n');
  if (str(event.website) && str(event.website) !== draft.url) draft.registrationUrl = str(event.website);
  // The Virtual Events add-on marks online events and gives their link.
  if (event.is_virtual === true) {
    draft.onlineUrl = str(event.virtual_url);
    draft.mode = draft.location ? 'hybrid' : 'online';
  }
  const key = str(event.global_id) ?? (typeof event.id === 'number' ? `${ctx.sourceUrl ?? ''}#${event.id}` : undefined);
  if (key && draft.start) draft.id = eventId(`tec:${key}`, '', draft.start);
  return draft;
}

/** The next page's address when it is on the same site as this one. */
function nextPage(value: unknown, base: string | undefined): string | undefined {
  const next = safeUrl(str(value), base);
  if (!next || !base) return next;
  try {
    return new URL(next).origin === new URL(base).origin ? next : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Events of one page of The Events Calendar's REST answer (read from `pageUrl`, by default the
 * source's address), at most `limit` events (`more` when some were left); `next` is the following page.
 * @throws ParseError when the text is not such an answer.
 * @example parseTecPage(await res.text(), { now, sourceUrl: 'https://ngo.example/wp-json/tribe/events/v1/events' })
 */
export function parseTecPage(text: string, ctx: SourceContext, pageUrl = ctx.sourceUrl, limit = MAX_EVENTS_PER_SOURCE): ParsedSource & { next?: string; more?: true } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new ParseError('tec', `The Events Calendar answer is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  if (!isObject(data) || !Array.isArray(data.events)) throw new ParseError('tec', 'Not an answer of The Events Calendar: no "events" list');
  const warnings: string[] = [];
  const finish: FinishContext = { format: 'tec', warnings };
  if (ctx.sourceUrl) finish.sourceUrl = ctx.sourceUrl;
  if (ctx.sourceName) finish.sourceName = ctx.sourceName;
  const events: InclusionEvent[] = [];
  const parsed: ParsedSource & { next?: string; more?: true } = { format: 'tec', events, warnings };
  for (const item of data.events) {
    if (!isObject(item)) continue;
    if (events.length >= limit) {
      parsed.more = true;
      break;
    }
    const event = finishEvent(draftOf(item, finish), finish);
    if (event) events.push(event);
  }
  const next = nextPage(data.next_rest_url, pageUrl);
  if (next) parsed.next = next;
  return parsed;
}

/**
 * schema.org Event in JSON-LD (pages, `@graph`, arrays, subtypes) mapped to the model:
 * attendance mode, VirtualLocation, Place and PostalAddress, status, organizer, languages,
 * offers (registration link and deadline).
 */
import type { EventLocation, EventStatus, InclusionEvent, Mode } from '../model/event.ts';
import { ParseError } from '../model/errors.ts';
import { countryCode, countryZone } from '../geo/countries.ts';
import { finishEvent, safeUrl, uniqueIds, type EventDraft, type FinishContext } from './finish.ts';
import { htmlToText } from './html-text.ts';
import { scanMarkup } from './markup.ts';
import { placeDate, readIsoDate } from './iso-date.ts';
import { languageTag } from './languages.ts';
import { splitLocation } from './location.ts';
import { isOnlinePlace } from './mode.ts';
import { collectEvents, enumName, isNode, limitDepth, MAX_JSON_DEPTH, nodesOf, textOf, typesOf, type Node } from './jsonld-walk.ts';
import { eventId } from '../model/id.ts';

const MODES: Record<string, Mode> = {
  OnlineEventAttendanceMode: 'online',
  OfflineEventAttendanceMode: 'in-person',
  MixedEventAttendanceMode: 'hybrid',
};
const STATUSES: Record<string, EventStatus> = {
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventScheduled: 'scheduled',
  EventMovedOnline: 'scheduled',
};

function readAddress(value: unknown, into: EventLocation): void {
  if (typeof value === 'string') {
    const split = splitLocation(value);
    into.address = value.trim();
    if (split?.city && !into.city) into.city = split.city;
    if (split?.country && !into.country) into.country = split.country;
    return;
  }
  if (!isNode(value)) return;
  const street = textOf(value.streetAddress);
  const postal = textOf(value.postalCode);
  const city = textOf(value.addressLocality);
  const line2 = [postal, city].filter(Boolean).join(' ');
  const address = [street, line2].filter(Boolean).join(', ');
  if (address) into.address = address;
  if (city) into.city = city;
  const country = countryCode(textOf(value.addressCountry));
  if (country) into.country = country;
}

function readLocations(value: unknown): { location?: EventLocation; onlineUrl?: string; locationText?: string } {
  const out: { location?: EventLocation; onlineUrl?: string; locationText?: string } = {};
  for (const node of nodesOf(value)) {
    const types = typesOf(node);
    if (types.includes('VirtualLocation')) {
      out.onlineUrl ??= textOf(node.url);
      continue;
    }
    if (types.length === 0 && Object.keys(node).length === 1 && typeof node.name === 'string') {
      // A bare string location: "Name, street, city, country", "Online", or a link.
      out.locationText ??= node.name;
      if (/^https?:\/\//i.test(node.name.trim())) out.onlineUrl ??= node.name.trim();
      else if (!isOnlinePlace(node.name)) {
        const split = splitLocation(node.name);
        if (split) out.location ??= split;
      }
      continue;
    }
    const location: EventLocation = {};
    const name = textOf(node.name);
    if (name) location.name = name;
    if (types.includes('PostalAddress')) readAddress(node, location);
    else readAddress(node.address, location);
    if (Object.keys(location).length > 0) out.location ??= location;
  }
  return out;
}

function readOffers(value: unknown): { registrationUrl?: string; registrationDeadline?: string } {
  const out: { registrationUrl?: string; registrationDeadline?: string } = {};
  for (const offer of nodesOf(value)) {
    out.registrationUrl ??= textOf(offer.url);
    const until = readIsoDate(textOf(offer.validThrough) ?? textOf(offer.availabilityEnds));
    if (until) out.registrationDeadline ??= until.wall;
  }
  return out;
}

function readOrganizer(value: unknown): EventDraft['organizer'] {
  const node = nodesOf(value)[0];
  if (!node) return undefined;
  const name = textOf(node.name) ?? textOf(node.legalName);
  return name ? { name, url: textOf(node.url) } : undefined;
}

function readLanguages(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => {
    const tag = languageTag(isNode(v) ? textOf(v.alternateName) ?? textOf(v.name) : textOf(v));
    return tag ? [tag] : [];
  });
}

const plain = (text: string | undefined) => (text && /[<&]/.test(text) ? htmlToText(text) : text?.trim());

/** A draft from one Event node. */
function draftOf(node: Node, ctx: FinishContext): EventDraft {
  const { location, onlineUrl, locationText } = readLocations(node.location);
  const zoneHint = countryZone(location?.country);
  const startRead = readIsoDate(textOf(node.startDate));
  const endRead = readIsoDate(textOf(node.endDate));
  const start = startRead ? placeDate(startRead, zoneHint) : undefined;
  let end = endRead ? placeDate(endRead, start?.timeZone ?? zoneHint) : undefined;
  if (start && end && start.timeZone !== end.timeZone) end = undefined;
  // A date-only end of a timed event says the day, not the time: keep it only for all-day events.
  let endWall = end?.wall;
  if (start && endWall && start.wall.length === 10 && endWall.length > 10) endWall = endWall.slice(0, 10);
  if (start && endWall && start.wall.length > 10 && endWall.length === 10) endWall = undefined;
  const status = STATUSES[enumName(node.eventStatus) ?? ''];
  let mode = MODES[enumName(node.eventAttendanceMode) ?? ''];
  if (enumName(node.eventStatus) === 'EventMovedOnline') mode = 'online';
  if (!mode && onlineUrl) mode = location ? 'hybrid' : 'online';
  const draft: EventDraft = {
    title: plain(textOf(node.name)),
    description: plain(textOf(node.description)),
    start: start?.wall,
    end: endWall,
    timeZone: start?.timeZone,
    location,
    locationText,
    onlineUrl,
    url: textOf(node.url),
    organizer: readOrganizer(node.organizer),
    languages: readLanguages(node.inLanguage),
    ...readOffers(node.offers),
  };
  if (mode) draft.mode = mode;
  if (status) draft.status = status;
  const rawId = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  const absoluteId = rawId && (safeUrl(rawId, ctx.sourceUrl) ?? (/^[a-z][\w+.-]*:/i.test(rawId) ? rawId : undefined));
  if (absoluteId && start) draft.id = eventId(absoluteId, '', start.wall);
  return draft;
}

/** Most events read from one source: more is an archive or an attack, not a calendar. */
export const MAX_EVENTS_PER_SOURCE = 5_000;
const CAP_WARNING = `More than ${MAX_EVENTS_PER_SOURCE} events in the JSON-LD: only the first ${MAX_EVENTS_PER_SOURCE} were read`;

/**
 * Model events from parsed JSON-LD (any shape sites publish), at most `limit` (what is left of
 * the source's MAX_EVENTS_PER_SOURCE); cutting deep nesting or events is said in a warning.
 * @example eventsFromJsonLd(JSON.parse(scriptText), { format: 'jsonld', warnings: [] })
 */
export function eventsFromJsonLd(data: unknown, ctx: FinishContext, limit = MAX_EVENTS_PER_SOURCE): InclusionEvent[] {
  if (limitDepth(data)) ctx.warnings.push(`JSON-LD nested deeper than ${MAX_JSON_DEPTH} levels: the deeper values were ignored`);
  const { nodes, more } = collectEvents(data, limit);
  if (more) ctx.warnings.push(CAP_WARNING);
  const events: InclusionEvent[] = [];
  for (const node of nodes) {
    // A series is a container when it has no date of its own; its sub-events are the events.
    if (node.startDate === undefined && node.subEvent !== undefined) continue;
    const event = finishEvent(draftOf(node, ctx), ctx);
    if (event) events.push(event);
  }
  return uniqueIds(events);
}

/**
 * Events of many JSON-LD values (a page's blocks), at most MAX_EVENTS_PER_SOURCE in all;
 * `read` gives each value, or throws for a block that is not JSON (reported, then skipped).
 * @example eventsFromJsonLdBlocks(blocks, (b) => JSON.parse(b), finish)
 */
export function eventsFromJsonLdBlocks<T>(blocks: Iterable<T>, read: (block: T) => unknown, ctx: FinishContext): InclusionEvent[] {
  const steps = eventsFromJsonLdBlocksSteps(blocks, read, ctx);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** JSON-LD blocks read between two chances to yield. */
const BLOCKS_PER_STEP = 100;

/** eventsFromJsonLdBlocks as steps: yields every BLOCKS_PER_STEP blocks, so a page can be read without holding the browser's main thread. */
export function* eventsFromJsonLdBlocksSteps<T>(blocks: Iterable<T>, read: (block: T) => unknown, ctx: FinishContext): Generator<void, InclusionEvent[]> {
  const events: InclusionEvent[] = [];
  let done = 0;
  for (const block of blocks) {
    if (++done % BLOCKS_PER_STEP === 0) yield;
    const left = MAX_EVENTS_PER_SOURCE - events.length;
    if (left <= 0) {
      if (ctx.warnings.at(-1) !== CAP_WARNING) ctx.warnings.push(CAP_WARNING);
      break;
    }
    let data: unknown;
    try {
      data = read(block);
    } catch {
      ctx.warnings.push('A JSON-LD block on the page is not valid JSON; skipped');
      continue;
    }
    events.push(...eventsFromJsonLd(data, ctx, left));
  }
  return uniqueIds(events);
}

/**
 * A script's JSON-LD without the comment or CDATA markers some CMSs wrap it in.
 * @example unwrapJsonLd('<!-- {"@type":"Event"} -->') // ' {"@type":"Event"} '
 */
export function unwrapJsonLd(raw: string): string {
  return raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
}

/**
 * Parses JSON-LD text; a block that is not JSON gives a ParseError.
 * @example readJsonLdText('{"@type":"Event","name":"x","startDate":"2026-12-01"}')
 */
export function readJsonLdText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '').trim());
  } catch (cause) {
    throw new ParseError('jsonld', `JSON-LD is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/**
 * The contents of every `<script type="application/ld+json">` in an HTML text, without a DOM.
 * @example jsonLdBlocks('<script type="application/ld+json">{"@type":"Event"}</script>') // ['{"@type":"Event"}']
 */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  // Most pages and feed items carry none: no need to read them.
  if (!/application\/ld\+json/i.test(html)) return blocks;
  let block: string[] | undefined;
  scanMarkup(html, {
    open(name, attrs, selfClosing) {
      if (name === 'script' && !selfClosing && /^\s*application\/ld\+json\s*(;|$)/i.test(attrs.type ?? '')) block = [];
    },
    text(text) {
      block?.push(text);
    },
    close(name) {
      if (name !== 'script' || !block) return;
      blocks.push(block.join(''));
      block = undefined;
    },
  });
  if (block) blocks.push(block.join(''));
  return blocks;
}

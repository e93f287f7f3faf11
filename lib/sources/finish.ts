/**
 * Turns what a parser read (a draft) into a model event: checks dates, keeps only http(s)
 * links, infers the mode, classifies relevance and gives a stable id. Shared by every
 * format except feed v1, whose events are already model events.
 */
import { eventId } from '../model/id.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import { type EventLocation, type EventStatus, type InclusionEvent, type Mode, type RelevanceReason, type SourceFormat } from '../model/event.ts';
import { isTimeZone } from '../model/validate.ts';
import { classifyEvent, type Classification } from '../relevance/index.ts';
import { cutAtWord } from './cut-text.ts';
import { inferMode } from './mode.ts';

export interface EventDraft {
  id?: string;
  title?: string;
  description?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  location?: EventLocation;
  /** The place as the source wrote it, for mode clues. */
  locationText?: string;
  mode?: Mode;
  onlineUrl?: string;
  url?: string;
  registrationUrl?: string;
  registrationDeadline?: string;
  organizer?: { name?: string; url?: string };
  languages?: string[];
  status?: EventStatus;
  confidence?: number;
  /** Extra words for relevance only (e.g. ICS CATEGORIES). */
  keywords?: string[];
}

export interface FinishContext {
  format: SourceFormat;
  sourceUrl?: string;
  sourceName?: string;
  lang?: string;
  warnings: string[];
  /** Classifications (and modes) by text, so a series or a repeated description is read once. */
  classified?: Map<string, Classification>;
  modes?: Map<string, Mode>;
}

const UNTITLED = '(no title)';
/** Longest title kept; a longer one is cut at a word, with an ellipsis. */
export const TITLE_CAP = 500;

// Plain absolute http(s) URLs are kept as written; anything else goes through URL to be resolved or refused.
const SIMPLE_URL_RE = /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#][\x21-\x7e]*)?$/;

/**
 * An absolute http(s) URL, resolved against `base`, or undefined.
 * @example safeUrl('/agenda', 'https://x.org/news/') // 'https://x.org/agenda'
 * @example safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value || typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (SIMPLE_URL_RE.test(trimmed) && !/[<>"\\]/.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d)?$/;

/** isEventDate without a Date per call: parsers produce many dates. */
function isWallDate(value: string): boolean {
  const m = WALL_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

const squash = (s: string | undefined) => (s === undefined ? undefined : /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());

function cleanLocation(location: EventLocation | undefined): EventLocation | undefined {
  if (!location) return undefined;
  const out: EventLocation = {};
  const name = squash(location.name);
  const address = squash(location.address);
  const city = squash(location.city);
  if (name) out.name = name;
  if (address) out.address = address;
  if (city) out.city = city;
  if (location.country && /^[A-Z]{2}$/.test(location.country)) out.country = location.country;
  return out.name || out.address || out.city || out.country ? out : undefined;
}

const LANGUAGE_RE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * A model event from a draft, or undefined (with a warning) when it has no usable start.
 * @example finishEvent({ title: 'Job fair', start: '2026-12-01T10:00' }, { format: 'ics', warnings: [] })
 */
export function finishEvent(draft: EventDraft, ctx: FinishContext): InclusionEvent | undefined {
  const title = cutAtWord(squash(draft.title) ?? '', TITLE_CAP) || UNTITLED;
  const start = draft.start;
  if (!start || !isWallDate(start)) {
    ctx.warnings.push(`Skipped "${title}": no valid start date${start ? ` (${start.slice(0, 40)})` : ''}`);
    return undefined;
  }
  const allDay = start.length === 10;
  const rawDescription = draft.description;
  const description = rawDescription ? (/[ \t]\n/.test(rawDescription) ? rawDescription.replace(/[ \t]+\n/g, '\n') : rawDescription).trim() || undefined : undefined;
  const location = cleanLocation(draft.location);
  const onlineUrl = safeUrl(draft.onlineUrl, ctx.sourceUrl);
  const lang = ctx.lang ?? draft.languages?.[0];
  const keywords = draft.keywords?.length ? `\n${draft.keywords.join(', ')}` : '';
  const classifyText = description || keywords ? `${description ?? ''}${keywords}` : undefined;
  const cacheKey = ctx.classified
    ? `${lang ?? ''}\u0000${title}\u0000${classifyText ?? ''}\u0000${location?.name ?? ''}\u0000${location?.address ?? ''}\u0000${location?.city ?? ''}`
    : '';
  let c = ctx.classified?.get(cacheKey);
  if (!c) {
    c = classifyEvent({ title, description: classifyText, location }, lang ? { lang } : undefined);
    ctx.classified?.set(cacheKey, c);
  }
  // Assigned in the model's field order so printed events read naturally.
  const event = {} as InclusionEvent;
  event.id = draft.id?.trim() || eventId(ctx.sourceUrl ?? ctx.sourceName ?? ctx.format, title, start);
  event.title = title;
  if (description) event.description = description;
  event.start = start;
  const end = draft.end;
  if (end && end !== start && end.length === start.length && isWallDate(end)) {
    if (end > start) event.end = end;
    else ctx.warnings.push(`"${title}": end ${end} is before start ${start}; end dropped`);
  }
  event.allDay = allDay;
  if (draft.timeZone && !allDay) {
    if (isTimeZone(draft.timeZone)) event.timeZone = draft.timeZone;
    else ctx.warnings.push(`"${title}": unknown time zone ${draft.timeZone}; times kept as written`);
  }
  if (location) event.location = location;
  let mode = draft.mode;
  if (!mode) {
    const modeKey = ctx.modes ? `${cacheKey}\u0000${draft.locationText ?? ''}\u0000${onlineUrl ? 1 : 0}` : '';
    mode = ctx.modes?.get(modeKey);
    if (!mode) {
      mode = inferMode({ title, description, locationText: draft.locationText, location, onlineUrl });
      ctx.modes?.set(modeKey, mode);
    }
  }
  event.mode = mode;
  if (onlineUrl) event.onlineUrl = onlineUrl;
  const url = safeUrl(draft.url, ctx.sourceUrl);
  if (url) event.url = url;
  const registrationUrl = safeUrl(draft.registrationUrl, ctx.sourceUrl);
  if (registrationUrl) event.registrationUrl = registrationUrl;
  if (draft.registrationDeadline && isWallDate(draft.registrationDeadline)) event.registrationDeadline = draft.registrationDeadline;
  const organizerName = squash(draft.organizer?.name);
  if (organizerName) {
    const organizerUrl = safeUrl(draft.organizer?.url, ctx.sourceUrl);
    event.organizer = organizerUrl ? { name: organizerName, url: organizerUrl } : { name: organizerName };
  }
  if (draft.languages?.length) {
    const languages = [...new Set(draft.languages.filter((l) => LANGUAGE_RE.test(l)))];
    if (languages.length > 0) event.languages = languages;
  }
  event.topics = [...c.topics];
  event.relevance = { score: c.score, relevant: c.relevant, reasons: [...c.reasons], why: copyReason(c.why) };
  event.status = draft.status ?? 'scheduled';
  event.source = { format: ctx.format };
  if (ctx.sourceUrl) event.source.url = ctx.sourceUrl;
  if (ctx.sourceName) event.source.name = ctx.sourceName;
  if (draft.confidence !== undefined && draft.confidence >= 0 && draft.confidence <= 1) event.confidence = draft.confidence;
  return sanitizeEvent(event);
}

/**
 * Makes ids unique within one source (feeds reuse UIDs), keeping the first as it is.
 * @example uniqueIds([a, b]).map((e) => e.id) // ['uid', 'uid/2026-12-02T10:00']
 */
export function uniqueIds(events: InclusionEvent[]): InclusionEvent[] {
  const steps = uniqueIdsSteps(events);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Events given unique ids between two chances to yield (about a ms). */
const IDS_PER_STEP = 2_000;

/** uniqueIds as steps, for the browser's readers: yields every IDS_PER_STEP events. */
export function* uniqueIdsSteps(events: InclusionEvent[]): Generator<void, InclusionEvent[]> {
  const seen = new Set<string>();
  // Next suffix to try per base: 10,000 copies of one event cost one step each, not a scan each.
  const nextSuffix = new Map<string, number>();
  let done = 0;
  for (const event of events) {
    if (++done % IDS_PER_STEP === 0) yield;
    let id = event.id;
    if (seen.has(id)) id = `${event.id}/${event.start}`;
    if (seen.has(id)) {
      const base = id;
      let n = nextSuffix.get(base) ?? 2;
      while (seen.has(`${base}/${n}`)) n++;
      id = `${base}/${n}`;
      nextSuffix.set(base, n + 1);
    }
    event.id = id;
    seen.add(id);
  }
  return events;
}

/** Classifications are cached across events; each event gets its own copy to own. */
function copyReason(r: RelevanceReason): RelevanceReason {
  return { kind: r.kind, who: [...r.who], angle: [...r.angle], legal: [...r.legal], topics: [...r.topics] };
}

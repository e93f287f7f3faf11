/**
 * Turns what a parser read (a draft) into a model event: checks dates, keeps only http(s)
 * links, infers the mode, classifies relevance and gives a stable id. Shared by every
 * format except feed v1, whose events are already model events.
 */
import { eventId } from '../model/id.ts';
import { isEventDate, type EventLocation, type EventStatus, type InclusionEvent, type Mode, type SourceFormat } from '../model/event.ts';
import { isTimeZone } from '../model/validate.ts';
import { classifyEvent } from '../relevance/index.ts';
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
}

const UNTITLED = '(no title)';

/** An absolute http(s) URL, resolved against `base`, or undefined. */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value || typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cleanLocation(location: EventLocation | undefined): EventLocation | undefined {
  if (!location) return undefined;
  const out: EventLocation = {};
  for (const key of ['name', 'address', 'city'] as const) {
    const v = location[key]?.replace(/\s+/g, ' ').trim();
    if (v) out[key] = v;
  }
  if (location.country && /^[A-Z]{2}$/.test(location.country)) out.country = location.country;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A model event from a draft, or undefined (with a warning) when it has no usable start.
 * @example finishEvent({ title: 'Job fair', start: '2026-12-01T10:00' }, { format: 'ics', warnings: [] })
 */
export function finishEvent(draft: EventDraft, ctx: FinishContext): InclusionEvent | undefined {
  const title = (draft.title ?? '').replace(/\s+/g, ' ').trim().slice(0, 500) || UNTITLED;
  const start = draft.start;
  if (!start || !isEventDate(start)) {
    ctx.warnings.push(`Skipped "${title}": no valid start date${start ? ` (${start.slice(0, 40)})` : ''}`);
    return undefined;
  }
  const allDay = start.length === 10;
  const description = draft.description?.replace(/[ \t]+\n/g, '\n').trim() || undefined;
  const location = cleanLocation(draft.location);
  const onlineUrl = safeUrl(draft.onlineUrl, ctx.sourceUrl);
  let end: string | undefined;
  if (draft.end && isEventDate(draft.end) && draft.end.length === start.length && draft.end !== start) {
    if (draft.end > start) end = draft.end;
    else ctx.warnings.push(`"${title}": end ${draft.end} is before start ${start}; end dropped`);
  }
  let timeZone: string | undefined;
  if (draft.timeZone && !allDay) {
    if (isTimeZone(draft.timeZone)) timeZone = draft.timeZone;
    else ctx.warnings.push(`"${title}": unknown time zone ${draft.timeZone}; times kept as written`);
  }
  const url = safeUrl(draft.url, ctx.sourceUrl);
  const registrationUrl = safeUrl(draft.registrationUrl, ctx.sourceUrl);
  const deadline = draft.registrationDeadline && isEventDate(draft.registrationDeadline) ? draft.registrationDeadline : undefined;
  const organizerName = draft.organizer?.name?.replace(/\s+/g, ' ').trim();
  const organizerUrl = safeUrl(draft.organizer?.url, ctx.sourceUrl);
  const languages = [...new Set((draft.languages ?? []).filter((l) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(l)))];
  const keywords = draft.keywords?.length ? `\n${draft.keywords.join(', ')}` : '';
  const lang = ctx.lang ?? languages[0];
  const c = classifyEvent(
    { title, description: description || keywords ? `${description ?? ''}${keywords}` : undefined, location },
    lang ? { lang } : undefined,
  );
  // Built in the model's field order so printed events read naturally.
  return {
    id: draft.id?.trim() || eventId(ctx.sourceUrl ?? ctx.sourceName ?? ctx.format, title, start),
    title,
    ...(description ? { description } : {}),
    start,
    ...(end ? { end } : {}),
    allDay,
    ...(timeZone ? { timeZone } : {}),
    ...(location ? { location } : {}),
    mode: draft.mode ?? inferMode({ title, description, locationText: draft.locationText, location, onlineUrl }),
    ...(onlineUrl ? { onlineUrl } : {}),
    ...(url ? { url } : {}),
    ...(registrationUrl ? { registrationUrl } : {}),
    ...(deadline ? { registrationDeadline: deadline } : {}),
    ...(organizerName ? { organizer: organizerUrl ? { name: organizerName, url: organizerUrl } : { name: organizerName } } : {}),
    ...(languages.length > 0 ? { languages } : {}),
    topics: c.topics,
    relevance: { score: c.score, relevant: c.relevant, reasons: c.reasons },
    status: draft.status ?? 'scheduled',
    source: {
      format: ctx.format,
      ...(ctx.sourceUrl ? { url: ctx.sourceUrl } : {}),
      ...(ctx.sourceName ? { name: ctx.sourceName } : {}),
    },
    ...(draft.confidence !== undefined && draft.confidence >= 0 && draft.confidence <= 1 ? { confidence: draft.confidence } : {}),
  };
}

/** Makes ids unique within one source (feeds reuse UIDs), keeping the first as it is. */
export function uniqueIds(events: InclusionEvent[]): InclusionEvent[] {
  const seen = new Set<string>();
  for (const event of events) {
    let id = event.id;
    if (seen.has(id)) id = `${event.id}/${event.start}`;
    for (let n = 2; seen.has(id); n++) id = `${event.id}/${event.start}/${n}`;
    event.id = id;
    seen.add(id);
  }
  return events;
}

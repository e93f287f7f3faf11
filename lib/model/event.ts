/**
 * The event model shared by every part of Inclusio. Aligned with schema.org Event and
 * iCalendar VEVENT; field names are a contract (the CLI prints them, feeds publish them).
 */

export type Mode = 'in-person' | 'online' | 'hybrid' | 'unknown';

export const MODES: readonly Mode[] = ['in-person', 'online', 'hybrid', 'unknown'];

export type TopicId =
  | 'labour'
  | 'education-skills'
  | 'language'
  | 'social-inclusion'
  | 'rights-anti-discrimination'
  | 'capacity-building'
  | 'policy-funding'
  | 'health'
  | 'housing'
  | 'civic-participation'
  | 'other';

export const TOPIC_IDS: readonly TopicId[] = [
  'labour',
  'education-skills',
  'language',
  'social-inclusion',
  'rights-anti-discrimination',
  'capacity-building',
  'policy-funding',
  'health',
  'housing',
  'civic-participation',
  'other',
];

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';

export const EVENT_STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'rescheduled'];

export type SourceFormat = 'ics' | 'json' | 'jsonld' | 'rss' | 'html' | 'text';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['ics', 'json', 'jsonld', 'rss', 'html', 'text'];

export interface EventLocation {
  name?: string;
  address?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

export interface EventSource {
  url?: string;
  name?: string;
  format: SourceFormat;
}

export interface Relevance {
  /** 0..1 */
  score: number;
  relevant: boolean;
  /** Sentences a person can read, e.g. "mentions 'third-country nationals'" (English). */
  reasons: string[];
  /** The same reason as data, for rendering in the reader's language (optional in feed v1). */
  why?: RelevanceReason;
}

export type ReasonKind = 'relevant' | 'passing' | 'none' | 'legal-only' | 'no-angle';

/**
 * relevant: a target group with an inclusion angle; passing: the group named only in passing;
 * none: no target group at all; legal-only: legal migration with no inclusion angle;
 * no-angle: the group is there but no inclusion topic is. Words are as the text wrote them.
 */
export interface RelevanceReason {
  kind: ReasonKind;
  /** Words naming the target group, strongest first (at most 2). */
  who: string[];
  /** Words naming the inclusion angle (at most 2); filled for 'relevant'. */
  angle: string[];
  /** Words about legal migration (at most 2); filled for 'legal-only'. */
  legal: string[];
  topics: TopicId[];
}

export interface InclusionEvent {
  /** Stable: the source UID, else a hash of source + title + start. */
  id: string;
  title: string;
  /** Plain text, never HTML. */
  description?: string;
  /** 'YYYY-MM-DD' (all day) or 'YYYY-MM-DDTHH:MM' local wall time in timeZone. */
  start: string;
  /** Same form as start. For all-day events the last day, inclusive. Absent when unknown. */
  end?: string;
  allDay: boolean;
  /** IANA zone, e.g. 'Europe/Brussels'. Absent for floating times. */
  timeZone?: string;
  location?: EventLocation;
  mode: Mode;
  onlineUrl?: string;
  url?: string;
  registrationUrl?: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  registrationDeadline?: string;
  organizer?: { name: string; url?: string };
  /** BCP 47 tags of the event's own languages. */
  languages?: string[];
  topics: TopicId[];
  relevance: Relevance;
  status: EventStatus;
  source: EventSource;
  /** Every source that announced this event, when duplicates were merged (source is the first). */
  sources?: EventSource[];
  /** 0..1, for events read from free text. */
  confidence?: number;
}

/** 'YYYY-MM-DD' */
export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** 'YYYY-MM-DDTHH:MM' */
export const DATE_TIME_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/** True for 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM' strings naming a real calendar day. */
export function isEventDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (!DATE_RE.test(value.slice(0, 10))) return false;
  if (value.length !== 10 && !DATE_TIME_RE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** The day part of an event date: 'YYYY-MM-DD'. */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** The time part of an event date ('HH:MM'), or undefined for all-day values. */
export function timeOf(value: string): string | undefined {
  return value.length > 10 ? value.slice(11, 16) : undefined;
}

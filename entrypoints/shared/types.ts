/**
 * The extension's stored shapes (current versions). Older shapes live in migrations.ts.
 */
import type { InclusionEvent, Mode, TopicId } from '../../lib/model/event.ts';
import type { Validators } from '../../lib/http/client.ts';
import type { FailureReason } from './failure-reason.ts';

export const UI_LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'ar', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Interests {
  topics: TopicId[];
  /** ISO 3166-1 alpha-2, upper case. */
  countries: string[];
  cities: string[];
  /** BCP 47 primary tags, lower case. */
  languages: string[];
  modes: Mode[];
}

export interface SourceEntry {
  url: string;
  name: string;
  enabled: boolean;
}

export interface QuietHours {
  enabled: boolean;
  /** 'HH:MM' in the user's zone; may be later than `end` (across midnight). */
  start: string;
  end: string;
}

export interface NotificationSettings {
  enabled: boolean;
  /** instant: as new events arrive; digest: one summary a day at digestTime. */
  mode: 'instant' | 'digest';
  digestTime: string;
  quietHours: QuietHours;
  /** Minutes before a saved event's start; whole days keep the wall-clock time. */
  reminderOffsets: number[];
  deadlineReminders: boolean;
}

export interface Settings {
  interests: Interests;
  sources: SourceEntry[];
  notifications: NotificationSettings;
  uiLanguage: UiLanguage | 'auto';
}

export interface SavedEvent {
  event: InclusionEvent;
  /** ISO instant. */
  savedAt: string;
}

/** Keyed by event id. */
export type SavedEvents = Record<string, SavedEvent>;

export interface SourceCache {
  url: string;
  title?: string;
  events: InclusionEvent[];
  validators: Validators;
  /** ISO instant of the last successful read (200 or 304). */
  lastGood?: string;
  lastChecked?: string;
  /** The last failure, for the options page; cleared on success. */
  error?: string;
  /** The kind of the last failure, so it can be said in the user's language (`error` is lib's English). */
  reason?: FailureReason;
  /** The user has not granted access to the source's site: it is not read until they do. */
  needsAccess?: boolean;
}

/** Keyed by source URL. */
export type FeedCaches = Record<string, SourceCache>;

/** What a notification click should open, kept in storage (the worker may sleep in between). */
export interface NotificationTarget {
  url: string;
  eventIds: string[];
}

export const DAY_MINUTES = 24 * 60;

export function defaultSettings(): Settings {
  return {
    interests: { topics: [], countries: [], cities: [], languages: [], modes: [] },
    sources: [],
    notifications: {
      enabled: true,
      mode: 'instant',
      digestTime: '08:00',
      quietHours: { enabled: false, start: '22:00', end: '07:00' },
      reminderOffsets: [DAY_MINUTES, 60],
      deadlineReminders: true,
    },
    uiLanguage: 'auto',
  };
}

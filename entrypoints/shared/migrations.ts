/**
 * Every earlier stored shape and the step that lifts it to the next version. Pure, so each
 * step is tested on fixtures of old data. A step never drops a saved event or a source.
 */
import { MODES, TOPIC_IDS, type InclusionEvent, type Mode, type TopicId } from '../../lib/model/event.ts';
import { DAY_MINUTES, UI_LANGUAGES, defaultSettings, type SavedEvents, type Settings, type SourceEntry, type UiLanguage } from './types.ts';

/** Settings v1 (0.1): interests as comma-separated strings, sources as bare URLs, one on/off switch. */
export interface SettingsV1 {
  interests?: { topics?: string; countries?: string; languages?: string };
  sources?: string[];
  notify?: boolean;
  language?: string;
}

/** Settings v2 (0.2): lists instead of strings, named sources, quiet hours; no modes, digest or reminders yet. */
export interface SettingsV2 {
  interests: { topics: TopicId[]; countries: string[]; cities: string[]; languages: string[] };
  sources: SourceEntry[];
  notifications: { enabled: boolean; quietHours: { enabled: boolean; start: string; end: string } };
  uiLanguage: string;
}

/** Saved events v1: a plain list of events. */
export type SavedEventsV1 = InclusionEvent[];

const splitList = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

const isTopic = (t: string): t is TopicId => (TOPIC_IDS as readonly string[]).includes(t);
const isMode = (m: unknown): m is Mode => (MODES as readonly unknown[]).includes(m);
const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** A readable name for a source that only had a URL. */
export function nameFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function settingsV1toV2(old: SettingsV1): SettingsV2 {
  const interests = old?.interests ?? {};
  return {
    interests: {
      topics: unique(splitList(interests.topics).map((t) => t.toLowerCase()).filter(isTopic)),
      countries: unique(splitList(interests.countries).map((c) => c.toUpperCase())),
      cities: [],
      languages: unique(splitList(interests.languages).map((l) => l.toLowerCase())),
    },
    sources: unique((old?.sources ?? []).filter((u): u is string => typeof u === 'string')).map((url) => ({
      url,
      name: nameFromUrl(url),
      enabled: true,
    })),
    notifications: { enabled: old?.notify !== false, quietHours: { enabled: false, start: '22:00', end: '07:00' } },
    uiLanguage: typeof old?.language === 'string' ? old.language : 'auto',
  };
}

export function settingsV2toV3(old: SettingsV2): Settings {
  const defaults = defaultSettings();
  const language = (UI_LANGUAGES as readonly string[]).includes(old.uiLanguage) ? (old.uiLanguage as UiLanguage) : 'auto';
  return {
    interests: { ...old.interests, modes: [] },
    sources: old.sources,
    notifications: {
      ...defaults.notifications,
      enabled: old.notifications.enabled,
      quietHours: { ...old.notifications.quietHours },
      reminderOffsets: [DAY_MINUTES, 60],
    },
    uiLanguage: language,
  };
}

export function savedEventsV1toV2(old: SavedEventsV1, now: Date): SavedEvents {
  const out: SavedEvents = {};
  for (const event of Array.isArray(old) ? old : []) {
    if (event && typeof event.id === 'string' && !(event.id in out)) {
      out[event.id] = { event, savedAt: now.toISOString() };
    }
  }
  return out;
}

/** Keeps only well-formed modes; used by import and the options page. */
export function cleanModes(modes: unknown[]): Mode[] {
  return unique(modes.filter(isMode));
}

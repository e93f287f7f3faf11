/**
 * The widget's attributes, read into one typed configuration. Unknown or malformed values fall
 * back to defaults rather than throwing: a typo in a partner's snippet must not blank the widget.
 */
import { MODES, TOPIC_IDS, type Mode, type TopicId } from '../lib/model/event.ts';

export type ViewName = 'list' | 'month';
export type Theme = 'light' | 'dark' | 'auto';
/** 'toggle': upcoming first with an archive button; 'first': open on the archive; 'hidden': no archive. */
export type PastMode = 'toggle' | 'first' | 'hidden';

export interface WidgetConfig {
  sources: string[];
  lang?: string;
  topics: TopicId[];
  countries: string[];
  modes: Mode[];
  view: ViewName;
  past: PastMode;
  /** Most events listed at once; undefined for no limit. */
  max?: number;
  theme: Theme;
  /** Per request, in ms. */
  timeoutMs: number;
  /** The `accent` attribute as given (checked and turned into shades by accent.ts). */
  accent?: string;
  /** False with reasons="hidden": the detail does not say why an event is listed. */
  showReasons: boolean;
}

export const OBSERVED_ATTRIBUTES = ['src', 'lang', 'topics', 'country', 'mode', 'view', 'past', 'max', 'theme', 'timeout', 'accent', 'reasons'] as const;

const list = (value: string | null) => (value ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  const v = (value ?? '').trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function pastMode(value: string | null): PastMode {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'false' || v === 'hidden' || v === 'none' || v === 'no') return 'hidden';
  if (v === 'true' || v === 'first' || v === 'only' || v === 'yes' || v === 'show') return 'first';
  return 'toggle';
}

/** Reads the configuration from an attribute getter (an element's getAttribute). */
export function readConfig(get: (name: string) => string | null): WidgetConfig {
  const max = Number.parseInt(get('max') ?? '', 10);
  const timeout = Number.parseInt(get('timeout') ?? '', 10);
  const config: WidgetConfig = {
    sources: list(get('src')).filter((s) => !/^\s*(javascript|data|vbscript):/i.test(s)),
    topics: list(get('topics')).filter((t): t is TopicId => (TOPIC_IDS as readonly string[]).includes(t)),
    countries: list(get('country')).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    modes: list(get('mode')).filter((m): m is Mode => (MODES as readonly string[]).includes(m)),
    view: oneOf(get('view'), ['list', 'month'] as const, 'list'),
    past: pastMode(get('past')),
    theme: oneOf(get('theme'), ['light', 'dark', 'auto'] as const, 'auto'),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
    showReasons: !['hidden', 'hide', 'false', 'no', 'off', 'none'].includes((get('reasons') ?? '').trim().toLowerCase()),
  };
  const accent = get('accent')?.trim();
  if (accent) config.accent = accent;
  const lang = get('lang')?.trim();
  if (lang) config.lang = lang;
  if (Number.isFinite(max) && max > 0) config.max = max;
  return config;
}

/** The cache key of a list of sources: the same feeds in any order share one cache entry. */
export function sourcesKey(sources: readonly string[]): string {
  return [...sources].sort().join(' ');
}

/**
 * Export and import of settings and saved events as one JSON file. Import checks the whole
 * file first and reports every problem with its path; nothing is written unless all is well.
 */
import { ParseError, ValidationError, type Problem } from '../../lib/model/errors.ts';
import { MODES, TOPIC_IDS } from '../../lib/model/event.ts';
import { validateEvent } from '../../lib/model/validate.ts';
import { UI_LANGUAGES, type SavedEvents, type Settings } from './types.ts';

export const BACKUP_FORMAT = 'inclusio-extension-backup';

export interface BackupV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  settings: Settings;
  savedEvents: SavedEvents;
}

export function createBackup(settings: Settings, savedEvents: SavedEvents, now: Date): BackupV1 {
  return { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), settings, savedEvents };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_OFFSET_MINUTES = 60 * 24 * 28;

function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

function checkList(p: Problem[], v: unknown, path: string, ok: (item: unknown) => boolean, what: string): void {
  if (!Array.isArray(v)) return void p.push({ path, message: 'must be a list' });
  v.forEach((item, i) => {
    if (!ok(item)) p.push({ path: `${path}[${i}]`, message: `must be ${what}` });
  });
}

function checkSettings(s: unknown, p: Problem[]): void {
  if (!isObject(s)) return void p.push({ path: 'settings', message: 'is required' });
  const interests = s.interests;
  if (!isObject(interests)) p.push({ path: 'settings.interests', message: 'is required' });
  else {
    checkList(p, interests.topics, 'settings.interests.topics', (t) => TOPIC_IDS.includes(t as never), `one of: ${TOPIC_IDS.join(', ')}`);
    checkList(p, interests.countries, 'settings.interests.countries', (c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c), 'a two-letter country code');
    checkList(p, interests.cities, 'settings.interests.cities', (c) => typeof c === 'string' && c.trim() !== '', 'a city name');
    checkList(p, interests.languages, 'settings.interests.languages', (l) => typeof l === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(l), 'a language code');
    checkList(p, interests.modes, 'settings.interests.modes', (m) => MODES.includes(m as never), `one of: ${MODES.join(', ')}`);
  }
  checkList(
    p,
    s.sources,
    'settings.sources',
    (src) => isObject(src) && isHttpUrl(src.url) && typeof src.name === 'string' && typeof src.enabled === 'boolean',
    'a source with an http(s) url, a name and enabled',
  );
  const n = s.notifications;
  if (!isObject(n)) p.push({ path: 'settings.notifications', message: 'is required' });
  else {
    if (typeof n.enabled !== 'boolean') p.push({ path: 'settings.notifications.enabled', message: 'must be true or false' });
    if (n.mode !== 'instant' && n.mode !== 'digest') p.push({ path: 'settings.notifications.mode', message: 'must be instant or digest' });
    if (typeof n.digestTime !== 'string' || !TIME_RE.test(n.digestTime)) p.push({ path: 'settings.notifications.digestTime', message: 'must be a time HH:MM' });
    const q = n.quietHours;
    if (!isObject(q) || typeof q.enabled !== 'boolean' || !TIME_RE.test(String(q.start)) || !TIME_RE.test(String(q.end))) {
      p.push({ path: 'settings.notifications.quietHours', message: 'must have enabled, start HH:MM and end HH:MM' });
    }
    checkList(p, n.reminderOffsets, 'settings.notifications.reminderOffsets', (m) => Number.isInteger(m) && (m as number) > 0 && (m as number) <= MAX_OFFSET_MINUTES, 'minutes from 1 to 40320');
    if (typeof n.deadlineReminders !== 'boolean') p.push({ path: 'settings.notifications.deadlineReminders', message: 'must be true or false' });
  }
  if (s.uiLanguage !== 'auto' && !UI_LANGUAGES.includes(s.uiLanguage as never)) {
    p.push({ path: 'settings.uiLanguage', message: `must be auto or one of: ${UI_LANGUAGES.join(', ')}` });
  }
}

function checkSaved(saved: unknown, p: Problem[]): void {
  if (!isObject(saved)) return void p.push({ path: 'savedEvents', message: 'must be an object keyed by event id' });
  for (const [id, entry] of Object.entries(saved)) {
    const path = `savedEvents[${JSON.stringify(id)}]`;
    if (!isObject(entry)) {
      p.push({ path, message: 'must be { event, savedAt }' });
      continue;
    }
    p.push(...validateEvent(entry.event, `${path}.event`));
    if (isObject(entry.event) && entry.event.id !== id) p.push({ path: `${path}.event.id`, message: 'must match its key' });
    if (typeof entry.savedAt !== 'string' || Number.isNaN(Date.parse(entry.savedAt))) p.push({ path: `${path}.savedAt`, message: 'must be a date and time' });
  }
}

/**
 * Reads an export file.
 * @throws ParseError when it is not JSON, ValidationError listing every problem otherwise.
 * @example const { settings, savedEvents } = parseBackup(await file.text());
 */
export function parseBackup(text: string): { settings: Settings; savedEvents: SavedEvents } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ParseError('json', 'The file is not valid JSON', { cause });
  }
  const problems: Problem[] = [];
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    throw new ValidationError([{ path: 'format', message: 'is not an Inclusio extension export' }]);
  }
  if (data.version !== 1) problems.push({ path: 'version', message: 'must be 1' });
  checkSettings(data.settings, problems);
  checkSaved(data.savedEvents, problems);
  if (problems.length) throw new ValidationError(problems);
  return { settings: data.settings as Settings, savedEvents: data.savedEvents as SavedEvents };
}

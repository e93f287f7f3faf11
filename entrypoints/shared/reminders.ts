/**
 * Reminder times for saved events: before the start (default 1 day and 1 hour) and before a
 * registration deadline. Computed in the event's own zone, so a reminder "1 day before" keeps
 * the wall-clock time across a daylight-saving change. Alarms are named after event and offset,
 * so the background can reschedule them from storage at any time.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { addDays, zonedWallTimeToUtc } from '../../lib/time/zoned.ts';
import { DAY_MINUTES, type NotificationSettings, type SavedEvents } from './types.ts';

export type ReminderKind = 'start' | 'deadline';

export interface PlannedReminder {
  /** The alarm name: `remind|<kind>|<offset minutes>|<event id>`. */
  name: string;
  kind: ReminderKind;
  eventId: string;
  offsetMinutes: number;
  /** ms since the epoch. */
  when: number;
}

const PREFIX = 'remind|';
/** All-day events and date-only deadlines are reminded at this wall time, not at midnight. */
const ALL_DAY_REMINDER_TIME = '09:00';

export function reminderAlarmName(kind: ReminderKind, offsetMinutes: number, eventId: string): string {
  return `${PREFIX}${kind}|${offsetMinutes}|${eventId}`;
}

export function parseReminderAlarmName(name: string): { kind: ReminderKind; offsetMinutes: number; eventId: string } | null {
  if (!name.startsWith(PREFIX)) return null;
  const [kind, offset, ...rest] = name.slice(PREFIX.length).split('|');
  const eventId = rest.join('|');
  if ((kind !== 'start' && kind !== 'deadline') || !/^\d+$/.test(offset ?? '') || !eventId) return null;
  return { kind, offsetMinutes: Number(offset), eventId };
}

export const isReminderAlarm = (name: string) => name.startsWith(PREFIX);

/**
 * The instant `offsetMinutes` before the wall time `wall` in `zone`. Whole days are counted on
 * the calendar (same clock time on an earlier day), other offsets as elapsed time.
 * @example reminderInstant('2026-03-29T10:00', 1440, 'Europe/Brussels').toISOString() // '2026-03-28T09:00:00.000Z'
 */
export function reminderInstant(wall: string, offsetMinutes: number, zone: string): Date {
  if (offsetMinutes % DAY_MINUTES === 0) {
    const day = addDays(wall.slice(0, 10), -offsetMinutes / DAY_MINUTES);
    return zonedWallTimeToUtc(`${day}T${wall.slice(11, 16)}`, zone);
  }
  return new Date(zonedWallTimeToUtc(wall, zone).getTime() - offsetMinutes * 60_000);
}

function startWall(event: InclusionEvent): string {
  return event.start.length === 10 ? `${event.start}T${ALL_DAY_REMINDER_TIME}` : event.start;
}

/** Deadline reminders: the day before the deadline, at its time (or 09:00 for a date). */
function deadlineWall(deadline: string): string {
  return deadline.length === 10 ? `${deadline}T${ALL_DAY_REMINDER_TIME}` : deadline;
}

/**
 * Whether a reminder is still worth showing at `now`: the event has not started (a start
 * reminder) or registration is still open (a deadline reminder, open all of its last day). A
 * computer that slept through an event fires its reminder on waking; that one is not shown.
 */
export function reminderStillUseful(event: InclusionEvent, kind: ReminderKind, now: Date, viewerZone: string): boolean {
  const zone = event.timeZone ?? viewerZone;
  const wall = kind === 'deadline' && event.registrationDeadline
    ? (event.registrationDeadline.length === 10 ? `${event.registrationDeadline}T23:59` : event.registrationDeadline)
    : event.start.length === 10 ? `${event.start}T23:59` : event.start;
  try {
    return zonedWallTimeToUtc(wall, zone).getTime() > now.getTime();
  } catch {
    return true;
  }
}

/**
 * Every reminder still ahead of `now` for the saved events. Floating times (no zone) are read
 * in `viewerZone`, so they move when the user travels; zoned events do not.
 */
export function planReminders(saved: SavedEvents, settings: NotificationSettings, now: Date, viewerZone: string): PlannedReminder[] {
  return everyReminder(saved, settings, viewerZone).filter((r) => r.when > now.getTime());
}

/** Every reminder the settings ask for on the saved events, past or ahead, in time order. */
function everyReminder(saved: SavedEvents, settings: NotificationSettings, viewerZone: string): PlannedReminder[] {
  if (!settings.enabled) return [];
  const out: PlannedReminder[] = [];
  const add = (kind: ReminderKind, event: InclusionEvent, offset: number, wall: string) => {
    let when: number;
    try {
      when = reminderInstant(wall, offset, event.timeZone ?? viewerZone).getTime();
    } catch {
      return;
    }
    out.push({ name: reminderAlarmName(kind, offset, event.id), kind, eventId: event.id, offsetMinutes: offset, when });
  };
  for (const { event } of Object.values(saved)) {
    if (event.status === 'cancelled') continue;
    for (const offset of new Set(settings.reminderOffsets)) {
      if (Number.isInteger(offset) && offset > 0) add('start', event, offset, startWall(event));
    }
    if (settings.deadlineReminders && event.registrationDeadline) {
      add('deadline', event, DAY_MINUTES, deadlineWall(event.registrationDeadline));
    }
  }
  return out.sort((a, b) => a.when - b.when);
}

/** Reminder name -> when it was shown (ms since the epoch). */
export type ShownReminders = Record<string, number>;

export interface MissedReminders {
  /** To show now: per event and kind, the latest reminder that fell due unseen. */
  show: PlannedReminder[];
  /** Every reminder that fell due unseen, the shown ones among them: none is shown again. */
  settle: string[];
}

/**
 * Reminders that fell due while no alarm could fire them (the browser was closed, and it drops
 * or never fires alarms of a closed session), the event still ahead or its registration still
 * open. Only reminders due after the event was saved count (saving an event that starts in an
 * hour is not a missed "1 day before"). Of several due for one event ("1 day" and "1 hour"
 * before, both passed), only the latest is shown: one notification, the most current.
 * @example missedReminders(saved, settings, {}, new Date(), 'Europe/Rome').show
 */
export function missedReminders(saved: SavedEvents, settings: NotificationSettings, shown: ShownReminders, now: Date, viewerZone: string): MissedReminders {
  const latest = new Map<string, PlannedReminder>();
  const settle: string[] = [];
  for (const reminder of everyReminder(saved, settings, viewerZone)) {
    const entry = saved[reminder.eventId];
    const savedAt = Date.parse(entry?.savedAt ?? '');
    if (!entry || reminder.when > now.getTime() || shown[reminder.name] !== undefined) continue;
    if (!(reminder.when >= savedAt) || !reminderStillUseful(entry.event, reminder.kind, now, viewerZone)) continue;
    settle.push(reminder.name);
    // In time order, so the last one kept per event and kind is the latest due.
    latest.set(`${reminder.kind}|${reminder.eventId}`, reminder);
  }
  return { show: [...latest.values()], settle };
}

/** The shown record without reminders of events no longer saved: it stays as small as the saved list. */
export function trimShown(shown: ShownReminders, saved: SavedEvents): ShownReminders {
  return Object.fromEntries(Object.entries(shown).filter(([name]) => {
    const parsed = parseReminderAlarmName(name);
    return parsed !== null && saved[parsed.eventId] !== undefined;
  }));
}

export interface AlarmChanges {
  create: PlannedReminder[];
  clear: string[];
}

/** What to change so the existing reminder alarms match the plan (other alarms are left alone). */
export function reconcileAlarms(planned: PlannedReminder[], existing: Array<{ name: string; scheduledTime: number }>): AlarmChanges {
  const have = new Map(existing.filter((a) => isReminderAlarm(a.name)).map((a) => [a.name, a.scheduledTime]));
  const want = new Map(planned.map((p) => [p.name, p]));
  const clear = [...have.keys()].filter((name) => !want.has(name) || Math.abs((have.get(name) ?? 0) - want.get(name)!.when) > 1000);
  const create = planned.filter((p) => !have.has(p.name) || clear.includes(p.name));
  return { create, clear };
}

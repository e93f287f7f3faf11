/**
 * Reminders the browser never fired: alarms of a closed browser are dropped or fire late, so a
 * reminder due while the browser was closed would be lost. After each sync of the alarms, the
 * reminders that fell due unseen are shown once (the latest per event), and every reminder shown
 * is recorded, so an alarm the browser fires late after a catch-up shows nothing twice.
 */
import { missedReminders, parseReminderAlarmName, reminderStillUseful, trimShown } from '../shared/reminders.ts';
import { readSaved, readSettings, remindersShownItem, updateItem } from '../shared/storage.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';

/** Shows one reminder (the notifier's showReminder with the user's strings). */
export type ShowReminder = (event: InclusionEvent, kind: 'start' | 'deadline', name: string) => Promise<unknown>;

/** Records `names` as shown, dropping reminders of events no longer saved. */
async function recordShown(names: string[], at: number): Promise<void> {
  const saved = await readSaved();
  await updateItem(remindersShownItem, 'remindersShown', (shown) => {
    const next = trimShown(shown, saved);
    for (const name of names) next[name] = at;
    return next;
  });
}

/** Shows the reminders that fell due unseen; returns their names. */
export async function catchUpReminders(now: Date, zone: string, show: ShowReminder): Promise<string[]> {
  const [saved, settings, shown] = await Promise.all([readSaved(), readSettings(), remindersShownItem.getValue()]);
  if (!settings.notifications.enabled) return [];
  const missed = missedReminders(saved, settings.notifications, shown, now, zone);
  if (missed.settle.length === 0) return [];
  // Recorded first: a failure to show one must not bring it back at every sync.
  await recordShown(missed.settle, now.getTime());
  for (const reminder of missed.show) await show(saved[reminder.eventId]!.event, reminder.kind, reminder.name);
  return missed.show.map((r) => r.name);
}

/** The alarm `name` fired: shown unless already shown (caught up) or no longer useful. */
export async function remindOnAlarm(name: string, now: Date, zone: string, show: ShowReminder): Promise<boolean> {
  const parsed = parseReminderAlarmName(name);
  if (!parsed) return false;
  const [saved, settings, shown] = await Promise.all([readSaved(), readSettings(), remindersShownItem.getValue()]);
  const entry = saved[parsed.eventId];
  if (!entry || !settings.notifications.enabled || shown[name] !== undefined) return false;
  if (!reminderStillUseful(entry.event, parsed.kind, now, zone)) return false;
  await recordShown([name], now.getTime());
  await show(entry.event, parsed.kind, name);
  return true;
}

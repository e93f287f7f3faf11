/**
 * Keeps the browser's reminder alarms in line with the saved events and settings. Alarms live
 * in the browser, plans are recomputed from storage, so nothing depends on worker memory.
 */
import { browser } from 'wxt/browser';
import { planReminders, reconcileAlarms } from '../shared/reminders.ts';
import { readSaved, readSettings } from '../shared/storage.ts';

export async function syncReminderAlarms(now: Date, zone: string): Promise<{ created: string[]; cleared: string[] }> {
  const [saved, settings, existing] = await Promise.all([readSaved(), readSettings(), browser.alarms.getAll()]);
  const planned = planReminders(saved, settings.notifications, now, zone);
  const { create, clear } = reconcileAlarms(planned, existing);
  await Promise.all(clear.map((name) => browser.alarms.clear(name)));
  await Promise.all(create.map((r) => browser.alarms.create(r.name, { when: r.when })));
  return { created: create.map((r) => r.name), cleared: clear };
}

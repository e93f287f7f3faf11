import { browser } from 'wxt/browser';
import { createHttpClient } from '../../lib/http/client.ts';
import { fetchSource } from '../../lib/sources/index.ts';
import { markSeen, updateBadge } from '../shared/badge.ts';
import { extensionUrl, loadStrings } from '../shared/i18n.ts';
import { originPattern } from '../shared/origins.ts';
import { isBackgroundRequest, viewerZone, type BackgroundRequest } from '../shared/messages.ts';
import { showReminder, takeTarget } from '../shared/notifier.ts';
import type { SourceReader } from '../shared/refresh.ts';
import { readSettings, savedEventsItem, settingsItem } from '../shared/storage.ts';
import { DELIVER_ALARM, deliverQueued, runRefresh } from './refresh-cycle.ts';
import { syncReminderAlarms } from './reminder-alarms.ts';
import { catchUpReminders, remindOnAlarm, type ShowReminder } from './reminder-catch-up.ts';
import { now } from '../shared/clock.ts';

const REFRESH_ALARM = 'refresh';
const REFRESH_MINUTES = 60;

export default defineBackground(() => {
  const client = createHttpClient({ timeoutMs: 20_000 });
  // Service workers have no DOMParser (Chrome); Firefox's event page does.
  const parseHtml = typeof DOMParser === 'undefined' ? undefined : (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const read: SourceReader = fetchSource;

  // Refreshes are chained so an alarm and a button press never notify the same event twice.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = chain.then(job, job);
    chain = next.catch(() => undefined);
    return next;
  };

  // Only sites the user granted are ever fetched.
  const hasAccess = async (url: string) => {
    const pattern = originPattern(url);
    return pattern !== null && (await browser.permissions.contains({ origins: [pattern] }));
  };
  const refresh = () => serial(() => runRefresh({ client, read, hasAccess, now: now(), zone: viewerZone(), ...(parseHtml ? { parseHtml } : {}) }));
  const showWithStrings: ShowReminder = async (event, kind, name) => {
    const settings = await readSettings();
    const strings = await loadStrings(settings.uiLanguage);
    return showReminder(event, kind, name, { strings, now: now(), zone: viewerZone() });
  };
  // After each sync, reminders that fell due while the browser was closed are shown once.
  const reminders = () => serial(async () => {
    const changes = await syncReminderAlarms(now(), viewerZone());
    await catchUpReminders(now(), viewerZone(), showWithStrings);
    return changes;
  });

  async function setUp() {
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (!existing) await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: REFRESH_MINUTES });
    await reminders();
    await updateBadge(now(), viewerZone());
  }

  // In the chain with the catch-up, so a late alarm and a catch-up never show one reminder twice.
  const remind = (name: string) => serial(() => remindOnAlarm(name, now(), viewerZone(), showWithStrings));

  async function handle(request: BackgroundRequest): Promise<unknown> {
    switch (request.type) {
      case 'refresh':
        return refresh();
      case 'deliver':
        return serial(() => deliverQueued(now(), viewerZone()));
      case 'sync-reminders':
        return reminders();
      case 'update-badge':
        return updateBadge(now(), viewerZone());
    }
  }

  browser.runtime.onInstalled.addListener((details) => {
    void setUp();
    // A welcome page on a fresh install only: an update must not interrupt the user.
    if (details.reason === 'install') void browser.tabs.create({ url: extensionUrl('/welcome.html') });
  });
  // Access granted (from the popup, the welcome page or the options): read those sources now.
  browser.permissions.onAdded.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void setUp());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
    else if (alarm.name === DELIVER_ALARM) void serial(() => deliverQueued(now(), viewerZone()));
    else void remind(alarm.name);
  });

  browser.notifications.onClicked.addListener((id) => {
    void (async () => {
      const target = await takeTarget(id);
      await browser.notifications.clear(id);
      if (!target) return;
      await browser.tabs.create({ url: target.url });
      await markSeen(target.eventIds);
      await updateBadge(now(), viewerZone());
    })();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    return handle(message).then(
      (result) => ({ ok: true, result }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });

  // Saving or unsaving an event, or changing reminder times, reschedules the reminders.
  // New interests change which events count for the badge.
  savedEventsItem.watch(() => void reminders());
  settingsItem.watch(() => {
    void reminders();
    void updateBadge(now(), viewerZone());
  });
});

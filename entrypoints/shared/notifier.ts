/**
 * Shows notifications and remembers, in storage, what each one opens: the service worker may
 * be asleep by the time the user clicks.
 */
import { browser } from 'wxt/browser';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { eventTimes, formatDateTime, formatDayLong } from '../../lib/i18n/format.ts';
import { eventInstant } from '../../lib/time/offsets.ts';
import { extensionUrl, type Strings } from './i18n.ts';
import type { Delivery } from './notify-plan.ts';
import { notificationTargetsItem, updateItem } from './storage.ts';
import type { NotificationTarget } from './types.ts';

const ICON = '/icons/128.png';
const MAX_TARGETS = 100;

/** A safe link for an event: its own page, else its registration or online link (http(s) only). */
export function eventLink(event: InclusionEvent): string | undefined {
  for (const candidate of [event.url, event.registrationUrl, event.onlineUrl]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return undefined;
}

/**
 * When, on the reader's clock (a notification is read where the reader is), followed by the
 * event's own time and zone when its clocks differ: '20 Nov 2030, 4:00 PM (10:00 AM Eastern Time)'.
 */
export function whenText(event: InclusionEvent, locale: string, viewerZone: string): string {
  if (event.allDay || event.start.length === 10) return formatDayLong(event.start.slice(0, 10), locale);
  try {
    const text = formatDateTime(eventInstant(event.start, event.timeZone, viewerZone), locale, viewerZone);
    const theirs = eventTimes({ start: event.start, allDay: event.allDay, ...(event.timeZone ? { timeZone: event.timeZone } : {}) }, locale, viewerZone).eventTime;
    return theirs ? `${text} (${theirs.time} ${theirs.zoneName})` : text;
  } catch {
    return event.start;
  }
}

function placeText(event: InclusionEvent, online: string): string {
  const place = [event.location?.name, event.location?.city].filter(Boolean).join(', ');
  return event.mode === 'online' ? online : place;
}

async function remember(id: string, target: NotificationTarget): Promise<void> {
  await updateItem(notificationTargetsItem, 'notificationTargets', (targets) =>
    Object.fromEntries(Object.entries({ ...targets, [id]: target }).slice(-MAX_TARGETS)),
  );
}

async function show(id: string, title: string, message: string, target: NotificationTarget): Promise<string> {
  await remember(id, target);
  await browser.notifications.create(id, { type: 'basic', iconUrl: extensionUrl(ICON), title, message });
  return id;
}

export interface NotifyContext {
  strings: Strings;
  now: Date;
  zone: string;
}

/** Shows one notification for a single event, or one digest for several. */
export async function showDelivery(delivery: Delivery, digestMode: boolean, ctx: NotifyContext): Promise<string> {
  const { t, locale } = ctx.strings;
  if (delivery.kind === 'single') {
    const { event } = delivery;
    const message = [whenText(event, locale, ctx.zone), placeText(event, t('filterOnline'))].filter(Boolean).join(' · ');
    return show(`new|${event.id}|${ctx.now.getTime()}`, t('notifyNewTitle'), `${event.title}\n${message}`, {
      url: eventLink(event) ?? extensionUrl('/popup.html'),
      eventIds: [event.id],
    });
  }
  const { events } = delivery;
  const lines = events.slice(0, 3).map((e) => `• ${e.title}`);
  if (events.length > 3) lines.push(t('andMore', events.length - 3));
  const title = digestMode ? t('notifyDailyDigestTitle') : t('notifyDigestTitle', events.length);
  return show(`digest|${ctx.now.getTime()}`, title, lines.join('\n'), {
    url: extensionUrl('/popup.html'),
    eventIds: events.map((e) => e.id),
  });
}

export async function showReminder(event: InclusionEvent, kind: 'start' | 'deadline', alarmName: string, ctx: NotifyContext): Promise<string> {
  const { t, locale } = ctx.strings;
  const url = eventLink(event) ?? extensionUrl('/popup.html');
  if (kind === 'deadline' && event.registrationDeadline) {
    const deadline = event.registrationDeadline;
    const date = deadline.length === 10 ? formatDayLong(deadline, locale) : whenText({ ...event, start: deadline, allDay: false }, locale, ctx.zone);
    return show(alarmName, t('remindDeadlineTitle', event.title), t('remindDeadlineMessage', date), {
      url: event.registrationUrl && /^https?:\/\//i.test(event.registrationUrl) ? event.registrationUrl : url,
      eventIds: [event.id],
    });
  }
  const message = [whenText(event, locale, ctx.zone), placeText(event, t('filterOnline'))].filter(Boolean).join(' · ');
  return show(alarmName, t('remindStartTitle', event.title), message, { url, eventIds: [event.id] });
}

/** What a click on notification `id` should open, forgetting it afterwards. */
export async function takeTarget(id: string): Promise<NotificationTarget | undefined> {
  let target: NotificationTarget | undefined;
  await updateItem(notificationTargetsItem, 'notificationTargets', (targets) => {
    target = targets[id];
    if (!target) return targets;
    const { [id]: _gone, ...rest } = targets;
    return rest;
  });
  return target;
}

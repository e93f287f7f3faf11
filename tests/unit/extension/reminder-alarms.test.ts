import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncReminderAlarms } from '../../../entrypoints/background/reminder-alarms.ts';
import { createStrings } from '../../../entrypoints/shared/i18n.ts';
import { showReminder, takeTarget } from '../../../entrypoints/shared/notifier.ts';
import { writeSaved } from '../../../entrypoints/shared/storage.ts';
import en from '../../../public/_locales/en/messages.json';
import { labourWebinarBE, makeEvent } from '../../fixtures/extension/events.ts';

const now = new Date('2026-11-22T10:00:00Z');
const zone = 'Europe/Brussels';
const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

beforeEach(() => fakeBrowser.reset());

describe('syncReminderAlarms', () => {
  it('schedules the default reminders of a saved event and clears them when it is unsaved', async () => {
    await fakeBrowser.alarms.create('refresh', { periodInMinutes: 60 });
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } });
    await syncReminderAlarms(now, zone);
    expect(await names()).toEqual(['refresh', `remind|start|1440|${labourWebinarBE.id}`, `remind|start|60|${labourWebinarBE.id}`]);
    expect((await fakeBrowser.alarms.get(`remind|start|60|${labourWebinarBE.id}`))?.scheduledTime).toBe(Date.parse('2026-12-03T12:00:00Z'));

    await writeSaved({});
    await syncReminderAlarms(now, zone);
    expect(await names()).toEqual(['refresh']);
  });

  it('moves the reminders of an event whose time changed', async () => {
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } });
    await syncReminderAlarms(now, zone);
    const moved = { ...labourWebinarBE, start: '2026-12-04T14:00' };
    await writeSaved({ [moved.id]: { event: moved, savedAt: now.toISOString() } });
    const { created, cleared } = await syncReminderAlarms(now, zone);
    expect(created.sort()).toEqual(cleared.sort());
    expect((await fakeBrowser.alarms.get(`remind|start|60|${moved.id}`))?.scheduledTime).toBe(Date.parse('2026-12-04T12:00:00Z'));
  });
});

describe('reminder notifications', () => {
  it('show the event and open its page on click, from storage', async () => {
    const strings = createStrings('en', en);
    const id = await showReminder(labourWebinarBE, 'start', 'remind|start|60|ev-labour-webinar', { strings, now, zone });
    const shown = fakeBrowser.notifications.getAllCreateOptions()[id]!;
    expect(shown.title).toBe(`Reminder: ${labourWebinarBE.title}`);
    expect(await takeTarget(id)).toEqual({ url: labourWebinarBE.url, eventIds: [labourWebinarBE.id] });
    expect(await takeTarget(id)).toBeUndefined();
  });

  it('a deadline reminder links to registration', async () => {
    const strings = createStrings('en', en);
    const course = makeEvent({ id: 'ev-course', registrationDeadline: '2026-12-01', registrationUrl: 'https://example.org/register' });
    const id = await showReminder(course, 'deadline', 'remind|deadline|1440|ev-course', { strings, now, zone });
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]!.message).toMatch(/^Register by /);
    expect((await takeTarget(id))?.url).toBe('https://example.org/register');
  });
});

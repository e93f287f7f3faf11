import { describe, expect, it } from 'vitest';
import { planNotifications } from '../../../entrypoints/shared/notify-plan.ts';
import { isQuietTime, nextWallTime, quietEnd } from '../../../entrypoints/shared/quiet-hours.ts';
import { defaultSettings, type NotificationSettings, type QuietHours } from '../../../entrypoints/shared/types.ts';
import { labourWebinarBE, languageCafeLyon, onlineRightsTraining } from '../../fixtures/extension/events.ts';

const zone = 'Europe/Brussels';
const base = defaultSettings().notifications;
const night: QuietHours = { enabled: true, start: '22:00', end: '07:00' };
const lunch: QuietHours = { enabled: true, start: '12:00', end: '13:30' };
const at = (iso: string) => new Date(iso);

describe('isQuietTime', () => {
  it.each([
    ['23:30 Brussels, quiet 22-07 (across midnight)', '2026-11-22T22:30:00Z', night, true],
    ['03:00 Brussels, quiet 22-07', '2026-11-23T02:00:00Z', night, true],
    ['07:00 Brussels: quiet has just ended', '2026-11-23T06:00:00Z', night, false],
    ['21:59 Brussels', '2026-11-22T20:59:00Z', night, false],
    ['12:45 Brussels, quiet 12:00-13:30', '2026-11-22T11:45:00Z', lunch, true],
    ['13:30 Brussels, quiet 12:00-13:30', '2026-11-22T12:30:00Z', lunch, false],
    ['quiet hours switched off', '2026-11-22T22:30:00Z', { ...night, enabled: false }, false],
  ])('%s', (_name, iso, quiet, expected) => {
    expect(isQuietTime(at(iso), quiet, zone)).toBe(expected);
  });
});

describe('quietEnd / nextWallTime', () => {
  it('ends the next morning when quiet starts in the evening', () => {
    expect(quietEnd(at('2026-11-22T22:30:00Z'), night, zone).toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });
  it('ends the same morning after midnight', () => {
    expect(quietEnd(at('2026-11-23T01:00:00Z'), night, zone).toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });
  it('follows a daylight-saving change (07:00 Brussels is 05:00Z in summer time)', () => {
    expect(quietEnd(at('2026-03-28T22:00:00Z'), night, zone).toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });
  it('gives the digest time tomorrow once today\'s has passed', () => {
    expect(nextWallTime(at('2026-11-22T09:00:00Z'), '08:00', zone).toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });
});

describe('planNotifications', () => {
  const settings = (over: Partial<NotificationSettings>): NotificationSettings => ({ ...base, ...over });
  const day = at('2026-11-22T10:00:00Z'); // 11:00 in Brussels
  const evening = at('2026-11-22T22:30:00Z');

  it('one new relevant event: one notification for it', () => {
    const plan = planNotifications({ fresh: [labourWebinarBE], queued: [], settings: base, now: day, zone, reason: 'refresh' });
    expect(plan.deliver).toEqual({ kind: 'single', event: labourWebinarBE });
    expect(plan.queue).toEqual([]);
  });

  it('several new events: one digest notification', () => {
    const plan = planNotifications({ fresh: [labourWebinarBE, languageCafeLyon], queued: [], settings: base, now: day, zone, reason: 'refresh' });
    expect(plan.deliver?.kind).toBe('digest');
    expect(plan.deliver?.kind === 'digest' && plan.deliver.events.map((e) => e.id)).toEqual([labourWebinarBE.id, languageCafeLyon.id]);
  });

  it('nothing new: nothing shown, nothing queued', () => {
    expect(planNotifications({ fresh: [], queued: [], settings: base, now: day, zone, reason: 'refresh' })).toEqual({ deliver: null, queue: [] });
  });

  it('notifications off: nothing shown and the queue is dropped', () => {
    const plan = planNotifications({ fresh: [labourWebinarBE], queued: [languageCafeLyon], settings: settings({ enabled: false }), now: day, zone, reason: 'refresh' });
    expect(plan).toEqual({ deliver: null, queue: [] });
  });

  it('quiet hours: holds events back until the end of quiet hours', () => {
    const plan = planNotifications({ fresh: [labourWebinarBE], queued: [], settings: settings({ quietHours: night }), now: evening, zone, reason: 'refresh' });
    expect(plan.deliver).toBeNull();
    expect(plan.queue).toEqual([labourWebinarBE]);
    expect(plan.wakeAt?.toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('at the end of quiet hours: the held events come as one digest with the new ones, each once', () => {
    const morning = at('2026-11-23T06:00:00Z');
    const plan = planNotifications({
      fresh: [languageCafeLyon, labourWebinarBE],
      queued: [labourWebinarBE],
      settings: settings({ quietHours: night }),
      now: morning,
      zone,
      reason: 'deliver',
    });
    expect(plan.deliver?.kind === 'digest' && plan.deliver.events.map((e) => e.id)).toEqual([labourWebinarBE.id, languageCafeLyon.id]);
    expect(plan.queue).toEqual([]);
  });

  it('daily digest mode: a refresh queues until the digest time', () => {
    const plan = planNotifications({ fresh: [labourWebinarBE], queued: [onlineRightsTraining], settings: settings({ mode: 'digest', digestTime: '18:00' }), now: day, zone, reason: 'refresh' });
    expect(plan.deliver).toBeNull();
    expect(plan.queue.map((e) => e.id)).toEqual([onlineRightsTraining.id, labourWebinarBE.id]);
    expect(plan.wakeAt?.toISOString()).toBe('2026-11-22T17:00:00.000Z');
  });

  it('daily digest mode: at the digest time, one digest even for a single event', () => {
    const plan = planNotifications({ fresh: [], queued: [labourWebinarBE], settings: settings({ mode: 'digest' }), now: day, zone, reason: 'deliver' });
    expect(plan.deliver).toEqual({ kind: 'digest', events: [labourWebinarBE] });
  });

  it('daily digest mode: a digest time inside quiet hours waits for their end', () => {
    const plan = planNotifications({
      fresh: [],
      queued: [labourWebinarBE],
      settings: settings({ mode: 'digest', digestTime: '06:30', quietHours: night }),
      now: at('2026-11-23T05:30:00Z'),
      zone,
      reason: 'deliver',
    });
    expect(plan.deliver).toBeNull();
    expect(plan.wakeAt?.toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });
});

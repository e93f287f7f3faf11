import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStrings } from '../../../entrypoints/shared/i18n.ts';
import { showDelivery, showReminder } from '../../../entrypoints/shared/notifier.ts';
import { makeEvent } from '../../fixtures/extension/events.ts';

const load = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8'));
const now = new Date('2030-11-04T09:00:00Z');
const brussels = (lang: string) => ({ strings: createStrings(lang as 'en', load(lang)), now, zone: 'Europe/Brussels' });
const message = (id: string) => fakeBrowser.notifications.getAllCreateOptions()[id]?.message ?? '';

// An online webinar held in New York at 10:00 (UTC-5 in November): 16:00 for a practitioner in Brussels.
const newYork = makeEvent({ id: 'ny-webinar', title: 'Webinar: refugee employment programmes', start: '2030-11-20T10:00', end: '2030-11-20T11:30', timeZone: 'America/New_York', mode: 'online' });
// A workshop in Lyon, the viewer's own clock: one time, no zone said.
const lyon = makeEvent({ id: 'lyon', title: 'Atelier CV pour personnes réfugiées', start: '2030-11-20T14:00', timeZone: 'Europe/Paris', mode: 'in-person', location: { name: 'Maison des associations', city: 'Lyon' } });

beforeEach(() => fakeBrowser.reset());

describe('notification times are the reader\'s, with the event\'s own when its clock differs', () => {
  it.each([
    ['en', /4:00\s?PM/, /\(10:00\s?AM Eastern Time\)/],
    ['fr', /16:00/, /\(10:00 heure de l’Est/],
  ])('a new event from New York read in Brussels (%s)', async (lang, viewer, theirs) => {
    const id = await showDelivery({ kind: 'single', event: newYork }, false, brussels(lang));
    expect(message(id)).toMatch(viewer);
    expect(message(id)).toMatch(theirs);
  });

  it('a reminder says the reader\'s time too', async () => {
    const id = await showReminder(newYork, 'start', 'remind|start|60|ny-webinar', brussels('fr'));
    expect(message(id)).toMatch(/20 nov\. 2030.*16:00/);
    expect(message(id)).toMatch(/\(10:00 /);
  });

  it('an event on the reader\'s own clock gets one time and no zone', async () => {
    const id = await showReminder(lyon, 'start', 'remind|start|60|lyon', brussels('fr'));
    expect(message(id)).toBe('20 nov. 2030, 14:00 · Maison des associations, Lyon');
  });
});

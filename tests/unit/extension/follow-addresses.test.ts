import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followSource } from '../../../entrypoints/shared/follow.ts';
import { installFakePermissions, type FakePermissions } from './support/fake-permissions.ts';

let permissions: FakePermissions;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
  // Refused: only the address asked for matters here, and nothing is fetched.
  permissions.answer = false;
});

describe('addresses as people paste them', () => {
  it.each([
    // A calendar's "Subscribe" link.
    ['webcal://agenda.accueil.example/calendrier.ics', 'https://agenda.accueil.example/*', 'agenda.accueil.example'],
    ['WEBCALS://agenda.accueil.example/calendrier.ics', 'https://agenda.accueil.example/*', 'agenda.accueil.example'],
    // Typed without a scheme, as in the address bar.
    ['www.integration.example/veranstaltungen/feed/', 'https://www.integration.example/*', 'www.integration.example'],
    ['  integration.example/feed.json ', 'https://integration.example/*', 'integration.example'],
  ])('%s asks for %s', async (typed, pattern, host) => {
    expect(await followSource({ url: typed }, [])).toEqual({ kind: 'denied', host });
    expect(permissions.requests).toEqual([[pattern]]);
  });

  it.each(['mailto:info@accueil.example', 'javascript:alert(1)', 'file:///home/feed.ics', 'Réseau Accueil Lyon'])('%s is still refused as not a web address', async (typed) => {
    expect(await followSource({ url: typed }, [])).toEqual({ kind: 'not-http' });
    expect(permissions.requests).toEqual([]);
  });

  it('a webcal link to a calendar already followed by its https address is the same source', async () => {
    const known = [{ url: 'https://agenda.accueil.example/calendrier.ics', name: 'Accueil', enabled: true }];
    expect(await followSource({ url: 'webcal://agenda.accueil.example/calendrier.ics' }, known)).toEqual({ kind: 'already' });
  });
});

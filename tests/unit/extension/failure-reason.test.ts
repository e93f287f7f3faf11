import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../lib/http/client.ts';
import { HttpStatusError, NetworkError, NotAFeedError, ParseError, TimeoutError, TooLargeError, UnsupportedFormatError, ValidationError } from '../../../lib/model/errors.ts';
import { fetchSource } from '../../../lib/sources/index.ts';
import { failureReason, reasonText } from '../../../entrypoints/shared/failure-reason.ts';
import { createStrings } from '../../../entrypoints/shared/i18n.ts';
import { refreshSources } from '../../../entrypoints/shared/refresh.ts';
import { UI_LANGUAGES } from '../../../entrypoints/shared/types.ts';
import { startStaticHost } from '../../support/static-host.ts';

const url = 'https://accueil.example.org/agenda/feed.json';
const load = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8'));
const fr = createStrings('fr', load('fr'));

describe('why a source failed, in the user\'s language', () => {
  it.each([
    [new NetworkError(url), { kind: 'network' }, 'le site est injoignable'],
    [new TimeoutError(url, 20_000), { kind: 'timeout' }, 'le site n’a pas répondu à temps'],
    [new HttpStatusError(url, 404), { kind: 'not-found', status: 404 }, 'rien n’a été trouvé à cette adresse (erreur 404)'],
    [new HttpStatusError(url, 410), { kind: 'not-found', status: 410 }, 'rien n’a été trouvé à cette adresse (erreur 404)'],
    [new HttpStatusError(url, 503), { kind: 'http', status: 503 }, 'le site a répondu par une erreur (HTTP 503)'],
    [new NotAFeedError(url), { kind: 'not-a-feed' }, 'cette adresse a renvoyé une page web, pas un calendrier ni un flux'],
    [new TooLargeError(url, 5_000_000), { kind: 'too-large' }, 'le fichier est trop volumineux'],
    [new ParseError('ics', 'Unexpected end of calendar at line 4'), { kind: 'unreadable' }, 'son contenu n’a pas pu être lu comme un calendrier ou un flux'],
    [new UnsupportedFormatError('Unknown format'), { kind: 'unreadable' }, 'son contenu n’a pas pu être lu comme un calendrier ou un flux'],
    [new ValidationError([{ path: 'events', message: 'must be an array', severity: 'feed' }] as never), { kind: 'unreadable' }, 'son contenu n’a pas pu être lu comme un calendrier ou un flux'],
  ])('%s', (error, reason, french) => {
    expect(failureReason(error)).toEqual(reason);
    const text = reasonText(fr, failureReason(error), error.message);
    expect(text).toBe(french);
    // Short, and no address: the user knows which source it is from the sentence around it.
    expect(text).not.toContain('example.org');
  });

  it('an error of no known kind keeps lib\'s message rather than saying nothing', () => {
    expect(failureReason(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(failureReason('boom')).toBeUndefined();
    expect(reasonText(fr, undefined, 'Failed to fetch')).toBe('Failed to fetch');
  });

  it.each(UI_LANGUAGES.map((l) => [l]))('every reason exists in %s and none is English outside en', (lang) => {
    const strings = createStrings(lang, load(lang));
    for (const error of [new NetworkError(url), new HttpStatusError(url, 500), new NotAFeedError(url)]) {
      const text = reasonText(strings, failureReason(error), error.message);
      expect(text).not.toBe(error.message);
      if (lang !== 'en') expect(text).not.toBe(reasonText(createStrings('en', load('en')), failureReason(error), ''));
    }
  });
});

describe('a refresh keeps the kind of failure with the source', () => {
  it('an HTML error page where the feed was: events kept, reason noted, and cleared once the feed is back', async () => {
    const host = await startStaticHost();
    try {
      const feed = { version: 1, title: 'Réseau', updated: '2030-03-04T08:00:00Z', events: [{ title: 'Atelier CV pour personnes réfugiées', start: '2030-03-10T14:00' }] };
      host.put('/feed.json', { body: JSON.stringify(feed), contentType: 'application/json' });
      const source = { url: host.url('/feed.json'), name: 'Réseau', enabled: true };
      const deps = { client: createHttpClient({ retries: 0, timeoutMs: 5000 }), read: fetchSource, now: new Date('2030-03-04T09:00:00Z') };
      const first = await refreshSources([source], {}, deps);
      expect(first.caches[source.url]?.events).toHaveLength(1);
      host.put('/feed.json', { body: '<!doctype html><title>Erreur</title><h1>Service indisponible</h1>', contentType: 'text/html; charset=utf-8' });
      const broken = await refreshSources([source], first.caches, deps);
      expect(broken.caches[source.url]).toMatchObject({ reason: { kind: 'not-a-feed' }, events: first.caches[source.url]!.events });
      host.put('/feed.json', { body: JSON.stringify(feed), contentType: 'application/json' });
      const back = await refreshSources([source], broken.caches, deps);
      expect(back.caches[source.url]?.reason).toBeUndefined();
      expect(back.caches[source.url]?.error).toBeUndefined();
    } finally {
      await host.close();
    }
  });
});

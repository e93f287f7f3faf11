import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from '../../../lib/model/errors.ts';
import { isEventDate } from '../../../lib/model/event.ts';
import { createFeed, parseFeedJson } from '../../../lib/model/feed.ts';
import { validateFeed } from '../../../lib/model/validate.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'model');
const valid = JSON.parse(readFileSync(join(fixtures, 'valid-feed.json'), 'utf8'));
const clone = () => structuredClone(valid);

describe('validateFeed (the tolerant rules every reader applies)', () => {
  it('accepts a complete feed', () => expect(validateFeed(valid)).toEqual([]));

  it('accepts a minimal hand-written feed: version, events, and a title and start per event', () => {
    expect(validateFeed({ version: 1, title: 'Ours', events: [{ title: 'Job fair', start: '2027-03-04T10:00' }, { title: 'Open day', start: '2027-03-05' }] })).toEqual([]);
  });

  it.each<[string, (f: any) => void, string, 'feed' | 'event' | 'field']>([
    ['wrong version', (f) => (f.version = 2), 'version', 'feed'],
    ['events not a list', (f) => (f.events = {}), 'events', 'feed'],
    ['no events', (f) => delete f.events, 'events', 'feed'],
    ['empty title', (f) => (f.title = ' '), 'title', 'field'],
    ['bad updated', (f) => (f.updated = 'yesterday'), 'updated', 'field'],
    ['event not an object', (f) => (f.events[0] = null), 'events[0]', 'event'],
    ['event without title', (f) => delete f.events[0].title, 'events[0].title', 'event'],
    ['event with an empty title', (f) => (f.events[0].title = '  '), 'events[0].title', 'event'],
    ['event without start', (f) => delete f.events[1].start, 'events[1].start', 'event'],
    ['month 13', (f) => (f.events[0].start = '2026-13-45'), 'events[0].start', 'event'],
    ['30 February', (f) => (f.events[1].start = '2027-02-30'), 'events[1].start', 'event'],
    ['empty id', (f) => (f.events[0].id = ''), 'events[0].id', 'field'],
    ['allDay disagrees with start', (f) => (f.events[0].allDay = true), 'events[0].allDay', 'field'],
    ['end before start', (f) => (f.events[0].end = '2026-12-02T10:00'), 'events[0].end', 'field'],
    ['end not a date', (f) => (f.events[0].end = 'soon'), 'events[0].end', 'field'],
    ['unknown zone', (f) => (f.events[0].timeZone = 'Europe/Atlantis'), 'events[0].timeZone', 'field'],
    ['country name', (f) => (f.events[1].location.country = 'France'), 'events[1].location.country', 'field'],
    ['javascript url', (f) => (f.events[0].url = 'javascript:alert(1)'), 'events[0].url', 'field'],
    ['unknown mode', (f) => (f.events[0].mode = 'remote'), 'events[0].mode', 'field'],
    ['unknown topic', (f) => (f.events[0].topics = ['labour', 'sports']), 'events[0].topics[1]', 'field'],
    ['score above 1', (f) => (f.events[0].relevance.score = 1.5), 'events[0].relevance', 'field'],
    ['bad source format', (f) => (f.events[1].sources[1].format = 'xml'), 'events[1].sources', 'field'],
    ['duplicate ids', (f) => (f.events[1].id = 'ev-1'), 'events[1].id', 'field'],
    ['organizer without name', (f) => (f.events[0].organizer = {}), 'events[0].organizer', 'field'],
    ['bad language tag', (f) => (f.events[1].languages = ['french!']), 'events[1].languages[0]', 'field'],
  ])('names the path and its effect: %s', (_label, mutate, path, effect) => {
    const feed = clone();
    mutate(feed);
    const problems = validateFeed(feed);
    expect(problems.find((p) => p.path === path), JSON.stringify(problems)).toMatchObject({ path, effect });
  });

  it.each([
    ['a list', []],
    ['null', null],
    ['a string', 'feed'],
  ])('rejects %s at the root', (_label, value) => {
    expect(validateFeed(value)[0]).toMatchObject({ path: '(root)', effect: 'feed' });
  });

  it('lists every problem of a feed, not only the first', () => {
    const feed = clone();
    feed.events[0].url = 'javascript:x';
    feed.events[0].end = 'later';
    delete feed.events[1].title;
    expect(validateFeed(feed).map((p) => `${p.path} ${p.effect}`)).toEqual(['events[0].end field', 'events[0].url field', 'events[1].title event']);
  });
});

describe('parseFeedJson', () => {
  it('reads a valid feed', () => expect(parseFeedJson(JSON.stringify(valid)).events).toHaveLength(2));
  it('throws ParseError on broken JSON', () => expect(() => parseFeedJson('{"version":1,')).toThrow(ParseError));
  it('throws ValidationError listing every problem', () => {
    const feed = clone();
    feed.version = 3;
    feed.events[0].mode = 'x';
    try {
      parseFeedJson(JSON.stringify(feed));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.path)).toEqual(['version', 'events[0].mode']);
    }
  });
  it('createFeed produces a valid feed', () => {
    const feed = createFeed('T', valid.events, new Date('2026-11-22T10:00:00Z'), 'https://x.example/feed.ics');
    expect(validateFeed(feed)).toEqual([]);
  });
});

describe('isEventDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-11-22T09:30', true],
    ['2026-11-22T24:00', false],
    ['2026-11-22T09:30:00', false],
    ['22/11/2026', false],
    ['', false],
  ])('%s -> %s', (value, ok) => expect(isEventDate(value)).toBe(ok));
});

describe('JSON schema', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'schema', 'feed-v1.schema.json'), 'utf8'));
  it('requires exactly the event fields whose absence skips the event', () => {
    const required: string[] = schema.$defs.event.required;
    expect(required.sort()).toEqual(['start', 'title']);
    for (const field of Object.keys(schema.$defs.event.properties)) {
      const feed = clone();
      delete feed.events[0][field];
      const skipped = validateFeed(feed).some((p) => p.effect === 'event');
      expect(skipped, field).toBe(required.includes(field));
    }
  });
  it('requires version and events; only a feed without events is unusable (a missing version reads as 1, with a warning)', () => {
    expect(schema.required.sort()).toEqual(['events', 'version']);
    for (const field of Object.keys(schema.properties)) {
      const feed = clone();
      delete feed[field];
      expect(validateFeed(feed).some((p) => p.effect === 'feed'), field).toBe(field === 'events');
      if (field === 'version') expect(validateFeed(feed)).toEqual([{ path: 'version', message: 'is missing; read as 1', effect: 'field' }]);
    }
  });
  it('has the same topic list as the model', async () => {
    const { TOPIC_IDS } = await import('../../../lib/model/event.ts');
    expect(schema.$defs.event.properties.topics.items.enum).toEqual([...TOPIC_IDS]);
  });
});

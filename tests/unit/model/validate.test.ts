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

describe('validateFeed', () => {
  it('accepts a complete feed', () => expect(validateFeed(valid)).toEqual([]));

  it.each<[string, (f: any) => void, string]>([
    ['wrong version', (f) => (f.version = 2), 'version'],
    ['empty title', (f) => (f.title = ' '), 'title'],
    ['bad updated', (f) => (f.updated = 'yesterday'), 'updated'],
    ['events not a list', (f) => (f.events = {}), 'events'],
    ['missing id', (f) => delete f.events[0].id, 'events[0].id'],
    ['month-first date', (f) => (f.events[0].start = '2026-13-03'), 'events[0].start'],
    ['30 February', (f) => (f.events[1].start = '2027-02-30'), 'events[1].start'],
    ['allDay disagrees with start', (f) => (f.events[0].allDay = true), 'events[0].allDay'],
    ['end before start', (f) => (f.events[0].end = '2026-12-02T10:00'), 'events[0].end'],
    ['unknown zone', (f) => (f.events[0].timeZone = 'Europe/Atlantis'), 'events[0].timeZone'],
    ['country name', (f) => (f.events[1].location.country = 'France'), 'events[1].location.country'],
    ['javascript url', (f) => (f.events[0].url = 'javascript:alert(1)'), 'events[0].url'],
    ['unknown mode', (f) => (f.events[0].mode = 'remote'), 'events[0].mode'],
    ['unknown topic', (f) => (f.events[0].topics = ['labour', 'sports']), 'events[0].topics[1]'],
    ['score above 1', (f) => (f.events[0].relevance.score = 1.5), 'events[0].relevance.score'],
    ['bad source format', (f) => (f.events[1].sources[1].format = 'xml'), 'events[1].sources[1].format'],
    ['duplicate ids', (f) => (f.events[1].id = 'ev-1'), 'events[1].id'],
    ['organizer without name', (f) => (f.events[0].organizer = {}), 'events[0].organizer.name'],
    ['bad language tag', (f) => (f.events[1].languages = ['french!']), 'events[1].languages[0]'],
  ])('names the path: %s', (_label, mutate, path) => {
    const feed = clone();
    mutate(feed);
    const problems = validateFeed(feed);
    expect(problems.map((p) => p.path)).toContain(path);
  });

  it('rejects non-objects at the root', () => {
    expect(validateFeed([])[0]?.path).toBe('(root)');
    expect(validateFeed(null)[0]?.path).toBe('(root)');
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
  it('lists the same required event fields as the validator enforces', () => {
    const required: string[] = schema.$defs.event.required;
    for (const field of required) {
      const feed = clone();
      delete feed.events[0][field];
      expect(validateFeed(feed).length, field).toBeGreaterThan(0);
    }
  });
  it('has the same topic list as the model', async () => {
    const { TOPIC_IDS } = await import('../../../lib/model/event.ts');
    expect(schema.$defs.event.properties.topics.items.enum).toEqual([...TOPIC_IDS]);
  });
});

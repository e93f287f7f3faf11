import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { capText, cleanId, cleanLine, cleanText, MAX_DESCRIPTION, sanitizeEvent } from '../../../lib/model/sanitize.ts';
import { validateEvent } from '../../../lib/model/validate.ts';
import { finishEvent } from '../../../lib/sources/finish.ts';
import { parseJsonFeed } from '../../../lib/sources/json-feed.ts';
import { parseSource } from '../../../lib/sources/index.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe('sanitize: text helpers', () => {
  it.each([
    ['Job fair\u001b[31m red', 'Job fair [31m red'],
    ['x\r\nATTACH:http://evil', 'x ATTACH:http://evil'],
    ['bell\u0007', 'bell'],
    ['plain title', 'plain title'],
    ['a\u2028b', 'a b'],
  ])('cleanLine(%j) = %j', (input, expected) => expect(cleanLine(input)).toBe(expected));

  it.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['tab\there\u0000', 'tab\there'],
    ['\u001b]0;title\u0007text', ']0;titletext'],
  ])('cleanText(%j) = %j', (input, expected) => expect(cleanText(input)).toBe(expected));

  it('an id made only of control characters becomes a hash, distinct per id', () => {
    expect(cleanId('\r\n')).toMatch(/^ev-[0-9a-z]+$/);
    expect(cleanId('\r\n')).not.toBe(cleanId('\n\n'));
  });

  it.each([
    ['one two three', 9, 'one two…'],
    ['short', 10, 'short'],
    ['x'.repeat(20), 10, `${'x'.repeat(9)}…`],
  ])('capText(%j, %i) = %j', (input, max, expected) => expect(capText(input, max)).toBe(expected));

  it('no control character survives cleanLine, cleanId; only \\t and \\n survive cleanText (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(cleanLine(s)).not.toMatch(CONTROL);
        expect(cleanId(s)).not.toMatch(CONTROL);
        expect(cleanText(s)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
    );
  });
});

describe('sanitize: the model boundary', () => {
  it('a description of 50 MB is cut at a word to the cap', () => {
    const event = sanitizeEvent({ id: 'a', title: 't', start: '2026-12-01', allDay: true, mode: 'unknown', topics: [], relevance: { score: 0, relevant: false, reasons: [] }, status: 'scheduled', source: { format: 'json' }, description: 'word '.repeat(10_000_000) } as InclusionEvent);
    expect(event.description!.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(event.description!.endsWith('word…')).toBe(true);
  });

  it('events leaving the shared finisher carry no control character', () => {
    const warnings: string[] = [];
    const event = finishEvent(
      { id: 'uid-1\r\nATTACH:x', title: 'Café\u001b[2J\u0007', description: 'line one\r\nline two\u0000', start: '2026-12-01T10:00', location: { name: 'Hall\u0000A' }, organizer: { name: 'NGO\u001b' } },
      { format: 'ics', sourceName: 'Partner\u001b[31m', warnings },
    )!;
    expect(JSON.stringify(event)).not.toMatch(/\\u00[01][0-9a-f]|\\r/);
    expect(event.id).toBe('uid-1 ATTACH:x');
    expect(event.description).toBe('line one\nline two');
    expect(event.source.name).toBe('Partner [31m');
  });

  it('events read from a feed v1 carry no control character', () => {
    const feed = {
      version: 1,
      title: 'N',
      updated: '2026-11-22T08:00:00Z',
      events: [{ id: 'a\r\nBEGIN:VEVENT', title: 'T\u0007', start: '2026-12-01', allDay: true, mode: 'unknown', topics: [], relevance: { score: 0, relevant: false, reasons: [] }, status: 'scheduled', source: { format: 'ics' } }],
    };
    const { events } = parseJsonFeed(JSON.stringify(feed));
    expect(events[0]!.id).toBe('a BEGIN:VEVENT');
    expect(events[0]!.title).toBe('T');
    expect(validateEvent(events[0])).toEqual([]);
  });

  it('events read from prose (text, RSS, pages) leave parseSource clean too', async () => {
    const { events } = await parseSource('Job fair\u001b[31m for refugees\u0007 on 3 December 2026 at 10:00 in Brussels. Bring your CV.', {
      now: new Date('2026-11-22T08:00:00Z'),
      format: 'text',
      sourceName: 'News\u001b]0;x\u0007',
    });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvents, makeFeed } from '../../e2e/support/widget-fixtures.ts';
import { scanFeedPrefix, type PrefixEvents } from '../../../widget/feed-prefix.ts';

/** Feeds `text` to a scanner in the given pieces; what it found, if anything. */
function scan(pieces: string[], fromDay: string, count: number): { found: PrefixEvents | undefined; calls: number } {
  let found: PrefixEvents | undefined;
  let calls = 0;
  const s = scanFeedPrefix(fromDay, count, (f) => {
    calls++;
    found = structuredClone(f);
  });
  for (const p of pieces) s.push(p);
  return { found, calls };
}

/** `text` cut at the given positions. */
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at.map((i) => i % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
};

const events = makeEvents(40, '2026-11-20', 3);
const feedText = JSON.stringify(makeFeed(events), null, 2);
const firstFrom = (day: string, n: number) => events.filter((e) => e.start.slice(0, 10) >= day).slice(0, n);

describe('scanFeedPrefix', () => {
  it.each([
    ['whole text at once', [feedText], '2026-11-20', 5],
    ['one character at a time', [...feedText], '2026-11-24', 10],
    ['pieces of 7', feedText.match(/[\s\S]{1,7}/g)!, '2026-11-30', 3],
  ])('finds the first events from a day: %s', (_name, pieces, fromDay, count) => {
    const { found, calls } = scan(pieces, fromDay, count);
    expect(calls).toBe(1);
    expect(found!.version).toBe(1);
    expect(found!.events).toEqual(firstFrom(fromDay, count).map((e) => JSON.parse(JSON.stringify(e))));
  });

  it('finds the same events however the text is cut (strings with quotes, brackets and escapes included)', () => {
    const tricky = makeEvents(12, '2026-11-20', 2).map((e, i) => ({ ...e, title: `${e.title} "q" [${i}] {x} \\ \u00e9 ",]}` }));
    const text = JSON.stringify({ title: 'A "feed" ]}', version: 1, events: tricky, icsUrl: 'feed.ics' });
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (at) => {
        const { found } = scan(cut(text, at), '2026-11-21', 4);
        expect(found?.events).toEqual(tricky.filter((e) => e.start >= '2026-11-21').slice(0, 4).map((e) => JSON.parse(JSON.stringify(e))));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['events out of day order', JSON.stringify({ version: 1, events: [events[6], events[0], ...events.slice(7)] })],
    ['an element that is not an event object', JSON.stringify({ version: 1, events: [events[0], 'x', 3, events[1]] }).replace('"x"', '{"start":5}')],
    ['an ICS file', 'BEGIN:VCALENDAR\r\nX-TEXT:{"events":[{"start":"2026-12-01"}]}\r\nEND:VCALENDAR'],
    ['a top-level array', JSON.stringify(events)],
    ['fewer events than asked for', JSON.stringify(makeFeed(events.slice(0, 3)))],
    ['an HTML page', '<!doctype html><html><body>Sign in</body></html>'],
  ])('gives up on %s', (_name, text) => {
    expect(scan([text], '2026-11-20', 5).calls).toBe(0);
  });

  it('reads the version wherever it stands before the events, and ignores "events" keys nested deeper', () => {
    const text = `{"meta":{"events":[{"start":"1999-01-01","title":"no"}]},"version":2,"events":${JSON.stringify(events.slice(0, 3))}}`;
    const { found } = scan([text], '2026-11-20', 2);
    expect(found!.version).toBe(2);
    expect(found!.events.map((e) => (e as { id: string }).id)).toEqual(['ev-0', 'ev-1']);
  });
});

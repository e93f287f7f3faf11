import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { previewJsonFeed } from '../../../lib/sources/json-feed.ts';
import { previewCompleteJsonFeed } from '../../../lib/sources/json-feed-preview.ts';
import { previewFirstEvents, previewFromDay } from '../../../widget/preview-feed.ts';
import { startRequest } from '../../../widget/request-feed.ts';
import { readResponse } from '../../../widget/read-response.ts';
import { makeEvents, makeFeed } from '../../e2e/support/widget-fixtures.ts';

const SOURCE = 'https://network.example.org/feed.json';
const events = makeEvents(60, '2026-11-20', 3);
const feedText = JSON.stringify(makeFeed(events));

/** A response whose body arrives in the given pieces (as a network would cut it). */
function streamed(pieces: string[], init: ResponseInit = { headers: { 'content-type': 'application/json' } }): Response {
  const bytes = pieces.map((p) => new TextEncoder().encode(p));
  return new Response(new ReadableStream({ pull(controller) { const next = bytes.shift(); if (next) controller.enqueue(next); else controller.close(); } }), init);
}

/** What a preview of the answer in `pieces` showed, and the answer it handed back, read in full. */
async function preview(pieces: string[], fromDay: string, count: number): Promise<{ shown: boolean; events: InclusionEvent[] | undefined; body: string }> {
  let got: InclusionEvent[] | undefined;
  const { shown, response } = await previewFirstEvents(streamed(pieces), { sourceUrl: SOURCE, fromDay, count, show: (e) => (got = e), painted: async () => undefined });
  return { shown, events: got, body: await response.text() };
}

const withoutTopics = JSON.stringify(makeFeed(events.map(({ topics: _t, relevance: _r, ...rest }) => rest as InclusionEvent)));

describe('previewCompleteJsonFeed', () => {
  it("gives the full reader's preview for events that carry their topics, relevance and mode", () => {
    const data = JSON.parse(feedText);
    expect(previewCompleteJsonFeed(data, '2026-11-25', 10, { sourceUrl: SOURCE })).toEqual(previewJsonFeed(JSON.parse(feedText), '2026-11-25', 10, { sourceUrl: SOURCE }));
  });
  it('gives up when an event needs its topics worked out from its words', () => {
    expect(previewCompleteJsonFeed(JSON.parse(withoutTopics), '2026-11-25', 10, { sourceUrl: SOURCE })).toBeUndefined();
  });
});

describe('previewFirstEvents', () => {
  it('shows the first events from a day while the feed is still arriving, wherever the text is cut', async () => {
    const expected = previewJsonFeed(JSON.parse(feedText), '2026-11-24', 8, { sourceUrl: SOURCE })!.map((e) => e.id);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (at) => {
        const points = [...new Set(at.map((i) => i % feedText.length))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => feedText.slice(p, all[i + 1] ?? feedText.length));
        const got = await preview(pieces, '2026-11-24', 8);
        expect(got.shown).toBe(true);
        expect(got.events!.map((e) => e.id)).toEqual(expected);
        // The full read still gets every byte, in order.
        expect(got.body).toBe(feedText);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['events without topics (worked out by the full reader)', [withoutTopics]],
    ['an iCalendar file', ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'END:VCALENDAR\r\n']],
    ['a login page', ['<!doctype html><title>Sign in</title>']],
    ['fewer events than a first page', [JSON.stringify(makeFeed(events.slice(0, 3)))]],
    ['broken JSON', ['{"version": 1, "events": [oops']],
  ])('gives up, showing nothing, on %s', async (_name, pieces) => {
    expect(await preview(pieces, '2026-11-20', 8)).toEqual({ shown: false, events: undefined, body: pieces.join('') });
  });

  it.each([
    ['just after midnight UTC: the day before, today in the Americas', '2027-01-02T00:30:00Z', '2027-01-01'],
    ['late in the UTC day: still the day before, today east of UTC is tomorrow', '2026-12-31T23:40:00Z', '2026-12-30'],
  ])('starts one day back, so any zone\'s today is inside (%s)', (_name, now, day) => {
    expect(previewFromDay(new Date(now))).toBe(day);
  });
});

describe('the answer handed back to the full read', () => {
  it('reads the same as the untouched answer: text, status and the headers script may see', async () => {
    const doFetch = (async () => streamed([feedText.slice(0, 500), feedText.slice(500)], { headers: { 'content-type': 'application/json', etag: '"v7"' } })) as unknown as typeof fetch;
    const request = startRequest(SOURCE, 5000, undefined, doFetch);
    let shown: InclusionEvent[] = [];
    const answer = request.response;
    const handed = previewFirstEvents(await answer, { sourceUrl: SOURCE, fromDay: '2026-11-20', count: 2, show: (e) => (shown = e), painted: async () => undefined });
    request.response = handed.then((h) => h.response);
    const full = await readResponse(request, { fetch: doFetch });
    expect((await handed).shown).toBe(true);
    expect(shown.map((e) => e.title)).toEqual(events.slice(0, 2).map((e) => e.title));
    expect(full).toEqual({ url: SOURCE, body: feedText, contentType: 'application/json', validators: { etag: '"v7"' } });
  });

  it('is left as it was when the answer failed', async () => {
    const failed = new Response('Not found', { status: 404 });
    const { shown, response } = await previewFirstEvents(failed, { sourceUrl: SOURCE, fromDay: '2026-11-20', count: 2, show: () => undefined });
    expect(shown).toBe(false);
    expect(response).toBe(failed);
  });

  it('passes a connection dropped in the middle on to the full read', async () => {
    let sent = false;
    const dropping = new Response(new ReadableStream({ pull(c) { if (!sent) { sent = true; c.enqueue(new TextEncoder().encode(feedText.slice(0, 300))); } else c.error(new TypeError('network error')); } }));
    const { shown, response } = await previewFirstEvents(dropping, { sourceUrl: SOURCE, fromDay: '2026-11-20', count: 40, show: () => undefined });
    expect(shown).toBe(false);
    await expect(response.text()).rejects.toThrow('network error');
  });
});

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

async function preview(pieces: string[], fromDay: string, count: number): Promise<{ shown: boolean; events: InclusionEvent[] | undefined }> {
  let got: InclusionEvent[] | undefined;
  const shown = await previewFirstEvents(streamed(pieces), { sourceUrl: SOURCE, fromDay, count, show: (e) => (got = e), painted: async () => undefined });
  return { shown, events: got };
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
    expect(await preview(pieces, '2026-11-20', 8)).toEqual({ shown: false, events: undefined });
  });

  it('starts three days back, so any zone\'s today is inside', () => {
    expect(previewFromDay(new Date('2027-01-02T00:30:00Z'))).toBe('2026-12-30');
  });
});

describe('startRequest with a copy for the preview', () => {
  it('gives the preview its own copy of the answer while the full read gets the whole body', async () => {
    const doFetch = (async () => streamed([feedText.slice(0, 500), feedText.slice(500)])) as unknown as typeof fetch;
    const request = startRequest(SOURCE, 5000, undefined, doFetch, true);
    const copy = await request.copy!;
    let shown: InclusionEvent[] = [];
    const [full, previewed] = await Promise.all([
      readResponse(request, { fetch: doFetch }),
      previewFirstEvents(copy!, { sourceUrl: SOURCE, fromDay: '2026-11-20', count: 2, show: (e) => (shown = e), painted: async () => undefined }),
    ]);
    expect(full.body).toBe(feedText);
    expect(previewed).toBe(true);
    expect(shown.map((e) => e.title)).toEqual(events.slice(0, 2).map((e) => e.title));
  });

  it('makes no copy of a failed answer', async () => {
    const doFetch = (async () => new Response('Not found', { status: 404 })) as unknown as typeof fetch;
    expect(await startRequest(SOURCE, 5000, undefined, doFetch, true).copy).toBeUndefined();
  });
});

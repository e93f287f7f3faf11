/**
 * The first screen of a feed.json while it downloads, in a chunk of a few KB of its own: it
 * comes beside the feed request, so the first events are drawn without waiting for the
 * reading chunk (parse-feed.ts: source readers, relevance, entities), which is loaded once
 * they are on screen. It reads the start of the answer, up to the first page of events, and
 * hands the answer back whole (what it read, then the rest) for the full read, which decides as
 * it always does; on anything else it gives up quietly. (Not a clone of the answer: a tee would
 * pump all of a 10,000-event feed through the page's main thread before the first paint.)
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { previewCompleteJsonFeed } from '../lib/sources/json-feed-preview.ts';
import { afterPaint } from './after-paint.ts';
import { scanFeedPrefix } from './feed-prefix.ts';

export { previewFromDay } from './feed-prefix.ts';

/** Bytes of the answer read for a preview at most: one huge event must not be buffered whole twice. */
const MAX_PREVIEW_BYTES = 1_000_000;

export interface PreviewOptions {
  sourceUrl: string;
  fromDay: string;
  count: number;
  show: (events: InclusionEvent[]) => void;
  signal?: AbortSignal;
  /** Settles once what was shown is painted (default: the next frame, then a task). */
  painted?: () => Promise<void>;
}

/** The answer as it was: the bytes already read, then the rest from the same reader. */
function rejoined(response: Response, reader: ReadableStreamDefaultReader<Uint8Array>, read: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const bytes of read) controller.enqueue(bytes);
      read.length = 0;
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Reads the start of `response` until `count` events from `fromDay` on are complete, shows them
 * and waits for the page to paint them. Never throws. `shown` is false when it gave up (not a
 * feed.json in day order, events whose topics must be worked out, too short, a failure);
 * `response` is the whole answer, for the full read.
 * @example const { shown, response } = await previewFirstEvents(await request.response, { sourceUrl, fromDay: previewFromDay(new Date()), count: 25, show });
 */
export async function previewFirstEvents(response: Response, options: PreviewOptions): Promise<{ shown: boolean; response: Response }> {
  const { sourceUrl, fromDay, count, show, signal, painted = afterPaint } = options;
  if (!response.ok || !response.body) return { shown: false, response };
  const reader = response.body.getReader();
  let shown = false;
  const scan = scanFeedPrefix(fromDay, count, (prefix) => {
    const first = previewCompleteJsonFeed(prefix, fromDay, count, { sourceUrl });
    if (first && first.length > 0 && !signal?.aborted) {
      shown = true;
      show(first);
    }
  });
  const decoder = new TextDecoder();
  const read: Uint8Array[] = [];
  let received = 0;
  try {
    while (!scan.done && !signal?.aborted && received <= MAX_PREVIEW_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      read.push(value);
      received += value.byteLength;
      scan.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    // The full read meets the same failure (the reader stays errored) and reports it.
  }
  const whole = rejoined(response, reader, read);
  if (shown) await painted();
  return { shown, response: whole };
}

/**
 * The first screen of a feed.json while it downloads, in a chunk of a few KB of its own: it
 * comes beside the feed request, so the first events are drawn without waiting for the
 * reading chunk (parse-feed.ts: source readers, relevance, entities), which is loaded once
 * they are on screen. It reads a copy of the answer (request-feed.ts) up to the first page of
 * events and gives up, quietly, on anything else: the full read then decides, as it always does.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { previewCompleteJsonFeed } from '../lib/sources/json-feed-preview.ts';
import { afterPaint } from './after-paint.ts';
import { scanFeedPrefix } from './feed-prefix.ts';

/** Bytes of the answer read for a preview at most: one huge event must not be buffered whole twice. */
const MAX_PREVIEW_BYTES = 1_000_000;

/** The first day a preview lists: three days back, so any zone's today is inside. */
export function previewFromDay(now: Date): string {
  return new Date(now.getTime() - 3 * 86_400_000).toISOString().slice(0, 10);
}

export interface PreviewOptions {
  sourceUrl: string;
  fromDay: string;
  count: number;
  show: (events: InclusionEvent[]) => void;
  signal?: AbortSignal;
  /** Settles once what was shown is painted (default: the next frame, then a task). */
  painted?: () => Promise<void>;
}

/**
 * Reads `copy` until `count` events from `fromDay` on are complete, shows them and waits for
 * the page to paint them. Resolves true when it showed events, false when it gave up (not a
 * feed.json in day order, events whose topics must be worked out, too short, a failure). Never throws.
 * @example const shown = await previewFirstEvents(copy, { sourceUrl, fromDay: previewFromDay(new Date()), count: 25, show });
 */
export async function previewFirstEvents(copy: Response, options: PreviewOptions): Promise<boolean> {
  const { sourceUrl, fromDay, count, show, signal, painted = afterPaint } = options;
  const reader = copy.body?.getReader();
  if (!reader) return false;
  let shown = false;
  const scan = scanFeedPrefix(fromDay, count, (prefix) => {
    const first = previewCompleteJsonFeed(prefix, fromDay, count, { sourceUrl });
    if (first && first.length > 0 && !signal?.aborted) {
      shown = true;
      show(first);
    }
  });
  const decoder = new TextDecoder();
  let received = 0;
  try {
    while (!scan.done && !signal?.aborted && received <= MAX_PREVIEW_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      scan.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    // The full read meets the same failure and reports it.
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (shown) await painted();
  return shown;
}

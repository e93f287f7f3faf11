/**
 * The reading half of the widget (answer body, source readers, feed validation), in its own
 * chunk: the element imports it the moment it sends the feed request, so both travel in
 * parallel. Reading yields to the page within a frame budget, so a 10,000-event or hostile
 * feed never holds the partner's page for long.
 */
import type { Validators } from '../lib/http/client.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { parseSource } from '../lib/sources/index.ts';
import { previewJsonFeed } from '../lib/sources/json-feed.ts';
import { previewFromDay, scanFeedPrefix } from './feed-prefix.ts';
import { afterPaint } from './after-paint.ts';
import { framePause } from './frame-pause.ts';
import type { FetchOutcome } from './load.ts';

// Reading the saved copy and merging fresh answers travel with the parser: not in the entry.
export { fromCache, refreshFeeds } from './load.ts';
export { refreshWidget } from './refresh.ts';
export { createFeedCache, pageStorage } from './cache.ts';
import { readResponse, sameValidators } from './read-response.ts';
import type { StartedRequest } from './request-feed.ts';

/** Events read ahead for the first paint: two pages of the list (fewer to read and sort before it). */
const PREVIEW_EVENTS = 60;

/**
 * What a started request gave: unchanged (same validators as the saved copy) or its events,
 * read with the browser's DOMParser. `warn` gets each reader warning.
 */
export async function loadFeed(
  request: StartedRequest,
  saved: Validators | undefined,
  warn: (message: string) => void,
  options: { signal?: AbortSignal; preview?: (events: InclusionEvent[]) => void } = {},
): Promise<FetchOutcome> {
  const { signal, preview } = options;
  // Events three days back on (any zone's today is inside): the first page of the list.
  const fromDay = previewFromDay(new Date());
  // A long feed.json shows its first events while the rest still downloads.
  let early = false;
  const scan = preview
    ? scanFeedPrefix(fromDay, PREVIEW_EVENTS, (prefix) => {
        const first = previewJsonFeed(prefix, fromDay, PREVIEW_EVENTS, { sourceUrl: request.url });
        if (first && first.length > 0) {
          early = true;
          preview(first);
        }
      })
    : undefined;
  // Once the first events are drawn, the page paints them before the rest is read.
  const onText = (text: string) => {
    const was = early;
    scan!.push(text);
    return early && !was ? afterPaint() : undefined;
  };
  // A body already downloaded is read in one go otherwise: megabytes decoded in a single task.
  const response = await readResponse(request, { ...(signal ? { signal } : {}), ...(scan ? { onText } : {}), pause: framePause() });
  // The browser revalidated its copy and got the one saved here: nothing to read again.
  if (sameValidators(saved, response.validators)) return { notModified: true, validators: response.validators };
  const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const parsed = await parseSource(response.body, {
    now: new Date(),
    parseHtml,
    sourceUrl: response.url,
    contentType: response.contentType,
    pause: framePause(),
    ...(preview && !early ? { preview: { fromDay, count: PREVIEW_EVENTS, show: preview } } : {}),
  });
  for (const w of parsed.warnings) warn(`${response.url}: ${w}`);
  return {
    notModified: false,
    validators: response.validators,
    events: parsed.events,
    format: parsed.format,
    ...(parsed.icsUrl ? { icsUrl: parsed.icsUrl } : {}),
    ...(parsed.title ? { title: parsed.title } : {}),
  };
}

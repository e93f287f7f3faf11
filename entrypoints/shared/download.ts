/**
 * .ics downloads from extension pages. ical-generator is loaded only when the user asks for a
 * file, so opening the popup stays fast.
 */
import type { Messages } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { downloadText, fileNameFor } from '../../widget/download.ts';
import { now } from './clock.ts';

/** `messages` gives the labels inside descriptions ("Registration:") in the user's language. */
export async function downloadIcs(events: InclusionEvent[], messages?: Messages): Promise<void> {
  const { eventsToIcs } = await import('../../lib/calendar/ics.ts');
  const [first] = events;
  const name = events.length === 1 && first ? fileNameFor(first.title) : 'inclusio-events.ics';
  downloadText(document.body, name, eventsToIcs(events, { now: now(), ...(messages ? { messages } : {}) }), 'text/calendar');
}

/**
 * "Add to calendar" and "Download all" as an .ics file: loaded on the first click, so the
 * calendar writer and the download code stay out of the widget's first paint.
 */
import { eventsToIcs } from '../lib/calendar/ics.ts';
import type { Messages } from '../lib/i18n/types.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { downloadText, fileNameFor } from './download.ts';

/** `messages`: the widget's language, for the labels inside descriptions ("Registration:", "Online:"). */
export function saveIcs(parent: ParentNode & Node, list: InclusionEvent[], name: string | undefined, now: Date, messages?: Messages): void {
  const text = eventsToIcs(list, { name: name ?? list[0]?.title ?? 'Events', now, ...(messages ? { messages } : {}) });
  const file = list.length === 1 && !name ? fileNameFor(list[0]!.title) : `${name ?? 'events'}.ics`;
  downloadText(parent, file, text, 'text/calendar;charset=utf-8');
}

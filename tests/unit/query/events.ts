import type { InclusionEvent } from '../../../lib/model/event.ts';

/** A realistic event with every required field; tests override what they are about. */
export function ev(over: Partial<InclusionEvent> & Pick<InclusionEvent, 'id' | 'title' | 'start'>): InclusionEvent {
  return {
    allDay: over.start.length === 10,
    mode: 'unknown',
    topics: [],
    relevance: { score: 0.5, relevant: true, reasons: [] },
    status: 'scheduled',
    source: { format: 'ics', url: 'https://partner-a.example/events.ics', name: 'Partner A' },
    ...over,
  };
}

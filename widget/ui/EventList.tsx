/**
 * The agenda: events grouped under day headings. Receives only the days to show (a page of
 * them) plus how many events remain, so a 10,000-event feed renders as fast as a short one.
 */
import { formatDayLong } from '../../lib/i18n/format.ts';
import { translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Ui } from './context.ts';
import { EventCard } from './EventCard.tsx';

export interface EventListProps {
  ui: Ui;
  days: Array<{ day: string; events: InclusionEvent[] }>;
  /** Events not shown yet. */
  more: number;
  today: string;
  onShowMore: () => void;
  onOpen: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

export function EventList({ ui, days, more, today, onShowMore, onOpen, onDownload }: EventListProps) {
  const m = ui.messages;
  return (
    <div class="list" part="list">
      {days.map(({ day, events }) => (
        <section class="day" key={day} aria-labelledby={`d-${day}`}>
          <h3 class="day-heading" id={`d-${day}`} part="day-heading">
            {day === today && <span class="today-mark">{translate(m, 'today')} · </span>}
            {formatDayLong(day, ui.locale)}
          </h3>
          <ul class="events" role="list">
            {events.map((e) => (
              <EventCard key={e.id} ui={ui} event={e} onOpen={onOpen} onDownload={onDownload} />
            ))}
          </ul>
        </section>
      ))}
      {more > 0 && (
        <button type="button" class="button more" onClick={onShowMore} part="button">
          {translate(m, 'showMore')}
        </button>
      )}
    </div>
  );
}

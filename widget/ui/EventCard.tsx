/** One event in the agenda list: time, title (opens the detail), format, place, status. */
import { eventTimes, formatDayShort } from '../../lib/i18n/format.ts';
import { translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { lastDayOf } from '../../lib/query/filter-fields.ts';
import { AddToCalendar } from './AddToCalendar.tsx';
import { offersCalendar } from './calendar-offer.ts';
import { clampText } from './clamp.ts';
import type { Ui } from './context.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface EventCardProps {
  ui: Ui;
  event: InclusionEvent;
  onOpen: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

/** The place line: venue and city, or "Online". */
export function placeText(ui: Ui, e: InclusionEvent): string {
  const where = [e.location?.name, e.location?.city].filter(Boolean).join(', ');
  if (e.mode === 'online') return ui.messages.modes.online;
  if (e.mode === 'hybrid') return where ? `${where} · ${ui.messages.modes.hybrid}` : ui.messages.modes.hybrid;
  return where;
}

export function WhenText({ ui, event }: { ui: Ui; event: InclusionEvent }) {
  const m = ui.messages;
  const t = eventTimes(event, ui.locale, ui.viewerZone);
  const last = lastDayOf(event);
  const until = last !== event.start.slice(0, 10) ? translate(m, 'until', { date: formatDayShort(last, ui.locale) }) : '';
  return (
    <span class="when-text">
      {t.viewerStart ? (
        <span class="time">
          <span class="start">{t.viewerStart}</span>
          {t.viewerEnd && <>{' '}<span class="end">– {t.viewerEnd}</span></>}
        </span>
      ) : (
        <span class="time">{translate(m, 'allDay')}</span>
      )}
      {until && <span class="until"> {until}</span>}
      {t.eventTime && (
        // The event's own clock and its zone as Intl names it in the reader's language, each kept whole.
        <span class="their-time">
          <span class="their-clock">{t.eventTime.time}</span> <span class="their-zone">{t.eventTime.zoneName}</span>
        </span>
      )}
    </span>
  );
}

export function EventCard({ ui, event, onOpen, onDownload }: EventCardProps) {
  const place = placeText(ui, event);
  return (
    <li class={`event status-${event.status}`} part="event" data-id={event.id}>
      <div class="event-when">
        <WhenText ui={ui} event={event} />
      </div>
      <div class="event-body">
        <h4 class="event-title" part="event-title">
          <button type="button" class="link-button" onClick={() => onOpen(event)} data-open={event.id}>
            <bdi>{clampText(event.title)}</bdi>
          </button>
        </h4>
        <p class="event-meta">
          <StatusBadge ui={ui} status={event.status} />
          {/* <bdi> isolates feed text without turning each line's alignment around. */}
          {place && <span class="place"><bdi>{clampText(place)}</bdi></span>}
          {event.organizer?.name && <span class="organizer"><bdi>{clampText(event.organizer.name)}</bdi></span>}
        </p>
      </div>
      <div class="event-actions">
        {offersCalendar(event, ui) && <AddToCalendar ui={ui} event={event} onDownload={onDownload} />}
      </div>
    </li>
  );
}

/**
 * One event in the popup: when, title (a link to its page), place, save, add to calendar and
 * "why shown". Widget components are reused for the time line, status and calendar menu.
 */
import { formatDayShort } from '../../lib/i18n/format.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { eventInstant } from '../../lib/time/offsets.ts';
import { dayInZone } from '../../lib/time/zoned.ts';
import { AddToCalendar } from '../../widget/ui/AddToCalendar.tsx';
import type { Ui } from '../../widget/ui/context.ts';
import { placeText, WhenText } from '../../widget/ui/EventCard.tsx';
import { safeHref } from '../../widget/ui/safe-url.ts';
import { StatusBadge } from '../../widget/ui/StatusBadge.tsx';
import type { Strings } from '../shared/i18n.ts';
import type { InterestScore } from '../shared/interests.ts';
import { WhyShown } from './WhyShown.tsx';

export interface EventItemProps {
  ui: Ui;
  strings: Strings;
  event: InclusionEvent;
  saved: boolean;
  isNew?: boolean;
  score?: InterestScore;
  onToggleSave: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

/** The start day as the viewer sees it (a 23:00 event in New York is the next day in Brussels). */
function viewerDay(event: InclusionEvent, ui: Ui): string {
  if (event.allDay || event.start.length === 10) return event.start.slice(0, 10);
  try {
    return dayInZone(eventInstant(event.start, event.timeZone, ui.viewerZone), ui.viewerZone);
  } catch {
    return event.start.slice(0, 10);
  }
}

export function EventItem({ ui, strings, event, saved, isNew, score, onToggleSave, onDownload }: EventItemProps) {
  const { t } = strings;
  const href = safeHref(event.url ?? event.registrationUrl ?? event.onlineUrl);
  const place = placeText(ui, event);
  return (
    <li class={`item status-${event.status}`} data-id={event.id}>
      <div class="item-when">
        <span class="item-day">{formatDayShort(viewerDay(event, ui), ui.locale)}</span>
        <WhenText ui={ui} event={event} />
        {isNew && <span class="new-badge">{t('newLabel')}</span>}
      </div>
      <h2 class="item-title" dir="auto">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {event.title}
          </a>
        ) : (
          event.title
        )}
      </h2>
      <p class="item-meta">
        <StatusBadge ui={ui} status={event.status} />
        {place && <span>{place}</span>}
        {event.organizer?.name && <span dir="auto">{event.organizer.name}</span>}
      </p>
      <div class="item-actions">
        <button type="button" class="button button-small save" aria-pressed={saved} onClick={() => onToggleSave(event)}>
          {saved ? t('unsave') : t('save')}
          <span class="sr-only">: {event.title}</span>
        </button>
        <AddToCalendar ui={ui} event={event} onDownload={onDownload} />
      </div>
      {score && <WhyShown ui={ui} strings={strings} event={event} score={score} />}
    </li>
  );
}

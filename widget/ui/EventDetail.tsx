/**
 * Everything about one event: when (in the viewer's zone, with the event's own when they
 * differ), where, how to join or register, who organises it, its topics, and why it is listed.
 * All feed text is rendered as text; only http(s) links become links.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import detailCss from '../styles-detail.css?inline';
import { adoptCss } from '../styles.ts';
import { formatDayLong, formatDayShort } from '../../lib/i18n/format.ts';
import { translate } from '../../lib/i18n/index.ts';
import { renderReason } from '../../lib/i18n/reasons.ts';
import { readReason } from '../../lib/relevance/reason.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { AddToCalendar } from './AddToCalendar.tsx';
import { offersCalendar } from './calendar-offer.ts';
import { clampText, DETAIL_TITLE_CHARS } from './clamp.ts';
import { countryName, languageName, type Ui } from './context.ts';
import { WhenText } from './EventCard.tsx';
import { LinkedText } from './LinkedText.tsx';
import { safeHref } from './safe-url.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface EventDetailProps {
  ui: Ui;
  event: InclusionEvent;
  onBack: () => void;
  onDownload: (events: InclusionEvent[]) => void;
  /** False when the partner set reasons="hidden". */
  showReasons?: boolean;
}

function ExternalLink({ href, label, ui }: { href: string | undefined; label: string; ui: Ui }) {
  const safe = safeHref(href);
  if (!safe) return null;
  return (
    <a class="button button-link" href={safe} target="_blank" rel="noopener noreferrer" part="link">
      {label}
      <span class="sr-only"> {translate(ui.messages, 'opensNewTab')}</span>
    </a>
  );
}

/**
 * Why the event is listed, in the reader's language: the structured reason when the feed has
 * one (checked again here: it is feed data), else the feed's own sentences as they were written.
 */
function WhyListed({ ui, event }: { ui: Ui; event: InclusionEvent }) {
  if (!event.relevance.relevant) return null;
  const why = readReason(event.relevance.why);
  const lines = why ? [renderReason(ui.messages, why)] : event.relevance.reasons.map((r) => clampText(r));
  if (lines.length === 0) return null;
  return (
    <section class="why" aria-labelledby="why-title">
      <h4 id="why-title">{translate(ui.messages, 'whyListed')}</h4>
      <ul>
        {lines.map((r, i) => (
          <li key={i}>
            <bdi>{r}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EventDetail({ ui, event, onBack, onDownload, showReasons = true }: EventDetailProps) {
  const m = ui.messages;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [event.id]);
  // Before the first paint of the detail, so it never shows unstyled.
  useLayoutEffect(() => void (heading.current && adoptCss(heading.current.getRootNode(), detailCss)), []);
  const loc = event.location;
  const place = [loc?.name, loc?.address, loc?.city, loc?.country ? countryName(loc.country, ui.locale) : undefined]
    .filter((x): x is string => !!x)
    // An address often repeats the city or venue: keep each piece once.
    .filter((x, i, all) => all.findIndex((y) => y.includes(x)) === i);
  const deadline = event.registrationDeadline;
  const organizerHref = safeHref(event.organizer?.url);
  return (
    <article
      class="detail"
      part="detail"
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        // Escape goes back, unless an open calendar menu inside takes it first.
        if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as HTMLElement).closest('details[open]')) onBack();
      }}
    >
      <button type="button" class="button button-quiet back" onClick={onBack}>
        <span aria-hidden="true" class="back-arrow">←</span> {translate(m, 'back')}
      </button>
      <h3 class="detail-title" id="detail-title" tabIndex={-1} ref={heading}>
        <bdi>{clampText(event.title, DETAIL_TITLE_CHARS)}</bdi>
      </h3>
      <p class="detail-when">
        <StatusBadge ui={ui} status={event.status} />
        <span class="detail-day">{formatDayLong(event.start.slice(0, 10), ui.locale)}</span> <WhenText ui={ui} event={event} />
      </p>
      <dl class="facts">
        {place.length > 0 && (
          <>
            <dt>{translate(m, 'where')}</dt>
            <dd><bdi>{place.join(', ')}</bdi></dd>
          </>
        )}
        {event.mode !== 'unknown' && (
          <>
            <dt>{translate(m, 'mode')}</dt>
            <dd>{m.modes[event.mode]}</dd>
          </>
        )}
        {event.organizer?.name && (
          <>
            <dt>{translate(m, 'organiser')}</dt>
            <dd>
              {organizerHref ? (
                <a href={organizerHref} target="_blank" rel="noopener noreferrer">
                  <bdi>{event.organizer.name}</bdi>
                  <span class="sr-only"> {translate(m, 'opensNewTab')}</span>
                </a>
              ) : (
                <bdi>{event.organizer.name}</bdi>
              )}
            </dd>
          </>
        )}
        {event.languages && event.languages.length > 0 && (
          <>
            <dt>{translate(m, 'languages')}</dt>
            <dd>{event.languages.map((l) => languageName(l, ui.locale)).join(', ')}</dd>
          </>
        )}
        {event.topics.length > 0 && (
          <>
            <dt>{translate(m, 'topics')}</dt>
            <dd>
              <ul class="tags" role="list">
                {event.topics.map((t) => (
                  <li class="tag" key={t} part="tag">{m.topics[t]}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {deadline && <p class="deadline">{translate(m, 'registerBy', { date: formatDayShort(deadline, ui.locale) })}</p>}
      <div class="detail-actions">
        <ExternalLink ui={ui} href={event.registrationUrl} label={translate(m, 'register')} />
        <ExternalLink ui={ui} href={event.onlineUrl} label={translate(m, 'joinOnline')} />
        <ExternalLink ui={ui} href={event.url} label={translate(m, 'moreInfo')} />
        {offersCalendar(event, ui) && <AddToCalendar ui={ui} event={event} onDownload={onDownload} />}
      </div>
      {event.description && <LinkedText text={event.description} newTabLabel={translate(m, 'opensNewTab')} />}
      {showReasons && <WhyListed ui={ui} event={event} />}
    </article>
  );
}

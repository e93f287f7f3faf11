/**
 * The whole widget UI for one model: toolbar (search, filters, view, archive), state notices,
 * the list or month view, an event's detail, and the feed-wide actions.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { formatDayLong } from '../../lib/i18n/format.ts';
import { plural, translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { WidgetModel } from '../model.ts';
import type { Ui } from './context.ts';
import { EventList } from './EventList.tsx';
import { Filters } from './Filters.tsx';
import { withIsolatedCodes } from './isolate.tsx';
import { safeHref } from './safe-url.ts';
import { StatusBar } from './StatusBar.tsx';
import { useCalendarLinks } from './use-calendar-links.ts';
import { loadAccent, loadAtcMenu, loadCalendarLinks, loadEventDetail, loadFilterGrid, loadMonthGrid, loadNewEvents, prefetchLazy, useLazy } from './use-lazy.ts';

export interface AppProps {
  model: WidgetModel;
  idPrefix?: string;
  onRetry: () => void;
  onDownload: (events: InclusionEvent[], name?: string) => void;
}

function Segmented(props: { label: string; options: Array<{ value: string; label: string; pressed: boolean }>; onPick: (value: string) => void }) {
  return (
    <div class="segmented" role="group" aria-label={props.label}>
      {props.options.map((o) => (
        <button type="button" key={o.value} aria-pressed={o.pressed} onClick={() => props.onPick(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The address fragment that links to an event. */
export function eventHash(id: string): string {
  return `#event=${encodeURIComponent(id)}`;
}

/** The event id a fragment links to, if any. */
export function linkedEventId(hash: string): string | null {
  if (!hash.startsWith('#event=')) return null;
  try {
    return decodeURIComponent(hash.slice('#event='.length)) || null;
  } catch {
    return null;
  }
}


/** What the widget draws under the list's rows: rows added after the last one move it. */
const BELOW_ROWS = '.more, .footer';

export function App({ model, idPrefix = '', onRetry, onDownload }: AppProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const messages = model.messages.value;
  const ui: Ui = { messages, locale: model.intlLocale.value, viewerZone: model.viewerZone, now: model.now() };
  const m = messages;
  const dir = model.direction.value;
  const load = model.load.value;
  const view = model.view.value;
  const selected = model.selected.value;
  const config = model.config.value;
  const theme = config.theme;
  const hasEvents = model.events.value.length > 0;
  const listed = model.listed.value;
  const closeDetail = (id: string | null) => {
    model.selectedId.value = null;
    // Return focus to the event the visitor came from.
    queueMicrotask(() => rootRef.current?.querySelector<HTMLElement>(`[data-open="${CSS.escape(id ?? '')}"]`)?.focus());
  };
  // An open event is a history entry (#event=<id>): the Back button closes it before leaving
  // the page, and the address can be shared to open that event.
  const openEvent = (e: InclusionEvent) => {
    model.selectedId.value = e.id;
    history.pushState({ inclusioEvent: e.id }, '', eventHash(e.id));
  };
  const back = () => {
    const id = model.selectedId.value;
    if ((history.state as { inclusioEvent?: string } | null)?.inclusioEvent === id && location.hash === eventHash(id ?? '')) {
      history.back(); // popstate below closes it
      return;
    }
    // Opened from a shared link: drop the hash instead of leaving the page.
    if (location.hash === eventHash(id ?? '')) history.replaceState(null, '', location.pathname + location.search);
    closeDetail(id);
  };
  useEffect(() => {
    const onPop = () => {
      const wanted = linkedEventId(location.hash);
      const current = model.selectedId.peek();
      if (wanted && model.events.peek().some((e) => e.id === wanted)) model.selectedId.value = wanted;
      else if (current) closeDetail(current);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const linked = useRef(false);
  useEffect(() => {
    // A shared link opens its event once the events are there.
    const wanted = linkedEventId(location.hash);
    if (linked.current || !wanted || !model.events.value.some((e) => e.id === wanted)) return;
    linked.current = true;
    model.selectedId.value = wanted;
  }, [model.events.value]);

  const detailModule = useLazy(loadEventDetail, !!selected);
  const accent = useLazy(loadAccent, !!config.accent);
  const monthModule = useLazy(loadMonthGrid, view === 'month');
  useEffect(() => {
    if (!hasEvents) return;
    // Once the list is up, fetch the other views while the visitor reads.
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => {
      prefetchLazy([loadEventDetail, loadMonthGrid, loadCalendarLinks, loadAtcMenu, loadFilterGrid]);
      idle(() => model.prewarm());
    });
  }, [hasEvents, model.events.value]);

  // Who is pointing at or focused in the widget (a press starts with the pointer on it): while
  // someone is, no new rows move the drawn ones (offer-events.ts); late texts wait only for the
  // pointer (model.offerMessages). Once that is over, what waited is shown.
  const pointer = useRef({ over: false, focused: false });
  const noteInteraction = (change: Partial<typeof pointer.current>) => {
    const p = Object.assign(pointer.current, change);
    model.interacting.value = p.over || p.focused;
    model.pointing.value = p.over;
  };
  const interacting = model.interacting.value;
  const pointing = model.pointing.value;
  const waiting = !!model.incoming.value || !!model.pendingMessages.value;
  useEffect(() => {
    if (waiting && (!interacting || (!pointing && model.pendingMessages.peek()))) model.settle();
  }, [interacting, pointing, waiting]);

  // A control of the status line that was used and is gone (the events it offered are shown, the
  // retry worked): focus goes to the first new event, or to the line, never to the page's top.
  const countRef = useRef<HTMLParagraphElement>(null);
  const used = useRef<{ control: Element; row?: string } | null>(null);
  useLayoutEffect(() => {
    const u = used.current;
    if (!u || u.control.isConnected) return;
    used.current = null;
    const row = u.row && rootRef.current?.querySelector<HTMLElement>(`[data-open="${CSS.escape(u.row)}"]`);
    (row || countRef.current)?.focus();
  });
  const retry = (e: Event) => {
    used.current = { control: e.currentTarget as Element };
    onRetry();
  };

  const eager = model.eager.value;
  useEffect(() => {
    if (!eager) return;
    // The first screenful is on screen; draw the rest of the page in the next frame.
    const id = requestAnimationFrame(() => model.finishPaint());
    return () => cancelAnimationFrame(id);
  }, [eager, listed]);

  let body;
  if (selected) {
    const EventDetail = detailModule?.EventDetail;
    body = EventDetail && <EventDetail ui={ui} event={selected} onBack={back} onDownload={(list) => onDownload(list)} showReasons={config.showReasons} />;
  } else if (!hasEvents) {
    body = load.status === 'ready' ? <p class="empty">{translate(m, 'noEvents')}</p> : null;
  } else if (view === 'month') {
    const MonthGrid = monthModule?.MonthGrid;
    const month = monthModule?.monthView(model);
    const openDay = model.openDay.value;
    const dayPanel = month?.panel.value;
    body = MonthGrid && month && dayPanel && (
      <>
        <MonthGrid
          ui={ui}
          month={model.month.value}
          today={model.today.value}
          byDay={month.days.value}
          openDay={openDay}
          rtl={dir === 'rtl'}
          onMonth={(month) => model.showMonth(month)}
          onOpenDay={(day) => model.openMonthDay(day)}
        />
        {openDay && (
          <section class="day-panel" aria-label={translate(m, 'eventsOn', { date: formatDayLong(openDay, ui.locale) })}>
            {dayPanel.events.length ? (
              <EventList ui={ui} days={[{ day: openDay, events: dayPanel.events }]} more={dayPanel.more} today={model.today.value} onShowMore={model.showMoreOfDay} onOpen={openEvent} onDownload={onDownload} />
            ) : (
              <p class="empty">{translate(m, 'noEvents')}</p>
            )}
          </section>
        )}
      </>
    );
  } else {
    const { days, more } = model.visibleDays.value;
    body = days.length ? (
      <EventList ui={ui} days={days} more={more} today={model.today.value} onShowMore={model.showMore} onOpen={openEvent} onDownload={onDownload} />
    ) : (
      <p class="empty">{translate(m, model.query.value || Object.keys(model.filter.value).length ? 'noMatches' : 'noEvents')}</p>
    );
  }

  // While only the preview's first events are shown, the feed's size is not known: no count yet,
  // but its line is kept, so the list does not move under a visitor's pointer when the count comes.
  const count = view === 'month' || model.events.value === model.previewList.value ? null : listed.length;
  const subscribe = model.icsUrls.value.map((u) => safeHref(u)).filter((u): u is string => !!u);
  const links = useCalendarLinks(subscribe.length > 0);

  const NewEvents = useLazy(loadNewEvents, !!model.incoming.value)?.NewEvents;
  const countText = count === null ? '' : hasEvents ? plural(m, 'results', count) : '';
  const countClass = selected || view === 'month' ? 'sr-only' : count === null ? 'count-pending' : 'count';

  return (
    <div class={`root theme-${theme}${model.narrow.value ? ' narrow' : ''}`} dir={dir} lang={messages.locale} part="root" ref={rootRef}
      style={accent?.accentProperties(config.accent)}
      onPointerEnter={() => noteInteraction({ over: true })}
      onPointerLeave={() => {
        noteInteraction({ over: false });
        model.pointerBelowRows.value = false;
      }}
      onPointerOver={(e) => (model.pointerBelowRows.value = !!(e.target as Element).closest?.(BELOW_ROWS))}
      onFocusIn={() => noteInteraction({ focused: true })}
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        noteInteraction({ focused: !!to && !!rootRef.current?.contains(to) });
      }}>
      {hasEvents && !selected && (
        <div class="toolbar" part="toolbar">
          <Filters
            ui={ui}
            idPrefix={idPrefix}
            query={model.query.value}
            values={model.filter.value}
            events={model.events.value}
            partner={config}
            onQuery={(q) => { model.query.value = q; model.resetPage(); }}
            onChange={(f) => { model.filter.value = f; model.resetPage(); }}
            onClear={() => { model.clearFilters(); model.resetPage(); }}
          />
          <div class="switches">
            {!model.narrow.value && (
              <Segmented
                label={translate(m, 'view')}
                options={[
                  { value: 'list', label: translate(m, 'viewList'), pressed: view === 'list' },
                  { value: 'month', label: translate(m, 'viewMonth'), pressed: view === 'month' },
                ]}
                onPick={(v) => (model.requestedView.value = v === 'month' ? 'month' : 'list')}
              />
            )}
            {view === 'list' && config.past !== 'hidden' && (
              <Segmented
                label={translate(m, 'past')}
                options={[
                  { value: 'upcoming', label: translate(m, 'upcoming'), pressed: !model.archive.value },
                  { value: 'past', label: translate(m, 'past'), pressed: model.archive.value },
                ]}
                onPick={(v) => { model.archive.value = v === 'past'; model.resetPage(); }}
              />
            )}
          </div>
        </div>
      )}
      {!hasEvents && <StatusBar ui={ui} status={load.status} updated={load.updated} reason={load.reason} onRetry={onRetry} />}
      {/* Once events are drawn, one line is kept above every view: the count, a notice (could not
          refresh, some calendars missing) and the events a refresh brought while the visitor was
          interacting come into it, so nothing pushes the list down. Its count is the same element
          from the first paint on, so screen readers hear each count. */}
      <div class={hasEvents ? 'status-line' : 'status-none'}>
        <p class={countClass} role="status" aria-live="polite" tabIndex={-1} ref={countRef}>{countText}</p>
        {hasEvents && <StatusBar ui={ui} status={load.status} updated={load.updated} reason={load.reason} onRetry={retry} inline />}
        {/* A live region of its own (not a second role=status beside the count's), announced
            politely; its control comes with the reading code, as the events it offers do. */}
        {hasEvents && <div class="incoming" aria-live="polite">{NewEvents && <NewEvents ui={ui} model={model} onShown={(control, row) => (used.current = { control, row })} />}</div>}
      </div>
      <div class="body">{body}</div>
      {hasEvents && !selected && (
        <div class="footer" part="footer">
          {(view === 'month' ? monthModule : listed.length > 0) && (
            <button type="button" class="button button-small" onClick={() => onDownload(view === 'month' ? monthModule!.monthEvents(model) : listed, 'events')}>
              {withIsolatedCodes(translate(m, 'downloadAll'))}
            </button>
          )}
          {links && subscribe.map((u) => (
            <a key={u} class="button button-small button-link" href={links.webcalUrl(u)}>
              {translate(m, 'subscribe')}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * "For you": upcoming events that fit the user's interests, with quick filters, save, add to
 * calendar, why shown and refresh. The list is paged (the first screen paints at once with
 * hundreds of events); what is shown counts as seen, so the badge and "New" agree.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { sortEvents } from '../../lib/query/index.ts';
import { addDays, dayInZone } from '../../lib/time/zoned.ts';
import type { Ui } from '../../widget/ui/context.ts';
import { markSeen, relevantUpcoming, updateBadge } from '../shared/badge.ts';
import { now } from '../shared/clock.ts';
import { upcomingEvents } from '../shared/diff.ts';
import type { Strings } from '../shared/i18n.ts';
import { scoreEvent } from '../shared/interests.ts';
import type { FeedCaches, SavedEvents, Settings } from '../shared/types.ts';
import { EventItem } from './EventItem.tsx';
import { SourceNotices } from './SourceNotices.tsx';

type QuickFilter = 'all' | 'week' | 'online' | 'saved';
const FILTERS: QuickFilter[] = ['all', 'week', 'online', 'saved'];
/** Enough to fill the popup twice; more on demand. */
export const PAGE_SIZE = 15;

export interface UpcomingTabProps {
  ui: Ui;
  strings: Strings;
  settings: Settings;
  caches: FeedCaches;
  saved: SavedEvents;
  /** Ids seen before this popup opened: "New" is decided once, not as items get marked. */
  seenBefore: ReadonlySet<string>;
  onToggleSave: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

type RefreshState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

export function UpcomingTab({ ui, strings, settings, caches, saved, seenBefore, onToggleSave, onDownload }: UpcomingTabProps) {
  const { t } = strings;
  const [filter, setFilter] = useState<QuickFilter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [refresh, setRefresh] = useState<RefreshState>({ kind: 'idle' });
  const zone = ui.viewerZone;
  const relevant = useMemo(() => sortEvents(relevantUpcoming(caches, settings, now(), zone)), [caches, settings]);
  const shown = useMemo(() => {
    const today = now();
    if (filter === 'saved') return sortEvents(upcomingEvents(Object.values(saved).map((s) => s.event), today, zone));
    const weekEnd = addDays(dayInZone(today, zone), 7);
    return relevant.filter((e) => (filter === 'week' ? e.start.slice(0, 10) <= weekEnd : filter === 'online' ? e.mode === 'online' || e.mode === 'hybrid' : true));
  }, [relevant, saved, filter]);
  const page = shown.slice(0, limit);
  const pageKey = page.map((e) => e.id).join(' ');

  // What the user was shown is seen: the badge drops by as much, and "New" stays until next time.
  useEffect(() => {
    const ids = page.map((e) => e.id).filter((id) => !seenBefore.has(id));
    if (ids.length === 0) return;
    void markSeen(ids).then(() => updateBadge(now(), zone));
  }, [pageKey]);

  const runRefresh = async () => {
    setRefresh({ kind: 'busy' });
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'refresh' })) as { ok: boolean; error?: string } | undefined;
      setRefresh(reply?.ok ? { kind: 'done' } : { kind: 'failed', message: reply?.error ?? '' });
    } catch (error) {
      setRefresh({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const filterLabel: Record<QuickFilter, string> = { all: t('filterAll'), week: t('filterThisWeek'), online: t('filterOnline'), saved: t('filterSaved') };

  return (
    <div>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label={t('quickFilters')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => { setFilter(f); setLimit(PAGE_SIZE); }}>
              {filterLabel[f]}
            </button>
          ))}
        </div>
        <button type="button" class="button button-small" onClick={() => void runRefresh()} disabled={refresh.kind === 'busy'}>
          {refresh.kind === 'busy' ? t('refreshing') : t('refresh')}
        </button>
      </div>
      <p role="status" class={refresh.kind === 'failed' ? 'notice' : 'sr-only'}>
        {refresh.kind === 'done' ? t('refreshDone') : refresh.kind === 'failed' ? t('refreshFailed', refresh.message) : ''}
      </p>
      <SourceNotices strings={strings} settings={settings} caches={caches} />
      {settings.sources.length === 0 ? (
        <p class="empty">{t('noSources')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('noEventsYet')}</p>
      ) : (
        <>
          <ul class="items">
            {page.map((event) => (
              <EventItem
                key={event.id}
                ui={ui}
                strings={strings}
                event={event}
                saved={event.id in saved}
                // Saved (and imported) events are the user's own: never "New".
                isNew={!seenBefore.has(event.id) && !(event.id in saved)}
                score={scoreEvent(event, settings.interests)}
                onToggleSave={onToggleSave}
                onDownload={onDownload}
              />
            ))}
          </ul>
          {shown.length > page.length && (
            <button type="button" class="button show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {translate(ui.messages, 'showMore')} ({shown.length - page.length})
            </button>
          )}
        </>
      )}
    </div>
  );
}

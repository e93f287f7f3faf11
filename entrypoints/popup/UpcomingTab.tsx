/**
 * "For you": upcoming events that fit the user's interests, with quick filters, save, add to
 * calendar, why shown, refresh and mark all seen.
 */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { sortEvents } from '../../lib/query/index.ts';
import { addDays, dayInZone } from '../../lib/time/zoned.ts';
import type { Ui } from '../../widget/ui/context.ts';
import { markSeen, relevantUpcoming, updateBadge } from '../shared/badge.ts';
import { upcomingEvents } from '../shared/diff.ts';
import type { Strings } from '../shared/i18n.ts';
import { scoreEvent } from '../shared/interests.ts';
import type { FeedCaches, SavedEvents, Settings } from '../shared/types.ts';
import { EventItem } from './EventItem.tsx';

type QuickFilter = 'all' | 'week' | 'online' | 'saved';
const FILTERS: QuickFilter[] = ['all', 'week', 'online', 'saved'];

export interface UpcomingTabProps {
  ui: Ui;
  strings: Strings;
  settings: Settings;
  caches: FeedCaches;
  saved: SavedEvents;
  seen: string[];
  onToggleSave: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

export function UpcomingTab({ ui, strings, settings, caches, saved, seen, onToggleSave, onDownload }: UpcomingTabProps) {
  const { t } = strings;
  const [filter, setFilter] = useState<QuickFilter>('all');
  const [busy, setBusy] = useState(false);
  const now = new Date();
  const zone = ui.viewerZone;
  const relevant = useMemo(() => sortEvents(relevantUpcoming(caches, settings, now, zone)), [caches, settings]);
  const seenSet = new Set(seen);
  const weekEnd = addDays(dayInZone(now, zone), 7);
  const shown =
    filter === 'saved'
      ? sortEvents(upcomingEvents(Object.values(saved).map((s) => s.event), now, zone))
      : relevant.filter((e) => (filter === 'week' ? e.start.slice(0, 10) <= weekEnd : filter === 'online' ? e.mode === 'online' || e.mode === 'hybrid' : true));
  const failed = Object.values(caches).filter((c) => c.error && settings.sources.some((s) => s.enabled && s.url === c.url));
  const filterLabel: Record<QuickFilter, string> = { all: t('filterAll'), week: t('filterThisWeek'), online: t('filterOnline'), saved: t('filterSaved') };

  const refresh = async () => {
    setBusy(true);
    try {
      await browser.runtime.sendMessage({ type: 'refresh' });
    } finally {
      setBusy(false);
    }
  };
  const markAll = async () => {
    await markSeen(relevant.map((e) => e.id));
    await updateBadge(new Date(), zone);
  };

  return (
    <div>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label={t('quickFilters')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {filterLabel[f]}
            </button>
          ))}
        </div>
        <div class="toolbar-end">
          <button type="button" class="button button-small" onClick={() => void refresh()} disabled={busy}>
            {busy ? t('refreshing') : t('refresh')}
          </button>
          <button type="button" class="button button-small" onClick={() => void markAll()} disabled={!relevant.some((e) => !seenSet.has(e.id))}>
            {t('markAllSeen')}
          </button>
        </div>
      </div>
      {failed.map((c) => (
        <p class="notice" role="status" key={c.url}>
          {t('sourceFailed', settings.sources.find((s) => s.url === c.url)?.name ?? c.url, c.error ?? '')}
        </p>
      ))}
      {settings.sources.length === 0 ? (
        <p class="empty">{t('noSources')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('noEventsYet')}</p>
      ) : (
        <ul class="items" aria-live="polite">
          {shown.map((event) => (
            <EventItem
              key={event.id}
              ui={ui}
              strings={strings}
              event={event}
              saved={event.id in saved}
              isNew={!seenSet.has(event.id)}
              score={scoreEvent(event, settings.interests)}
              onToggleSave={onToggleSave}
              onDownload={onDownload}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

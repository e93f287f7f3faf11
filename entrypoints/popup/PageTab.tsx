/**
 * "On this page": runs the content script in the tab the user is looking at (activeTab +
 * scripting: no standing access to any site) and lists the events it found, one click to save.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Ui } from '../../widget/ui/context.ts';
import { upcomingEvents } from '../shared/diff.ts';
import type { StringKey, Strings } from '../shared/i18n.ts';
import { isPageResult, type PageResult } from '../shared/page-reading.ts';
import type { SavedEvents, SourceEntry } from '../shared/types.ts';
import { relevanceText } from '../shared/reasons.ts';
import { FollowSite } from './FollowSite.tsx';
import { EventItem } from './EventItem.tsx';
import { now } from '../shared/clock.ts';
import { pageAccess, type PageAccess } from '../shared/page-access.ts';

const PAGE_READER = '/page-reader.js';

type State = { kind: 'scanning' } | { kind: 'failed'; why: PageAccess } | { kind: 'done'; result: PageResult };

const FAILURE_TEXT = {
  'browser-page': 'pageCannotRead',
  file: 'pageFileAccess',
  'no-access': 'pageNoAccess',
  failed: 'pageReadFailed',
} as const satisfies Record<PageAccess, StringKey>;

/** The tab to read: `?tab=<id>` when the popup is open in a tab of its own, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Reads the tab, or says why it could not be read (from the tab's address, when it is known). */
async function readTab(): Promise<State> {
  const tabId = await targetTabId().catch(() => undefined);
  if (tabId === undefined) return { kind: 'failed', why: 'failed' };
  try {
    // The generated PublicPath type only lists files present at the last `wxt prepare`.
    const files = [PAGE_READER] as unknown as Parameters<typeof browser.scripting.executeScript>[0] extends { files?: infer F } ? F : never;
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files });
    const result: unknown = injection?.result;
    if (isPageResult(result)) return { kind: 'done', result };
  } catch {
    // told apart below
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return { kind: 'failed', why: pageAccess(tab?.url ?? tab?.pendingUrl) };
}

export interface PageTabProps {
  ui: Ui;
  strings: Strings;
  saved: SavedEvents;
  sources: SourceEntry[];
  onToggleSave: (event: InclusionEvent) => void;
  onDownload: (events: InclusionEvent[]) => void;
}

export function PageTab({ ui, strings, saved, sources, onToggleSave, onDownload }: PageTabProps) {
  const { t } = strings;
  const [state, setState] = useState<State>({ kind: 'scanning' });
  const scan = () => {
    setState({ kind: 'scanning' });
    void readTab().then(setState);
  };
  useEffect(scan, []);

  // One live region from the first moment, whose words change (reading, then the verdict): a
  // region inserted with its text already in it is often not announced by screen readers.
  if (state.kind !== 'done') {
    return (
      <div>
        <p class={state.kind === 'failed' ? 'notice' : 'empty'} role="status">{state.kind === 'failed' ? t(FAILURE_TEXT[state.why]) : t('scanning')}</p>
        {state.kind === 'failed' && state.why !== 'browser-page' && <button type="button" class="button button-small" onClick={scan}>{t('scanPage')}</button>}
      </div>
    );
  }
  const { result } = state;
  // A news post often reports a past event and announces the next ones: the next ones matter.
  const upcoming = upcomingEvents(result.events, now(), ui.viewerZone);
  const events = upcoming.length > 0 ? upcoming : result.events;
  // The page's own reason when it is about inclusion, else the reason of its first relevant event.
  const relevantEvent = result.events.find((e) => e.relevance.relevant);
  const pageReason = (result.relevance.why?.kind === 'relevant' ? relevanceText(ui.messages, result.relevance) : undefined)
    ?? (relevantEvent ? relevanceText(ui.messages, relevantEvent.relevance) : undefined)
    ?? result.relevance.topics.map((x) => ui.messages.topics[x]).join(', ');
  return (
    <div>
      <p class={result.relevant ? 'page-verdict relevant' : 'page-verdict'} role="status">
        {result.relevant ? t('pageRelevant', pageReason) : t('pageNotRelevant')}
      </p>
      <FollowSite strings={strings} site={result.site} sources={sources} />
      {events.length === 0 ? (
        <p class="empty">{t('pageNoEvents')}</p>
      ) : (
        <>
          {/* An older post's events are all over: said so, or a saved one would seem to vanish. */}
          <h2 class="section-title">{upcoming.length > 0 ? t('pageEvents') : t('pagePastEvents')}</h2>
          <ul class="items">
            {events.map((event) => (
              <EventItem key={event.id} ui={ui} strings={strings} event={event} saved={event.id in saved} onToggleSave={onToggleSave} onDownload={onDownload} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The popup: two tabs, "For you" and "On this page", in the user's language. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { downloadIcs } from '../shared/download.ts';
import { setSaved } from '../shared/saving.ts';
import { feedCacheItem, savedEventsItem, seenIdsItem, settingsItem, withDefaults } from '../shared/storage.ts';
import { applyDirection, loadPageUi, type PageUi } from '../shared/ui-context.ts';
import { useStored } from '../shared/use-stored.ts';
import { PageTab } from './PageTab.tsx';
import { UpcomingTab } from './UpcomingTab.tsx';
import { now } from '../shared/clock.ts';

type Tab = 'upcoming' | 'page';

export function PopupApp() {
  const stored = useStored(settingsItem);
  const settings = useMemo(() => (stored ? withDefaults(stored) : undefined), [stored]);
  const caches = useStored(feedCacheItem);
  const saved = useStored(savedEventsItem);
  const seen = useStored(seenIdsItem);
  const [pageUi, setPageUi] = useState<PageUi | null>(null);
  const [tab, setTab] = useState<Tab>(new URLSearchParams(location.search).get('view') === 'page' ? 'page' : 'upcoming');
  const [error, setError] = useState('');
  // "New" is what had not been seen when the popup opened; marking items seen must not unmark them.
  const [seenBefore, setSeenBefore] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (seen && !seenBefore) setSeenBefore(new Set(seen));
  }, [seen]);

  useEffect(() => {
    if (!settings) return;
    void loadPageUi(settings.uiLanguage).then((loaded) => {
      applyDirection(loaded.strings);
      document.title = loaded.strings.t('actionTitle');
      setPageUi(loaded);
    });
  }, [settings?.uiLanguage]);

  if (!settings || !caches || !saved || !seenBefore || !pageUi) return <p class="empty">…</p>;
  const { ui, strings } = pageUi;
  const { t } = strings;

  const onToggleSave = (event: InclusionEvent) => {
    setError('');
    setSaved(event, !(event.id in (saved ?? {})), now()).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const onDownload = (events: InclusionEvent[]) => void downloadIcs(events, ui.messages);
  // The tabs pattern: arrows (in reading order, so mirrored right to left), Home and End select and focus a tab.
  const onTabKey = (e: KeyboardEvent, dir: 'ltr' | 'rtl') => {
    const order: Tab[] = ['upcoming', 'page'];
    const at = order.indexOf(tab);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next = e.key === forward ? order[(at + 1) % order.length] : e.key === back ? order[(at + order.length - 1) % order.length]
      : e.key === 'Home' ? order[0] : e.key === 'End' ? order[order.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const tabs: Array<[Tab, string]> = [
    ['upcoming', t('tabUpcoming')],
    ['page', t('tabOnPage')],
  ];

  return (
    <main class="root theme-auto page">
      <h1 class="sr-only">{t('actionTitle')}</h1>
      <header class="page-header">
        <div role="tablist" class="tabs" onKeyDown={(e) => onTabKey(e, strings.dir)}>
          {tabs.map(([id, label]) => (
            // One tab stop for the list (the arrow keys move within it), as screen readers announce it.
            <button key={id} id={`tab-${id}`} role="tab" type="button" aria-selected={tab === id} tabIndex={tab === id ? 0 : -1}
              {...(tab === id ? { 'aria-controls': `panel-${id}` } : {})} onClick={() => setTab(id)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" class="button button-small" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {error && <p class="notice" role="alert">{error}</p>}
      <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'upcoming' ? (
          <UpcomingTab ui={ui} strings={strings} settings={settings} caches={caches} saved={saved} seenBefore={seenBefore} onToggleSave={onToggleSave} onDownload={onDownload} />
        ) : (
          <PageTab ui={ui} strings={strings} saved={saved} sources={settings.sources} onToggleSave={onToggleSave} onDownload={onDownload} />
        )}
      </section>
    </main>
  );
}

/**
 * What a full extension page (options, welcome) waits for before it draws: the settings with
 * their defaults, the feed caches, and the strings of the user's language (reloaded when the
 * language changes, with the page's title, lang and dir set).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StringKey } from './i18n.ts';
import { feedCacheItem, settingsItem, withDefaults } from './storage.ts';
import { applyDirection, loadPageUi, type PageUi } from './ui-context.ts';
import { useStored } from './use-stored.ts';

export function usePageSettings(titleKey: StringKey) {
  const stored = useStored(settingsItem);
  const settings = useMemo(() => (stored ? withDefaults(stored) : undefined), [stored]);
  const caches = useStored(feedCacheItem);
  const [pageUi, setPageUi] = useState<PageUi | null>(null);
  // The page is drawn anew in a new language: the control that had the focus (the language
  // menu, chosen with the arrow keys) gets it back, rather than a keyboard user landing on <body>.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!settings) return;
    refocus.current = focusedSelector();
    void loadPageUi(settings.uiLanguage).then((loaded) => {
      applyDirection(loaded.strings);
      document.title = loaded.strings.t(titleKey);
      setPageUi(loaded);
    });
  }, [settings?.uiLanguage]);

  useEffect(() => {
    const selector = refocus.current;
    refocus.current = null;
    if (selector && (document.activeElement === document.body || !document.activeElement)) document.querySelector<HTMLElement>(selector)?.focus();
  }, [pageUi]);

  return settings && caches && pageUi ? { settings, caches, pageUi } : undefined;
}

/** A selector that finds the focused control again after it is drawn anew (by id, else by name). */
function focusedSelector(): string | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  return name ? `${el.tagName.toLowerCase()}[name="${CSS.escape(name)}"]` : null;
}

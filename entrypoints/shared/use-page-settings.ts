/**
 * What a full extension page (options, welcome) waits for before it draws: the settings with
 * their defaults, the feed caches, and the strings of the user's language (reloaded when the
 * language changes, with the page's title, lang and dir set).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StringKey } from './i18n.ts';
import { feedCacheItem, settingsItem, withDefaults } from './storage.ts';
import { applyDirection, loadPageUi, type PageUi } from './ui-context.ts';
import { useStored } from './use-stored.ts';

export function usePageSettings(titleKey: StringKey) {
  const stored = useStored(settingsItem);
  const settings = useMemo(() => (stored ? withDefaults(stored) : undefined), [stored]);
  const caches = useStored(feedCacheItem);
  const [pageUi, setPageUi] = useState<PageUi | null>(null);

  useEffect(() => {
    if (!settings) return;
    void loadPageUi(settings.uiLanguage).then((loaded) => {
      applyDirection(loaded.strings);
      document.title = loaded.strings.t(titleKey);
      setPageUi(loaded);
    });
  }, [settings?.uiLanguage]);

  return settings && caches && pageUi ? { settings, caches, pageUi } : undefined;
}

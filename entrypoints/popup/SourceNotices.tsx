/**
 * What is wrong with the user's sources, said truthfully: a failed source shows the events read
 * before only when there are some; a source waiting for access says so and where to grant it.
 */
import { browser } from 'wxt/browser';
import { reasonText } from '../shared/failure-reason.ts';
import type { Strings } from '../shared/i18n.ts';
import type { FeedCaches, Settings } from '../shared/types.ts';

export function SourceNotices({ strings, settings, caches }: { strings: Strings; settings: Settings; caches: FeedCaches }) {
  const { t } = strings;
  const notices = settings.sources.flatMap((source) => {
    const cache = caches[source.url];
    if (!source.enabled || !cache) return [];
    if (cache.needsAccess) return [{ url: source.url, text: t('sourceNeedsAccess', source.name), access: true }];
    if (!cache.error) return [];
    const reason = reasonText(strings, cache.reason, cache.error);
    const text = cache.lastGood && cache.events.length > 0 ? t('sourceFailedKept', source.name, reason) : t('sourceFailed', source.name, reason);
    return [{ url: source.url, text, access: false }];
  });
  if (notices.length === 0) return null;
  return (
    <div class="source-notices">
      {notices.map((n) => (
        <p class="notice" key={n.url}>
          {n.text}
          {n.access && (
            <>
              {' '}
              <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
                {t('openOptions')}
              </button>
            </>
          )}
        </p>
      ))}
    </div>
  );
}

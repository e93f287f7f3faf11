/**
 * "Follow this site": the sources the page offers (feeds, calendars, The Events Calendar's
 * API, Inclusio widgets, its own events), each followed with one click that asks access to
 * this one site and adds the source named after the site.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../lib/model/errors.ts';
import { failureReason, reasonText } from '../shared/failure-reason.ts';
import { followSource, type FollowResult } from '../shared/follow.ts';
import type { StringKey, Strings } from '../shared/i18n.ts';
import { followName, type SiteFeedKind, type SiteFeeds } from '../shared/site-feeds.ts';
import type { SourceEntry } from '../shared/types.ts';

const KIND_LABELS: Record<SiteFeedKind, StringKey> = {
  rss: 'kindNews',
  atom: 'kindNews',
  ics: 'kindCalendar',
  tec: 'kindEventsCalendar',
  widget: 'kindWidget',
  jsonld: 'kindPageEvents',
};

export function FollowSite({ strings, site, sources }: { strings: Strings; site: SiteFeeds; sources: SourceEntry[] }) {
  const { t } = strings;
  const [results, setResults] = useState<Record<string, string>>({});
  if (site.feeds.length === 0) return null;
  const say = (url: string, text: string) => setResults((r) => ({ ...r, [url]: text }));
  const describe = (result: FollowResult): string => {
    switch (result.kind) {
      case 'not-http': return t('sourceNotAdded', t('notHttp'));
      case 'already': return t('following');
      case 'denied': return t('sourceNotAdded', t('permissionDenied', result.host));
      case 'added': return 'error' in result.check ? t('sourceAddedUnread', result.name, reasonText(strings, result.check.reason, result.check.error)) : t('sourceAdded', result.name, result.check.eventCount);
    }
  };
  return (
    <section class="follow" aria-labelledby="follow-heading">
      <h2 id="follow-heading" class="section-title">{t('followHeading', site.siteName)}</h2>
      <p class="hint">{t('followHint')}</p>
      <ul class="sources">
        {site.feeds.map((feed) => {
          const kind = t(KIND_LABELS[feed.kind]);
          const name = followName(site, feed, kind);
          const followed = sources.some((s) => s.url === feed.url);
          return (
            <li key={feed.url} data-kind={feed.kind}>
              <div class="source-main">
                <span class="source-name" dir="auto">{feed.title ?? kind}</span>
                <span class="source-url" dir="ltr">{feed.url}</span>
                {results[feed.url] && <span class="source-state" role="status">{results[feed.url]}</span>}
              </div>
              <button
                type="button"
                class="button button-small follow-button"
                disabled={followed}
                aria-pressed={followed}
                // Straight from the click: followSource asks the permission before anything else.
                onClick={() =>
                  followSource({ url: feed.url, name }, sources, { writeFirst: true }).then(
                    (result) => say(feed.url, describe(result)),
                    (error: unknown) => say(feed.url, t('sourceNotAdded', reasonText(strings, failureReason(error), describeError(error)))),
                  )
                }
              >
                {followed ? t('following') : t('followButton')}
                <span class="sr-only">: {name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

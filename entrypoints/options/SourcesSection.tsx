/**
 * The user's sources: each with its state (last checked, events, last error, waiting for
 * access), on/off and remove; one button that asks access for every source still waiting (an
 * imported backup brings sources without permissions); add by address; the suggested directory.
 * Adding asks for access to that one site at that moment.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural } from '../../lib/i18n/index.ts';
import { describeError } from '../../lib/model/errors.ts';
import type { Ui } from '../../widget/ui/context.ts';
import { now } from '../shared/clock.ts';
import { languageNames, parseDirectory, type DirectoryEntry } from '../shared/directory.ts';
import { failureReason, reasonText } from '../shared/failure-reason.ts';
import { followSource, type FollowResult } from '../shared/follow.ts';
import { extensionUrl, type Strings } from '../shared/i18n.ts';
import { originPattern, originPatterns } from '../shared/origins.ts';
import { relativeTime } from '../shared/relative-time.ts';
import type { FeedCaches, SourceCache, SourceEntry } from '../shared/types.ts';

export interface SourcesSectionProps {
  ui: Ui;
  strings: Strings;
  sources: SourceEntry[];
  caches: FeedCaches;
  /** Applies a change to the latest stored list (another page may have changed it meanwhile). */
  onChange: (change: (sources: SourceEntry[]) => SourceEntry[]) => Promise<void>;
  /** The welcome page shows the directory first and no list heading of its own. */
  headingLevel?: 2 | 3;
}

/** Which of the sources' sites the user has not granted; kept current as permissions change. */
function useUngranted(sources: SourceEntry[]): Set<string> {
  const [ungranted, setUngranted] = useState<Set<string>>(new Set());
  const key = sources.map((s) => s.url).join('\n');
  useEffect(() => {
    let live = true;
    const check = async () => {
      const missing = new Set<string>();
      for (const s of sources) {
        const pattern = originPattern(s.url);
        if (pattern && !(await browser.permissions.contains({ origins: [pattern] }).catch(() => false))) missing.add(s.url);
      }
      if (live) setUngranted(missing);
    };
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [key]);
  return ungranted;
}

function SourceState({ ui, strings, cache, waiting }: { ui: Ui; strings: Strings; cache: SourceCache | undefined; waiting: boolean }) {
  const { t } = strings;
  if (waiting) return <span class="source-state warn">{t('sourceWaitingAccess')}</span>;
  if (!cache?.lastChecked) return <span class="source-state">{t('sourceNotChecked')}</span>;
  const checked = t('sourceChecked', relativeTime(new Date(cache.lastChecked), now(), ui.locale));
  if (cache.error) return <span class="source-state error">{`${checked} · ${t('sourceLastError', reasonText(strings, cache.reason, cache.error))}`}</span>;
  return <span class="source-state">{`${checked} · ${plural(ui.messages, 'results', cache.events.length)}`}</span>;
}

export function SourcesSection({ ui, strings, sources, caches, onChange, headingLevel = 2 }: SourcesSectionProps) {
  const { t } = strings;
  const [directory, setDirectory] = useState<DirectoryEntry[]>([]);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ungranted = useUngranted(sources);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  useEffect(() => {
    fetch(extensionUrl('/directory.json'))
      .then((r) => r.json())
      .then((data: unknown) => setDirectory(parseDirectory(data, ui.locale)))
      .catch(() => setDirectory([]));
  }, [ui.locale]);

  const report = (result: FollowResult) => {
    switch (result.kind) {
      case 'not-http': return setMessage({ ok: false, text: t('sourceNotAdded', t('notHttp')) });
      case 'already': return setMessage({ ok: false, text: t('sourceNotAdded', t('alreadyAdded')) });
      case 'denied': return setMessage({ ok: false, text: t('sourceNotAdded', t('permissionDenied', result.host)) });
      case 'added':
        if ('error' in result.check) return setMessage({ ok: false, text: t('sourceAddedUnread', result.name, reasonText(strings, result.check.reason, result.check.error)) });
        setUrl('');
        return setMessage({ ok: true, text: t('sourceAdded', result.name, result.check.eventCount) });
    }
  };
  // Called straight from a click: the permission request is the first thing followSource does.
  const add = (target: string, name?: string, mustRead = false) => {
    setBusy(true);
    setMessage({ ok: true, text: t('checking') });
    followSource(name ? { url: target, name } : { url: target }, sources, { mustRead })
      .then(report)
      .catch((error: unknown) => setMessage({ ok: false, text: t('sourceNotAdded', reasonText(strings, failureReason(error), describeError(error))) }))
      .finally(() => setBusy(false));
  };
  const grantAll = () => {
    const patterns = originPatterns(sources.filter((s) => ungranted.has(s.url)).map((s) => s.url));
    browser.permissions
      .request({ origins: patterns })
      .then((granted) => {
        setMessage(granted ? { ok: true, text: t('accessGranted') } : { ok: false, text: t('accessRefused') });
        if (granted) void browser.runtime.sendMessage({ type: 'refresh' }).catch(() => undefined);
      })
      .catch((error: unknown) => setMessage({ ok: false, text: describeError(error) }));
  };

  const update = (change: (list: SourceEntry[]) => SourceEntry[]) => void onChange(change).catch((e: unknown) => setMessage({ ok: false, text: describeError(e) }));
  // Least privilege: give back access to a site once no source on it is left.
  const remove = (source: SourceEntry) => {
    const next = sources.filter((x) => x.url !== source.url);
    update((list) => list.filter((x) => x.url !== source.url));
    const pattern = originPattern(source.url);
    if (pattern && !next.some((x) => originPattern(x.url) === pattern)) void browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  };
  const available = directory.filter((d) => !sources.some((s) => s.url === d.url));
  const waiting = sources.filter((s) => ungranted.has(s.url));

  return (
    <section id="sources" class="card" aria-labelledby="sources-heading">
      <Heading id="sources-heading">{t('sourcesHeading')}</Heading>
      {waiting.length > 0 && (
        <div class="notice access-notice">
          <p>{t('accessNeededHint')}</p>
          <ul>
            {waiting.map((s) => <li key={s.url} dir="auto">{s.name}</li>)}
          </ul>
          <button type="button" class="button" name="grant-all" onClick={grantAll}>
            {t('grantAll')}
          </button>
        </div>
      )}
      {sources.length === 0 ? (
        <p class="empty">{t('noSourcesOptions')}</p>
      ) : (
        <ul class="sources">
          {sources.map((s) => (
            <li key={s.url} data-url={s.url}>
              <div class="source-main">
                <label>
                  <input type="checkbox" checked={s.enabled} onChange={(e) => {
                    const enabled = e.currentTarget.checked;
                    update((list) => list.map((x) => (x.url === s.url ? { ...x, enabled } : x)));
                  }} />{' '}
                  <span class="source-name" dir="auto">{s.name}</span>
                </label>
                <span class="source-url" dir="ltr">{s.url}</span>
                <SourceState ui={ui} strings={strings} cache={caches[s.url]} waiting={ungranted.has(s.url)} />
              </div>
              <button type="button" class="button button-small" onClick={() => remove(s)}>
                {t('removeSource')}
                <span class="sr-only">: {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row add-source"
        onSubmit={(e) => {
          e.preventDefault();
          add(url, undefined, true);
        }}
      >
        <label class="field grow">
          {t('addSourceLabel')}
          {/* Text, not type=url: the browser would refuse a webcal: link or an address without https:// before followSource could mend it. */}
          <input type="text" inputMode="url" autoComplete="url" spellcheck={false} name="source-url" dir="ltr" value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
        </label>
        <button type="submit" class="button" disabled={busy}>
          {t('addSource')}
        </button>
      </form>
      <p role="status" class={message?.ok === false ? 'error' : 'ok'}>
        {message?.text ?? ''}
      </p>
      {available.length > 0 && (
        <>
          <SubHeading class="section-title">{t('directoryHeading')}</SubHeading>
          <ul class="sources directory">
            {available.map((d) => (
              <li key={d.url}>
                <div class="source-main">
                  <span class="source-name" dir="auto">{d.name}</span>
                  {d.description && <span class="source-url" dir="auto">{d.description}</span>}
                  {d.languages.length > 0 && <span class="source-state">{t('sourceLanguages', languageNames(d.languages, ui.locale))}</span>}
                  <span class="source-state">{t('asksAccessTo', new URL(d.url).hostname)}</span>
                </div>
                <button type="button" class="button button-small" disabled={busy} onClick={() => add(d.url, d.name)}>
                  {t('addFromDirectory')}
                  <span class="sr-only">: {d.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

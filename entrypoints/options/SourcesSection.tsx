/**
 * The user's sources: the suggested directory, any feed or page URL, on/off and remove. Adding
 * asks for access to that one host at that moment, then fetches and parses the source; it is
 * added only when both succeed.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '../../lib/model/errors.ts';
import { parseDirectory, type DirectoryEntry } from '../shared/directory.ts';
import { extensionUrl, type Strings } from '../shared/i18n.ts';
import { nameFromUrl } from '../shared/migrations.ts';
import { checkSource, originPattern } from '../shared/source-check.ts';
import type { SourceEntry } from '../shared/types.ts';

export interface SourcesSectionProps {
  strings: Strings;
  sources: SourceEntry[];
  onChange: (sources: SourceEntry[]) => Promise<void>;
}

export function SourcesSection({ strings, sources, onChange }: SourcesSectionProps) {
  const { t } = strings;
  const [directory, setDirectory] = useState<DirectoryEntry[]>([]);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetch(extensionUrl('/directory.json'))
      .then((r) => r.json())
      .then((data: unknown) => setDirectory(parseDirectory(data)))
      .catch(() => setDirectory([]));
  }, []);

  // Called straight from a click: the permission request must be the first thing that happens.
  const add = (target: string, name?: string) => {
    const address = target.trim();
    const pattern = originPattern(address);
    const fail = (reason: string) => setMessage({ ok: false, text: t('sourceNotAdded', reason) });
    if (!pattern) return fail(t('notHttp'));
    if (sources.some((s) => s.url === address)) return fail(t('alreadyAdded'));
    setBusy(true);
    setMessage({ ok: true, text: t('checking') });
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) return fail(t('permissionDenied', new URL(address).hostname));
        const check = await checkSource(address, new Date());
        const title = name ?? check.title ?? nameFromUrl(address);
        await onChange([...sources, { url: address, name: title, enabled: true }]);
        setMessage({ ok: true, text: t('sourceAdded', title, check.eventCount) });
        setUrl('');
        void browser.runtime.sendMessage({ type: 'refresh' });
      })
      .catch((error: unknown) => fail(describeError(error)))
      .finally(() => setBusy(false));
  };

  const update = (next: SourceEntry[]) => void onChange(next).catch((e: unknown) => setMessage({ ok: false, text: describeError(e) }));
  // Least privilege: give back access to a host once no source on it is left.
  const remove = (source: SourceEntry) => {
    const next = sources.filter((x) => x.url !== source.url);
    update(next);
    const pattern = originPattern(source.url);
    if (pattern && !next.some((x) => originPattern(x.url) === pattern)) void browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  };
  const available = directory.filter((d) => !sources.some((s) => s.url === d.url));

  return (
    <fieldset id="sources">
      <legend>{t('sourcesHeading')}</legend>
      {sources.length === 0 ? (
        <p class="empty">{t('noSourcesOptions')}</p>
      ) : (
        <ul class="sources">
          {sources.map((s) => (
            <li key={s.url}>
              <span>
                <label>
                  <input type="checkbox" checked={s.enabled} onChange={(e) => update(sources.map((x) => (x.url === s.url ? { ...x, enabled: e.currentTarget.checked } : x)))} />{' '}
                  {s.name}
                </label>
                <br />
                <span class="source-url">{s.url}</span>
              </span>
              <button type="button" class="button button-small" onClick={() => remove(s)}>
                {t('removeSource')}
                <span class="sr-only">: {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add(url);
        }}
      >
        <label class="field grow">
          {t('addSourceLabel')}
          <input type="url" name="source-url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
        </label>
        <button type="submit" class="button" disabled={busy}>
          {t('addSource')}
        </button>
      </form>
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
      {available.length > 0 && (
        <>
          <h2 class="section-title">{t('directoryHeading')}</h2>
          <ul class="sources">
            {available.map((d) => (
              <li key={d.url}>
                <span>
                  {d.name}
                  {d.description && <><br /><span class="source-url">{d.description}</span></>}
                </span>
                <button type="button" class="button button-small" disabled={busy} onClick={() => add(d.url, d.name)}>
                  {t('addFromDirectory')}
                  <span class="sr-only">: {d.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

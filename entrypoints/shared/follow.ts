/**
 * Adding a source from a click (popup "Follow this site", welcome page, options). The host
 * permission for that one site is asked first, while the click still counts as the user's
 * gesture. From the popup, the source is written at the same moment: the browser may close the
 * popup while its prompt is open, and the background then reads the source once access is
 * granted (permissions.onAdded).
 */
import { browser } from 'wxt/browser';
import { describeError } from '../../lib/model/errors.ts';
import { now } from './clock.ts';
import { originPattern } from './origins.ts';
import { failureReason, type FailureReason } from './failure-reason.ts';
import type { SourceCheck } from './source-check.ts';
import { updateSettings } from './storage.ts';
import type { Settings, SourceEntry } from './types.ts';

export type FollowResult =
  | { kind: 'not-http' }
  | { kind: 'already' }
  | { kind: 'denied'; host: string }
  /** Added; `check` is what a first read found, or why it failed (the source stays, with its error shown). */
  | { kind: 'added'; name: string; check: SourceCheck | { error: string; reason?: FailureReason } };

const withSource = (entry: SourceEntry) => (s: Settings): Settings =>
  s.sources.some((x) => x.url === entry.url) ? s : { ...s, sources: [...s.sources, entry] };
const withoutSource = (url: string) => (s: Settings) => ({ ...s, sources: s.sources.filter((x) => x.url !== url) });

/**
 * A source's address as people paste it, made a web address: a calendar's "Subscribe" link
 * (webcal:, webcals:) is its https address; an address typed without a scheme, as in the
 * address bar ("www.example.org/agenda/feed/"), gets https. Anything else is left as it is.
 * @example webAddress('webcal://example.org/cal.ics') // 'https://example.org/cal.ics'
 */
export function webAddress(input: string): string {
  const url = input.trim();
  if (/^webcals?:\/\//i.test(url)) return url.replace(/^webcals?:/i, 'https:');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && /^[^\s/:@]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(url)) return `https://${url}`;
  return url;
}

/**
 * @param options.writeFirst add the source while the prompt is open (popup); else only once granted.
 * @param options.mustRead refuse a source whose first read fails (an address typed by hand).
 */
export function followSource(
  target: { url: string; name?: string },
  known: readonly SourceEntry[],
  options: { writeFirst?: boolean; mustRead?: boolean } = {},
): Promise<FollowResult> {
  const url = webAddress(target.url);
  const pattern = originPattern(url);
  if (!pattern) return Promise.resolve({ kind: 'not-http' });
  if (known.some((s) => s.url === url)) return Promise.resolve({ kind: 'already' });
  const host = new URL(url).hostname;
  const provisional: SourceEntry = { url, name: target.name ?? host.replace(/^www\./, ''), enabled: true };
  const asking = browser.permissions.request({ origins: [pattern] });
  const written = options.writeFirst ? updateSettings(withSource(provisional)) : Promise.resolve(undefined);
  return (async (): Promise<FollowResult> => {
    const granted = await asking.catch(() => false);
    await written;
    if (!granted) {
      if (options.writeFirst) await updateSettings(withoutSource(url));
      return { kind: 'denied', host };
    }
    let check: SourceCheck | { error: string; reason?: FailureReason };
    try {
      // The parsers load on the click that needs them: the popup opens without them.
      const { checkSource } = await import('./source-check.ts');
      check = await checkSource(url, now());
    } catch (error) {
      if (options.mustRead) {
        if (options.writeFirst) await updateSettings(withoutSource(url));
        throw error;
      }
      const reason = failureReason(error);
      check = { error: describeError(error), ...(reason ? { reason } : {}) };
    }
    const name = target.name ?? ('title' in check && check.title ? check.title : provisional.name);
    await updateSettings((s) => {
      const added = withSource({ ...provisional, name })(s);
      return { ...added, sources: added.sources.map((x) => (x.url === url ? { ...x, name } : x)) };
    });
    // Access that was already granted fires no onAdded: ask the background to read it now.
    void browser.runtime.sendMessage({ type: 'refresh' }).catch(() => undefined);
    return { kind: 'added', name, check };
  })();
}

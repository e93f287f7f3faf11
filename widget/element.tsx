/**
 * <inclusio-events>: reads its attributes, loads its feeds (cached copy first, then a
 * background refresh), and renders the Preact UI into its own shadow root.
 */
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { formatDayLong, formatTime } from '../lib/i18n/format.ts';
import { loadMessages, plural, resolveLocaleFrom, type Locale } from '../lib/i18n/index.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { OBSERVED_ATTRIBUTES, readConfig, sourcesKey } from './config.ts';
import { startRequest, type StartedRequest } from './request-feed.ts';
import { createModel, PAGE_EVENTS, type WidgetModel } from './model.ts';
import { sortEvents } from '../lib/query/sort.ts';
import { isOrderedByStart } from './split.ts';
import { widgetSheet } from './styles.ts';
import { App } from './ui/App.tsx';
import { idle } from './idle.ts';

/**
 * The loading state is drawn only for a feed slower than this (ms): a quick one draws its events
 * in the first frame, with no loading frame (and its layout) before them.
 */
const LOADING_DELAY = 150;

/**
 * The first paint waits this long at most (ms) for the texts of the widget's language; past it
 * the events are drawn in English rather than not at all (as when those texts fail to load).
 */
const TEXTS_WAIT = 3000;

/** Below this width (px) the month grid is unreadable: the list is used instead. */
const NARROW = 560;

const warn = (message: string, detail?: unknown) => console.warn(`[inclusio] ${message}`, ...(detail === undefined ? [] : [detail]));

function viewerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Absolute feed addresses from the `src` values; `onBad` hears of each that is not an address. */
function feedUrls(sources: readonly string[], onBad?: (source: string) => void): string[] {
  return sources.flatMap((s) => {
    try {
      return [new URL(s, document.baseURI).href];
    } catch {
      onBad?.(s);
      return [];
    }
  });
}

/**
 * One feed that may be a feed.json: its first screen can be drawn from the start of the answer
 * (preview-feed.ts) before the reading code comes. An .ics address goes straight to that code.
 */
const previewable = (urls: readonly string[]) => urls.length === 1 && !/\.ics($|[?#])/i.test(urls[0]!);

const startRequests = (urls: readonly string[], timeoutMs: number, signal: AbortSignal) =>
  new Map<string, StartedRequest>(urls.map((url) => [url, startRequest(url, timeoutMs, signal)]));

/** Events read from the start of a feed for its first screen: the list's first page. */
const PREVIEW_EVENTS = PAGE_EVENTS;

/**
 * The code that reads the answers. Its chunk shares code with the preview's (small) chunk:
 * both are asked for together, so neither waits for the other's round trip.
 */
const loadParser = () => {
  import('./preview-feed.ts').catch(() => undefined);
  return import('./parse-feed.ts');
};

function warmFormats(m: WidgetModel): void {
  const locale = m.intlLocale.peek();
  plural(m.messages.peek(), 'results', 2);
  formatDayLong(m.today.peek(), locale);
  formatTime(new Date(), locale, m.viewerZone);
}

export class InclusioEventsElement extends HTMLElement {
  static observedAttributes = [...OBSERVED_ATTRIBUTES];

  readonly #shadow: ShadowRoot;
  readonly #model: WidgetModel;
  #resize?: ResizeObserver;
  #rendered = false;
  /** Stops waiting for something to draw (see #renderSoon). */
  #stopWaiting?: () => void;
  #abort?: AbortController;
  #loadedKey = '';
  #manual = false;
  #connected = false;
  #wantedLocale: Locale = 'en';
  /**
   * False while the texts of the widget's language are on their way: the first paint waits for
   * them, so the list is never drawn in English first and then redrawn (right to left, for
   * Arabic) under a visitor's pointer.
   */
  readonly #textsReady = signal(true);
  /** Requests sent from the constructor, taken over by the first load of the same feeds. */
  #early?: { key: string; abort: AbortController; requests: Map<string, StartedRequest> };

  constructor() {
    super();
    const config = readConfig((n) => this.getAttribute(n));
    // Upgraded from the page's HTML, the element knows its feeds already: they are asked for
    // before anything else is set up (the time zone and the styles take a while the first time).
    const urls = feedUrls(config.sources);
    if (urls.length > 0) {
      const abort = new AbortController();
      this.#early = { key: sourcesKey(urls), abort, requests: startRequests(urls, config.timeoutMs, abort.signal) };
      // A feed.json's first screen needs only the preview's chunk; the reading code follows it.
      if (previewable(urls)) import('./preview-feed.ts').catch(() => undefined);
      else loadParser().catch(() => undefined);
    }
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [widgetSheet()];
    this.#model = createModel({
      now: () => new Date(),
      viewerZone: viewerZone(),
      viewerLanguages: navigator.languages ?? [navigator.language],
      config,
    });
  }

  /** The model, for tests and for pages that drive the widget from script. */
  get model(): WidgetModel {
    return this.#model;
  }

  /** Events given directly from script (no feed fetch): `el.events = [...]`. */
  set events(list: InclusionEvent[]) {
    this.#manual = true;
    this.#abort?.abort();
    this.#early?.abort.abort();
    this.#early = undefined;
    this.#model.events.value = isOrderedByStart(list) ? list : sortEvents(list);
    this.#model.load.value = { status: 'ready' };
  }

  get events(): InclusionEvent[] {
    return this.#model.events.value;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#applyConfig();
    // The feed request leaves first: nothing the first paint needs should wait in front of it.
    if (!this.#manual) void this.#load();
    this.#renderSoon();
    // The number and date formats the first events need are made while the feed is on its way:
    // the first use of Intl for a language and zone is slow next to the drawing itself.
    setTimeout(() => warmFormats(this.#model), 0);
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? NARROW;
      const narrow = width > 0 && width < NARROW;
      if (narrow !== this.#model.narrow.value) this.#model.narrow.value = narrow;
    });
    this.#resize.observe(this);
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#resize?.disconnect();
    this.#abort?.abort();
    this.#stopWaiting?.();
    this.#rendered = false;
    render(null, this.#shadow);
    this.#loadedKey = '';
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.#connected || oldValue === newValue) return;
    this.#applyConfig();
    if (name === 'src' && !this.#manual) void this.#load();
  }

  /** Fetches the feeds again (the Retry button). */
  refresh(): Promise<void> {
    this.#loadedKey = '';
    return this.#load();
  }

  #applyConfig(): void {
    const config = readConfig((n) => this.getAttribute(n));
    const m = this.#model;
    const before = m.config.peek();
    m.config.value = config;
    if (before.view !== config.view) m.requestedView.value = config.view;
    if (before.past !== config.past) m.archive.value = config.past === 'first';
    const locale = resolveLocaleFrom([config.lang, this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang, ...(navigator.languages ?? [navigator.language])]);
    this.#wantedLocale = locale;
    if (locale !== m.messages.peek().locale) {
      this.#textsReady.value = false;
      loadMessages(locale).then(
        (messages) => {
          // A later change may have asked for another language meanwhile.
          if (this.#wantedLocale !== locale) return;
          if (m.layoutLocale.peek() === locale) {
            // Drawn already in this language's layout (the texts came late): the words change in
            // place, once nobody interacts.
            m.offerMessages(messages);
          } else {
            // The first texts, or the page asked for another language: shown as they are.
            m.pendingMessages.value = null;
            m.layoutLocale.value = null;
            m.messages.value = messages;
          }
          this.#textsReady.value = true;
        },
        (error: unknown) => {
          warn(`could not load the "${locale}" texts; showing English`, error);
          if (this.#wantedLocale === locale) this.#textsReady.value = true;
        },
      );
    } else {
      // Back to the language of the words shown (English, after another language's late texts):
      // its own layout, and nothing of the other language waits.
      if (m.layoutLocale.peek() !== locale) m.layoutLocale.value = null;
      m.pendingMessages.value = null;
      this.#textsReady.value = true;
    }
  }

  /**
   * Draws at once what there is to show; with nothing yet, the events or a state, or after
   * LOADING_DELAY the loading state; in every case once the texts of the widget's language are here.
   */
  #renderSoon(): void {
    const m = this.#model;
    if ((this.#manual || m.events.peek().length > 0) && this.#textsReady.peek()) return this.#render();
    const late = signal(false);
    const textsLate = signal(false);
    const go = () => {
      this.#stopWaiting?.();
      this.#render();
    };
    // Drawn after the signal's update has finished (a microtask), still before the frame.
    const stop = effect(() => {
      const status = m.load.value.status;
      const something = this.#manual || m.events.value.length > 0 || (status !== 'idle' && status !== 'loading') || late.value;
      if (!something) return;
      if (this.#textsReady.value) queueMicrotask(go);
      else if (textsLate.value) {
        // Drawn without its texts (English words), but in the language's own direction and date
        // formats: when the words come, the list is not redrawn the other way round.
        m.layoutLocale.value = this.#wantedLocale;
        queueMicrotask(go);
      }
    });
    const timer = setTimeout(() => (late.value = true), LOADING_DELAY);
    const textsTimer = setTimeout(() => (textsLate.value = true), TEXTS_WAIT);
    this.#stopWaiting = () => {
      stop();
      clearTimeout(timer);
      clearTimeout(textsTimer);
      this.#stopWaiting = undefined;
    };
  }

  #render(): void {
    if (this.#rendered) return;
    this.#rendered = true;
    const m = this.#model;
    render(
      <App model={m} onRetry={() => void this.refresh()} onDownload={(list, name) => void this.#download(list, name)} />,
      this.#shadow,
    );
  }

  async #download(list: InclusionEvent[], name?: string): Promise<void> {
    try {
      const { saveIcs } = await import('./save-ics.ts');
      saveIcs(this.#shadow, list, name, new Date(), this.#model.messages.peek());
    } catch (error) {
      warn('could not create the calendar file', error);
    }
  }

  async #load(): Promise<void> {
    const m = this.#model;
    const config = m.config.peek();
    const urls = feedUrls(config.sources, (s) => warn(`"${s}" is not a valid feed address`));
    if (urls.length === 0) {
      m.load.value = { status: 'no-source' };
      warn('no feed given: set the src attribute to the address of a feed.json or .ics file');
      return;
    }
    const key = sourcesKey(urls);
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    this.#abort?.abort();
    // The requests and the parser's code travel in parallel; the cached events render meanwhile.
    const early = this.#early;
    this.#early = undefined;
    const reuse = early && early.key === key && !early.abort.signal.aborted;
    if (early && !reuse) early.abort.abort();
    const abort = reuse ? early.abort : new AbortController();
    this.#abort = abort;
    const requests = reuse ? early.requests : startRequests(urls, config.timeoutMs, abort.signal);
    // A feed.json's first page is drawn from the start of the answer, and the reading code is
    // fetched once that is on screen (its loading and compiling would delay it).
    const showPreview = (events: InclusionEvent[]) => {
      if (abort.signal.aborted || m.events.peek().length > 0) return;
      const list = isOrderedByStart(events) ? events : sortEvents(events);
      m.previewList.value = list;
      m.events.value = list;
      m.load.value = { status: 'refreshing' };
      // Only the first screenful in this frame; the rest of the page in the next one.
      m.eager.value = true;
    };
    // Settles when the preview is painted or gave up, or when the feed is slow: no answer within
    // LOADING_DELAY, or an answer that showed nothing LOADING_DELAY after it came.
    let previewDone: Promise<unknown> | undefined;
    if (previewable(urls)) {
      const request = requests.get(urls[0]!)!;
      const answer = request.response;
      const handed = Promise.all([answer, import('./preview-feed.ts')]).then(([response, p]) =>
        p.previewFirstEvents(response, { sourceUrl: request.url, fromDay: p.previewFromDay(new Date()), count: PREVIEW_EVENTS, show: showPreview, signal: abort.signal }),
      );
      // The full read gets the whole answer back (or the answer untouched if the preview's code could not load).
      request.response = handed.then((h) => h.response, () => answer);
      const slow = new Promise((resolve) => {
        let timer = setTimeout(resolve, LOADING_DELAY);
        answer.then(() => {
          clearTimeout(timer);
          timer = setTimeout(() => m.events.peek().length === 0 && resolve(undefined), LOADING_DELAY);
        }, () => undefined);
      });
      previewDone = Promise.race([handed.catch(() => undefined), slow]);
    }
    if (m.events.peek().length === 0) m.load.value = { status: 'loading' };
    // The reading code and the saved copy wait for that: loading and compiling that code, and
    // the first use of localStorage, would hold up a quick feed's first paint.
    if (previewDone) await previewDone;
    if (abort.signal.aborted) return;
    // With a first screen painted, the page's own tasks come before the rest of the reading.
    if (m.events.peek().length > 0) await idle();
    // The reading code, now: the preview is painted, gave up, or the feed is slow.
    let loaded;
    try {
      loaded = await loadParser();
    } catch (error) {
      // The chunk itself failed to load (offline, blocked): same as the feed failing.
      warn("could not load the widget's parsing code", error);
      if (!abort.signal.aborted) m.load.value = { status: 'error' };
      return;
    }
    if (abort.signal.aborted) return;
    const cache = loaded.createFeedCache(loaded.pageStorage());
    const cached = cache.read(key);
    const fromSaved = cached ? await loaded.fromCache(urls, cached).catch(() => undefined) : undefined;
    if (abort.signal.aborted) return;
    // A fresher preview already on screen stays.
    if (fromSaved && m.events.peek().length === 0) {
      m.events.value = fromSaved.events;
      m.icsUrls.value = fromSaved.icsUrls;
      m.load.value = { status: 'refreshing', ...(fromSaved.updated ? { updated: fromSaved.updated } : {}) };
    }
    // One feed with nothing shown yet: its first events are drawn before the rest is read (by the
    // reading code itself when the preview could not).
    await loaded.refreshWidget({
      model: m, urls, cached, requests, signal: abort.signal, warn: (w) => warn(w),
      save: (entry) => cache.write(key, entry, new Date()),
      ...(urls.length === 1 ? { preview: showPreview } : {}),
    });
  }
}

/**
 * <inclusio-events>: reads its attributes, loads its feeds (cached copy first, then a
 * background refresh), and renders the Preact UI into its own shadow root.
 */
import { render } from 'preact';
import { loadMessages, resolveLocaleFrom } from '../lib/i18n/index.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { createFeedCache, pageStorage } from './cache.ts';
import { OBSERVED_ATTRIBUTES, readConfig, sourcesKey } from './config.ts';
import { downloadText, fileNameFor } from './download.ts';
import { fromCache, refreshFeeds } from './load.ts';
import { createModel, type WidgetModel } from './model.ts';
import { sortEvents } from '../lib/query/sort.ts';
import { isOrderedByStart } from './split.ts';
import { widgetSheet } from './styles.ts';
import { App } from './ui/App.tsx';

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

export class InclusioEventsElement extends HTMLElement {
  static observedAttributes = [...OBSERVED_ATTRIBUTES];

  readonly #shadow: ShadowRoot;
  readonly #model: WidgetModel;
  #resize?: ResizeObserver;
  #abort?: AbortController;
  #loadedKey = '';
  #manual = false;
  #connected = false;
  #wantedLocale = 'en';

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [widgetSheet()];
    this.#model = createModel({
      now: () => new Date(),
      viewerZone: viewerZone(),
      viewerLanguages: navigator.languages ?? [navigator.language],
      config: readConfig((n) => this.getAttribute(n)),
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
    this.#model.events.value = isOrderedByStart(list) ? list : sortEvents(list);
    this.#model.load.value = { status: 'ready' };
  }

  get events(): InclusionEvent[] {
    return this.#model.events.value;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#applyConfig();
    this.#render();
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? NARROW;
      const narrow = width > 0 && width < NARROW;
      if (narrow !== this.#model.narrow.value) this.#model.narrow.value = narrow;
    });
    this.#resize.observe(this);
    if (!this.#manual) void this.#load();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#resize?.disconnect();
    this.#abort?.abort();
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
      loadMessages(locale).then(
        (messages) => {
          // A later change may have asked for another language meanwhile.
          if (this.#wantedLocale === locale) m.messages.value = messages;
        },
        (error: unknown) => warn(`could not load the "${locale}" texts; showing English`, error),
      );
    }
  }

  #render(): void {
    const m = this.#model;
    render(
      <App model={m} onRetry={() => void this.refresh()} onDownload={(list, name) => void this.#download(list, name)} />,
      this.#shadow,
    );
  }

  async #download(list: InclusionEvent[], name?: string): Promise<void> {
    try {
      const { eventsToIcs } = await import('../lib/calendar/ics.ts');
      const text = eventsToIcs(list, { name: name ?? list[0]?.title ?? 'Events', now: new Date() });
      const file = list.length === 1 && !name ? fileNameFor(list[0]!.title) : `${name ?? 'events'}.ics`;
      downloadText(this.#shadow, file, text, 'text/calendar;charset=utf-8');
    } catch (error) {
      warn('could not create the calendar file', error);
    }
  }

  async #load(): Promise<void> {
    const m = this.#model;
    const config = m.config.peek();
    const urls = config.sources.flatMap((s) => {
      try {
        return [new URL(s, document.baseURI).href];
      } catch {
        warn(`"${s}" is not a valid feed address`);
        return [];
      }
    });
    if (urls.length === 0) {
      m.load.value = { status: 'no-source' };
      warn('no feed given: set the src attribute to the address of a feed.json or .ics file');
      return;
    }
    const key = sourcesKey(urls);
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;

    // Start fetching the network code now; the cached events render meanwhile.
    const loader = import('./fetch-feed.ts');
    const cache = createFeedCache(pageStorage());
    const cached = cache.read(key);
    const fromSaved = await fromCache(urls, cached);
    if (fromSaved) {
      m.events.value = fromSaved.events;
      m.icsUrls.value = fromSaved.icsUrls;
      m.load.value = { status: 'refreshing', ...(fromSaved.updated ? { updated: fromSaved.updated } : {}) };
    } else {
      m.load.value = { status: 'loading' };
    }

    let result;
    try {
      const { createFetchFeed } = await loader;
      result = await refreshFeeds(urls, cached, createFetchFeed(config.timeoutMs, (w) => warn(w)), new Date());
    } catch (error) {
      // The chunk itself failed to load (offline, blocked): same as every feed failing.
      if (abort.signal.aborted) return;
      warn('could not load the widget\'s network code', error);
      m.load.value = fromSaved ? { status: 'stale', ...(fromSaved.updated ? { updated: fromSaved.updated } : {}) } : { status: 'error' };
      this.#loadedKey = '';
      return;
    }
    if (abort.signal.aborted) return;
    for (const f of result.failures) warn(`could not load ${f.url}: ${f.message}`);
    if (result.failures.length < urls.length) cache.write(key, result.entry);
    m.events.value = result.events;
    m.icsUrls.value = result.icsUrls;
    const updated = result.updated ? { updated: result.updated } : {};
    if (result.failures.length === 0) m.load.value = { status: 'ready' };
    else if (result.events.length === 0) m.load.value = { status: 'error' };
    else if (result.failures.every((f) => f.cached)) m.load.value = { status: 'stale', ...updated };
    else m.load.value = { status: 'partial', ...updated };
  }
}

/**
 * The state of one widget instance, as signals. Each <inclusio-events> (and the extension
 * popup) creates its own model, so two widgets on a page never share filters or data.
 * Derived lists are computed lazily: the search code comes in its own chunk and its index is
 * built when the page is idle or on the first keystroke, not on load, and only the visible page
 * of days is ever rendered.
 */
import { computed, signal } from '@preact/signals';
import { englishMessages, textDirection, type Locale, type Messages } from '../lib/i18n/index.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { filterByFields, type EventFilter } from '../lib/query/filter-fields.ts';
import { framePause } from './frame-pause.ts';
import { dayInZone } from '../lib/time/zoned.ts';
import { readConfig, type ViewName, type WidgetConfig } from './config.ts';
import { splitByNow } from './split.ts';
import type { FilterValues } from './ui/Filters.tsx';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'refreshing' | 'stale' | 'partial' | 'error' | 'no-source';

export interface LoadState {
  status: LoadStatus;
  /** ISO time the shown events were last fetched. */
  updated?: string;
  /** Why the feed failed, when it is something the partner can fix (status 'error'). */
  reason?: 'cors' | 'not-found' | 'not-a-feed';
}

/** What a visitor picked in the filter bar (on top of the filters the partner set in attributes). */
export type UserFilter = FilterValues;

/**
 * Day sections of an ordered list (start order, or the archive's reverse order), kept in that
 * order: lib/query's groupByDay sorts days ascending, which the archive must not.
 */
export function groupConsecutive(list: InclusionEvent[]): Array<{ day: string; events: InclusionEvent[] }> {
  const out: Array<{ day: string; events: InclusionEvent[] }> = [];
  for (const e of list) {
    const day = e.start.slice(0, 10);
    const last = out[out.length - 1];
    if (last?.day === day) last.events.push(e);
    else out.push({ day, events: [e] });
  }
  return out;
}

type SearchCode = typeof import('../lib/query/search.ts');
let searchCode: SearchCode | undefined;
let searchLoading: Promise<SearchCode> | undefined;
/**
 * The search code, once per page: its own small chunk, as the first paint has nothing to search
 * (asked for when the page is idle, or by the first query). A failed load (offline) is asked
 * for again by the next query.
 */
export function loadSearch(): Promise<SearchCode> {
  searchLoading ??= import('../lib/query/search.ts').then(
    (code) => (searchCode = code),
    (error: unknown) => {
      searchLoading = undefined;
      throw error;
    },
  );
  return searchLoading;
}

/** Events added per "show more", and roughly on the first page. */
export const PAGE_EVENTS = 25;
/** Events drawn in the frame right after a keystroke or filter change; the rest of the page follows a frame later. */
export const FIRST_PAINT_EVENTS = 6;

export interface ModelOptions {
  now: () => Date;
  viewerZone: string;
  /** The browser's languages: a regional variant of the UI language ('en-GB') picks its date style. */
  viewerLanguages?: readonly string[];
  config?: WidgetConfig;
}

export function createModel(options: ModelOptions) {
  const { now, viewerZone } = options;
  const config = signal<WidgetConfig>(options.config ?? readConfig(() => null));
  const messages = signal<Messages>(englishMessages);
  const events = signal<InclusionEvent[]>([]);
  const load = signal<LoadState>({ status: 'idle' });
  const icsUrls = signal<string[]>([]);
  const query = signal('');
  const filter = signal<UserFilter>({});
  const archive = signal(config.value.past === 'first');
  const requestedView = signal<ViewName>(config.value.view);
  const narrow = signal(false);
  const selectedId = signal<string | null>(null);
  const today = signal(dayInZone(now(), viewerZone));
  /** The month the visitor moved to; until then the month view opens on the first with upcoming events. */
  const chosenMonth = signal<string | null>(null);
  const openDay = signal<string | null>(null);
  /** How many of the open day's events the month view's day panel lists (a day can hold thousands). */
  const dayPanelCount = signal(2 * PAGE_EVENTS);
  const pageEvents = signal(PAGE_EVENTS);
  /** True for the first frame after the list changed: draw only what fits on screen. */
  const eager = signal(false);
  /**
   * The first events drawn from the start of the answer, while the rest of the feed is read: the
   * list shows them, but how many events the feed has is not known yet (no count is said).
   */
  const previewList = signal<InclusionEvent[] | null>(null);
  /**
   * True while the visitor points at, presses in or has focus in the widget (set by the UI):
   * nothing may then move the rows under them (see offerEvents, offerMessages).
   */
  const interacting = signal(false);
  /**
   * True while the pointer is on the widget (a press starts there): late texts wait only for it.
   * Words changing in place move rows under a pointer, not under keyboard focus, which stays on
   * its element; a keyboard user may stay in the list for good and would keep English words.
   */
  const pointing = signal(false);
  /**
   * True while the pointer is on something drawn below the rows ("Show more", the footer): rows
   * added after the last one move it (see offerEvents).
   */
  const pointerBelowRows = signal(false);
  /**
   * Events a refresh brought that would move the drawn rows (`added`: how many are new), shown on
   * request or once nobody interacts (see offer-events.ts, in the reading chunk).
   */
  const incoming = signal<{ events: InclusionEvent[]; added: number } | null>(null);
  /** The widget's texts, come while the visitor was interacting with a list drawn without them. */
  const pendingMessages = signal<Messages | null>(null);
  /**
   * The language whose direction and date formats the widget is drawn in, when it had to be drawn
   * before that language's texts came (English words until then): the list is laid out once, in
   * its own direction, and never flipped when the words come.
   */
  const layoutLocale = signal<Locale | null>(null);

  /** Tag for Intl: the viewer's own variant of the UI language when they have one, e.g. en-GB. */
  const intlLocale = computed(() => {
    const ui = layoutLocale.value ?? messages.value.locale;
    return options.viewerLanguages?.find((l) => l.toLowerCase().split('-')[0] === ui) ?? ui;
  });
  const view = computed<ViewName>(() => (narrow.value ? 'list' : requestedView.value));
  const split = computed(() => splitByNow(events.value, now(), viewerZone));
  /** First month with an upcoming event (an ongoing one counts from today), else this month. */
  const firstMonth = computed(() => {
    const next = split.value.upcoming[0];
    if (!next) return today.value.slice(0, 7);
    const start = next.start.slice(0, 10);
    return (start < today.value ? today.value : start).slice(0, 7);
  });
  const month = computed(() => chosenMonth.value ?? firstMonth.value);
  /** The search code once it is here (a query typed before holds the list as it is until then). */
  const search = signal(searchCode);
  const searchReady = () => {
    const code = search.value;
    if (!code) loadSearch().then((c) => (search.value = c), () => undefined);
    return code;
  };
  const searchIndex = computed(() => search.value?.createSearchIndex(events.value));
  /** A query waits for the search code: the list drawn stays as it is (rows and page) until its results are known. */
  const searchWaits = computed(() => !search.value && !!query.value.trim());

  const activeFilter = computed<EventFilter>(() => {
    const c = config.value;
    const f = filter.value;
    const out: EventFilter = {};
    const topics = f.topic ? [f.topic] : c.topics;
    if (topics.length) out.topics = topics;
    const countries = f.country ? [f.country] : c.countries;
    if (countries.length) out.countries = countries;
    const modes = f.mode ? [f.mode] : c.modes;
    if (modes.length) out.modes = modes;
    if (f.language) out.languages = [f.language];
    if (f.from) out.from = f.from;
    if (f.to) out.to = f.to;
    return out;
  });

  /**
   * Applies search and filters to a list, keeping its order (`index`: the search of the list's
   * events); null while a query waits for the search code.
   */
  function narrowDown(list: InclusionEvent[], index = (_code: SearchCode) => searchIndex.value!): InclusionEvent[] | null {
    let out = list;
    const q = query.value.trim();
    if (q) {
      const code = searchReady();
      if (!code) return null;
      const hits = new Set(index(code)(q));
      out = out.filter((e) => hits.has(e));
    }
    const f = activeFilter.value;
    return Object.keys(f).length ? filterByFields(out, f) : out;
  }

  /**
   * The list view's events of a split list: upcoming in order, or the archive newest first; null
   * while a query waits for the search code.
   */
  function listedOf(parts: ReturnType<typeof splitByNow>, index?: (code: SearchCode) => (q: string) => InclusionEvent[]): InclusionEvent[] | null {
    const base = archive.value && config.value.past !== 'hidden' ? parts.past.slice().reverse() : parts.upcoming;
    const out = narrowDown(base, index);
    const max = config.value.max;
    return out && max && out.length > max ? out.slice(0, max) : out;
  }
  // A query typed before the search code came keeps the rows drawn until its results are known:
  // no flash of every event, nor of "no events match".
  let lastListed: InclusionEvent[] = [];
  const listed = computed(() => (lastListed = listedOf(split.value) ?? lastListed));

  /** Days of a listed page, only as many as `count` events need. */
  function pageOf(list: InclusionEvent[], count: number) {
    const cut = Math.min(list.length, count);
    // Finish the last day so a day is not split across "show more", up to another page: a feed
    // with thousands of events on one day (hostile or not) must not lay them all out at once.
    let end = cut;
    const lastDay = cut > 0 ? list[cut - 1]!.start.slice(0, 10) : '';
    const limit = Math.min(list.length, cut + PAGE_EVENTS);
    while (end < limit && list[end]!.start.slice(0, 10) === lastDay) end++;
    return { days: groupConsecutive(list.slice(0, end)), more: list.length - end };
  }
  /** Days of the list, only as many as the current page needs. */
  const visibleDays = computed(() => pageOf(listed.value, eager.value && !searchWaits.value ? FIRST_PAINT_EVENTS : pageEvents.value));

  const selected = computed(() => (selectedId.value ? (events.value.find((e) => e.id === selectedId.value) ?? null) : null));

  function showIncoming() {
    const next = incoming.peek();
    if (!next) return;
    incoming.value = null;
    events.value = next.events;
  }

  return {
    viewerZone,
    now,
    config,
    messages,
    intlLocale,
    events,
    load,
    icsUrls,
    query,
    filter,
    archive,
    requestedView,
    narrow,
    view,
    selectedId,
    selected,
    today,
    month,
    openDay,
    pageEvents,
    eager,
    previewList,
    interacting,
    pointing,
    pointerBelowRows,
    incoming,
    pendingMessages,
    layoutLocale,
    searchWaits,
    /** Writing direction the widget is drawn in. */
    direction: computed(() => textDirection(layoutLocale.value ?? messages.value.locale)),
    split,
    listedOf,
    pageOf,
    listed,
    visibleDays,
    narrowDown,
    /** How many of the open day's events the month view's panel lists (ui/month-days.ts). */
    dayPanelCount,
    /** Opens a day of the month view (or closes it with null), from the first of its events. */
    openMonthDay(day: string | null) {
      dayPanelCount.value = 2 * PAGE_EVENTS;
      openDay.value = day;
    },
    showMoreOfDay() {
      dayPanelCount.value += PAGE_EVENTS;
    },
    showMore() {
      pageEvents.value += PAGE_EVENTS;
    },
    /** Back to the first page after the list changed; the next frame should call finishPaint(). */
    /**
     * The visitor asked for another list (a search, a filter, past events): it is drawn from its
     * top, so events held back to keep the rows still (offerEvents) come with it. Held, a search
     * typed while they wait would look through the older list only, and say no count after a preview.
     */
    resetPage() {
      showIncoming();
      pageEvents.value = PAGE_EVENTS;
      eager.value = true;
    },
    /** Shows another month in the month view (the visitor's choice sticks). */
    showMonth(value: string) {
      chosenMonth.value = value;
    },
    finishPaint() {
      eager.value = false;
    },
    /**
     * Builds the search index ahead of the first keystroke (call when the page is idle), folding
     * the events' texts a slice at a time: 10,000 events must not hold the page in one task.
     */
    async prewarm(): Promise<void> {
      const code = await loadSearch().catch(() => undefined);
      if (!code) return;
      search.value = code;
      const list = events.peek();
      const pause = framePause();
      for (let i = 0; i < list.length; i++) {
        code.cachedHaystack(list[i]!);
        const wait = (i & 63) === 63 ? pause() : undefined;
        if (wait) {
          await wait;
          if (events.peek() !== list) return;
        }
      }
      void searchIndex.value;
    },
    /** The visitor asked for the waiting events. */
    showIncoming,
    /** The widget's texts: at once, or once the pointer leaves (the words change the rows' sizes). */
    offerMessages(next: Messages) {
      if (pointing.peek() && next !== messages.peek()) pendingMessages.value = next;
      else {
        pendingMessages.value = null;
        messages.value = next;
      }
    },
    /** What waited and may be shown now: the texts once the pointer is away, events once nobody interacts. */
    settle() {
      const texts = pendingMessages.peek();
      if (texts && !pointing.peek()) {
        pendingMessages.value = null;
        messages.value = texts;
      }
      if (!interacting.peek()) showIncoming();
    },
    clearFilters() {
      filter.value = {};
      query.value = '';
    },
  };
}

export type WidgetModel = ReturnType<typeof createModel>;

/**
 * Types shared by the source readers (kept apart so light readers need not load heavy ones).
 */
import type { InclusionEvent, SourceFormat } from '../model/event.ts';
import type { BudgetLimits } from './ics-budget.ts';

/** browser: DOMParser; Node/CLI: linkedom's parseHTML. */
export type HtmlParser = (html: string) => Document;

export interface SourceContext {
  now: Date;
  parseHtml?: HtmlParser;
  sourceUrl?: string;
  sourceName?: string;
  format?: SourceFormat;
  contentType?: string;
  /** 'YYYY-MM-DD' */
  published?: string;
  /**
   * The text was just fetched from its address (a followed source, the page in the reader's tab), not
   * read from a saved copy: a day it gives without any year is taken as the nearest year that fits.
   */
  live?: boolean;
  /** Reads a further page of a paged source (The Events Calendar's REST API); fetchSource passes its HTTP client's. */
  loadPage?: (url: string) => Promise<string>;
  /**
   * Called between steps of long reads (feed.json events, in hundreds); when it returns a
   * promise the reader waits for it. The browser passes a frame budget here so a big or
   * hostile feed never holds the page; the CLI passes nothing and reads in one go.
   */
  pause?: () => Promise<void> | undefined;
  /**
   * For a first paint before a long feed.json is read in full: `show` gets `count` events from
   * `fromDay` on, when the feed is in start order. The full read follows and replaces them.
   */
  preview?: { fromDay: string; count: number; show: (events: InclusionEvent[]) => void };
  /** Recurrence expansion window; default 365 days back, 730 ahead. */
  window?: { pastDays: number; futureDays: number };
  /** Work one source may cost (iCalendar expansion); `clock` is a monotonic ms counter, performance.now by default. */
  budget?: { limits?: Partial<BudgetLimits>; clock?: () => number };
}

export interface ParsedSource {
  format: SourceFormat;
  title?: string;
  icsUrl?: string;
  events: InclusionEvent[];
  warnings: string[];
}


export const DEFAULT_WINDOW = { pastDays: 365, futureDays: 730 } as const;

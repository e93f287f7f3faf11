/**
 * A web page read for events: its JSON-LD first, then schema.org microdata, else its main
 * text through lib/extract. Also the page's title, publication date and language, which the
 * extension and the CLI show and pass on.
 */
import type { InclusionEvent } from '../model/event.ts';
import { extractEvents } from '../extract/index.ts';
import { uniqueIds, type FinishContext } from './finish.ts';
import { htmlToText } from './html-text.ts';
import { readIsoDate } from './iso-date.ts';
import { eventsFromJsonLd, eventsFromJsonLdBlocks, unwrapJsonLd } from './jsonld.ts';
import { isNode, limitDepth, MAX_JSON_DEPTH, textOf } from './jsonld-walk.ts';
import { languageTag } from './languages.ts';
import { microdataItems } from './microdata.ts';
import type { ParsedSource, SourceContext } from './types.ts';

export interface PageReading extends ParsedSource {
  /** The main text of the page, for people and for lib/extract. */
  text: string;
  pageTitle?: string;
  /** 'YYYY-MM-DD' */
  published?: string;
  language?: string;
}

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** JSON-LD blocks parsed, depth-limited; a block that is not JSON is reported and skipped. */
function jsonLdData(doc: Document, warnings: string[]): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = unwrapJsonLd(script.textContent ?? '').trim();
    if (!raw) continue;
    try {
      out.push(JSON.parse(raw));
    } catch {
      warnings.push('A JSON-LD block on the page is not valid JSON; skipped');
    }
  }
  if (out.map((data) => limitDepth(data)).includes(true)) warnings.push(`JSON-LD nested deeper than ${MAX_JSON_DEPTH} levels: the deeper values were ignored`);
  return out;
}

function mainText(doc: Document): string {
  const main = doc.querySelector('article, main, [role="main"]') ?? doc.body ?? doc.documentElement;
  if (!main) return '';
  // Work on a copy: in the extension this is the live page.
  const copy = main.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(CHROME))) el.remove();
  return htmlToText(copy.innerHTML ?? copy.textContent ?? '');
}

function pageTitle(doc: Document): string | undefined {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = og ?? doc.querySelector('title')?.textContent ?? doc.querySelector('h1')?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || undefined;
}

const PUBLISHED_TIME = 'time[pubdate][datetime], time[itemprop="datePublished"][datetime], .byline time[datetime], .entry-meta time[datetime], .post-meta time[datetime], .published[datetime]';
const POSTED_RE = /\b(posted|published|publi[ée]|mis en ligne|ver[öo]ffentlicht|pubblicato|publicado|gepubliceerd)\b/i;

function publishedDay(doc: Document, data: unknown[]): string | undefined {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="dc.date"], meta[name="DC.date"]')?.getAttribute('content'),
  ];
  for (const value of data) {
    const nodes = Array.isArray(value) ? value : isNode(value) && Array.isArray(value['@graph']) ? value['@graph'] : [value];
    for (const node of nodes) if (isNode(node) && node.datePublished !== undefined) candidates.push(textOf(node.datePublished));
  }
  candidates.push(doc.querySelector(PUBLISHED_TIME)?.getAttribute('datetime'));
  // Any other <time> counts only when its line says it is a posting date (event dates use <time> too).
  for (const time of Array.from(doc.querySelectorAll('time[datetime]:not([itemprop])')).slice(0, 20)) {
    if (POSTED_RE.test(time.parentElement?.textContent ?? '')) {
      candidates.push(time.getAttribute('datetime'));
      break;
    }
  }
  for (const c of candidates) {
    const day = readIsoDate(c?.trim().slice(0, 25))?.wall.slice(0, 10) ?? readIsoDate(c?.trim().slice(0, 10))?.wall;
    if (day) return day;
  }
  return undefined;
}

/**
 * Events on a page, with its text, title, date and language. `textFallback: false` reads its
 * JSON-LD and microdata only (a part of a page, whose text is not the page's).
 * @example const page = readPage(new DOMParser().parseFromString(html, 'text/html'), { now: new Date('2026-11-22') });
 */
export function readPage(doc: Document, ctx: SourceContext, options: { textFallback?: boolean } = {}): PageReading {
  const steps = readingSteps(doc, ctx, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readPage with `pause` between its steps (its JSON-LD, its text, its microdata, its prose):
 * in a page, a document of thousands of blocks is read in several tasks, not one.
 * @example const page = await readPageStepwise(doc, ctx, framePause());
 */
export async function readPageStepwise(doc: Document, ctx: SourceContext, pause: () => Promise<void> | undefined, options: { textFallback?: boolean } = {}): Promise<PageReading> {
  const steps = readingSteps(doc, ctx, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** readPage's work, a step between each `yield`. */
function* readingSteps(doc: Document, ctx: SourceContext, options: { textFallback?: boolean }): Generator<void, PageReading> {
  const warnings: string[] = [];
  // A parser given a fragment like "</item>" may produce a document without a root element.
  if (!doc.documentElement) return { format: 'html', events: [], warnings: ['The page has no content'], text: '' };
  const data = jsonLdData(doc, warnings);
  yield;
  const text = mainText(doc);
  const title = pageTitle(doc);
  const published = ctx.published ?? publishedDay(doc, data);
  const language = languageTag(doc.documentElement?.getAttribute('lang') ?? undefined)?.split('-')[0];
  const finish: FinishContext = { format: 'jsonld', warnings };
  if (ctx.sourceUrl) finish.sourceUrl = ctx.sourceUrl;
  if (ctx.sourceName) finish.sourceName = ctx.sourceName;
  if (language) finish.lang = language;
  let format: PageReading['format'] = 'jsonld';
  yield;
  let events: InclusionEvent[] = eventsFromJsonLdBlocks(data, (d) => d, finish);
  if (events.length === 0) {
    yield;
    format = 'html';
    events = eventsFromJsonLd(microdataItems(doc), { ...finish, format: 'html' });
  }
  if (events.length === 0 && options.textFallback !== false) {
    yield;
    format = 'html';
    events = extractEvents(text, {
      now: ctx.now,
      format: 'html',
      ...(ctx.live ? { live: true } : {}),
      ...(published ? { published } : {}),
      ...(language ? { lang: language } : {}),
      ...(ctx.sourceUrl ? { url: ctx.sourceUrl } : {}),
      ...(title ? { title } : {}),
      ...(ctx.sourceName ? { sourceName: ctx.sourceName } : {}),
    }).events;
  }
  const reading: PageReading = { format, events: uniqueIds(events), warnings, text };
  if (title) reading.pageTitle = title;
  if (published) reading.published = published;
  if (language) reading.language = language;
  return reading;
}

/**
 * Reading any source Inclusio knows: sniff the format, then hand the text to its reader.
 * Feed v1 is read in this chunk; the heavy readers (ical.js, htmlparser2, lib/extract) load on
 * demand, so a widget that only shows feed.json stays small.
 */
import type { HttpClient, Validators } from '../http/client.ts';
import { InclusioError, NotAFeedError, ParseError } from '../model/errors.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import { jsonFormat } from './detect-json.ts';
import { parseJsonFeed, readJsonFeed } from './json-feed.ts';
import type { ParsedSource, SourceContext } from './types.ts';
import type { ExtractOptions } from '../extract/index.ts';

export type { HtmlParser, ParsedSource, SourceContext } from './types.ts';
export type { PageReading } from './html.ts';

const ACCEPT = 'text/calendar, application/json, application/ld+json, application/rss+xml, application/atom+xml, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5';

/**
 * In a page, the free-text extractor's code is evaluated in steps, the main thread given back
 * after each: its date library's five languages first, then the extractor (vocabularies, towns,
 * patterns). In one step they made a single task of about 200 ms on a slow machine.
 */
async function loadExtractor(ctx: SourceContext): Promise<void> {
  if (!ctx.pause) return;
  await Promise.all([import('chrono-node/de'), import('chrono-node/en'), import('chrono-node/es'), import('chrono-node/fr'), import('chrono-node/it')]);
  await ctx.pause();
  const { warmUpExtractor } = await import('../extract/index.ts');
  await ctx.pause();
  // (Its first reading compiles its patterns: done stage by stage on a short text, not in the task of an RSS feed's items.)
  await warmUpExtractor(ctx.pause);
  await ctx.pause();
}

async function readText(text: string, ctx: SourceContext): Promise<ParsedSource> {
  await loadExtractor(ctx);
  const { extractEvents, extractEventsStepwise } = await import('../extract/index.ts');
  const options: ExtractOptions = {
    now: ctx.now,
    format: 'text',
    ...(ctx.published ? { published: ctx.published } : {}),
    ...(ctx.live ? { live: true } : {}),
    ...(ctx.sourceUrl ? { url: ctx.sourceUrl } : {}),
    ...(ctx.sourceName ? { sourceName: ctx.sourceName } : {}),
  };
  const result = ctx.pause ? await extractEventsStepwise(text, options, ctx.pause) : extractEvents(text, options);
  return { format: 'text', events: result.events, warnings: [] };
}

/**
 * Largest page a browser builds a DOM of while a partner's page waits: DOMParser reads a page in
 * one native call that cannot yield (a 2 MB page holds the main thread for about 200 ms).
 * Larger pages are read there for their JSON-LD and text, as pages too large for a DOM are.
 */
export const PAUSED_DOM_CHARS = 1_000_000;

/** Most characters of a page too large for a DOM that are parsed to read its microdata (half a page the DOM may read whole). */
export const MICRODATA_PART_CHARS = PAUSED_DOM_CHARS / 2;

/** Events of the microdata items of a page too large for a DOM, from a DOM of their part of it (microdata-region.ts). */
async function readMicrodataPart(text: string, ctx: SourceContext, parseHtml: NonNullable<SourceContext['parseHtml']>): Promise<ParsedSource | undefined> {
  const { microdataRegion } = await import('./microdata-region.ts');
  const part = microdataRegion(text, MICRODATA_PART_CHARS);
  if (!part) return undefined;
  const [{ readPage, readPageStepwise }, { prepareForDom }] = await Promise.all([import('./html.ts'), import('./nesting.ts')]);
  await ctx.pause?.();
  const prepared = prepareForDom(part.html);
  if (prepared.tooLarge) return undefined;
  await ctx.pause?.();
  const doc = parseHtml(prepared.html);
  await ctx.pause?.();
  const { format, events, warnings } = ctx.pause ? await readPageStepwise(doc, ctx, ctx.pause, { textFallback: false }) : readPage(doc, ctx, { textFallback: false });
  if (events.length === 0) return undefined;
  if (part.cut) warnings.unshift(`The page's microdata events go on past ${MICRODATA_PART_CHARS / 1_000} KB of it: only those before are read`);
  return { format, events, warnings };
}

async function readHtml(text: string, ctx: SourceContext): Promise<ParsedSource> {
  const notes: string[] = [];
  if (ctx.parseHtml && ctx.pause && text.length > PAUSED_DOM_CHARS) {
    notes.push(`The page is larger than ${PAUSED_DOM_CHARS / 1_000_000} MB: read for its JSON-LD, microdata and text only`);
  } else if (ctx.parseHtml) {
    await loadExtractor(ctx);
    const [{ readPage, readPageStepwise }, { prepareForDom, MAX_DOM_TOKENS }] = await Promise.all([import('./html.ts'), import('./nesting.ts')]);
    // Passes over a page that may be megabytes long: the page gets the main thread between them.
    await ctx.pause?.();
    const prepared = prepareForDom(text);
    if (!prepared.tooLarge) {
      await ctx.pause?.();
      const doc = ctx.parseHtml(prepared.html);
      await ctx.pause?.();
      const { format, events, warnings } = ctx.pause ? await readPageStepwise(doc, ctx, ctx.pause) : readPage(doc, ctx);
      return { format, events, warnings };
    }
    notes.push(`The page has more than ${MAX_DOM_TOKENS} tags and texts: read for its JSON-LD, microdata and text only`);
  }
  // No DOM at hand: JSON-LD blocks, else microdata items read from their part of the page, else the page's text.
  const { htmlToText, jsonLdSource, readJsonLdSource } = await import('./page-readers.ts');
  await ctx.pause?.();
  const structured = ctx.pause ? await readJsonLdSource(text, ctx, ctx.pause) : jsonLdSource(text, ctx);
  if (structured.events.length > 0) return { ...structured, warnings: [...notes, ...structured.warnings] };
  const items = ctx.parseHtml ? await readMicrodataPart(text, ctx, ctx.parseHtml) : undefined;
  if (items) return { ...items, warnings: [...notes, ...items.warnings, ...structured.warnings] };
  const fromText = await readText(htmlToText(text), ctx);
  return { ...fromText, format: 'html', warnings: [...notes, ...structured.warnings] };
}

const FEED_EXTENSION_RE = /\.(ics|ical|ifb|json|jsonld|rss|atom|xml|rdf)$/i;

/** True when the caller asked for a calendar format, or the address names one (feed.json, agenda.ics). */
function feedExpected(ctx: SourceContext): boolean {
  if (ctx.format) return ctx.format !== 'html' && ctx.format !== 'text';
  if (!ctx.sourceUrl) return false;
  try {
    return FEED_EXTENSION_RE.test(new URL(ctx.sourceUrl, 'file:///').pathname);
  } catch {
    return false;
  }
}

/**
 * Events from a source's text. The format is `ctx.format`, else sniffed from the text, the
 * content type and the URL.
 * @throws ParseError, ValidationError or UnsupportedFormatError with a short message.
 * @example const { events, warnings } = await parseSource(icsText, { now: new Date('2026-11-22'), sourceUrl: 'https://x.org/cal.ics' });
 */
export async function parseSource(text: string, ctx: SourceContext): Promise<ParsedSource> {
  const parsed = await readSource(text, ctx);
  // Whatever the reader, no control character leaves here (lib/model/sanitize.ts; idempotent).
  for (const event of parsed.events) sanitizeEvent(event);
  return parsed;
}

async function readSource(text: string, ctx: SourceContext): Promise<ParsedSource> {
  // JSON is told apart here; markup sniffing (htmlparser2) loads only for other texts.
  const format = ctx.format ?? jsonFormat(text, ctx.sourceUrl) ?? (await import('./detect.ts')).detectFormat(text, ctx.contentType, ctx.sourceUrl);
  // Asked for a calendar, got a web page (a login page behind feed.json): say so, not "not valid JSON".
  if (ctx.format && format !== 'html' && format !== 'text' && text.slice(0, 2048).trimStart().startsWith('<') && (await import('./detect.ts')).detectFormat(text) === 'html') {
    const page = await readHtml(text, ctx).catch(() => undefined);
    if (!page || page.events.length === 0) throw new NotAFeedError(ctx.sourceUrl ?? '(text)');
  }
  try {
    switch (format) {
      case 'json':
        return ctx.pause ? await readJsonFeed(text, ctx, ctx.pause) : parseJsonFeed(text, ctx);
      case 'ics': {
        const { parseIcs, readIcs } = await import('./ics.ts');
        return ctx.pause ? await readIcs(text, ctx, ctx.pause) : parseIcs(text, ctx);
      }
      case 'jsonld': {
        const { jsonLdSource, readJsonLdSource } = await import('./page-readers.ts');
        return ctx.pause ? await readJsonLdSource(text, ctx, ctx.pause) : jsonLdSource(text, ctx);
      }
      case 'rss': {
        await loadExtractor(ctx);
        const { parseRss } = await import('./rss.ts');
        return parseRss(text, ctx);
      }
      case 'tec': {
        const { readTec } = await import('./tec-pages.ts');
        return await readTec(text, ctx);
      }
      case 'html': {
        const page = await readHtml(text, ctx);
        // A login or error page where a calendar was asked for is a failure, not an empty calendar.
        if (page.events.length === 0 && feedExpected(ctx)) throw new NotAFeedError(ctx.sourceUrl ?? '(text)');
        return page;
      }
      default:
        return await readText(text, ctx);
    }
  } catch (error) {
    if (error instanceof InclusioError) throw error;
    throw new ParseError(format, `Could not read the ${format} source: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

/**
 * Fetches a source and reads it; an unchanged source (HTTP 304) is not read at all.
 * @throws the typed errors of the HTTP client and of parseSource.
 * @example
 * const result = await fetchSource(createHttpClient(), url, { now: new Date(), validators: cached?.validators });
 * if (!result.notModified) show(result.events);
 */
export async function fetchSource(
  client: HttpClient,
  url: string,
  ctx: SourceContext & { validators?: Validators },
): Promise<{ notModified: true; validators: Validators } | (ParsedSource & { notModified: false; validators: Validators; url: string })> {
  const { validators, ...context } = ctx;
  const response = await client.get(url, { accept: ACCEPT, ...(validators ? { validators } : {}) });
  if (response.notModified) return { notModified: true, validators: response.validators };
  const parsed = await parseSource(response.body, {
    loadPage: async (next) => {
      const page = await client.get(next, { accept: 'application/json' });
      return page.notModified ? '' : page.body;
    },
    // (What was just fetched is the live page; a caller may still say otherwise.)
    live: true,
    ...context,
    sourceUrl: context.sourceUrl ?? url,
    contentType: context.contentType ?? response.contentType,
  });
  return { ...parsed, notModified: false, validators: response.validators, url: response.url };
}

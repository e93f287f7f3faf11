/**
 * Following The Events Calendar's pages (`next_rest_url`) up to a cap, through the page loader
 * the caller passes in (its HTTP client). A page that fails keeps the events read before it.
 */
import { describeError } from '../model/errors.ts';
import { uniqueIds } from './finish.ts';
import { MAX_EVENTS_PER_SOURCE } from './jsonld.ts';
import { parseTecPage } from './tec.ts';
import type { ParsedSource, SourceContext } from './types.ts';

/** 20 pages of TEC's default 50 events: a thousand events, more than any partner lists ahead. */
export const MAX_TEC_PAGES = 20;

/**
 * Events of a TEC answer and of the pages after it.
 * @throws ParseError when the first page is not a TEC answer.
 * @example await readTec(firstPage, { now, sourceUrl, loadPage: async (url) => (await client.get(url)).body })
 */
export async function readTec(text: string, ctx: SourceContext): Promise<ParsedSource> {
  let page = parseTecPage(text, ctx);
  const events = [...page.events];
  const warnings = [...page.warnings];
  const seen = new Set([ctx.sourceUrl]);
  for (let count = 1; page.next && !seen.has(page.next); count++) {
    if (page.more || events.length >= MAX_EVENTS_PER_SOURCE) break;
    if (!ctx.loadPage) {
      warnings.push('More pages of events exist; only the first was read (no way to fetch the others here)');
      break;
    }
    if (count >= MAX_TEC_PAGES) {
      warnings.push(`More than ${MAX_TEC_PAGES} pages of events; only the first ${MAX_TEC_PAGES} were read`);
      break;
    }
    const url = page.next;
    seen.add(url);
    try {
      page = parseTecPage(await ctx.loadPage(url), ctx, url, MAX_EVENTS_PER_SOURCE - events.length);
    } catch (error) {
      warnings.push(`Page ${count + 1} of events could not be read (${describeError(error)}); the earlier pages were kept`);
      break;
    }
    events.push(...page.events);
    warnings.push(...page.warnings);
  }
  if (page.more || (page.next && events.length >= MAX_EVENTS_PER_SOURCE)) {
    warnings.push(`More than ${MAX_EVENTS_PER_SOURCE} events: only the first ${MAX_EVENTS_PER_SOURCE} were read`);
  }
  return { format: 'tec', events: uniqueIds(events), warnings };
}

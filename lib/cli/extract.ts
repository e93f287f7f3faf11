/**
 * `inclusio extract FILE|URL [--published YYYY-MM-DD] [--lang xx] [--url URL]`: the events a
 * page or a text announces, with the page's language and relevance, as JSON. `--url` says where
 * a saved page was published: links resolve against it and events without a link of their own
 * point to it.
 */
import { extractEvents, type ExtractResult } from '../extract/index.ts';
import type { HttpClient } from '../http/client.ts';
import { UsageError } from '../model/errors.ts';
import { isEventDate } from '../model/event.ts';
import { readPage } from '../sources/html.ts';
import { parseHtml } from './dom.ts';
import { isHttpUrl, readInput } from './input.ts';

export interface ExtractCommand {
  ref: string;
  published?: string;
  lang?: string;
  /** Where the page was published (an http(s) URL), when it was read from a file. */
  url?: string;
  cwd: string;
  client: HttpClient;
  now: Date;
}

const looksLikeHtml = (ref: string, text: string, contentType?: string) =>
  /\.x?html?$/i.test(ref) || /html/i.test(contentType ?? '') || /^\s*(<!doctype html|<html[\s>])/i.test(text);

/**
 * @example const result = await runExtract({ ref: 'post.txt', published: '2021-03-19', cwd, client, now });
 */
export async function runExtract(cmd: ExtractCommand): Promise<ExtractResult> {
  if (cmd.published !== undefined && (!isEventDate(cmd.published) || cmd.published.length !== 10)) {
    throw new UsageError('--published must be a date like 2021-03-19');
  }
  if (cmd.url !== undefined && !isHttpUrl(cmd.url)) throw new UsageError('--url must be an http(s) address');
  const input = await readInput(cmd.ref, cmd.cwd, cmd.client);
  const pageUrl = cmd.url ?? input.url;
  const base = {
    now: cmd.now,
    ...(cmd.published ? { published: cmd.published } : {}),
    ...(cmd.lang ? { lang: cmd.lang } : {}),
    ...(pageUrl ? { url: pageUrl } : {}),
  };
  if (!looksLikeHtml(cmd.ref, input.text, input.contentType)) {
    return extractEvents(input.text, { ...base, format: 'text' });
  }
  const page = readPage(parseHtml(input.text), {
    now: cmd.now,
    parseHtml,
    ...(pageUrl ? { sourceUrl: pageUrl } : {}),
    ...(cmd.published ? { published: cmd.published } : {}),
  });
  // The page's language and relevance come from its text; its events from structured data
  // (JSON-LD, microdata) when it has any, which beats reading the prose.
  const fromText = extractEvents(page.text, {
    ...base,
    format: 'html',
    ...(cmd.published ?? page.published ? { published: (cmd.published ?? page.published) as string } : {}),
    ...(page.pageTitle ? { title: page.pageTitle } : {}),
  });
  // Events read from prose carry a confidence; structured ones (JSON-LD, microdata) do not.
  const structured = page.events.filter((e) => e.confidence === undefined);
  if (structured.length === 0) return fromText;
  // The page itself is the best link an event without its own has.
  const events = cmd.url ? structured.map((e) => (e.url ? e : { ...e, url: cmd.url as string })) : structured;
  return { ...fromText, events };
}

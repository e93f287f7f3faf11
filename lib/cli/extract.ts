/**
 * `inclusio extract FILE|URL [--published YYYY-MM-DD] [--lang xx]`: the events a page or a
 * text announces, with the page's language and relevance, as JSON.
 */
import { extractEvents, type ExtractResult } from '../extract/index.ts';
import type { HttpClient } from '../http/client.ts';
import { UsageError } from '../model/errors.ts';
import { isEventDate } from '../model/event.ts';
import { readPage } from '../sources/html.ts';
import { parseHtml } from './dom.ts';
import { readInput } from './input.ts';

export interface ExtractCommand {
  ref: string;
  published?: string;
  lang?: string;
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
  const input = await readInput(cmd.ref, cmd.cwd, cmd.client);
  const base = {
    now: cmd.now,
    ...(cmd.published ? { published: cmd.published } : {}),
    ...(cmd.lang ? { lang: cmd.lang } : {}),
    ...(input.url ? { url: input.url } : {}),
  };
  if (!looksLikeHtml(cmd.ref, input.text, input.contentType)) {
    return extractEvents(input.text, { ...base, format: 'text' });
  }
  const page = readPage(parseHtml(input.text), {
    now: cmd.now,
    parseHtml,
    ...(input.url ? { sourceUrl: input.url } : {}),
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
  return structured.length === 0 ? fromText : { ...fromText, events: structured };
}

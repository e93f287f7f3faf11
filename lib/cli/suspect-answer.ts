/**
 * Answers that are a 200 but not the source: a partner's calendar URL that now serves a login
 * page, a "page not found" with status 200, a maintenance notice. Read as they are, they give
 * no events and the build would silently drop everything the partner announced; named as a
 * failure, the partner's earlier events are kept and the coordinator is told.
 */
import type { SourceFormat } from '../model/event.ts';
import { detectFormat } from '../sources/detect.ts';

/** Formats that are never an HTML page: if one is expected and a page comes, the source failed. */
const FEED_FORMATS: ReadonlySet<SourceFormat> = new Set(['ics', 'json', 'rss']);

const HTML_START = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^]{0,2000}?-->\s*){0,5}(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

// Words error, login and maintenance pages use, in the project's languages.
const ERROR_WORDS = /\b(?:40[0134]|410|429|50[0234]|not found|error|maintenance|unavailable|forbidden|access denied|log ?in|sign ?in|expired|suspended|introuvable|erreur|connexion|fehler|nicht gefunden|wartung|anmelden|errore|non trovat[ao]|manutenzione|accedi|no encontrad[ao]|mantenimiento|iniciar sesi[oó]n)\b|помилка|не знайдено|خطأ|غير موجود/i;

/**
 * True when the text is an HTML page (its first characters say so, whatever the content type).
 * @example looksLikeHtmlPage('<!DOCTYPE html><html>…') // true
 */
export function looksLikeHtmlPage(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/** The page's title (else its first heading, else its first words), to judge and to quote. */
function pageHeadline(text: string): string {
  const head = text.slice(0, 16_384);
  const title = /<title[^>]{0,200}>([^<]{0,300})/i.exec(head)?.[1] ?? /<h1[^>]{0,200}>([^<]{0,300})/i.exec(head)?.[1];
  const words = (title ?? head.slice(0, 4096).replace(/<[^>]{0,500}>/g, ' ')).replace(/\s+/g, ' ').trim();
  return words.slice(0, 80);
}

/**
 * The format a source is expected to have: the one SOURCES.json names, else the one it had
 * last time, else the one its address suggests (`.ics`, `.json`, `/feed.xml`).
 */
export function expectedFormat(url: string, declared?: SourceFormat, previous?: SourceFormat): SourceFormat | undefined {
  if (declared) return declared;
  if (previous) return previous;
  const guess = detectFormat('', undefined, url);
  return FEED_FORMATS.has(guess) ? guess : undefined;
}

/**
 * Why an answer must count as a failure, or undefined when it is fine.
 * @param text the body
 * @param expected what the source should be (see expectedFormat)
 * @param previousEvents how many events the source gave last time
 * @param eventsNow how many it gives now (undefined before reading)
 * @example suspectAnswer('<!doctype html><title>Login</title>', 'ics', 20) // 'answered with an HTML page ("Login") where a calendar was expected'
 */
export function suspectAnswer(text: string, expected: SourceFormat | undefined, previousEvents: number, eventsNow?: number): string | undefined {
  const isPage = looksLikeHtmlPage(text);
  if (isPage && expected && FEED_FORMATS.has(expected)) {
    const what = expected === 'ics' ? 'a calendar' : 'a feed';
    const headline = pageHeadline(text);
    return `answered with an HTML page${headline ? ` ("${headline}")` : ''} where ${what} was expected`;
  }
  if (eventsNow === 0 && previousEvents > 0) {
    const headline = pageHeadline(text);
    // Only the headline is judged: a real page of "no upcoming events" often has "Log in" in its menu.
    if (text.trim() === '' || ERROR_WORDS.test(headline)) {
      return `gave no events from what looks like an error page${headline ? ` ("${headline}")` : ''}; it gave ${previousEvents} before`;
    }
  }
  return undefined;
}

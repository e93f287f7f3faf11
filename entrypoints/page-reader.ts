import { classify } from '../lib/relevance/index.ts';
import { readPage } from '../lib/sources/html.ts';
import { now } from './shared/clock.ts';
import type { PageResult } from './shared/page-reading.ts';
import { findSiteFeeds } from './shared/site-feeds.ts';

/**
 * Reads the page the user is on when they open "On this page": JSON-LD events first, then the
 * main text through lib/extract, and the sources the site offers ("Follow this site").
 * Injected on demand by the popup (activeTab + scripting), never registered for every site.
 * An unlisted script, not a content script: it leaves no trace the page could see (no events,
 * no messages, no DOM changes); its return value is the result of scripting.executeScript.
 */
export default defineUnlistedScript((): PageResult => {
  const reading = readPage(document, {
    now: now(),
    // (The reader's tab shows the page as it is today.)
    live: true,
    sourceUrl: location.href,
    sourceName: document.title || location.hostname,
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  });
  const page = classify(`${reading.pageTitle ?? ''}\n${reading.text}`, reading.language ? { lang: reading.language } : {});
  const events = reading.events;
  const result: PageResult = {
    url: location.href,
    relevant: page.relevant || events.some((e) => e.relevance.relevant),
    relevance: { score: page.score, topics: page.topics, reasons: page.reasons, why: page.why },
    events,
    site: findSiteFeeds(document, location.href),
  };
  if (reading.pageTitle) result.title = reading.pageTitle;
  return result;
});

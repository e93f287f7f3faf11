import { classify } from '../lib/relevance/index.ts';
import { readPage } from '../lib/sources/html.ts';
import type { PageResult } from './shared/page-reading.ts';

/**
 * Reads the page the user is on when they open "On this page": JSON-LD events first, then the
 * main text through lib/extract. Injected on demand by the popup (activeTab + scripting), never
 * registered for every site; its return value is the result of scripting.executeScript.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main(): PageResult {
    const reading = readPage(document, {
      now: new Date(),
      sourceUrl: location.href,
      sourceName: document.title || location.hostname,
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    });
    const page = classify(`${reading.pageTitle ?? ''}\n${reading.text}`, reading.language ? { lang: reading.language } : {});
    const events = reading.events;
    const result: PageResult = {
      url: location.href,
      relevant: page.relevant || events.some((e) => e.relevance.relevant),
      relevance: { score: page.score, topics: page.topics, reasons: page.reasons },
      events,
    };
    if (reading.pageTitle) result.title = reading.pageTitle;
    return result;
  },
});

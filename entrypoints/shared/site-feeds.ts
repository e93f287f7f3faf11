/**
 * The event sources a page offers, found in the page itself: its RSS/Atom/calendar
 * <link rel="alternate">, links to .ics and webcal: calendars, The Events Calendar's REST
 * endpoint on WordPress sites, <inclusio-events src> widgets, and its own JSON-LD events.
 * Pure over a Document (the page reader passes the live one, tests a parsed one).
 */

export type SiteFeedKind = 'rss' | 'atom' | 'ics' | 'tec' | 'widget' | 'jsonld';

export interface SiteFeed {
  kind: SiteFeedKind;
  url: string;
  /** The title the page gives the feed, if any. */
  title?: string;
}

export interface SiteFeeds {
  /** The site's own name (og:site_name, else the host without www.). */
  siteName: string;
  feeds: SiteFeed[];
}

const MAX_FEEDS = 12;
const MAX_LINKS_SCANNED = 2000;
const TEC_PATH = 'tribe/events/v1/events';

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim().replace(/^webcals?:/i, 'https:'), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

const clean = (text: string | null | undefined, max = 120) => (text ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, max) || undefined;

/**
 * The site's name for a source list: "City of Gent" from og:site_name, else "gent.be".
 * @example siteNameOf(doc, 'https://www.gent.be/events') // 'gent.be' when the page names no site
 */
export function siteNameOf(doc: Document, pageUrl: string): string {
  const named = clean(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), 80);
  if (named) return named;
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return pageUrl;
  }
}

/** WordPress pages name their REST root; The Events Calendar leaves its marks in the markup. */
function tecEndpoint(doc: Document, pageUrl: string): string | undefined {
  const direct = doc.querySelector('link[href*="/tribe/events/v1/"], a[href*="/wp-json/tribe/events/v1/"]');
  if (direct) {
    const href = absolute(direct.getAttribute('href'), pageUrl);
    if (href) return href.replace(/(\/tribe\/events\/v1\/).*$/, `$1events`);
  }
  const hasTec = doc.querySelector(
    '[class*="tribe-events"], [class*="tribe-common"], script[src*="the-events-calendar"], link[href*="the-events-calendar"]',
  );
  if (!hasTec) return undefined;
  const apiRoot = absolute(doc.querySelector('link[rel="https://api.w.org/"]')?.getAttribute('href'), pageUrl) ?? absolute('/wp-json/', pageUrl);
  if (!apiRoot) return undefined;
  return absolute(TEC_PATH, apiRoot.endsWith('/') ? apiRoot : `${apiRoot}/`);
}

function hasJsonLdEvent(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 50)) {
    if (/"@type"\s*:\s*(\[[^\]]*)?"[A-Za-z]*Event"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Every source the page offers, first the ones made for machines (feeds, calendars, APIs),
 * then the page's own structured events; each URL once.
 * @example findSiteFeeds(document, location.href).feeds // [{ kind: 'rss', url: 'https://…/feed/' }, …]
 */
export function findSiteFeeds(doc: Document, pageUrl: string): SiteFeeds {
  const feeds: SiteFeed[] = [];
  const seen = new Set<string>();
  const add = (kind: SiteFeedKind, href: string | null | undefined, title?: string | null) => {
    const url = absolute(href, pageUrl);
    if (!url || seen.has(url) || feeds.length >= MAX_FEEDS) return;
    seen.add(url);
    const name = clean(title);
    feeds.push(name ? { kind, url, title: name } : { kind, url });
  };

  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate"][href]'))) {
    const type = (link.getAttribute('type') ?? '').toLowerCase().trim();
    const kind = type.includes('rss') ? 'rss' : type.includes('atom') ? 'atom' : type === 'text/calendar' ? 'ics' : undefined;
    if (kind) add(kind, link.getAttribute('href'), link.getAttribute('title'));
  }
  const tec = tecEndpoint(doc, pageUrl);
  if (tec) add('tec', tec);
  for (const widget of Array.from(doc.querySelectorAll('inclusio-events[src]'))) {
    for (const src of (widget.getAttribute('src') ?? '').split(/\s+/).filter(Boolean).slice(0, 5)) add('widget', src);
  }
  const anchors = Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS_SCANNED);
  for (const a of anchors) {
    const href = a.getAttribute('href') ?? '';
    // .ics files, webcal: subscriptions and The Events Calendar's "?ical=1" exports.
    if (/^webcals?:/i.test(href) || /\.ics(?:$|[?#])/i.test(href) || /[?&]ical=1(?:$|[&#])/i.test(href)) add('ics', href, a.textContent);
  }
  if (hasJsonLdEvent(doc)) add('jsonld', pageUrl, doc.title);
  return { siteName: siteNameOf(doc, pageUrl), feeds };
}

/**
 * The name a followed source gets: the site's name, with the feed's own title when the site
 * offers more than one.
 * @example followName({ siteName: 'Gent', feeds: [a, b] }, { kind: 'ics', url, title: 'Workshops' }) // 'Gent: Workshops'
 */
export function followName(site: SiteFeeds, feed: SiteFeed, kindLabel: string): string {
  if (site.feeds.length <= 1) return site.siteName;
  const detail = feed.title && feed.title !== site.siteName ? feed.title : kindLabel;
  return `${site.siteName}: ${detail}`;
}

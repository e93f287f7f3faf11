/**
 * The town a page's own site is named after: "comune.arcore.mb.it", "stadtlohn.de", "ayto-fuengirola.es",
 * "ville-talence.fr". A council's or a local group's site holds its gatherings in its town, which
 * its pages often take for granted ("Begegnungsfest im Bürgerhaus" and no town in the text).
 */
import type { EventLocation } from '../model/event.ts';
import { freeTownCountry } from './places-data.ts';
import { hostName } from './host-name.ts';

/** Country codes of the web whose two letters differ from the country's ISO code. */
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'GB' };
/** Host words that are no town whatever the lists say ("www", the kinds of site a council or a group runs). */
const NOT_TOWN = new Set(['www', 'web', 'comune', 'ville', 'mairie', 'stadt', 'ayto', 'ayuntamiento', 'gemeinde', 'blog', 'news']);

/**
 * A known town (of the page's own country, by its domain) named by the words of a page's host.
 * @example townInAddress('https://www.comune.arcore.mb.it/news/festa') // { city: 'Arcore', country: 'IT' }
 */
export function townInAddress(url: string | undefined): EventLocation | undefined {
  const host = hostName(url);
  if (!host) return undefined;
  const labels = host.split('.');
  const domain = labels.pop() ?? '';
  // (Only a country's own domain says where the site is: ".org", ".eu" or ".com" sites are anywhere.)
  if (!/^[a-z]{2}$/.test(domain) || domain === 'eu') return undefined;
  const country = DOMAIN_COUNTRY[domain] ?? domain.toUpperCase();
  const words = labels.flatMap((l) => l.split('-')).filter((w) => /^[a-z]+$/.test(w));
  let best: string | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      if (name.length < 4 || NOT_TOWN.has(name) || freeTownCountry(name) !== country) continue;
      if (!best || name.length > best.length) best = name;
      break;
    }
  }
  return best ? { city: best.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()), country } : undefined;
}

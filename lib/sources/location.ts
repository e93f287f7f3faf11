/**
 * Splits a one-line place as calendars write it ("Name, street, postcode city, country")
 * into the model's parts. A heuristic: it keeps the whole text in `name` or `address` when
 * it cannot tell the parts apart, so nothing a partner wrote is lost.
 */
import type { EventLocation } from '../model/event.ts';
import { countryCode } from '../geo/countries.ts';

const STREET_RE =
  /\d|\b(?:rue|avenue|boulevard|chauss[ée]e|place|quai|all[ée]e|impasse|street|road|lane|square|strasse|straße|gasse|weg|platz|allee|ring|via|viale|piazza|corso|largo|calle|avenida|plaza|paseo|carrer|rua|straat|laan|plein|gracht|ulica)\b|\b(?:av|bd|st|rd|str|ul)\./i;
/** "1040 Bruxelles", "75011 Paris", "D-10115 Berlin", "00184 Roma RM", "28013 Madrid" */
const POSTCODE_CITY_RE = /^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(\p{L}[\p{L}\s'.-]*?)(?:\s+\(?[A-Z]{2}\)?)?$/u;
/** "London SW1A 1AA", "Dublin 2" */
const CITY_POSTCODE_RE = /^(\p{L}[\p{L}\s'.-]*?)\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{1,2})$/u;
const URL_RE = /https?:\/\/[^\s<>"')]+/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The city in a "postcode city" (or "city postcode") part, if it has that shape. */
function cityOf(part: string): string | undefined {
  const a = POSTCODE_CITY_RE.exec(part);
  if (a) return clean(a[2] ?? '');
  const b = CITY_POSTCODE_RE.exec(part);
  if (b && !STREET_RE.test(b[1] ?? '')) return clean(b[1] ?? '');
  return undefined;
}

/**
 * Parts of a written place, or undefined when nothing physical is left (empty, or only a URL).
 * @example splitLocation('Maison des Associations, Rue de la Loi 42, 1040 Bruxelles, Belgique')
 * // { name: 'Maison des Associations', address: 'Rue de la Loi 42, 1040 Bruxelles', city: 'Bruxelles', country: 'BE' }
 */
export function splitLocation(text: string | undefined): EventLocation | undefined {
  if (!text) return undefined;
  // Feeds repeat their venues: split each text once (copies, as callers may change them).
  const known = memo.get(text);
  if (known !== undefined) return known ? { ...known } : undefined;
  const split = splitUncached(text);
  if (memo.size > 2_000) memo.clear();
  memo.set(text, split ?? null);
  return split ? { ...split } : undefined;
}

const memo = new Map<string, EventLocation | null>();

function splitUncached(text: string): EventLocation | undefined {
  const withoutUrl = clean(text.replace(URL_RE, ' ').replace(/[\r\n]+/g, ', '));
  // Meetup style: "Venue (street, city, country)".
  const bracketed = /^([^(),]+?)\s*\((.+)\)$/.exec(withoutUrl);
  if (bracketed) {
    const inner = splitUncached(bracketed[2] ?? '') ?? {};
    const name = clean(bracketed[1] ?? '');
    const out: EventLocation = { name };
    if (inner.name || inner.address) out.address = [inner.name, inner.address].filter(Boolean).join(', ');
    if (inner.city) out.city = inner.city;
    if (inner.country) out.country = inner.country;
    return out;
  }
  const parts = withoutUrl.split(/\s*[,;]\s*|\s+[–|]\s+/).map(clean).filter(Boolean);
  // WordPress style: "..., Berlin, 12043, Deutschland": a lone postcode belongs to the city before it.
  for (let i = parts.length - 1; i > 0; i--) {
    if (/^\d{4,5}$/.test(parts[i] ?? '') && !/\d/.test(parts[i - 1] ?? '')) {
      parts.splice(i - 1, 2, `${parts[i]} ${parts[i - 1]}`);
    }
  }
  if (parts.length === 0) return undefined;
  const out: EventLocation = {};
  const last = parts[parts.length - 1];
  const country = parts.length > 1 || last?.length === 2 ? countryCode(last) : countryCode(last);
  if (country) {
    out.country = country;
    parts.pop();
  }
  if (parts.length === 0) return out;
  let cityIndex = -1;
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 2) && cityIndex < 0; i--) {
    const city = cityOf(parts[i] ?? '');
    if (city) {
      out.city = city;
      cityIndex = i;
    }
  }
  if (cityIndex < 0 && (parts.length >= 2 || out.country)) {
    const candidate = parts[parts.length - 1] ?? '';
    if (!STREET_RE.test(candidate) && candidate.split(' ').length <= 4) {
      out.city = candidate;
      cityIndex = parts.length - 1;
    }
  }
  // "..., 1000 Bruxelles, Bruxelles" (a writer that adds the city again): keep it once.
  const cityPart = parts[cityIndex] ?? '';
  if (out.city && cityIndex >= 0 && cityIndex < parts.length - 1 && parts[parts.length - 1]?.toLowerCase() === out.city.toLowerCase() && cityPart.toLowerCase() !== out.city.toLowerCase()) {
    parts.pop();
  }
  const first = parts[0] ?? '';
  const hasName = !STREET_RE.test(first) && !(parts.length === 1 && cityIndex === 0);
  if (hasName) out.name = first;
  // A bare city ("..., Lisbon") is the city, not part of the address; "1100 Wien" stays in it for the postcode.
  const bareCity = cityIndex >= 0 && !cityOf(parts[cityIndex] ?? '');
  const addressParts = parts.slice(hasName ? 1 : 0, bareCity ? cityIndex : undefined);
  if (addressParts.length > 0) out.address = addressParts.join(', ');
  return out;
}

/**
 * The first http(s) URL in a text, without trailing punctuation.
 * @example firstUrl('See https://x.org/a.') // 'https://x.org/a'
 */
export function firstUrl(text: string | undefined): string | undefined {
  return text ? URL_RE.exec(text)?.[0]?.replace(/[.,;:!?]+$/, '') : undefined;
}

/**
 * True when a location object has something in it.
 * @example hasPlace({ city: 'Gent' }) // true
 */
export function hasPlace(location: EventLocation | undefined): location is EventLocation {
  return !!location && !!(location.name || location.address || location.city || location.country);
}

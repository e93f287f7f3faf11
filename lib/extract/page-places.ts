/**
 * Where the events of a page happen when their own words do not say: the page's venue line
 * or address, a venue named in its text, the town in its headline, a venue shared by a
 * series, an event "at the same place" as the one before.
 */
import type { EventLocation } from '../model/event.ts';
import { foldKeepLength } from '../relevance/fold.ts';
import type { DateMention } from './dates.ts';
import type { Draft, PlaceIndex } from './draft.ts';
import { detectLanguages } from './language.ts';
import { decideMode, modeCues } from './mode.ts';
import { looksLikeAddress, mainCity, pageTown, placeFromValue, VENUE_LABEL } from './place.ts';
import { townInAddress } from './places-address.ts';
import { COUNTRY_CODE, townCountry } from './places-data.ts';
import { postcodeLine } from './places-lines.ts';
import { distinctiveWord, onlyAKind } from './venue.ts';
import { lineAt, paragraphAt, sentenceAt, type PageText } from './text.ts';

const VENUE_ALONE = /^\s*(?:venue|location|place|where|address|meeting point|lieu|adresse|rendez-vous|rdv|ort|veranstaltungsort|tagungsort|treffpunkt|luogo|sede|indirizzo|dove|ritrovo|punto di ritrovo|appuntamento|lugar|direccion|donde|punto de encuentro|lugar de encuentro)\s*:?\s*$/u;

/**
 * The venue of a page about one event: a venue line, an address line, or a venue in its text.
 * @example pageVenue(page, places) // { name: 'Maison de la Paix', city: 'Bruxelles', country: 'BE' }
 */
export function pageVenue(page: PageText, places: PlaceIndex): EventLocation | undefined {
  const lines = page.text.split('\n').slice(0, 400);
  const folded = page.folded.split('\n').slice(0, 400);
  let town: EventLocation | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = VENUE_LABEL.exec(folded[i]!);
    if (label && line.length < 200) {
      const place = placeFromValue(line.slice(line.length - label[1]!.length));
      // ("Date and place: 13-16 March in Brussels" then "Venue: Bedford Hotel": a town alone gives way to a venue line after it.)
      if (place && (place.name || place.address)) return place;
      town ??= place;
    }
    if (VENUE_ALONE.test(folded[i]!)) {
      // "VERANSTALTUNGSORT" on its own line: the venue follows, one part per line.
      const parts: string[] = [];
      for (let j = i + 1; j < Math.min(lines.length, i + 5) && lines[j]!.trim(); j++) parts.push(lines[j]!.trim());
      const place = placeFromValue(parts.join(', '));
      if (place) return place;
    }
  }
  if (town) return town;
  for (const line of lines) {
    if (!line.trim() || !looksLikeAddress(line)) continue;
    const place = placeFromValue(line);
    // ("Arci X via Lissi 6 22100 Como, tel. 327..., info@...": a contact line is the organiser's address; its town is all it tells.)
    if (CONTACT.test(line) && place?.city) return { city: place.city, ...(place.country ? { country: place.country } : {}) };
    return place;
  }
  return venuesOnPage(page, places)[0];
}

/** A place that is only a country: "Italie", "Spain". */
function countryAlone(location: EventLocation): boolean {
  return !location.city && !location.address && (!location.name || COUNTRY_CODE.has(foldKeepLength(location.name)));
}

/** A phone number, an e-mail or a web address on a line: a contact block. */
const CONTACT = /(?<![\p{L}])(?:tel|tél|tlf|telf|fax|phone|telefono|teléfono|téléphone|telefon)\b\.?|@[\w-]+\.|www\./iu;

/**
 * A series page gives its place once ("Ort: online (Zoom)" under three dated parts): when the
 * page has a single venue line, events that name no place or mode of their own take it.
 */
function sharedVenueLine(page: PageText, drafts: Draft[]): void {
  // (The page's lines are read only when an event would take their place.)
  if (drafts.length < 2 || !drafts.some((d) => !d.location && (!d.mode || d.mode === 'unknown'))) return;
  const values: string[] = [];
  for (const [i, line] of page.folded.split('\n', 2000).entries()) {
    const label = VENUE_LABEL.exec(line);
    if (label && line.length < 200) values.push(page.text.split('\n', i + 1)[i]!.slice(line.length - label[1]!.length));
    if (values.length > 1) return;
  }
  if (values.length !== 1) return;
  const cues = modeCues(foldKeepLength(values[0]!));
  const place = placeFromValue(values[0]!);
  for (const d of drafts) {
    if (d.location || (d.mode && d.mode !== 'unknown')) continue;
    if (place) d.location = place;
    d.mode = decideMode(cues, !!place);
  }
}

/** Venues named in the running text of a page's first paragraphs, each once. */
function venuesOnPage(page: PageText, places: PlaceIndex): EventLocation[] {
  // (Asked up to four times per page, for its single event, its placeless ones and its online ones: read once.)
  const known = venuesRead.get(page);
  if (known?.places === places) return known.venues.map((v) => ({ ...v }));
  const venues = readVenuesOnPage(page, places);
  venuesRead.set(page, { places, venues: venues.map((v) => ({ ...v })) });
  return venues;
}

const venuesRead = new WeakMap<PageText, { places: PlaceIndex; venues: EventLocation[] }>();

function readVenuesOnPage(page: PageText, places: PlaceIndex): EventLocation[] {
  const found: EventLocation[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraphs.exec(page.text); p && p.index < 20_000; p = paragraphs.exec(page.text)) {
    const venue = places.venueIn(page.text, { start: p.index, end: p.index + p[0].length });
    // ("Un jour, les enfants retournent à l'école": a kind of place without a name is only the place of a gathering that says it.)
    if (venue && !onlyAKind(venue) && !found.some((v) => v.name === venue.name && v.address === venue.address)) found.push(venue);
  }
  return found;
}

// "at the same place", "au même endroit", "am selben Ort", "nello stesso luogo", "en el mismo lugar".
const SAME_PLACE = /(?<![\p{L}])(?:same (?:place|venue|location|address)|meme (?:endroit|lieu|adresse|salle)|selben ort|gleichen ort|stess[oa] (?:luogo|posto|indirizzo|sede)|mismo (?:lugar|sitio|espacio))(?![\p{L}])/u;

/**
 * An event "at the same place" is where the event named before it is.
 * @example inheritSamePlace(drafts)
 */
export function inheritSamePlace(drafts: Draft[]): void {
  const byPos = [...drafts].sort((a, b) => a.pos - b.pos);
  for (let i = 1; i < byPos.length; i++) {
    const d = byPos[i]!;
    const prev = byPos[i - 1]!;
    if (d.location || !prev.location || !SAME_PLACE.test(foldKeepLength(d.text))) continue;
    d.location = prev.location;
    if (!d.mode || d.mode === 'unknown') d.mode = prev.mode === 'online' ? undefined : prev.mode;
  }
}

/**
 * Places for the events of a page that name none: the headline's town, the page's single
 * venue line, or the one venue its text names (a town alone gives way to it).
 * @example placeFromPage(page, drafts, places, mentions)
 */
export function placeFromPage(page: PageText, merged: Draft[], places: PlaceIndex, mentions: readonly DateMention[], url?: string): void {
  // A place the headline names ("Report: our study visit to Stockholm") is where the
  // page's in-person events happen when their own text names none.
  const firstLine = page.text.search(/\S/);
  const headSpan = firstLine >= 0 ? { start: firstLine, end: lineAt(page, firstLine).end } : undefined;
  const isHeadline = headSpan && headSpan.end - headSpan.start <= 160 && headSpan.end < page.text.length
    && !mentions.some((m) => m.start < headSpan.end && m.end > headSpan.start);
  const headCity = isHeadline ? places.cityIn(headSpan) : undefined;
  if (headCity) {
    for (const d of merged) {
      // (A country alone, "une expérience réussie en Italie", gives way to the town the headline names.)
      if ((d.location && !countryAlone(d.location)) || d.mode === 'online' || d.mode === 'hybrid') continue;
      d.location = headCity;
      d.mode = 'in-person';
    }
  }
  // A series at one venue ("our workshops are back at the Centro Cívico Las Sirenas"): that
  // venue is where its dates happen, when the page names no other.
  sharedVenueLine(page, merged);
  // A town alone (from the headline or the paragraph) gives way to that venue in the same town.
  const placeless = (d: Draft) => d.mode !== 'online' && (!d.location || (!d.location.name && !d.location.address));
  if (merged.length >= 1 && merged.some(placeless)) {
    const venues = venuesOnPage(page, places);
    const venue = venues.length === 1 ? venues[0]! : undefined;
    for (const d of venue ? merged : []) {
      if (!placeless(d) || (d.location?.city && venue!.city && foldKeepLength(d.location.city) !== foldKeepLength(venue!.city))) continue;
      // (The town the event already had stays with the venue that names none.)
      d.location = venue!.city || !d.location?.city ? venue : { ...venue, city: d.location.city, ...(d.location.country ? { country: d.location.country } : {}) };
      d.mode = d.mode === 'hybrid' ? 'hybrid' : 'in-person';
    }
  }
  labelledVenue(page, merged, places);
  paragraphVenue(page, merged, places);
  venueByShortName(page, merged, places);
  onlineFromPage(page, merged, places);
  withMainCity(page, merged, url);
  onlyPlaceOfPage(page, merged, places);
}

/**
 * A gathering in person that nothing on the page places (no venue, no town) is at the page's one place: its only venue
 * line, else its only address line (a contact line gives its town), else a name and postcode on a line of its own
 * ("Fabrique du Viala Lanuéjols 48000 Lozère"), else the only venue its text names. Two of a kind leave it open.
 * @example onlyPlaceOfPage(page, drafts, places)
 */
function onlyPlaceOfPage(page: PageText, drafts: Draft[], places: PlaceIndex): void {
  const pageCues = modeCues(page.folded.slice(0, 20_000));
  const open = drafts.filter((d) => !d.location && (d.mode === 'in-person' || d.mode === 'hybrid' || (!d.mode && !pageCues.online && !pageCues.stream)));
  if (!open.length) return;
  const place = onlyPlace(page, places);
  if (!place) return;
  for (const d of open) {
    d.location = { ...place };
    d.mode ??= 'in-person';
  }
}

function onlyPlace(page: PageText, places: PlaceIndex): EventLocation | undefined {
  const lines = page.text.split('\n', 400);
  const labelled = new Set<string>();
  const addresses = new Set<string>();
  const postcodes = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const text = line.trim();
    if (!text || text.length > 200) continue;
    const label = VENUE_LABEL.exec(foldKeepLength(line));
    if (label) labelled.add(line.slice(line.length - label[1]!.length).trim());
    else if (looksLikeAddress(text)) addresses.add(text);
    else if (postcodeLine(text) && i > 0) postcodes.add(text);
  }
  const one = (set: Set<string>) => (set.size === 1 ? placeFromValue([...set][0]!) : undefined);
  const address = addresses.size === 1 ? [...addresses][0]! : undefined;
  const fromAddress = address ? placeFromValue(address) : undefined;
  const contact = address && CONTACT.test(address) && fromAddress?.city ? { city: fromAddress.city, ...(fromAddress.country ? { country: fromAddress.country } : {}) } : fromAddress;
  const venues = venuesOnPage(page, places);
  return one(labelled) ?? (labelled.size ? undefined : contact) ?? (labelled.size || addresses.size ? undefined : one(postcodes)) ?? (venues.length === 1 ? venues[0] : undefined);
}

/**
 * A venue named without its town ("Cine Alfil", "Casa del Mar") is in the town the page is
 * about; a gathering in person with no place at all is there too ("Citylauf in Stadtlohn").
 * @example withMainCity(page, drafts)
 */
const OWN_TOWN_VENUE = /^\p{Lu}[\p{L}'’-]+\s+(?:Town Hall|City Hall|Shire Council|Shire Hall|Council|Civic Centre|Civic Center|Town Council|City Council|Rathaus|Stadthalle|Mairie|Hôtel de Ville|Municipio|Ayuntamiento)$/u;

function withMainCity(page: PageText, drafts: Draft[], url?: string): void {
  // (A gathering of unknown mode counts as in person on a page that never speaks of online, as index.ts then reads it.)
  const pageCues = modeCues(page.folded.slice(0, 20_000));
  const inPlace = (d: Draft) => d.mode === 'in-person' || d.mode === 'hybrid' || (!d.mode && !pageCues.online && !pageCues.hybrid && !pageCues.stream);
  const wanting = (d: Draft) => inPlace(d) && (!d.location || (!d.location.city && (d.location.name || d.location.address)));
  if (!drafts.some(wanting)) return;
  const language = detectLanguages(page.folded, true)[0];
  // (Past the page's head, the town the whole page names most: empty would be no better than a guess.)
  // (Then the town the page's own site is named after: "stadtlohn.de", "comune.arcore.mb.it".)
  const city = mainCity(page.text, page.folded, language) ?? pageTown(page.text, page.folded, language) ?? townInAddress(url);
  if (!city?.city) return;
  for (const d of drafts) {
    if (!wanting(d)) continue;
    // "Barcaldine Town Hall", "Winton Shire Council": a venue named after its own town.
    if (OWN_TOWN_VENUE.test(d.location?.name ?? '') && !d.location!.name!.startsWith(city.city)) continue;
    // A country named as the place ("Malta") is not given a town; a known country must agree.
    if (d.location?.country && city.country && d.location.country !== city.country) continue;
    d.location = { ...(d.location ?? {}), city: city.city, ...(city.country ? { country: city.country } : d.location?.country ? { country: d.location.country } : {}) };
  }
}

/**
 * "Alle Workshops werden über Zoom durchgeführt", said once after the dates: on a page that
 * speaks only of online attendance and names no venue, the gatherings that say nothing
 * themselves are online.
 * @example onlineFromPage(page, drafts, places)
 */
function onlineFromPage(page: PageText, drafts: Draft[], places: PlaceIndex): void {
  const open = drafts.filter((d) => !d.mode && !d.location);
  // (Another gathering of the page held somewhere, "Final conference: 3 February in Brussels", says the page is not all online.)
  if (!open.length || drafts.some((d) => d.location || d.mode === 'in-person' || d.mode === 'hybrid')) return;
  const cues = modeCues(page.folded.slice(0, 20_000));
  if (!(cues.online || cues.stream) || cues.inPerson || cues.hybrid || cues.physical) return;
  if (venuesOnPage(page, places).length || page.text.split('\n', 400).some((l) => l.trim() && looksLikeAddress(l))) return;
  for (const d of open) d.mode = 'online';
}

/**
 * "Date and place: 13-16 March in Brussels" / "Venue: Hotel X": a page about one event whose
 * own words gave only the town takes the venue its venue line names, with that town.
 * @example labelledVenue(page, drafts, places)
 */
function labelledVenue(page: PageText, drafts: Draft[], places: PlaceIndex): void {
  const only = drafts.length === 1 ? drafts[0]! : undefined;
  if (!only?.location?.city || only.location.name || only.location.address || only.mode === 'online') return;
  const venue = pageVenue(page, places);
  if (!venue || !(venue.name || venue.address)) return;
  if (venue.city && foldKeepLength(venue.city) !== foldKeepLength(only.location.city)) return;
  only.location = { ...venue, city: venue.city ?? only.location.city, ...(venue.country ?? only.location.country ? { country: venue.country ?? only.location.country } : {}) };
}

/**
 * "St. Augustine's kick started Refugee Week by holding a party on Monday 20th June": a venue the page names in full
 * elsewhere ("here at St. Augustine's Centre") named by its own word alone in a gathering's sentence. The town the
 * gathering had stays; a word that is a town's is no venue's.
 * @example venueByShortName(page, drafts, places)
 */
function venueByShortName(page: PageText, drafts: Draft[], places: PlaceIndex): void {
  const open = drafts.filter((d) => d.mode !== 'online' && !d.location?.name && !d.location?.address);
  if (!open.length) return;
  const venues = venuesOnPage(page, places).filter((v) => v.name).slice(0, 12);
  // (One pattern per venue whose word the page writes more than once, read on each open gathering's sentence only.)
  const twice = (w: string) => { const i = page.folded.indexOf(w); return i >= 0 && page.folded.indexOf(w, i + w.length) >= 0; };
  const words = venues.map((v) => distinctiveWord(v.name!)).map((w) => (w && twice(w) && !townCountry(w) ? new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u') : undefined));
  if (!words.some(Boolean)) return;
  for (const d of open) {
    const span = sentenceAt(page, d.pos);
    const sentence = page.folded.slice(span.start, span.end);
    const hits = venues.filter((_, i) => words[i]?.test(sentence));
    if (hits.length !== 1 || (d.location?.city && hits[0]!.city && foldKeepLength(d.location.city) !== foldKeepLength(hits[0]!.city))) continue;
    const town = d.location?.city && !hits[0]!.city ? { city: d.location.city, ...(d.location.country ? { country: d.location.country } : {}) } : {};
    d.location = { ...hits[0]!, ...town };
    d.mode ??= 'in-person';
  }
}

/**
 * "The festival takes place in Piazza Maggiore. It opens on Saturday 4 May at 10:00": a venue
 * named in the paragraph of an event whose own sentence names none (or only the town), when
 * that paragraph dates no other event and names one venue.
 * @example paragraphVenue(page, drafts, places)
 */
function paragraphVenue(page: PageText, drafts: Draft[], places: PlaceIndex): void {
  for (const d of drafts) {
    if (d.mode === 'online' || d.location?.name || d.location?.address) continue;
    const para = paragraphAt(page, d.pos);
    if (para.end - para.start > 1500) continue;
    if (drafts.some((o) => o !== d && o.pos >= para.start && o.pos < para.end)) continue;
    // ("Le concert aura lieu à La Friche. ... le 20 juin": a place known by its name alone, when the paragraph names no other.)
    const venue = places.venueIn(page.text, para) ?? places.namedIn(page.text, para);
    if (!venue || !(venue.name || venue.address)) continue;
    // A second venue in the paragraph leaves the choice open.
    const after = venue.name ? page.text.indexOf(venue.name, para.start) : -1;
    const rest = { start: after + (venue.name?.length ?? 0), end: para.end };
    if (after >= 0 && (places.venueIn(page.text, rest) || places.namedIn(page.text, rest))) continue;
    const town = d.location?.city;
    if (town && venue.city && foldKeepLength(town) !== foldKeepLength(venue.city)) continue;
    d.location = town && !venue.city ? { ...venue, city: town, ...(d.location?.country ? { country: d.location.country } : {}) } : venue;
    if (!d.mode) d.mode = 'in-person';
  }
}

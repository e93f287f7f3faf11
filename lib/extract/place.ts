/**
 * Where an event happens: a labelled venue line ("Venue:", "Lieu :", "Ort:", "Luogo:",
 * "Lugar:"), an address line (street and postcode), or a known city named near the date
 * ("Bruxelles 21 June", "in Berlin"). Cities keep the spelling of the page; the country
 * code comes from the address or the city.
 */
import { isAbstractNoun } from './abstract-nouns.ts';
import type { EventLocation } from '../model/event.ts';
import { foldKeepLength } from '../relevance/fold.ts';
import { compileTerms, type TermMatcher } from '../relevance/matcher.ts';
import type { Term } from '../relevance/taxonomy.ts';
import { CITY_COUNTRY, COUNTRY_CODE, freeTownCountry, startsTownAt, townCountry } from './places-data.ts';
import { namesAnAgreement } from './places-agreements.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { endingWith } from './places-ends.ts';
import { keptCopies, RecentAnswers } from './recent-answers.ts';
import { lowerBound } from './sorted.ts';
import { isDayWord } from './places-day-words.ts';

// Place names are found like taxonomy terms: word by word, so a thousand names cost no more than ten.
const asTerms = (names: Iterable<string>): Term[] => [...names].map((term) => ({ term, weight: 0 }));
let compiled: { city: TermMatcher; country: TermMatcher } | undefined;
const matchers = () => (compiled ??= { city: compileTerms(asTerms(CITY_COUNTRY.keys())), country: compileTerms(asTerms(COUNTRY_CODE.keys())) });

/** What a place field may be the place of, folded, in the five languages ("Lieu de l'événement", "Ort der Veranstaltung", "Event location"). */
const FIELD_EVENT = '(?:event|evento|evenement|veranstaltung|incontro|encuentro|rencontre|treffen|meeting|celebracion|realizacion|formation|formazione|formacion|'
  + 'training|course|corso|curso|kurs|conference|conferenza|conferencia|konferenz|colloque|convegno|congreso|kongress|seminar|seminario|atelier|taller|workshop|'
  + 'laboratorio|manifestation|actividad|attivita|activite|activity|jornada|giornata|journee|reunion|riunione|session|sessione|sesion|festa|fiesta|fete|fest|'
  + 'concert|concerto|concierto|konzert|mostra|exposicion|exposition|ausstellung|exhibition|spettacolo|espectaculo|spectacle|screening|proiezione|projection|proyeccion)'
  + '(?:s|es|i|e|en)?';
const FIELD_LABEL = "(?:venue|location|place|where|address|meeting point|lieu|adresse|ou|lieu de rendez-vous|rendez-vous|rdv|emplacement|ort|veranstaltungsort|tagungsort|treffpunkt|wo|anschrift|standort|austragungsort|luogo|sede|indirizzo|dove|luogo di ritrovo|ritrovo|punto di ritrovo|punto d'incontro|appuntamento|ubicazione|lugar|direccion|donde|punto de encuentro|lugar de encuentro|ubicacion|localizacion|sitio)";
/** When, joined to the place in one label ("Date et lieu :", "Datum und Ort:", "Data e luogo:", "Fecha y lugar:", "When and where:", "Lieu et horaires :"). */
const FIELD_WHEN = '(?:date|dates|datum|termin|data|fecha|zeit|time|times|when|quando|cuando|wann|heure|horaire|horaires|ora|orario|hora|horario|day|jour|giorno|dia|tag)';
const FIELD_AND = '\\s*(?:and|und|et|e|y|&|/)\\s*';
// (A dash also ends a label at a line's start, "Venue – Greenway Centre"; a pin stands for one, "📍 The Old Fire Station, Oxford".)
/** "Lieu :", "Ort:", also of what ("Lieu de l'événement :", "Luogo dell'incontro:", "Ort der Veranstaltung:") or after it ("Event location:"). */
export const VENUE_LABEL = new RegExp(`^\\s*[-•*]?\\s*(?:¿?\\s*(?:${FIELD_WHEN}${FIELD_AND})?(?:${FIELD_EVENT}\\s+)?${FIELD_LABEL}(?:\\s+(?:de la\\s+|de l['’]\\s*|del\\s+|de los\\s+|de las\\s+|de\\s+|dell['’]\\s*|della\\s+|dello\\s+|dei\\s+|degli\\s+|delle\\s+|di\\s+|du\\s+|des\\s+|of the\\s+|of\\s+|der\\s+|des\\s+|for the\\s+)${FIELD_EVENT})?(?:${FIELD_AND}${FIELD_WHEN})?\\s*(?:[:?]|[-–—](?=\\s))|📍|📌)\\s*(.+)$`, 'u');
const STREET = /(?<![\p{L}])(?:rue|avenue|av\.|boulevard|bd|place|chaussee|quai|impasse|street|st\.|road|rd\.|square|lane|stra(?:ss|ß)e|str\.|platz|weg|allee|gasse|ring|damm|via|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|plaza|paseo|carrer|carretera|ronda|rambla)(?![\p{L}])|[\p{L}](?:stra(?:ss|ß)e|straße|platz|weg|gasse|allee)(?![\p{L}])/u;
// Read on the text as written: a town is capitalised, and a Dutch postcode's letters too ("1012 AB
// Amsterdam"), so "4 May 2027 in Brussels" or "2027 um 19 Uhr" is no postcode.
const POSTCODE_CITY = /(?<![\p{N}])(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+(\p{Lu}[\p{L}'’ -]{1,40})/u;
const TIME_PART = /^(?:(?:dalle|dalle ore|alle|alle ore|ore|ab|um|von|à|a partir de|à partir de|a partir des|à partir des|a las|desde las|de|from|at|dès|des)\s+)?\d{1,2}(?:[:.h]\s?\d{2})?\s*(?:h|uhr|ore|horas?|am|pm)?(?:\s*(?:[-–]|to|bis|alle|a|à)\s*\d{1,2}(?:[:.h]\s?\d{2})?\s*(?:h|uhr|ore|horas?|am|pm)?)?$/iu;
const VIA_PLATFORM = /(?<![\p{L}])via\s+(?:zoom|teams|microsoft teams|webex|google meet|meet|skype|jitsi|youtube|facebook|internet|web|streaming|livestream|e-?mail|mail|link|telefono|phone|whatsapp|telematica)(?![\p{L}])/gu;
/** A place preposition (and its article) opening a venue line's value: "presso il Parco Ducale", "à la Maison du Peuple", "im Rathaus". */
const LEADING_PREPOSITION = /^(?:(?:[Pp]resso(?:\s+(?:il|lo|la|i|gli|le))?|[Àà]\s+la|[Àà]|[Aa]u|[Aa]ux|[Dd]ans\s+(?:la|le|les)|[Ee]n\s+(?:el|la|los|las)|[Ee]n|[Ii]n\s+der|[Ii]n\s+dem|[Ii]m|[Ii]n\s+the|[Aa]t\s+the|[Aa]t|[Bb]ei|[Nn]ella|[Nn]ello|[Nn]el|[Aa]lla|[Aa]llo|[Aa]l)\s+|(?:[Pp]resso\s+l|[Àà]\s+l|[Dd]ans\s+l|[Nn]ell|[Aa]ll)['’])(?=\p{Lu})/u;
const ONLINE_TAIL = /(?<=\p{L}.{2,})\s*(?:,|\+|&|\s(?:et|and|und|e|y|ou|or|oder|o|sowie|as well as))\s+(?:(?:aussi|also|auch|anche|tambien|también|egalement|également)\s+)?(?:en ligne|online|on-line|in linea|en l[ií]nea|via zoom|sur zoom|on zoom|per zoom|uber zoom|über zoom|zoom|in streaming|en streaming|livestream|a distance|à distance|a distancia|da remoto)(?:\s*\([^()]{0,40}\))?\s*$/iu;
const ONLINE_VALUE = /(?<![\p{L}])(?:online|on-line|zoom|teams|webex|virtual|en ligne|in linea|en linea|digital|livestream|web)(?![\p{L}])/u;

/** `text.replace(tail, '')` when `text` holds one of the words every match of `tail` holds, else `text` itself. */
const ifHolds = (words: RegExp, text: string, tail: RegExp) => (words.test(text) ? text.replace(tail, '') : text);
/** A word of every CONTACT_TAIL (a phone's label, an e-mail's "@", a web address's "www.") and of every ONLINE_TAIL. */
const CONTACT_WORDS = /tel|tél|tlf|fax|phone|@|www\.|\+\d/iu;
const ONLINE_WORDS = /ligne|online|on-line|l[ií]nea|zoom|streaming|livestream|distan|remoto/iu;
/** From a phone number, an e-mail or a web address to the end: contact details after a place. */
// (Also an international number alone: "..., 61000 Alençon +33 2 33 82 46 00".)
const CONTACT_TAIL = /\s*[,–—-]?\s*(?:(?<![\p{L}])(?:tel|tél|tlf|telf|fax|phone|telefono|teléfono|téléphone|telefon)\.?\s*:?\s*[+\d(]|[\w.+-]+@[\w-]+\.|www\.|(?<![\p{L}\d])\+\d{2,3}(?:[\s.()-]{0,2}\d){6,}).*$/iu;

interface CityHit {
  index: number;
  name: string;
  country: string;
}

/** City names that are also abbreviated titles when a full stop follows. */
const ABBREVIATION = new Set(['mons']);
const AFTER_STREET_WORD = endingWith(/(?<![\p{L}])(?:via|viale|piazza|piazzale|corso|largo|rue|avenue|place|boulevard|quai|calle|avenida|plaza|paseo|carrer|street|road)\s+(?:(?:de|di|del|della|de la|du|des|d['’])\s*)?$/u);
const ROMA_PEOPLE = /^\s+(?:and |und |e |y |et )?(?:communit|people|choir|famil|women|men|children|youth|girls|boys|inclusion|minorit|population|rights|culture|heritage|sinti|gypsy|travellers|camps?|settlement|communaute|gemeinschaft|comunita|comunidad|popolo|pueblo|frauen|kinder|donne|bambini|mujeres|ninos|femmes|enfants)/;

const NAMED_AFTER_PERSON = /(?:^|[,;|(]\s*)\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}[\p{Ll}\p{M}'’-]+ $/u;
const SAINT_AFTER = /^[ -](?:San|Santa|Sant['’]|Santo|São|Saint|Sainte|Sankt|St\.?|Ste\.?)[ -]\p{Lu}/u;
const CREDIT_LINE = /^\s*(?:[-•*]\s*)?(?:foto(?:s|grafie|grafia)?|photos?|bild(?:er)?|credits?|credito|cr[eé]dits?|©|\(c\)|quelle|source|fuente|fonte|image|imagen|immagine|ph\.?)\s*(?:[:©]|by|di|de|von|:)?\s*(?:©\s*)?(?:\p{L}+[.\s-]+){0,3}$/u;
/** Words that say where people come from, just before a town's name, in the five languages. */
const ORIGIN_BEFORE = endingWith(/(?<![\p{L}])(?:from|aus|fled|fleeing|escaped|originally from|who came from|coming from|arrived from|born in|native of|venue?s? de|venues? d['’]|originaires? de|originaires? d['’]|en provenance de|fui|fuyant|ne(?:e|s|es)? a|provenienti da|proveniente da|arrivat[ioe] da|fuggit[ioe] da|in fuga da|nat[oaie] a|originari[oae]? di|procedentes? de|llegad[oa]s? de|huyendo de|huyeron de|nacid[oa]s? en|originari[oa]s? de|geflohen aus|gefluchtet aus|flohen aus|floh aus|fluchteten aus|stamm(?:t|en|te|ten) aus|geboren in|kam(?:en)? aus|kommen aus|kommt aus)\s+(?:(?:the|la|le|il|el|der|dem)\s+)?(?:(?:city|town|ville|citta|ciudad|stadt) (?:of |de |di |d['’])?)?$/u);
const REGION_OF = endingWith(/(?<![\p{L}])(?:comunidad(?: autonoma)? de|community of|region de|region of|regione|comunitat de|junta de|diputacion de|provincia de|province of|area metropolitana de|metropolitan area of|greater)\s+$/u);

/**
 * The last few answers of cities(): a page asks for its whole text twice (its index of towns, its
 * main town) and for its head and its paragraphs, some more than once. Long texts keep their own
 * places, so that the many short lines asked in between do not push them out.
 */
const recentShort: Array<{ original: string; max: number; hits: CityHit[] }> = [];
const recentLong: Array<{ original: string; max: number; hits: CityHit[] }> = [];
const RECENT_SHORT = 8;
const RECENT_LONG = 2;
const LONG_TEXT = 1000;

function cities(original: string, folded: string, max = 50): CityHit[] {
  const recent = original.length >= LONG_TEXT ? recentLong : recentShort;
  // (An answer that no cap cut short serves any larger cap. Copies: callers add their own hits to the list they get.)
  for (const r of recent) if (r.original === original && (r.max === max || (r.hits.length < max && r.hits.length < r.max))) return r.hits.slice();
  const hits = readCities(original, folded, max);
  if (recent.unshift({ original, max, hits: hits.slice() }) > (recent === recentLong ? RECENT_LONG : RECENT_SHORT)) recent.pop();
  return hits;
}

function readCities(original: string, folded: string, max: number): CityHit[] {
  const out: CityHit[] = [];
  for (const hit of matchers().city.find(folded)) {
    // A city is a proper noun: "Nice" the city, not "nice"; "Porto", not "porto di mare".
    if (!/\p{Lu}/u.test(original[hit.index] ?? '')) continue;
    // "via Roma 3", "Rue de Paris", "Avenida de Madrid": a street named after a city is not that city.
    if (AFTER_STREET_WORD.test(folded.slice(Math.max(0, hit.index - 20), hit.index))) continue;
    // "Mons. Perego" is a monsignor, not the Belgian town.
    if (ABBREVIATION.has(hit.entry.term) && original[hit.index + hit.length] === '.') continue;
    // "the Roma community", "Rom und Sinti": the people, not the city.
    if (hit.entry.term === 'roma' && ROMA_PEOPLE.test(folded.slice(hit.index + hit.length, hit.index + hit.length + 20))) continue;
    // "Porto San Giorgio", "Lyon Saint-Exupéry": the start of a longer town's name, not the town.
    if (SAINT_AFTER.test(original.slice(hit.index + hit.length, hit.index + hit.length + 30))) continue;
    // "Foto: Karin Metz", "© Paul Nancy": a credit line names a person, whose surname may be a town's.
    const lineStart = folded.lastIndexOf('\n', hit.index) + 1;
    if (hit.index - lineStart < 80 && CREDIT_LINE.test(folded.slice(lineStart, hit.index))) continue;
    // "la Comunidad de Madrid", "the Community of Madrid", "Regione Lazio": a region named after its city.
    if (REGION_OF.test(folded.slice(Math.max(0, hit.index - 30), hit.index))) continue;
    // "families who fled Kharkiv", "venus de Kaboul", "geflüchtet aus Aleppo": where people come from, not where they meet.
    if (ORIGIN_BEFORE.test(folded.slice(Math.max(0, hit.index - 40), hit.index))) continue;
    // "la Convenzione di Ginevra", "the Geneva Convention", "Dublin III": a treaty or a procedure, not where anyone meets.
    if (namesAnAgreement(folded, hit.index, hit.length)) continue;
    const code = CITY_COUNTRY.get(hit.entry.term);
    if (code) out.push({ index: hit.index, name: original.slice(hit.index, hit.index + hit.length), country: code });
    if (out.length >= max) break;
  }
  if (out.length >= max) return out;
  const lesser = lesserTowns(original, folded, max - out.length);
  return lesser.length ? [...out, ...lesser].sort((a, b) => a.index - b.index) : out;
}

/** Linking words inside town names ("Castro de Rei", "Frankfurt am Main", "Saint-Martin-d'Hères"). */
const LINK = "(?:de|di|del|della|du|des|la|le|les|las|los|sur|sous|am|an|im|der|vor|upon|on|en|el|d|l|dell)";
/**
 * A run of capitalised words from a given position, with the linking words town names carry between
 * them ("Castro Urdiales", "Saint-Martin-d'Hères", "Bad Homburg vor der Höhe").
 */
// (A hyphen may join a lower-case part: "Vila-real", "Castell-Platja d'Aro".)
const CAPITAL_RUN_AT = new RegExp(`\\p{Lu}[\\p{Ll}\\p{M}]+(?:-[\\p{Ll}\\p{M}]{2,})*(?:(?:[ -]+|['’])(?:${LINK}(?:[ -]+|['’]))*\\p{Lu}[\\p{Ll}\\p{M}]+(?:-[\\p{Ll}\\p{M}]{2,})*)*(?![\\p{L}\\p{M}\\p{N}]|['’.-]\\p{L})`, 'uy');
/** The capitalised words of a run before its first linking word ("Witten" in "Witten an der Ruhr"). */
const CAPITAL_CHUNK_AT = /\p{Lu}[\p{Ll}\p{M}]+(?:(?:[ -]+|['’])\p{Lu}[\p{Ll}\p{M}]+)*/uy;
// (Latin letters only, without the u flag: this scan runs over every page, and property classes cost eight times more.)
// (Three letters at least: no town of the long list is shorter, and "La", "El", "De" are many.)
const CAPITAL_WORD = /[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]{2,}/g;
// (Only a saint and one word, "San Roque", "Santa Lucía"; "Saint-Martin-d'Hères", "San Donà di Piave" are towns' names.)
const SAINT_FIRST = /^(?:san|santa|santo|sant|sao|saint|sainte|st|ste|sankt|santi|santos|sint) [a-z]+$/u;

/**
 * The towns of places-towns.ts a text names: a run of capitalised words that is a whole town's name,
 * not part of a longer proper name ("Alba" in "Alba Rossi", "Arcore" in "Arcore Calcio"). Names of
 * the list above are left to it (it has already judged them).
 */
function lesserTowns(original: string, folded: string, max: number): CityHit[] {
  const out: CityHit[] = [];
  const persons = new Map<string, boolean>();
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(original); m && out.length < max; m = CAPITAL_WORD.exec(original)) {
    const start = m.index;
    const wordEnd = start + m[0].length;
    // (Only a word that starts some town is read further: most capitalised words start none.)
    if (!startsTownAt(folded, start, wordEnd) || !isUpper(original[start]!) || (start > 0 && WORD_JOIN.test(original[start - 1]!))) continue;
    if (capitalWordBefore(original, start)) continue;
    const next = original[wordEnd];
    let text = m[0];
    let country: string | undefined;
    if (next === ' ' || next === '-' || next === "'" || next === '’') {
      CAPITAL_RUN_AT.lastIndex = start;
      const run = CAPITAL_RUN_AT.exec(original);
      if (!run) continue;
      text = run[0];
      country = freeTownCountry(folded.slice(start, start + text.length));
      if (!country) {
        CAPITAL_CHUNK_AT.lastIndex = start;
        const chunk = CAPITAL_CHUNK_AT.exec(original)![0];
        if (chunk.length < text.length && (original[start + chunk.length] === ' ' || original[start + chunk.length] === '-')) {
          text = chunk;
          country = freeTownCountry(folded.slice(start, start + text.length));
        }
      }
    } else if (next !== undefined && (LETTER_OR_DIGIT.test(next) || (next === '.' && isLetter(original[wordEnd + 1])))) continue;
    else country = freeTownCountry(folded.slice(start, wordEnd));
    const name = folded.slice(start, start + text.length);
    // (A saint's name is a feast, a church or a school as often as a town: "Fiestas San Roque".)
    if (!country || text.length < 4 || CITY_COUNTRY.has(name) || SAINT_FIRST.test(name)) continue;
    if (AFTER_STREET_WORD.test(folded.slice(Math.max(0, start - 20), start))) continue;
    const lineStart = folded.lastIndexOf('\n', start) + 1;
    if (start - lineStart < 80 && CREDIT_LINE.test(folded.slice(lineStart, start))) continue;
    if (REGION_OF.test(folded.slice(Math.max(0, start - 30), start)) || ORIGIN_BEFORE.test(folded.slice(Math.max(0, start - 40), start))) continue;
    if (namesAnAgreement(folded, start, text.length)) continue;
    // ("Stanley", "Vittoria", "Preston" are names of people too: not where the text calls one "Mr Preston" or describes them as a person.)
    let person = persons.get(text);
    if (person === undefined) persons.set(text, (person = surnameOn(original, text) || describedAsPerson(original, text)));
    if (person) continue;
    out.push({ index: start, name: text, country });
    CAPITAL_WORD.lastIndex = start + text.length;
  }
  return out;
}

// (A digit may stand right before a name where a page's lines were joined: "26 novembre 2021Saint-Martin-d'Hères".)
const WORD_JOIN = /[\p{L}\p{M}'’.-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const isUpper = (c: string) => c !== c.toLowerCase();
const isLetter = (c: string | undefined) => !!c && c.toLowerCase() !== c.toUpperCase();

/** Whether a capitalised word stands right before `at`, joined by spaces or a hyphen: the name started earlier ("Maria Alba"; not "Comune di Arcore"). */
function capitalWordBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 4 && (text[i] === ' ' || text[i] === '-')) i--;
  if (i === at - 1 || i < 0 || !isLetter(text[i])) return false;
  let j = i;
  while (j > 0 && j > i - 40 && isLetter(text[j - 1])) j--;
  return i > j && isUpper(text[j]!) && !isUpper(text[j + 1]!);
}

function country(original: string, folded: string): string | undefined {
  for (const hit of matchers().country.find(folded)) {
    if (/\p{Lu}/u.test(original[hit.index] ?? '')) return COUNTRY_CODE.get(hit.entry.term);
  }
  return undefined;
}

/**
 * Reads a venue string ("Hotel X, Place De Brouckère 31, 1000 Bruxelles, Belgium").
 * @example placeFromValue('Maison de la Paix, Rue de la Loi 5, 1000 Bruxelles') // { name: 'Maison de la Paix', address: 'Rue de la Loi 5, 1000 Bruxelles', city: 'Bruxelles', country: 'BE' }
 */
export function placeFromValue(value: string, options: { townAfterComma?: boolean } = {}): EventLocation | undefined {
  return placeValues(options.townAfterComma === false ? `0${value}` : `1${value}`);
}

// (A venue line or a venue's name is read again for each event that meets it: answers are kept, and copies handed out.)
const placeValues = keptCopies<EventLocation>(256, (key) => readPlaceValue(key.slice(1), { townAfterComma: key[0] === '1' }));

function readPlaceValue(value: string, options: { townAfterComma?: boolean }): EventLocation | undefined {
  // ("Lausanne, Aula X et en ligne", "Sala Rossa e online": the place, with the online way to join left to the mode.)
  // ("... 22100 Como, tel. 327 ..., info@...": a phone, an e-mail or a web address ends the place.)
  const short = value.replace(/\s+/g, ' ').trim().slice(0, 200);
  // (Each tail holds one of a few words: most values are spared the long patterns, which try every position.)
  const clean = ifHolds(ONLINE_WORDS, ifHolds(CONTACT_WORDS, short, CONTACT_TAIL).replace(/[.;:]+$/, ''), ONLINE_TAIL).replace(LEADING_PREPOSITION, '');
  if (!clean) return undefined;
  const folded = foldKeepLength(clean);
  // ("Venue: TBC", "Lieu : à définir", "Luogo: da definire", "Ort: wird noch bekannt gegeben": no place yet.)
  if (NOT_YET.test(folded)) return undefined;
  // ("online via Zoom": "via" a platform is a means, not an Italian street.)
  if (ONLINE_VALUE.test(folded) && !STREET.test(folded.replace(VIA_PLATFORM, ' ')) && !/\d{4,5}/.test(folded)) return undefined;
  // "Centro Cultural Lecrác (Avda. Valladolid, 26)": a name with its address in brackets.
  const bracket = /^([^(),;|]{3,80}?)\s*\(([^()]{3,120})\)$/u.exec(clean);
  if (bracket && (/\d/.test(bracket[2]!) || STREET.test(foldKeepLength(bracket[2]!)))) {
    const inner = placeFromValue(bracket[2]!);
    return { name: bracket[1]!, address: bracket[2]!, ...(inner?.city ? { city: inner.city } : {}), ...(inner?.country ? { country: inner.country } : {}) };
  }
  // ("Dal 17 al 29 giugno - Agorà del Centro Culturale, via Altinate 71": the dates before the place are not part of it.)
  // ("Date and place: 13th – 16th March 2022 in Brussels": a day's number is no address, and a date keeps the place it gives after "in".)
  // ("4 – 5 May 2027": a number just before a date is the first day of its range.)
  const parts = clean.split(/\s*[,;|]\s*|\s+[–—-]\s+/).filter(Boolean).map((p, i, all) => (/^\d{1,2}\.?$/.test(p) && all[i + 1] && placeAfterDate(all[i + 1]!) !== all[i + 1] ? '' : p))
    .map(placeAfterDate).filter((p) => p && !DAY_NUMBER.test(p))
    // ("dalle ore 10", "ab 18 Uhr", "à 14 h 30", "from 6 pm": an hour after the place is not its address.)
    .filter((p) => !(TIME_PART.test(p) && !/^\d{1,4}[a-z]?$/iu.test(p.trim())));
  const location: EventLocation = {};
  const postcode = POSTCODE_CITY.exec(clean);
  // ("Cinéma Jean Vigo", "Salle Karin Metz": a town's name after a kind of place and a first name is the surname of the person the place is named after.)
  const cityHits = cities(clean, folded).filter((h) => !NAMED_AFTER_PERSON.test(clean.slice(0, h.index)));
  const code = country(clean, folded);
  if (postcode) {
    const at = postcode.index + postcode[0].length - postcode[1]!.length;
    const cityText = clean.slice(at, at + postcode[1]!.length).replace(/\s+(?:belgium|belgique|france|germany|deutschland|italia|italy|espana|spain|españa).*$/iu, '').trim();
    const known = cityHits.find((c) => c.index >= at);
    location.city = known ? known.name : cityText;
    location.country = known?.country;
  } else if (cityHits.length) {
    const last = cityHits[cityHits.length - 1]!;
    location.city = last.name;
    location.country = last.country;
  }
  if (code) location.country = code;
  // ("Roma, Palazzo Rospigliosi - via XXIV Maggio, 43": a dateline's town first, then the venue.)
  // ("Genève, Salle du Parc": two parts, the town then the venue.)
  const isCountry = (p: string) => COUNTRY_CODE.has(foldKeepLength(p));
  const townFirst = parts.length >= 2 && parts[0] === location.city && (parts.length > 2 || !isCountry(parts[1]!)) ? 1 : 0;
  const first = parts[townFirst] ?? '';
  if (first && !/\d/.test(first) && !STREET.test(foldKeepLength(first)) && first !== location.city && !isCountry(first)) location.name = first;
  const addressParts = parts.slice(townFirst + (location.name ? 1 : 0)).filter((p) => !isCountry(p));
  if (addressParts.some((p) => /\d/.test(p) || STREET.test(foldKeepLength(p)))) location.address = addressParts.join(', ');
  // ("Community Hall, Ballymun", "Salle Jean Moulin, Tressange": a venue, then a town the list does not know.)
  const last = parts[parts.length - 1]!;
  if (options.townAfterComma !== false && !location.city && !location.address && location.name && parts.length === 2 && last !== location.name && TOWN_PART.test(last)
    && !isCountry(last) && !NOT_TOWN_PART.test(foldKeepLength(last)) && !NOT_TOWN.has(foldKeepLength(last)) && !monthLike(foldKeepLength(last))) location.city = last;
  // ("place de la Mairie, Brioude", "piazza Garibaldi, Lesmo": a street, then a town the lists do not know.)
  const lastFolded = parts.length >= 2 ? foldKeepLength(last) : '';
  if (options.townAfterComma !== false && !location.city && location.address && parts.length >= 2 && TOWN_PART.test(last) && !STREET.test(lastFolded)
    && !isCountry(last) && !NOT_TOWN_PART.test(lastFolded) && !NOT_TOWN.has(lastFolded) && !monthLike(lastFolded) && STREET.test(foldKeepLength(parts[parts.length - 2]!))) location.city = last;
  if (!location.city && !location.address && !location.name) return undefined;
  if (!location.country) delete location.country;
  return location;
}

/** A place not known yet, in the five languages. */
const NOT_YET = /^(?:tbc|tba|tbd|t\.b\.c\.?|t\.b\.a\.?|to be (?:confirmed|announced|decided|defined)|a definir|à définir|a confirmer|à confirmer|a preciser|à préciser|communique ulterieurement|da definire|da confermare|da comunicare|in via di definizione|por (?:determinar|definir|confirmar)|a (?:determinar|definir|confirmar)|pendiente|wird noch bekannt ?gegeben|noch offen|folgt|tba\.?)\s*[.!)]?$/u;

/** A day's number alone, as a date range leaves it: "13th", "1er", "3.", "12º". */
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th|er|eme|ème|º|ª)$/u;
/** After a date, the place it names: "16th March 2022 in Brussels" -> "Brussels"; a date alone -> "". */
function placeAfterDate(part: string): string {
  if (!/\d/.test(part) || !foldKeepLength(part).split(/[^\p{L}]+/u).some((w) => monthLike(w) || ENGLISH_MONTH.test(w))) return part;
  const after = /\d[^\d]{0,20}?\s(?:in|at|à|au|en|a|im|in der|presso|bei|nel|nella|en el|en la)\s+(\p{Lu}[^\d]{0,60})$/u.exec(part);
  return after ? after[1]!.trim() : '';
}

/** A town's name: one to three capitalised words, with linking words between. */
const TOWN_PART = /^\p{Lu}[\p{Ll}'’-]+(?:[ -](?:(?:de|di|del|du|la|le|sur|am|an|upon|on) )?\p{Lu}[\p{Ll}'’-]+){0,2}$/u;
/** The parts of a building or of a campus after a venue: "Hall C", "First Floor", "Eingang Süd". */
const NOT_TOWN_PART = /(?<![\p{L}])(?:floor|etage|stock|piano|planta|room|raum|salle|sala|building|batiment|gebaude|edificio|entrance|eingang|ingresso|entrada|hall|wing|block|level|niveau|campus|aula|saal|zimmer|center|centre|centro|zentrum|street|road|ground|main|north|south|east|west|nord|sud|ovest|este|oeste|ost|palazzo|palais|palacio|palace|teatro|theatre|theater|museo|musee|museum|biblioteca|bibliotheque|library|chiesa|eglise|iglesia|church|scuola|ecole|escuela|school|universita|universite|universidad|university|municipio|mairie|ayuntamiento|comune|castello|chateau|castillo|castle|casa|maison|parco|parc|parque|park|cortile|cour|patio|courtyard|chiostro|cloitre|claustro)(?![\p{L}])/u;

/**
 * True when a line reads like a postal address (a street word with a number, or a postcode and a town).
 * @example looksLikeAddress('Place De Brouckère 31, 1000 Bruxelles, Belgium') // true
 */
export function looksLikeAddress(line: string): boolean {
  // (Every way below needs a number: a street's, a postcode's.)
  if (line.length > 160 || !/\d/.test(line)) return false;
  // (A page's lines are asked again for each event of their block and for the page's venue: answers are kept.)
  const known = addressLines.get(line);
  if (known !== undefined) return known;
  const answer = readAddress(line);
  addressLines.set(line, answer);
  return answer;
}

const addressLines = new RecentAnswers<boolean>(256);

function readAddress(line: string): boolean {
  const folded = foldKeepLength(line);
  // (A quoted title, "„Auf einem guten Weg: 10 Jahre …“", is not an address.)
  if (/^\s*[„“"«]/u.test(line)) return false;
  // ("Anmeldung im Bürgerbüro, Marktplatz 1", "Inscripciones en la Concejalía, calle Mayor 3": where one signs up, not where one goes.)
  const office = line.length > 40 ? OFFICE_BEFORE_STREET.exec(folded) : null;
  // ("Anmeldung bis 3. März": a deadline's date, not a house number.)
  if (office && !/(?<![\p{L}])(?:bis|until|by|before|avant|jusqu|entro|antes|hasta|vor|per|du|from|dal|del|desde|ab|am|le|el|il|on)\s+\S*\d$/u.test(office[0])) return false;
  return streetWithNumber(line, folded) || line.split(/\s*[,;|–—]\s*/u).some(streetPart)
    || (POSTCODE_CITY.test(line) && cities(line, folded).length > 0);
}

/** A sentence of the line that only signs people up or tells them where to ask, before the line's first number. */
const OFFICE_BEFORE_STREET = /(?:^|[.!?]\s)[^.!?\d]{0,30}(?<![\p{L}])(?:anmeldung(?:en)?|anmelden|inscriptions?|inscripciones|inscribirse|iscrizioni|registration|register|sign up|informationen und anmeldung|info(?:rmations?)? et inscriptions?|kontakt|contact)(?![\p{L}])[^.!?\d]{0,60}\d/u;

const NUMBER_BEFORE_STREET = new RegExp(`(?<![\\d.,:/])\\d{1,4}[a-z]?,?\\s+(?:${STREET.source})`, 'u');
const STREET_G = new RegExp(STREET.source, 'gu');
const NAME_PART = /^(?:[\p{Lu}\d][\p{L}\p{M}'’.-]*|de|la|le|les|du|des|del|dei|della|delle|di|der|von|am|an|l['’]\S*|d['’]\S*)$/u;

/**
 * A street word with its number close by, the words between being its name: "Via XXIV Maggio, 43",
 * "Rue de la Loi 5", "Bertoldstraße 44", "12 rue des Lilas" (not "a Gasse full of stories, 40 years").
 */
/** A part of a line that is a street's name: "Gustav-Regler-Platz", "Via Roma", "rue de la Paix". */
function streetPart(part: string): boolean {
  const p = part.trim();
  if (p.length > 50 || !/^\p{Lu}/u.test(p)) return false;
  const folded = foldKeepLength(p);
  const words = folded.split(/\s+/u);
  // A compound ending in a street word, or a street word followed by a name (capitalised or a number).
  if (words.length <= 3 && /^[\p{L}.'’-]+(?:strasse|straße|platz|weg|gasse|allee)$/u.test(words[0]!)) return true;
  return STREET_WORD_ALONE.test(words[0]!) && words.length >= 2 && words.length <= 6 && /[\p{Lu}\d]/u.test(p.split(/\s+/u).slice(1).join(' '));
}
const STREET_WORD_ALONE = /^(?:rue|avenue|boulevard|place|chaussee|quai|impasse|street|road|square|lane|stra(?:ss|ß)e|platz|weg|allee|gasse|via|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|plaza|paseo|carrer|rambla)$/u;

function streetWithNumber(line: string, folded: string): boolean {
  if (NUMBER_BEFORE_STREET.test(folded)) return true;
  STREET_G.lastIndex = 0;
  for (let m = STREET_G.exec(folded), n = 0; m && n < 10; m = STREET_G.exec(folded), n++) {
    const words = line.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[\s,]+/u).filter(Boolean);
    for (const w of words.slice(0, 5)) {
      if (/^\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?$/u.test(w)) return true;
      if (!NAME_PART.test(w)) break;
    }
  }
  return false;
}

// (Also "Leibnitz/Autriche", "Larino, Italia", "Tulcea – Romania": a town, a slash, comma or dash, then its country.)
// ("Badesi (Cerdeña, Italia)": a region may stand before the country in the brackets.)
const TOWN_WITH_COUNTRY = new LookbehindScan(/(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{2,}(?: \p{Lu}[\p{Ll}'’-]+)?)(?:\s*\(\s*(?:\p{Lu}[\p{L} ]{2,30},\s*)?(\p{Lu}[\p{L} ]{2,30}?)\s*\)|\s*[/,]\s*(\p{Lu}[\p{L}]{2,20}(?: \p{Lu}[\p{L}]+)?)|\s+[–—-]\s+(\p{Lu}[\p{L}]{2,20}(?: \p{Lu}[\p{L}]+)?))(?![\p{L}])/gu);
const COUNTRY_PLACE = /(?:^|\n)\s*([\p{Lu}][\p{L} -]{2,30}?)\s+[–—-]\s|(?<![\p{L}])(?:in|en|à|au|a|nach|im)\s+([\p{Lu}][\p{L}]{2,20}(?: [\p{Lu}][\p{L}]+)?)/gu;

/**
 * A country named as the place of an event ("Malta – Info evening", "in Portugal"), when no city is.
 * @example countryIn('Malta – Information evening') // { name: 'Malta', country: 'MT' }
 */
export function countryIn(text: string): EventLocation | undefined {
  return recentCountries(text);
}

// (Each event of a block asks for the block's country: the answers are kept, and copies handed out.)
const recentCountries = keptCopies<EventLocation>(16, (text) => readCountryIn(text));

function readCountryIn(text: string): EventLocation | undefined {
  // "la pequeña población de Usak (Turquía)", "Lviv (Ukraine)": a town with its country in brackets.
  TOWN_WITH_COUNTRY.lastIndex = 0;
  for (let m = TOWN_WITH_COUNTRY.exec(text), n = 0; m && n < 20; m = TOWN_WITH_COUNTRY.exec(text), n++) {
    const code = COUNTRY_CODE.get(foldKeepLength((m[2] ?? m[3] ?? m[4]!).trim()));
    const town = foldKeepLength(m[1]!);
    // (After a comma, a slash or a dash an organisation may stand before its country, "Cruz Roja, España": two words the
    // lists do not know, or a kind of place, are no town there.)
    const loose = !m[2] && ((town.includes(' ') && !townCountry(town)) || NOT_TOWN_FIRST.test(town.split(' ')[0]!));
    if (code && !loose && !COUNTRY_CODE.has(town) && !NOT_TOWN.has(town.split(' ')[0]!) && !monthLike(town)) return { city: m[1]!, country: code };
  }
  COUNTRY_PLACE.lastIndex = 0;
  for (let m = COUNTRY_PLACE.exec(text); m; m = COUNTRY_PLACE.exec(text)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const code = COUNTRY_CODE.get(foldKeepLength(name));
    if (code) return { name, country: code };
  }
  return undefined;
}

export interface CityIndex {
  /** The first known city named inside a span of the page. */
  cityIn(span: { start: number; end: number }): EventLocation | undefined;
  /**
   * The town named inside a span nearest to a date at `at`: a known city, or a name after a place
   * preposition ("a Lesmo") when that stands nearer.
   */
  townNear(text: string, span: { start: number; end: number }, at: number): EventLocation | undefined;
  /**
   * The town nearest to a date at `at` within the item of its sentence ("; the fourth was in Sosnowiec,
   * Poland, from 16 to 20 October": the part between list separators), when its own words name none.
   */
  townInItem(text: string, sentence: { start: number; end: number }, at: number): EventLocation | undefined;
}

/** What separates the items of a list written as one sentence. */
const ITEM_SEPARATOR = /[;•|]|\s[·▪►]\s/gu;

/**
 * Finds every known city of a page once; spans are then looked up by binary search.
 * @example indexCities(page.text, page.folded).cityIn({ start: 0, end: 40 })
 */
export function indexCities(text: string, folded: string): CityIndex {
  // (A town in an organisation's name, "CCI Nantes Saint-Nazaire", is its seat, not where its event is: an event's own
  // words are read past it; the page's main town still counts it.)
  const all = cities(text, folded, 5000);
  const hits: CityHit[] = [];
  let orgTownEnd = -1;
  for (const [i, h] of all.entries()) {
    const previous = all[i - 1];
    const afterOrgTown = !!previous && previous.index + previous.name.length === orgTownEnd && /^\s+$/u.test(text.slice(orgTownEnd, h.index));
    if (afterOrgTown || inOrganisationName(text, h)) orgTownEnd = h.index + h.name.length;
    else hits.push(h);
  }
  const starts = hits.map((h) => h.index);
  return {
    cityIn(span) {
      const hit = hits[lowerBound(starts, span.start)];
      return hit && hit.index + hit.name.length <= span.end ? { city: hit.name, country: hit.country } : undefined;
    },
    townNear(page, span, at) {
      let best: CityHit | undefined;
      const distance = (h: CityHit) => (h.index >= at ? h.index - at : Math.max(0, at - h.index - h.name.length));
      for (let i = lowerBound(starts, span.start); i < hits.length && hits[i]!.index + hits[i]!.name.length <= span.end; i++) {
        if (!best || distance(hits[i]!) < distance(best)) best = hits[i];
      }
      if (!best) return undefined;
      const known = { city: best.name, country: best.country };
      // (A known town right beside the date is its town; one farther off gives way to a nearer name after "a"/"in".)
      if (distance(best) <= 12) return known;
      const near = townNearest(page.slice(span.start, span.end), at - span.start, page);
      return near && near.place.city && Math.abs(near.index + span.start - at) < distance(best) ? near.place : known;
    },
    townInItem(page, sentence, at) {
      const text = page.slice(sentence.start, sentence.end);
      let start = sentence.start;
      let end = sentence.end;
      ITEM_SEPARATOR.lastIndex = 0;
      for (let m = ITEM_SEPARATOR.exec(text); m; m = ITEM_SEPARATOR.exec(text)) {
        const pos = sentence.start + m.index;
        if (pos < at) start = pos + m[0].length;
        else {
          end = pos;
          break;
        }
      }
      return this.townNear(page, { start, end }, at);
    },
  };
}

/** An acronym before a town written in lower case letters ("CCI Nantes", "IHK Köln", "ARCI Firenze"), or a second town right after such a one. */
const ACRONYM_BEFORE = /(?<![\p{L}])(\p{Lu}{2,6})\s+(?:\p{Lu}[\p{Ll}'’-]+\s+)?$/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const CAPS_WORDS = new Set(['DE', 'DI', 'DEL', 'DES', 'DU', 'LA', 'LE', 'LES', 'EL', 'LOS', 'LAS', 'IN', 'AT', 'EN', 'ET', 'AND', 'UND', 'AU', 'AUX', 'THE', 'OF', 'CON', 'PER', 'PARA', 'FOR']);
function inOrganisationName(text: string, hit: CityHit): boolean {
  // (A heading in capitals, "FORO MADRID", writes every word so.)
  if (/^\p{Lu}{2,}$/u.test(hit.name.replace(/[\s'’-]/gu, ''))) return false;
  const before = text.slice(Math.max(0, hit.index - 30), hit.index);
  // (Two capitals in a row first: most towns have none before them, and the pattern is tried at each of the 30 characters.)
  const acronym = TWO_CAPITALS.test(before) ? ACRONYM_BEFORE.exec(before) : null;
  return !!acronym && !CAPS_WORDS.has(acronym[1]!);
}

/**
 * The first known city named in a piece of text, as written there.
 * @example cityIn('Final conference in Bruxelles') // { city: 'Bruxelles', country: 'BE' }
 */
export function cityIn(text: string): EventLocation | undefined {
  const hit = cities(text, foldKeepLength(text))[0];
  return hit ? { city: hit.name, country: hit.country } : undefined;
}

/**
 * The known cities named in a short piece of text, in order (at most `max`).
 * @example citiesIn('a Torino e a Milano', 3).map((c) => c.name) // ['Torino', 'Milano']
 */
export function citiesIn(text: string, max: number): Array<{ index: number; name: string; country: string }> {
  return cities(text, foldKeepLength(text), max);
}

/** "à Haguenau", "a Camparada", "in Lesmo", "en Teror": a capitalised name after a place preposition. */
// ("im" is never before a town's name: "im Rahmen", "im Anschluss".)
// ("a Maria Rossi", two capitalised words, is a person: only linking words join a town's parts.)
// (German spa and saints' towns carry a capitalised prefix, "in Bad Cannstatt", "in St. Ingbert"; French
// compounds join capitalised parts, "à Saint-Herblain", "à Villeneuve-Saint-Georges".)
const TOWN_AFTER = /(?<![\p{L}])(?:à|a|in|en|nach)\s+((?:(?:Bad|Sankt|St\.) )?\p{Lu}[\p{Ll}'’-]{2,}(?:-(?:sur|sous|de|du|la|le|les|am|an|der|del|di|en)-\p{Lu}[\p{Ll}'’-]+| (?:sur|sous|de|du|la|le|les|am|an|der|del|di) \p{Lu}[\p{Ll}'’-]+| (?:San|Santa|Santo|São|Saint|Sainte|Sankt|St\.?) \p{Lu}[\p{Ll}'’-]+|(?:-\p{Lu}[\p{Ll}'’]+)+)?)(?=[\s,.;:)]|$)(?![ \t]+\p{Lu})/gu;
/** The same pattern for scanning a page's head (townAfterPreposition resets the shared one). */
const TOWN_AFTER_SCAN = new LookbehindScan(new RegExp(TOWN_AFTER.source, 'gu'));
/** TOWN_AFTER searched (lookbehind-scan.ts): each of these objects keeps its own place in the text it reads. */
const TOWN_AFTER_IN = new LookbehindScan(TOWN_AFTER);
/** "A Piasco è tempo di sagra", "À Talence, la fête ...": the preposition opening a sentence or line is capitalised. */
const TOWN_OPENING = new RegExp(`(?:^|(?<=[.!?]\\s)|(?<=\\n\\s*))${TOWN_AFTER.source.replace('(?<![\\p{L}])(?:à|a|in|en|nach)', '(?:À|A)')}`, 'gu');
/** Capitalised words after "in"/"a" that are not towns: months, days, languages, regions of the world. */
const NOT_TOWN = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'english', 'french', 'german', 'italian', 'spanish', 'arabic', 'ukrainian', 'deutsch', 'englisch', 'francais', 'anglais', 'italiano', 'inglese',
  'espanol', 'ingles', 'europe', 'europa', 'africa', 'afrique', 'afrika', 'asia', 'asie', 'asien', 'america', 'amerique', 'amerika', 'zoom', 'teams',
  // Money and regions: "da Euro 30", "en Canarias", "in Lombardia", "en Bretagne" are not towns.
  'euro', 'euros', 'eur', 'dollar', 'dollars', 'pound', 'pounds', 'franc', 'francs', 'chf', 'usd',
  'canarias', 'andalucia', 'cataluna', 'catalunya', 'galicia', 'asturias', 'cantabria', 'aragon', 'extremadura', 'navarra', 'murcia', 'castilla',
  'lombardia', 'sicilia', 'sardegna', 'toscana', 'piemonte', 'veneto', 'campania', 'puglia', 'calabria', 'liguria', 'umbria', 'marche', 'abruzzo',
  'lazio', 'emilia', 'friuli', 'trentino', 'basilicata', 'molise', 'bretagne', 'normandie', 'occitanie', 'provence', 'alsace', 'lorraine',
  'wallonie', 'flandre', 'flandres', 'bayern', 'sachsen', 'hessen', 'thuringen', 'brandenburg', 'niedersachsen', 'nordrhein', 'westfalen',
  'tirol', 'vorarlberg', 'karnten', 'steiermark', 'wales', 'scotland', 'england', 'flanders', 'wallonia', 'catalonia', 'bavaria', 'tuscany', 'sicily',
  'presenza', 'person', 'persona', 'prasenz', 'praesenz', 'presencia', 'presence', 'kooperation', 'zusammenarbeit', 'form', 'hohe', 'folge', 'zukunft', 'anwesenheit', 'vertretung', 'planung', 'linea', 'ligne', 'streaming', 'diretta', 'directo', 'collaborazione', 'collaboration', 'colaboracion', 'cooperation',
  'partenariat', 'partnership', 'kooperation', 'zusammenarbeit', 'occasione', 'occasion', 'ocasion', 'particolare', 'particulier', 'particular',
  // German nouns are capitalised, so "in" + noun phrases of manner and time read like towns: "in Windeseile", "in Kürze", "in Ruhe".
  'windeseile', 'eile', 'kurze', 'ruhe', 'summe', 'hinblick', 'bezug', 'richtung', 'kraft', 'betrieb', 'gefahr', 'not', 'ordnung', 'vorbereitung',
  'erinnerung', 'begleitung', 'zeiten', 'gruppen', 'teilen', 'tat', 'wirklichkeit', 'deutsch', 'arbeit', 'absprache', 'abstimmung', 'kombination',
  'verbindung', 'anlehnung', 'erganzung', 'vertretung', 'auftrag', 'anwesenheit', 'gemeinschaft', 'sachen', 'hulle', 'fulle', 'massen', 'scharen',
  'schwung', 'gang', 'frage', 'aussicht', 'angriff', 'kauf', 'erwartung', 'gedanken', 'gesprachen', 'wort', 'bild', 'ton', 'text', 'kontakt',
  // Rooms and parts of a building: "in Room 4", "in Sala 3", "en Sala Goya", "in Aula Magna".
  'room', 'rooms', 'raum', 'saal', 'sala', 'salle', 'aula', 'building', 'floor', 'suite', 'unit', 'level', 'zimmer', 'gebaude', 'stanza', 'planta', 'piano', 'etage',
  // Feasts and seasons: "A Natale", "À Noël", "En Navidad", "In Winter".
  'natale', 'pasqua', 'capodanno', 'ferragosto', 'carnevale', 'noel', 'paques', 'toussaint', 'navidad', 'pascua', 'nochevieja', 'carnaval',
  'weihnachten', 'ostern', 'pfingsten', 'silvester', 'fasching', 'christmas', 'easter', 'halloween', 'estate', 'inverno', 'primavera', 'autunno',
  'ete', 'hiver', 'printemps', 'automne', 'verano', 'invierno', 'otono']);

/**
 * A town named after a place preposition that the city list does not know, as a last resort
 * for an event's place ("Samedi 18 juin 2022 à Haguenau", "a Camparada giovedì 17 novembre").
 * `page`, when given, is the whole text: a word it also writes in lower case is not a town.
 * @example townAfterPreposition('Samedi 18 juin 2022 à Haguenau (centre-ville)') // { city: 'Haguenau' }
 */
export function townAfterPreposition(text: string, page?: string): EventLocation | undefined {
  // "en la pequeña población de Usak", "nel comune di Campolattaro", "dans la commune de Fontenilles": a town named as such.
  TOWN_NOUN_OF.lastIndex = 0;
  for (let m = TOWN_NOUN_OF.exec(text), n = 0; m && n < 10; m = TOWN_NOUN_OF.exec(text), n++) {
    const folded = foldKeepLength(m[1]!);
    // ("cities and towns of sanctuary" on a page that names "City of Sanctuary": a word the page also writes in lower case is no town's.)
    const lowerToo = !!page && !CITY_COUNTRY.has(folded) && !/[\s'’-]/u.test(m[1]!) && standsAlone(page, m[1]!.toLowerCase());
    if (!NOT_TOWN.has(folded) && !COUNTRY_CODE.has(folded) && !monthLike(folded) && !lowerToo) {
      const code = CITY_COUNTRY.get(folded);
      return { city: m[1]!, ...(code ? { country: code } : {}) };
    }
  }
  TOWN_AFTER_IN.lastIndex = 0;
  for (let m = TOWN_AFTER_IN.exec(text); m; m = TOWN_AFTER_IN.exec(text)) {
    const town = townOfMatch(text, m, page);
    if (town) return town;
  }
  // "en Castro Urdiales", "in Milton Keynes", "a San Donà di Piave": a town of two capitalised words.
  TOWN_OF_TWO_IN.lastIndex = 0;
  for (let m = TOWN_OF_TWO_IN.exec(text), n = 0; m && n < 10; m = TOWN_OF_TWO_IN.exec(text), n++) {
    const first = foldKeepLength(m[1]!.split(' ')[0]!);
    // ("à Jean Dupont", "grazie a Maria Rossi": after "a"/"à" two names are a person, unless the first is a town's word.)
    if (NOT_TOWN_FIRST.test(first) || (/^[aà]\s/iu.test(m[0]) && !TOWN_FIRST.test(first) && !townCountry(foldKeepLength(m[1]!)))) continue;
    const town = townOfMatch(text, m, page);
    if (town) return town;
  }
  // "Publier, le 19 mars 2022 – ...", "Rieti, 28 giugno: festa dei popoli": a line opening with its town and its date.
  return datelineTown(text);
}

/**
 * The town of a line that opens with a town, a comma and a date.
 * @example datelineTown('Publier, le 19 mars 2022 – accueil des familles') // { city: 'Publier' }
 */
function datelineTown(text: string): EventLocation | undefined {
  TOWN_DATELINE.lastIndex = 0;
  for (let m = TOWN_DATELINE.exec(text), n = 0; m && n < 5; m = TOWN_DATELINE.exec(text), n++) {
    const f = foldKeepLength(m[1]!);
    const month = foldKeepLength(m[2] ?? '');
    if (m[2] && !monthLike(month) && !ENGLISH_MONTH.test(month)) continue;
    // ("Tuesday, 14 May", "Hoy, 21 de mayo": a day's word opens the line, not a town.)
    if (NOT_TOWN.has(f) || monthLike(f) || ENGLISH_MONTH.test(f) || COUNTRY_CODE.has(f) || NOT_DATELINE.test(f) || isDayWord(f)) continue;
    const code = townCountry(f);
    return { city: m[1]!, ...(code ? { country: code } : {}) };
  }
  return undefined;
}

/**
 * The town after a place preposition nearest to a position of `text` (a date's): in "Seguirà a Lesmo
 * giovedì 1 dicembre, mentre le serate di Villasanta ..." the first date's town is the one next to it.
 * @example townNearest('a Camparada il 17, poi a Lesmo il 1 dicembre', 33) // { index: 30, place: { city: 'Lesmo' } }
 */
export function townNearest(text: string, at: number, page?: string): { index: number; place: EventLocation } | undefined {
  let best: { index: number; place: EventLocation } | undefined;
  const distance = (i: number) => Math.abs(i - at);
  for (const re of [TOWN_AFTER_NEAR, TOWN_OF_TWO_NEAR]) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n++) {
      const index = m.index + m[0].length - m[1]!.length;
      if (best && distance(index) >= distance(best.index)) continue;
      const first = foldKeepLength(m[1]!.split(' ')[0]!);
      if (re === TOWN_OF_TWO_NEAR && (NOT_TOWN_FIRST.test(first) || (/^[aà]\s/iu.test(m[0]) && !TOWN_FIRST.test(first) && !townCountry(foldKeepLength(m[1]!))))) continue;
      const place = townOfMatch(text, m, page);
      // (Two capitalised words the lists do not know are a name as often as a town: "in Local Communities".)
      if (place && (re === TOWN_AFTER_NEAR || place.country)) best = { index, place };
    }
  }
  return best;
}

const TOWN_OF_TWO = /(?<![\p{L}])(?:à|a|in|en|nach)\s+(\p{Lu}[\p{Ll}'’-]{1,} \p{Lu}[\p{Ll}'’-]{2,}(?: (?:de|di|del|de los|de las|upon|on|am|an der|sur) \p{Lu}[\p{Ll}'’-]+)?)(?=[\s,.;:)]|$)(?![ \t]+\p{Lu})/gu;
const TOWN_OF_TWO_IN = new LookbehindScan(TOWN_OF_TWO);
const TOWN_AFTER_NEAR = new LookbehindScan(new RegExp(TOWN_AFTER.source, 'gu'));
const TOWN_OF_TWO_NEAR = new LookbehindScan(new RegExp(TOWN_OF_TWO.source, 'gu'));
/** Two capitalised words after a preposition that start with a kind of place, an organisation or a street are no town. */
const NOT_TOWN_FIRST = /^(?:piazza|piazzale|via|viale|corso|largo|plaza|calle|avenida|paseo|rue|place|avenue|boulevard|street|road|sala|salle|saal|casa|centro|centre|center|zentrum|hotel|park|parco|parque|palazzo|palacio|teatro|theatre|theater|museo|museum|musee|biblioteca|bibliotheque|library|auditorio|auditorium|hall|cruz|caritas|universidad|universita|university|universite|colegio|scuola|escuela|ecole|school|instituto|istituto|institut|chiesa|iglesia|eglise|church|kirche|haus|maison|cafe|club|camera|camara|chamber|stadt|comune|ayuntamiento|mairie|city|town|european|national|international|nationale|nazionale|nacional|local|rural|urban|public|social|global|digital|polish|german|french|italian|spanish|british|irish|dutch|belgian|swiss|austrian|syrian|afghan|ukrainian|african|arab|asian|migrant|refugee)$/u;
/** Words that open two-word town names after "a"/"à": saints, ports, castles, articles. */
const TOWN_FIRST = /^(?:san|santa|santo|sant|sao|saint|sainte|st|ste|porto|puerto|castel|castello|castelnuovo|borgo|monte|villa|villanueva|torre|castro|la|las|los|le|les|el|lo|den|bad|alcala|aix|bourg|pont|port|mont|fort|new|palma)$/u;

/** A word for a town, village or municipality, then "of" and the town's name. */
const TOWN_NOUN_OF = new LookbehindScan(/(?<![\p{L}])(?:población|localidad|municipio|pueblo|ciudad|ville|commune|village|bourg|città|comune|paese|cittadina|borgo|frazione|town|village|city|municipality|Stadt|Gemeinde|Ortschaft|Dorf)\s+(?:de|di|of|d['’])?\s*(\p{Lu}[\p{Ll}'’-]{2,}(?:[- ](?:sur|sous|de|del|di|la|le)[- ]\p{Lu}[\p{Ll}'’-]+|-\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}])(?!\s+\p{Lu})/gu);

const LETTER_LAST = /\p{L}$/u;
const LETTER_FIRST = /^\p{L}/u;

/**
 * Whether `word` stands in `text` with no letter right before or after it, as `(?<![\p{L}])word(?![\p{L}])`
 * would say (letters read as whole code points), found by indexOf instead of a pattern made and run for each word.
 * @example standsAlone('a project in Lyon', 'project') // true
 */
export function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (!LETTER_LAST.test(text.slice(Math.max(0, i - 2), i)) && !LETTER_FIRST.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

/** Judges one "preposition + capitalised name" match of TOWN_AFTER in `text`. */
function townOfMatch(text: string, m: RegExpExecArray, page?: string): EventLocation | undefined {
  // "en honor a Santa María", "in onore di San Rocco": a saint honoured, not a town.
  if (/(?:honor|honneur|onore|ehren)\s+(?:a|à|de|di|del|della|zu)?\s*$/iu.test(text.slice(Math.max(0, m.index - 20), m.index + 2))) return undefined;
  const name = m[1]!;
  const folded = foldKeepLength(name);
  if (NOT_TOWN.has(folded) || monthLike(folded) || NOT_TOWN.has(folded.split(' ')[0]!)) return undefined;
  // ("Animate in Nature", "à la Migration", "in Kooperation": a word with an abstract noun's ending the lists do not know as a town.)
  if (!name.includes(' ') && isAbstractNoun(folded) && !townCountry(folded)) return undefined;
  // A town's name is never written in lower case: "a Project" is not one where "project" is.
  if (page && !/[\s'’-]/u.test(name) && standsAlone(page, name.toLowerCase())) return undefined;
  // (A town of the lists is taken for one: "en Castro Urdiales", "a Villasanta".)
  const town = townCountry(folded);
  // (The long list holds towns that are also first names, "Marina", "Stanley": only the hand list's towns pass the person checks unasked.)
  const person = page && !CITY_COUNTRY.has(folded);
  // "Molti applausi a Niccolò e ..." where the page also writes "Niccolò Di Gregorio": a first name, not a town.
  if (person && firstNameOn(page, name)) return undefined;
  // "A Tool for Inclusion or a Reason for Exclusion?": in a title-case heading a capitalised word is no sign of a name,
  // and "a" is the English article as often as the Italian or Spanish preposition.
  if (!town && /^a\s/u.test(m[0]) && titleCaseLine(text, m.index)) return undefined;
  // "Un grand bravo à Lul, Reza et Said" where a speaker says "je m'appelle Lul": a person, not a town.
  if (person && namedAsPerson(page, name)) return undefined;
  // "ayudar a Javi, un niño de ocho años", "grazie a Sara, una volontaria": a name the page describes as a person.
  if (person && describedAsPerson(page, name)) return undefined;
  const code = COUNTRY_CODE.get(folded);
  // Spanish "en" leads to anything ("en Cayuco", "en Navidad", "en Internet"): after it, a name the
  // city list does not know is a town only with a place cue ("en Teror (Gran Canaria)", "el 9 de mayo
  // en Teror", "Semana intercultural en Teror" closing a heading) or when the page names its council.
  if (!code && /^en\s/iu.test(m[0]) && !town && !placeCueAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
    && !PLACE_CUE_BEFORE.test(foldKeepLength(text.slice(Math.max(0, m.index - 40), m.index))) && !(page && councilOf(page, name))) return undefined;
  return code ? { name, country: code } : { city: name, ...(town ? { country: town } : {}) };
}

/**
 * Whether the page uses an upper-case word as the name of a thing: after an article or a project word
 * ("the REFMISMES Project", "il progetto FAMI"), which no town's name takes.
 */
function nameOfThing(page: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (Written in capitals again, after an article or a project word: a town's name takes neither.)
  return new RegExp(`(?<![\\p{L}])(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as|[Ii]l|[Ll]o|[Ll]a|[Ll]e|[Ee]l|[Ll]os|[Pp]roject|[Pp]rojet|[Pp]rogetto|[Pp]royecto|[Pp]rojekt)\\s+${escaped}(?![\\p{L}])`, 'u').test(page.slice(0, 30_000));
}

/** Whether the line of `index` is written in title case (most of its words capitalised, as English headings are): no evidence of a proper name. */
function titleCaseLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const words = text.slice(start, end < 0 ? undefined : end).split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/** Whether the page writes `name` as a surname after a courtesy title ("Mr Preston", "Frau Witten", "Sig. Vittoria"). */
function surnameOn(page: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Sig|Sig\\.ra|Sra|Sr|Mme|M\\.|Herr|Frau|Dott|Dott\\.ssa)\\.? ${escaped}(?![\\p{L}])`, 'u').test(page.slice(0, 30_000));
}

/** "Je m'appelle X", "my name is X", "ich heiße X", "mi chiamo X", "me llamo X": how people introduce themselves. */
const MY_NAME_IS = "(?:m['’]appelle|my name is|ich hei(?:ß|ss)e|mein name ist|mi chiamo|il mio nome è|me llamo|mi nombre es)";

/** People as a page describes them after their first name, in the five languages: "X, un niño", "X, a young woman", "X, eine Schülerin". */
const PERSON_NOUN = '(?:niñ[oa]s?|chic[oa]s?|joven|jóvenes|mujer|hombre|señor[a]?|vecin[oa]|estudiante|alumn[oa]|refugiad[oa]|madre|padre|hij[oa]|abuel[oa]|voluntari[oa]|'
  + 'bambin[oa]|ragazz[oa]|ragazzin[oa]|donna|uomo|signor[a]?|giovane|studente|studentessa|rifugiat[oa]|mamma|papà|figli[oa]|nonn[oa]|volontari[oa]|'
  + 'enfant|femme|homme|garçon|fille|jeune|étudiante?|élève|réfugiée?|mère|père|bénévole|'
  + 'child|boy|girl|woman|man|student|pupil|refugee|mother|father|son|daughter|volunteer|'
  + 'kind|junge|mädchen|frau|mann|schüler(?:in)?|student(?:in)?|geflüchtete[rn]?|mutter|vater|sohn|tochter|ehrenamtliche[rn]?)';
const PERSON_APPOSITION = `,\\s+(?:un|una|uno|un'|une|a|an|the|ein|eine|einer|el|la|il|lo|le|der|die|das)\\s+(?:[\\p{L}-]+\\s+){0,2}${PERSON_NOUN}(?![\\p{L}])`;

let lowered: { page: string; lower: string } | undefined;
/** The page's first 30,000 characters in lower case, kept for the page asked last. */
function lowerHead(page: string): string {
  // (Short texts, a line or a venue's value, are lowered each time: they would push the page out.)
  if (page.length < 1000) return page.toLowerCase();
  if (lowered?.page !== page) lowered = { page, lower: page.slice(0, 30_000).toLowerCase() };
  return lowered.lower;
}

/** Whether the page describes `name` as a person right after it ("Javi, un niño que ..."). */
function describedAsPerson(page: string, name: string): boolean {
  // (The pattern needs the name and a comma: a page without them is answered by one search, not a case-blind scan.)
  if (!lowerHead(page).includes(`${name.toLowerCase()},`)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}${PERSON_APPOSITION}`, 'iu').test(page.slice(0, 30_000));
}

/** Whether someone on the page gives `name` as their own name. */
function namedAsPerson(page: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${MY_NAME_IS}\\s+${escaped}(?![\\p{L}])`, 'iu').test(page.slice(0, 30_000));
}

/**
 * Whether the page writes `name` as a person's first name: directly before a capitalised surname
 * (with its particle: "Niccolò Di Gregorio", "Anna van Dijk") where no place preposition leads to it.
 */
function firstNameOn(page: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])${escaped} (?:(?:[Dd]i|[Dd]e|[Dd]a|[Dd]el|[Vv]an|[Vv]on|[Ll]e|[Ll]a) )?\\p{Lu}\\p{Ll}+(?![\\p{L}])`, 'gu');
  const head = page.slice(0, 30_000);
  for (let m = re.exec(head), n = 0; m && n < 20; m = re.exec(head), n++) {
    const before = foldKeepLength(head.slice(Math.max(0, m.index - 12), m.index));
    // ("a Porto San Giorgio", "in Bad Cannstatt": a town of two words after its preposition.)
    if (/(?:^|\s)(?:a|à|in|en|nach|di|de|da|du|al|nel|nella|im|aus|bei|von)\s+$/u.test(before)) continue;
    const next = foldKeepLength(m[0].slice(name.length + 1));
    if (NOT_TOWN.has(next) || monthLike(next) || CITY_COUNTRY.has(next) || COUNTRY_CODE.has(next)) continue;
    return true;
  }
  return false;
}

/**
 * What makes the name after "en" a place from before it: a date or an hour ("el 12 de diciembre en
 * Talayuela", "a las 19:00 en Mijas") or a verb of place ("ubicado en", "se celebrará en", "tendrá lugar en").
 */
const PLACE_CUE_BEFORE = endingWith(/(?:\d|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|horas|h)|(?:ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|celebra(?:ra|do|da|n|ran)?|tendra lugar|tuvo lugar|tiene lugar|se realizara|se desarrollara|organizad[oa]s?|viven|vive|residen|reside|vecinos|vecinas))\s*,?\s*$/u);

/** A province, region or country in brackets or after a comma: "(Gran Canaria)", ", Málaga", ", España". */
function placeCueAfter(rest: string): boolean {
  const m = /^\s*(?:\(\s*|,\s*)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u.exec(rest);
  // (A heading that ends with the name: "Semana intercultural en Fuengirola".)
  if (/^[ \t]*(?:\n|$)/.test(rest)) return true;
  if (!m) return false;
  if (rest.trimStart().startsWith('(')) return true;
  const f = foldKeepLength(m[1]!);
  return CITY_COUNTRY.has(f) || COUNTRY_CODE.has(f) || NOT_TOWN.has(f) || PROVINCES.has(f);
}

/** Spanish provinces that are not also in the city list (those are known already). */
const PROVINCES = new Set(['gran canaria', 'lanzarote', 'fuerteventura', 'mallorca', 'menorca', 'ibiza', 'avila', 'burgos', 'caceres', 'badajoz', 'huelva', 'jaen',
  'leon', 'lleida', 'lerida', 'girona', 'gerona', 'tarragona', 'castellon', 'teruel', 'huesca', 'soria', 'segovia', 'guadalajara', 'cuenca', 'toledo',
  'ciudad real', 'albacete', 'palencia', 'zamora', 'ourense', 'lugo', 'pontevedra', 'asturias', 'cantabria', 'la rioja', 'navarra', 'gipuzkoa', 'bizkaia', 'alava']);

/** Whether the page names a council of this town: "Ayuntamiento de Teror", "Concello de Lugo". */
function councilOf(page: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:[Aa]yuntamiento|[Cc]oncello|[Aa]juntament|[Mm]unicipio|[Cc]abildo|[Dd]iputación)\\s+de\\s+${escaped}(?![\\p{L}])`, 'u').test(page.slice(0, 100_000));
}

const ENGLISH_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const monthLike = (w: string) => /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo)$/.test(w);

/** How often a folded name stands as whole words in a folded text. */
/** German names for a town's people: the town and -er, -erin, -erinnen ("Saarbrücker", "Freiburgerinnen"). */
const DEMONYM_END = /^er(?:in(?:nen)?|n)?(?!\p{L})/u;

function mentions(folded: string, name: string): number {
  let n = 0;
  const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
  // ("Liebe Saarbrückerinnen und Saarbrücker": the town's people, as German names them, also name the town; a town
  // in -en drops it, "Saarbrücken" -> "Saarbrücker".)
  const stem = name.length > 5 && name.endsWith('en') ? name.slice(0, -2) : name;
  for (let i = folded.indexOf(stem); i >= 0 && n < 50; i = folded.indexOf(stem, i + stem.length)) {
    if (isLetter(folded[i - 1])) continue;
    const rest = folded.slice(i + stem.length, i + stem.length + 9);
    const exact = stem === name ? !isLetter(rest[0]) : rest.startsWith('en') && !isLetter(rest[2]);
    if (exact || DEMONYM_END.test(rest)) n++;
  }
  return n;
}

// (A comma or a colon after upper-case letters is an organisation's acronym or a label: "EESC, Room 62", "NEWS:".)
const DATELINE = /(?:^|\n)\s*(\p{Lu}{3,}(?:[- ]\p{Lu}{3,})?)(?:\s*\(\d{2,3}\)|\s*\([A-Z]{2}\))?(?:\s*[.–—|-]\s+|\s+(?=\p{Lu}\p{Ll}))(?=\p{Lu})/u;
/** A line opening with a town, a comma and a date (a weekday, an article or "am" may come between): a news dateline. */
const TOWN_DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}'’-]{2,}(?:[ -](?:(?:sur|de|del|di|am|an|la|le) )?\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*,[ \t]*(?:(?:le|el|il|den|am|the)[ \t]+)?(?:\p{L}+,?[ \t]+)?(?:\d{1,2}(?:\.|º|er|st|nd|rd|th)?[ \t]+(?:de[ \t]+)?(\p{L}+)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/gu;

/** Upper-case words that open a text without being its town. */
const NOT_DATELINE = /(?:^|[- ])(?:des|del|der|die|das|les|los|las|the|and|und|et|une|uno|una|pour|para|per|for|con|mit|avec|sur|dei|della|delle)(?:$|[- ])|^(?:programa|programme|programm|programma|program|info|infos|news|aktuell|update|comunicado|press|presse|event|evento|events|agenda|avviso|aviso|avis|hinweis|achtung|nota|note|save the date|exposition|rencontre|concert|conferencia|jornada|taller|workshop|webinar|seminar|seminario|convegno|incontro|fachtag|einladung|invitation|invito|invitacion)$/;

/** A town's council or the town itself named as such: "Ayuntamiento de Fuengirola", "Comune di Lesmo", "Stadt Limburg". */
// (Also its mayor: "il sindaco di Campolattaro", "el alcalde de Teror", "le maire de Brax", "Bürgermeister von Au". A line break ends the name.)
const TOWN_OF = new LookbehindScan(/(?<![\p{L}])(?:[Cc]ity of|[Tt]own of|[Vv]ille de|[Mm]airie de|[Cc]ommune de|[Cc]omune di|[Cc]ittà di|[Aa]yuntamiento de|[Cc]oncello de|[Aa]juntament de|[Mm]unicipio de|[Ss]tadt|[Gg]emeinde|[Ll]andkreis|[Ss]indac[oa] di|[Aa]lcalde(?:sa)? de|[Mm]aire de|[Bb]ürgermeister(?:in)? von|[Mm]ayor of)[ \t]+(\p{Lu}[\p{Ll}'’-]{2,}(?:-\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}])(?:(?<=(?:indac[oa] di|lcalde(?:sa)? de|aire de|eister(?:in)? von|ayor of)[ \t]+[\p{L}'’-]+)|(?![ \t]+\p{Lu}))/gu);

/** "teniente de alcalde de ...": a deputy mayor, named by the portfolio that follows. */
const DEPUTY_BEFORE = /teniente\s+(?:de\s+)?$/iu;

/** "Mechelen, Belgium", "Marsciano (PG)": a short line that is a town with its country or province. */
const PLACE_LINE = /^\s*(\p{Lu}[\p{L}'’ -]{1,40}?)\s*(?:,\s*(\p{Lu}[\p{L} ]{2,30})|\(([A-Z]{2})\))\s*$/u;

/** Where a page's language is spoken (English is written about everywhere: no list). */
const HOME_COUNTRIES: Record<string, string[]> = {
  fr: ['FR', 'BE', 'CH', 'LU', 'MC'], de: ['DE', 'AT', 'CH', 'LU', 'LI', 'BE', 'IT'], it: ['IT', 'CH', 'SM', 'VA'], es: ['ES', 'AD'],
};

/**
 * The town a page is about: a place line near its top ("Mechelen, Belgium"), else the known city
 * it names most in its first part (named at least twice, or in its first lines), else a town
 * after a place preposition in its headline.
 * @example mainCity('Job fair in Ghent\n\nThe city of Ghent invites...') // { city: 'Ghent', country: 'BE' }
 */
export function mainCity(text: string, folded: string, language?: string): EventLocation | undefined {
  const head = text.slice(0, 3000);
  for (const line of head.split('\n', 30)) {
    const m = PLACE_LINE.exec(line);
    if (!m) continue;
    const code = m[2] ? COUNTRY_CODE.get(foldKeepLength(m[2].trim())) : undefined;
    if (code || m[3]) return { city: m[1]!.trim(), ...(code ? { country: code } : {}) };
  }
  const hits = cities(head, folded.slice(0, 3000));
  // Towns the list does not know count when the page writes them after a place word ("à Talence")
  // or as a council ("Ayuntamiento de Fuengirola", "Stadt Limburg").
  const after = TOWN_AFTER_SCAN;
  after.lastIndex = 0;
  // (French "en" and Italian "in" lead to countries and regions: "en Somalie", "in Lombardia".)
  const regionWord = language === 'fr' ? /^en\s/iu : language === 'it' ? /^in\s/iu : undefined;
  for (let m = after.exec(head), n = 0; m && n < 30; m = after.exec(head), n++) {
    if (regionWord?.test(m[0])) continue;
    const town = townOfMatch(head, m, head);
    if (town?.city) hits.push({ index: m.index + m[0].length - m[1]!.length, name: town.city, country: '' });
  }
  TOWN_OPENING.lastIndex = 0;
  for (let m = TOWN_OPENING.exec(head), n = 0; m && n < 10; m = TOWN_OPENING.exec(head), n++) {
    const town = townOfMatch(head, m, head);
    if (town?.city) hits.push({ index: m.index + m[0].length - m[1]!.length, name: town.city, country: '' });
  }
  // A news dateline: "STADTLOHN Der Countdown ...", "MONTREUIL (93) – ...", "FUENLABRADA | ...".
  const dateline = DATELINE.exec(head);
  if (dateline && !NOT_DATELINE.test(foldKeepLength(dateline[1]!)) && !monthLike(foldKeepLength(dateline[1]!).split(/[- ]/)[0]!)
    && (townCountry(foldKeepLength(dateline[1]!)) || !nameOfThing(text, dateline[1]!))) {
    const name = dateline[1]!.toLowerCase().replace(/(^|[- ])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    hits.push({ index: dateline.index + dateline[0].indexOf(dateline[1]!), name, country: '' });
  }
  // A dateline in mixed case: "Publier, le 19 mars 2022 –", "Wiesloch, 22. September 2019.", "Rieti, 28 giugno 2014 -".
  const datelined = datelineTown(head);
  if (datelined?.city) hits.push({ index: head.indexOf(datelined.city), name: datelined.city, country: datelined.country ?? '' });
  const council = TOWN_OF;
  council.lastIndex = 0;
  for (let m = council.exec(head), n = 0; m && n < 30; m = council.exec(head), n++) {
    const name = m[1]!;
    // ("teniente de alcalde de Bienestar Social": a deputy mayor's portfolio, not a town.)
    if (DEPUTY_BEFORE.test(head.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("City of Sanctuary" on a page about "towns of sanctuary": a word also written in lower case names a movement, not a town.)
    const lowerToo = !CITY_COUNTRY.has(foldKeepLength(name)) && !name.includes('-') && standsAlone(text.slice(0, 30_000), name.toLowerCase());
    if (!NOT_TOWN.has(foldKeepLength(name)) && !COUNTRY_CODE.has(foldKeepLength(name)) && !lowerToo) hits.push({ index: m.index + m[0].length - name.length, name, country: '' });
  }
  const count = new Map<string, { n: number; first: CityHit }>();
  const foldedHead = folded.slice(0, 3000);
  for (const h of hits.sort((a, b) => a.index - b.index)) {
    const key = foldKeepLength(h.name);
    if (count.has(key) || count.size >= 40) continue;
    // Every mention counts, with or without its preposition ("SuS Stadtlohn", "STADTLOHN").
    const n = Math.max(1, mentions(foldedHead, key));
    count.set(key, { n, first: h });
  }
  // (A known town abroad named once, "comme beaucoup de villages d'Italie, Riace ...", is a story's setting, not the page's town.)
  const home = language ? HOME_COUNTRIES[language] : undefined;
  // ("a Braga, in Portogallo": a town abroad given with its country is where the page went.)
  const withCountry = (h: CityHit) => country(head.slice(h.index + h.name.length, h.index + h.name.length + 24), foldedHead.slice(h.index + h.name.length, h.index + h.name.length + 24)) === h.country;
  const abroadOnce = (c: { n: number; first: CityHit }) => c.n < 2 && !!home && !!c.first.country && !home.includes(c.first.country) && !withCountry(c.first);
  const best = [...count.values()].filter((c) => !abroadOnce(c)).sort((a, b) => b.n - a.n || a.first.index - b.first.index)[0];
  // (A known city that is the only town the page names is its town, wherever it stands.)
  if (best && (best.n >= 2 || best.first.index < 600 || (count.size === 1 && best.first.country))) return { city: best.first.name, ...(best.first.country ? { country: best.first.country } : {}) };
  const firstLine = head.split('\n').find((l) => l.trim()) ?? '';
  if (firstLine.length > 160 || (regionWord && new RegExp(`(?<![\\p{L}])${language === 'fr' ? 'en' : 'in'}\\s+\\p{Lu}`, 'iu').test(firstLine))) return undefined;
  const town = townAfterPreposition(firstLine, head);
  return town?.city ? town : undefined;
}

/**
 * The town a whole page names most (at least twice), for a gathering in person that its own words and
 * the page's head leave without a town: "the best-supported town" of the page (a town of the page's own
 * countries before one abroad).
 * @example pageTown('Contact ... 40121 Bologna ... a Bologna ...', folded, 'it') // { city: 'Bologna', country: 'IT' }
 */
export function pageTown(text: string, folded: string, language?: string): EventLocation | undefined {
  const hits = cities(text.slice(0, 30_000), folded.slice(0, 30_000), 300);
  const count = new Map<string, { n: number; first: CityHit }>();
  for (const h of hits) {
    const key = foldKeepLength(h.name);
    const c = count.get(key);
    if (c) c.n++;
    else count.set(key, { n: 1, first: h });
  }
  const home = language ? HOME_COUNTRIES[language] : undefined;
  const rank = (c: { n: number; first: CityHit }) => c.n * 2 + (home?.includes(c.first.country) ? 1 : 0);
  const best = [...count.values()].filter((c) => c.n >= 2).sort((a, b) => rank(b) - rank(a) || a.first.index - b.first.index)[0];
  return best ? { city: best.first.name, country: best.first.country } : undefined;
}

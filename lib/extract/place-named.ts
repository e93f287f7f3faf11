/**
 * A place known by its own name alone, with no kind of place in it: "concert à La Friche", "soirée au
 * Lieu d'Europe", "festa al Frantoio delle idee", "concierto en La Casa Encendida", "a talk at the
 * Black Box". After the words that lead to a place and take an article ("au", "à la", "al", "alla",
 * "en el", "en la", "at the"), a capitalised name is where people go, unless it is a town, a
 * country, a region, a time, a feast, a gathering or a person's office. The last resort of an
 * event's own words, before a town alone.
 */
import type { EventLocation } from '../model/event.ts';
import { foldKeepLength } from '../relevance/fold.ts';
import { cityIn } from './place.ts';
import { COUNTRY_CODE, townCountry } from './places-data.ts';
import { isDayWord } from './places-day-words.ts';
import { isAbstractNoun } from './abstract-nouns.ts';
import { nameAt } from './venue.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { endingWith } from './places-ends.ts';

// (French, Italian and Spanish articles joined to "to"/"in"; English "at the". German writes every noun capitalised: not here.)
// ("à La Friche", "en La Casa Encendida", "at The Roundhouse": an article written with a capital is part of the name.)
// (Capitalised where they open a sentence or a headline: "Au Studio d'Aubervilliers, ...".)
const LEADS_PATTERN = /(?<![\p{L}])(?:[Aa]u|[Aa]ux|[àÀ] la|[àÀ] l['’]|[Aa]l|[Aa]lla|[Aa]llo|[Aa]ll['’]|[Ee]n el|[Ee]n la|[Aa]t the|(?:[àÀ]|[Ee]n|[Aa]t)(?=\s+(?:La|Le|Les|El|The)\s)|(?<=[a-z,]\s)at(?!\s+(?:The|A|An|This|That|Our|Your|Their|His|Her|Its|My)\s))(?:\s+|(?<=['’]))(?=[\p{Lu}"“«])/gu;
/** LEADS_PATTERN searched by its words first (lookbehind-scan.ts): the pattern's opening lookbehind would be tried at every character of the page. */
const LEADS = new LookbehindScan(LEADS_PATTERN);

/** First words (folded) that make a capitalised name no place: times, feasts, gatherings, offices, bodies that are no building. */
const NOT_PLACE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|noel|toussaint|paques|natale|pasqua|navidad|pascua|christmas|easter|printemps|ete|automne|hiver|primavera|estate|autunno|inverno|verano|otono|invierno|spring|summer|autumn|winter|end|start|beginning|heart|time|age|occasion|invitation|initiative|request|same|moment|close|top|bottom|height|height|festival|forum|congres|congress|congresso|congreso|conference|conferenza|conferencia|journee|giornata|jornada|jornadas|dia|day|days|semaine|settimana|semana|week|fete|festa|fiesta|marche|marcia|marcha|march|concert|concerto|concierto|rencontre|incontro|encuentro|meeting|reunion|riunione|assemblee|assemblea|asamblea|webinar|seminaire|seminario|seminar|colloque|convegno|workshop|atelier|laboratorio|taller|programme|programma|programa|program|projet|progetto|proyecto|project|president|presidente|presidenta|prefet|prefetto|ministre|ministro|ministra|minister|maire|sindaco|sindaca|alcalde|alcaldesa|mayor|secretaire|segretario|secretario|secretary|directeur|direttore|director|commission|commissione|comision|commissioner|gouvernement|governo|gobierno|government|parlement|parliament|parlamento|etat|stato|estado|state|union|unione|europe|europa|monde|mondo|mundo|world|nord|sud|est|ouest|north|south|east|west|norte|oeste|regione|region|comunidad|provincia|province|departement|pays|paese|pais|country|sein|cours|titre|nom|nome|nombre|name|theme|tema|topic|issue|numero|number|une|tg|journal|giornale|diario|radio|tv|television|televisione|television|facebook|instagram|youtube|zoom|teams|internet|web|online|dr|prof|mr|mrs|ms|dott|sig|don|padre|pere|frere|soeur|fratel|suor|sor|hermano|hermana|madre|mother|father|sister|brother)$/u;

const ORDINAL = /^(?:[ivxlc]+(?:e|er|eme|o|a|th|st|nd|rd)?|premier|premiere|deuxieme|troisieme|primo|prima|secondo|seconda|terzo|terza|primer|primera|primero|segundo|segunda|tercer|tercera|first|second|third|\d+\p{L}*)$/u;
const LINKING = new Set(['de', 'du', 'des', 'la', 'le', 'les', "d'", 'di', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'of', 'the', 'on', 'and', 'et', 'e', 'y', 'el', 'los', 'las', 'en', 'a', 'à', 'au', 'aux', 'al', 'alla']);

const GATHERING = /^(?:week|weekend|day|days|festival|fest|conference|summit|forum|fair|marathon|run|walk|lunch|breakfast|dinner|party|celebration|ceremony|meeting|event|events|session|sessions|launch|service|mass|christmas|easter|eid|ramadan|diwali|night|evening|morning|afternoon)$/u;

const ARTICLE = new Set(['la', 'le', 'les', 'il', 'lo', 'el', 'los', 'las', 'the']);
const OF = new Set(['de', 'di', 'du', 'of', 'del', 'della', 'des', 'en', 'sur', 'a', 'à', 'y', 'et', 'e', 'and']);

/** "Foro Annonario la Premiazione": an article not after "of" starts another phrase, which the name does not take. */
function cutAtArticle(found: { name: string; end: number } | undefined): { name: string; end: number } | undefined {
  if (!found) return undefined;
  const words = found.name.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && ARTICLE.has(w) && !OF.has(foldKeepLength(words[i - 1]!)));
  if (cut < 0) return found;
  const name = words.slice(0, cut).join(' ');
  return { name, end: found.end - (found.name.length - name.length) };
}

/** Where a name may start after such words, over a whole page, once (capped: a long page names its venues early). */
export function namedLeads(text: string): number[] {
  const out: number[] = [];
  LEADS.lastIndex = 0;
  for (let m = LEADS.exec(text); m && out.length < 500; m = LEADS.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    // ("Comisión de Ayuda al Refugiado", "piazza Fonderia alla Cala": a capitalised word right before joins the lead into a longer name.)
    if (WORD_BEFORE.test(before) && !SENTENCE_WORD_BEFORE.test(before)) continue;
    if (NOT_LOCATIVE_BEFORE.test(foldKeepLength(before))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

// (Patterns that end the text before a lead, read backwards from its end, places-ends.ts: not tried at each of its 50 characters.)
/** A capitalised word just before the lead, and the same word opening a sentence, a clause or a line. */
const WORD_BEFORE = endingWith(/\p{Lu}[\p{L}\p{M}'’-]*\s+$/u);
const SENTENCE_WORD_BEFORE = endingWith(/(?:^|[.!?:;\n]\s*)\p{Lu}[\p{L}\p{M}'’-]*\s+$/u);

/**
 * Words before "au"/"al"/"at the" that make it no place: working or volunteering somewhere ("animatrice au X",
 * "employé au Y"), taking part in a gathering ("ont participé au Z", "asistieron al"), thanks and partners
 * ("grazie al", "insieme al", "junto al", "grâce au"), a time ("remontant au XVIe siècle"), help given ("ayuda al").
 */
const NOT_LOCATIVE_BEFORE = endingWith(/(?<![\p{L}])(?:\p{L}*(?:travaill|benevol|salari|employ|stagiair|animat|coordinat|charge|responsab|direct|lavora|volontar|operat|impiegat|trabaj|voluntar|particip|asist|assist|contribu|partecip|aderi|adhe|remont|risal|remont|appartien|appartenent|pertenec|dedicat|dedicad|dedie|consacr|relativ|riguard|rispett|sostegn|apoy|ayud|aide|soutien|support|grazi|graci|merci|thank|grace|insieme|junto|ensemble|together|accanto|invit|hommage|omaggio|homenaje|tribute)\p{L}*|took part|take part|attended|attend|prendre part|pris part|preso parte|tomado parte|teilgenommen)(?:\s+\p{L}+){0,2}\s+(?:\p{L}+\s+)?$/u);

/**
 * The place named by its own name starting at `at` (a position namedLeads gave), if it is one.
 * @example namedPlaceAt('concert à La Friche, à Marseille.', 10) // { name: 'La Friche' }
 */
export function namedPlaceAt(text: string, at: number): EventLocation | undefined {
  const found = cutAtArticle(nameAt(text, at));
  if (!found) return undefined;
  const words = foldKeepLength(found.name).replace(/[«»"“”„]/gu, ' ').trim().split(/[\s'’-]+/u);
  // ("à La Rochelle", "en La Orotava": a town, the town's business; "au Maroc", "al Nord": no place to go.)
  const bare = ['la', 'le', 'les', 'el', 'the', 'l'].includes(words[0]!) ? words.slice(1) : words;
  const head = bare[0] ?? '';
  // ("al Nord" is a region; "at West Quay", "au Nord Village" name a place: a direction with a name after it.)
  const direction = /^(?:nord|sud|est|ouest|north|south|east|west|norte|oeste)$/u.test(head) && bare.length > 1;
  if (!head || (NOT_PLACE.test(head) && !direction) || isDayWord(head) || COUNTRY_CODE.has(head) || COUNTRY_CODE.has(bare.join(' '))) return undefined;
  // ("à la Migration", "au Développement": a theme or a portfolio, not a place.)
  if (bare.length === 1 && isAbstractNoun(head)) return undefined;
  // ("au Mans", "al Cairo": a town whose name takes the article.)
  const name = foldKeepLength(found.name);
  if (foldKeepLength(cityIn(found.name)?.city ?? '') === name || townCountry(name) || ['le', 'la', 'les', 'il', 'el', 'the'].some((a) => townCountry(`${a} ${name}`))) return undefined;
  // (After a bare English "at", a gathering's name is when, not where: "at Refugee Week", "at Fightback Lunch".)
  if (/^\s*at\s*$/u.test(text.slice(Math.max(0, at - 4), at)) && words.some((w) => GATHERING.test(w))) return undefined;
  // ("au XVIe siècle", "al Primer Encuentro", "au premier Forum": an ordinal opens a gathering's or a century's name.)
  if (ORDINAL.test(head)) return undefined;
  // (A name alone is capitalised throughout, bar linking words: "Jobday Flandre organisé par le Forem" runs on into a clause.)
  if (found.name.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !LINKING.has(foldKeepLength(w)) && !/^(?:l|d|dell|all|nell|sull|dall)['’][\p{Lu}"“«]/u.test(w))) return undefined;
  // (Three letters or fewer, "au CNRS" aside, are an initial or a body as often as a building.)
  if (found.name.length < 4) return undefined;
  return { name: found.name };
}

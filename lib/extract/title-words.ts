/**
 * The words titles are read with: what dangles at a name's end, verbs that make a clause, quotation
 * marks, months and weekdays, the event words and the words that stop a name on either side.
 */
import { EVENT_NOUN } from './cues.ts';

/** Words left dangling at a name's end once its date is taken out ("Session 1 : du"). */
// (Prepositions and the Italian "è" too: "L’appuntamento è per" is a sentence cut short, not a name.)
export const DANGLING = /\s+(?:du|from|vom|von|dal|dalla|del|de|le|la|il|el|am|on|the|au|à|a|et|and|und|e|y|bis|to|al|des|der|die|das|los|las|les|per|pour|para|por|for|für|sur|su|sobre|è|alle|alla|ai|agli|di|da|con|with|mit|avec|of|nel|nella|zum|zur|beim)$/iu;

/**
 * An Italian or Spanish verb in the future closing a phrase ("prenderà", "reunirá"): no noun ends
 * so. Its reflexive pronoun goes with it ("se celebrará", "si svolgerà"), else the name ends on "se".
 */
export const FUTURE_VERB_END = /(?:\s+(?:se|si))?\s+\p{Ll}+r[àá]$/u;

/** Verbs that say what a thing is or will be (folded): a sentence's, never in a gathering's name. */
export const COPULA = new Set(['ist', 'sind', 'wird', 'werden', 'war', 'est', 'sont', 'sera', 'seront', 'etait', 'is', 'are', 'was', 'were', 'will', 'sara', 'saranno', 'era', 'sono', 'es', 'son', 'fue', 'seran']);

/** The word for an appointment alone, with its article: it says a gathering is coming, not which (folded). */
export const APPOINTMENT = /^(?:l['’]|el |il |the |der |le )?(?:appuntamento|appuntamenti|rendez-vous|cita|citas|termin|termine|appointment|date)\W*$/u;

/**
 * The verb a sentence about an event stops on once its date is cut out ("La jornada será",
 * "Das Sprachcafé beginnt"): a sentence, not a list item's name.
 */
export const TRAILING_VERB = /\s(?:sera|será|sarà|seran|serán|saranno|wird|werden|findet|beginnt|startet|offnet|öffnet|is|are|will be|begins|starts|opens|takes place|took place|was held|were held|fand statt|fanden statt|hat stattgefunden|a eu lieu|ont eu lieu|s'est tenue?|si è svolto|si è svolta|si è tenuto|si è tenuta|tuvo lugar|se celebró|est|sont|aura lieu|commence|ouvre|si terrà|si terra|inizia|comincia|apre|tendrá lugar|tendra lugar|comienza|empieza|abre)$/iu;

/** A line that opens with the first day of a span ("Dès le 05.11.2015 au 08.11.2015", "Vom 3. bis 5. Mai", "Dal 2 al 4 giugno") (folded). */
export const RANGE_LEAD = /^\W*(?:du|des|from|vom|von|ab|dal|dall'|del|desde|a partir du|a partir del|a partire dal)\s+(?:le\s+|il\s+|el\s+|the\s+)?\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\.?(?:\d{1,2}\.?(?:\d{2,4})?)?\s/u;

/** "Uhr", "horas", "ore 18": what is left of a time, not a name (folded). */
export const ONLY_TIME_WORDS = /^\W*(?:(?:uhr|horas?|ore|heures?|hrs?|h|am|pm|alle|dalle|a las|um|ab|bis|from|to|de|a)\W*|\d+\W*)+$/u;

/** Menu words run together by a copy of the page ("LocalNoticiasProvincialSolidaridad"). */
export const GLUED_MENU = /^(?:\p{Lu}\p{Ll}+){3,}$/u;

export const JOINING = /^(?:and|und|et|e|y|del|della|dello|dei|degli|delle|di|una|uno|einen|einem|einer|eine|ein|zum|zur|sobre|su|sur|du|des)$/iu;

// (Single marks name too, "‘La via dei canti’", "‘Por una sociedad de acogida’": a ’ between two
// letters is an apostrophe, "dell’anno", and the name goes on.)
export const QUOTED = /(?:[“"«„]\s?)([^“”"«»„\n]{4,140})(?:\s?[”"»“])|‘((?:[^‘’\n]|’(?=\p{L})){4,140})’(?!\p{L})/u;

/** Words after an event word that end its qualifiers: verbs, prepositions, who organised it (folded). */
export const AFTER_STOP = /^(?:steht|stand|findet|fand|wird|ist|war|is|was|will|are|se|si|a|à|au|aux|en|in|im|am|an|on|at|with|mit|con|avec|che|que|qui|which|that|who|by|da|de|du|des|di|del|della|von|par|per|por|para|for|pour|fur|zum|zur|organi[sz]\p{L}*|promoss\p{L}*|promovid\p{L}*|hosted|held|tenue?s?|svolt\p{L}*|celebrad\p{L}*|and|und|et|e|y|o|or|ou|oder)$/u;

/**
 * Words that open a question as a sentence does (folded). (Not "which", "quale", "welche":
 * followed by a noun they make a title, "Quale accoglienza?", "Which Europe?".)
 */
export const QUESTION_WORD = /^\W*(?:who|what|whats|what's|what’s|when|where|why|how|do|does|did|is|are|can|qui|que|quoi|qu'est|qu’est|ou|quand|pourquoi|comment|est-ce|wer|was|wo|wann|warum|wie|chi|che|cosa|dove|quando|perche|come|quien|quienes|donde|cuando|por que|como)(?![\p{L}])/u;

export const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre';

const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo';

/** A day with its month, as written in the five languages ("25. September", "mercredi 16 novembre", "July 18th, 2025") (folded). */
export const DAY_MONTH = `(?:(?:${WEEKDAY_WORDS}),?\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\\.?\\s*(?:of\\s+|de\\s+|di\\s+)?(?:${MONTH_WORDS})(?:\\s+(?:de\\s+)?\\d{4})?|(?:${MONTH_WORDS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?)(?:\\s+(?:prochain|next|prossimo|proximo))?`;

/** A day heading: "MARTES 20 DE SEPTIEMBRE (Casa del Mar)", "Lunes 15", "Samstag, 22. Juni". */
export const DAY_HEADING = new RegExp(`^\\W*(?:(?:${WEEKDAY_WORDS}),?\\s+\\d{1,2}\\b|(?:(?:${WEEKDAY_WORDS}),?\\s+)?\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS})\\b)`);

/**
 * A line that opens with its date or time ("17th November 2023, 09h00 to 13h30", "Vienna,
 * 29-30 September 2011", "Jeudi 23 avril 2015 à 20h", "18:00 horas"): when, not what (folded).
 */
export const DATELINE = new RegExp(
  `^\\W*(?:[\\p{L}' .-]{2,30},\\s*)?(?:(?:${WEEKDAY_WORDS})\\b|\\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\\.?(?:\\s*[-–/&]\\s*\\d{1,2}(?:st|nd|rd|th)?\\.?)?\\s+(?:of\\s+|de\\s+|di\\s+)?(?:${MONTH_WORDS})\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:h|uhr|ore|horas?|heures?|am|pm)\\b|\\d{1,2}[:.]\\d{2}\\b)`,
  'u',
);

/** The event nouns as a global search (exec from lastIndex), found as EVENT_NOUN.test finds them. */
export const NOUNS = EVENT_NOUN.globalScan();

/** German event nouns that are also a verb or an adjective in lower case ("treffen", "fest"). */
export const VERB_TOO = new Set(['treffen', 'fest', 'messe', 'lauf', 'austausch']);

/**
 * The event cues that are verbs of meeting or taking part ("reunirá a", "si sono riuniti", "nahmen teil"):
 * they tell a gathering happened but name nothing, so a phrase is never built around them (folded).
 */
export const MEETING_VERB = /^(?:trafen|treffen sich|versammelten|kamen|se sont|si sono|si riuniranno|se reun|se dieron|came together|met in|reuni|ha |hanno |a reuni|a rassemble|a particip|ont |brought|particip|nahm|teilgenommen|took part|attended|incontrer)/;

// Words that end a name going left: articles, verbs of invitation, prepositions (folded).
export const LEFT_STOP = new Set(('more all other further plus autres weitere altri otros the a an our your their its this that these join attend to and or at in on of for with by from will is are was were be read ' +
  'next upcoming new register see le la les l un une du des au aux a de et notre nos votre prochain prochaine rejoignez participez ' +
  'der die das den dem ein eine einen einer zur zum und am im unser unsere nachste nachsten naechste il lo gli i uno una del della dei al alla e nostro ' +
  'prossimo prossima el los las y en con para por nuestro nuestra proximo proxima neue neuen neuer nouveau nouvel nouvelle nuovo nuova nuevo nueva ' +
  'zu einem einer einen uhr heures ore horas hours infatti inoltre finden findet fand fanden gibt gab beim vom ins ans aufs').split(' '));

/** Possessives and "each": a determiner, where a name starts after it ("sa visite", "ses journées", "chaque journée", "ogni incontro") (folded). */
export const OWNER_OR_EACH = new Set(('sa son ses leur leurs notre nos votre vos mon ma mes sua suo sue suoi loro mio mia miei mie su sus mi mis tu tus ' +
  'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer his her my their each every chaque ogni cada jede jeder jedes jeden').split(' '));

/** Lower-case finite verbs of the third person left of an event word ("organise", "organizza", "recevrons", "celebra"): the name starts after them (folded). */
export const FINITE_VERB = /^(?:organise|organisent|organize|organizes|organizza|organizzano|organiza|organizan|organisiert|veranstaltet|propose|proposent|propone|proponen|celebra|celebran|festeggia|accueille|ospita|acoge|recevr\p{L}*|accueillera|ospitera|acogera|presente|presenta|presentano|presentan|lance|lancia|lanza|annonce|annuncia|anuncia|prevede|prevoit|preve|offre|ofrece|bietet|ladt|invite|invita|invitan|mittlerweile|inzwischen|desormais|ormai|ya|already|now)$/u;

// A month or weekday left of the event word closes the date before it ("vom 15. bis 19. November fünf digitale Workshops").
for (const w of `${MONTH_WORDS}|${WEEKDAY_WORDS}`.split('|')) LEFT_STOP.add(w);

export const GENERIC = /^(?:events?|evenements?|veranstaltung(?:en)?|eventi|evento|eventos?|sessions?|programme|program|editions?|activities|activity|actividad(?:es)?|attivita|activites?|aktivitat(?:en)?|weeks?|weekends?|semaines?|settimana|semanas?|woche|giornata|jornada|journee|day|tag)$/u;

/** Participles of organising or holding ("organizzato", "organisée", "promovida", "celebrada", "held"): the name has ended before them (folded). */
export const HELD_BY = /^(?:organi[sz]\p{L}*|promoss\p{L}*|promovid\p{L}*|celebrad\p{L}*|svolt\p{L}*|tenue?s?|held|hosted)$/u;

/** A French participle ("placé", "organisées") or a Romance adverb ("percentualmente", "rápidamente") after an event word: no part of its name (as written). */
export const PARTICIPLE_OR_ADVERB = /(?:é|ée|és|ées|mente)[,.;:!?]?$/u;

/** Prepositions, determiners and adverbs that may follow an event word but never qualify it (folded). */
export const LINKING = new Set(('dans sur sous avec sans chez entre vers depuis pendant apres avant cette ceux celle celui dont ' +
  'tra fra senza sotto dopo prima durante questo questa quello quella presso verso ' +
  'desde hasta entre sobre tras ante bajo este esta estos estas aquel durante hacia segun ' +
  'since until into over under near after before during this these those there here also ' +
  'seit nach bei aus vor ohne gegen unter uber dieser diese dieses auch noch schon').split(' '));

/** Endings of conjugated verbs and participles, not adjectives ("findet", "organisiert", "celebrada", "prevede") (folded). */
export const VERB_ENDING = /(?:iert|ieren|et|en|ata|ato|ada|ado|ee|ees|ait|ra|ran|(?<!a)ria|ano|ono|ando|endo)$/u;

/** A short line that opens with an hour ("A las 9:00 horas", "Dès 18 heures", "Um 15 Uhr") (folded). */
export const TIME_LEAD = /^(?=.{0,60}$)\W*(?:a las|alle|dalle|ore|um|ab|at|from|des|a partir de las?|a partir des?)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|ore|horas?|heures?|am|pm)?(?![\p{L}\d])/u;

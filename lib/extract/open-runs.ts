/**
 * Days when something stands open rather than when people gather (issue 12, precision): school
 * holidays a text is set in ("während der Herbstferien vom 8. bis 23. Oktober", "pendant les vacances
 * scolaires du"), an exhibition's showing days ("l'exposition sera visible les 6, 7 et 8 février",
 * "la mostra è visitabile dal", "the exhibition will be at the library on"), and days open to the
 * public with opening hours split by a break ("ouvertes au public du 15 au 25 février, de 10 heures à
 * 12 heures et de 14 heures à 18 heures"), a campaign's days that many hosts fill, a course's first day
 * told without an hour. An opening (vernissage) is a gathering and stays one.
 * Word classes in en, fr, de, it, es on folded text.
 */
import { EVENT_NOUN } from './cues.ts';
import type { NotEvent } from './filters.ts';

/** "during the (school) holidays from": the days of a holiday, the frame of what the sentence says. */
const DURING_HOLIDAYS = /(?<![a-z])(?:wahrend|in) (?:der|den) [a-z]*ferien\s*(?:\d{4}\s*)?(?:vom|von|ab|zwischen)?\s*(?:dem\s+)?$|(?<![a-z])pendant (?:les|la) (?:vacances|conges|petites vacances|grandes vacances)(?: scolaires| d'ete| d’ete| d'hiver| d’hiver| de printemps| de (?:la )?toussaint| de noel| de fevrier| de paques)?\s*(?:\d{4}\s*)?(?:du|des|de|entre le)?\s*$|(?<![a-z])durante (?:le|las) (?:vacanze|ferie|vacaciones)(?: scolastiche| estive| natalizie| pasquali| invernali| escolares| de verano| de navidad| de invierno| de semana santa)?\s*(?:\d{4}\s*)?(?:dal|dall['’]|del|desde el|tra il|entre el)?\s*$|(?<![a-z])(?:during|over) the (?:school |summer |easter |christmas |autumn |winter |spring |half[- ]term |mid[- ]term )?(?:holidays?|break|half[- ]term)\s*(?:\d{4}\s*)?(?:from|between)?\s*(?:the\s+)?$/;

const EXHIBITION = '(?:exhibitions?|expositions?|mostra|mostre|ausstellung(?:en)?|exposicion(?:es)?|muestra)';
/** An exhibition said to be on view, or to stand somewhere, on its days. */
const ON_VIEW = new RegExp(`(?<![a-z])(?:${EXHIBITION}[^.;\\n]{0,60}(?<![a-z])(?:visible|visibles|visitable|visitabile|visitabili|on view|on show|on display|can be (?:seen|visited)|zu sehen|zu besichtigen|podra visitarse|podran visitarse|se puede visitar|se podra visitar|abierta al publico|aperta al pubblico|ouverte au public|open to the public)|${EXHIBITION} (?:sera|seront|will be|sara|saranno|wird|werden|estara|estaran|is|est|e|ist|esta) (?:au|aux|a la|a l['’]|dans|at|in|im|nel|nella|presso|en)(?![a-z]))`);
/** An opening, a guided visit or a talk at the exhibition: a gathering on its day. */
const OPENING = /(?<![a-z])(?:vernissage|inauguration|inaugure|inauguree|opening|opens|eroffnung|eroffnet|inaugurazione|inaugura|inauguracion|inaugurara|guided (?:tour|visit)|visite guidee|visita guidata|visita guiada|fuhrung|rencontre|incontro|encuentro|talk|debat|dibattito|debate|conference|conferenza|conferencia|vortrag)(?![a-z])/;

/** Open to the public, with opening hours broken for a meal: "de 10 heures à 12 heures et de 14 heures à 18 heures", "10-12 und 14-18 Uhr". */
const OPEN_TO_PUBLIC = /(?<![a-z])(?:ouvert(?:e|s|es)? au public|open to the public|apert[oaie] al pubblico|abiert[oa]s? al publico|fur die offentlichkeit geoffnet|offentlich zuganglich)(?![a-z])/;
const SPLIT_HOURS = /\d{1,2}(?:[:.h]\d{2})?\s*(?:h|heures?|uhr|ore|horas?|am|pm)?\s*(?:a|à|to|bis|alle|-|–)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:h|heures?|uhr|ore|horas?|am|pm)?\s*(?:,|et|and|und|e|y)\s*(?:de|from|von|dalle|de las|dalle ore)?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:h|heures?|uhr|ore|horas?|am|pm)?\s*(?:a|à|to|bis|alle|-|–)\s*\d{1,2}/;

/** Many hosts over the days, a campaign's period: "Du 17 juin au 6 juillet, de nombreux centres d'accueil organisent des évènements". */
const MANY_HOSTS = /(?<![a-z])(?:de nombreux|de nombreuses|plusieurs|numerosi|numerose|diversi|diverse|molti|molte|numerosos|numerosas|varios|varias|diversos|diversas|many|several|numerous|various|dozens of|zahlreiche|viele|mehrere|verschiedene) (?:[a-z]+ )?(?:groups|groupes|gruppi|grupos|gruppen|centres?|centri|centros|centers|organisations?|organizations?|organizzazioni|organizaciones|associations?|associazioni|asociaciones|entidades|vereine|einrichtungen|initiativen|communes|comuni|municipios|ayuntamientos|cities|towns|villes|citta|ciudades|stadte|gemeinden|lieux|places|venues|luoghi|lugares|orte|schools|ecoles|scuole|escuelas|schulen|libraries|bibliotheques|biblioteche|bibliotecas|partners|partenaires|partner|socios)(?![a-z])/;
const DAY_RANGE = /\d{1,2}(?:er|st|nd|rd|th|\.)?(?:\s+[a-z]+)?\s*(?:au|to|until|-|–|al|bis|hasta|a)\s+(?:[a-z]+\s+)?\d{1,2}(?!\d)/;

/** A course's run said to begin on the day, with no hour for a first lesson: "el curso ..., que comenzará el 15 de octubre en la Casa Diocesana". */
const COURSE_BEGINS = /(?<![a-z])(?:courses?|classes|cours|[a-z]*kurs(?:e|en)?|corsi|corso|cursos?|clases)(?![a-z])[^.;\n]{0,60}(?<![a-z])(?:comenzara|comienza|comienzan|empieza|empezara|inicia|iniciara|arranca|arrancara|inizia|iniziano|iniziera|inizieranno|partira|partiranno|prende il via|commence|commencent|commencera|commenceront|debute|debutera|demarre|demarrera|reprend|reprendra|beginnt|beginnen|startet|starten|starts|start|will start|begins|will begin|resumes|riprende|riprendera|se reanuda|se reanudara)\s+(?:el|il|le|on|am|the)?\s*(?:proximo|prossimo|prochain|next)?\s*$/;
const HOUR_IN = /(?:\d{1,2}(?:[:.h]\d{2}|\s*(?:h|uhr|horas?|ore|am|pm)(?![a-z]))|(?<![a-z])(?:alle|ore|a las|a la|um|at|dalle|des|de|from|von|vers)\s+\d{1,2}(?!\d))/;

/**
 * A holiday's own days, its name right before them: "les vacances de la Toussaint du", "die Herbstferien vom", "le vacanze di
 * Natale dal", "las vacaciones de Semana Santa del", "the Easter holidays from", "half term runs from". (Not a camp or a
 * programme in the holidays: "colonie de vacances du", "Ferienprogramm vom", "campamento de vacaciones del".)
 */
const HOLIDAY_RUN = /(?<![a-z])(?<!(?:colonie|colonies|centre|centres|camp|camps|sejour|sejours|stage|stages|accueil|club|campamento|campamentos|escuela|escuelas|centro|centri|campo|campi) de )(?:vacances (?:scolaires|de (?:la )?toussaint|de noel|de fin d['’]annee|d['’]hiver|de fevrier|de printemps|de paques|d['’]ete)|conges (?:scolaires|d['’]ete)|(?:herbst|winter|weihnachts|oster|pfingst|sommer|fruhjahrs|faschings|schul)?ferien|vacanze (?:scolastiche|estive|di natale|natalizie|di pasqua|pasquali|invernali|di carnevale)|ferie (?:estive|natalizie)|vacaciones (?:escolares|de verano|de navidad|navidenas|de semana santa|de invierno|de pascua)|(?:school|summer|easter|christmas|winter|autumn|spring|half[- ]term|mid[- ]term) (?:holidays?|break)|half[- ]term)\s*(?:\d{4}\s*)?(?:(?:run|runs|will run|go|last|last|are|is|sont|sont fixees|vont|gehen|dauern|sind|vanno|sono|van|son|duran|start|begin|commencent|debutent|beginnen|starten|iniziano|cominciano|comienzan|empiezan)\s+)?(?:from|du|des|de|vom|von|ab|dal|dall['’]|del|desde el|between|entre le|zwischen|tra il|entre el|on|le|am|il|el)?\s*(?:the\s+|dem\s+)?$/;
/**
 * The first day of a school year or term: "la rentrée scolaire le", "the school year starts on", "Schuljahresbeginn am", "l'anno
 * scolastico inizia il", "el curso escolar comienza el", "first day of school". (A party for it is a gathering: "fête de la rentrée".)
 */
const SCHOOL_START = /(?<![a-z])(?:(?:la )?rentree(?: scolaire| des classes)?|school (?:year|term) (?:starts|begins|will start|will begin|opens)|(?:start|beginning|first day) of (?:the )?(?:school year|term|school)|schuljahresbeginn|schulbeginn|schulstart|(?:das )?(?:neue )?schuljahr (?:beginnt|startet)|(?:inizio|avvio) (?:del(?:l['’])?)?\s*(?:anno scolastico|lezioni|scuola)|(?:l['’])?anno scolastico (?:inizia|comincia|iniziera|partira)|primo giorno di scuola|(?:inicio|comienzo) (?:del curso(?: escolar)?|de las clases|de curso)|(?:el )?curso escolar (?:comienza|empieza|arranca|comenzara|empezara)|primer dia de (?:clase|colegio|escuela)|vuelta al cole)(?![a-z])[^.;\n]{0,20}$/;

/** Every holiday, exhibition and course word above holds one of these. */
const HOLIDAY_WORD = /ferie|vaca|conges|holiday|break|half|term/;
const SCHOOL_WORD = /rentree|school|schul|scolast|scuola|curso|clase|colegio|cole/;
const EXHIBITION_WORD = /exhibit|exposi|mostr|ausstellung|muestra/;
const COURSE_WORD = /cours|kurs|cors|curs|class|clases/;

/**
 * Why a date is an open run's and no gathering's, from the text before it and its own segment (folded).
 * @example openRun('die kurse gehen wahrend der herbstferien vom ', 'vom 8. bis 23. oktober weiter', 'die kurse gehen ...') // 'period'
 */
export function openRun(before: string, own: string, sentence: string): NotEvent | undefined {
  // (Plain word tests first: the patterns are long alternations tried at every position.)
  if (HOLIDAY_WORD.test(before) && (DURING_HOLIDAYS.test(before) || HOLIDAY_RUN.test(before))) return 'period';
  if (EXHIBITION_WORD.test(own) && ON_VIEW.test(own) && !OPENING.test(own)) return 'period';
  if (OPEN_TO_PUBLIC.test(sentence) && SPLIT_HOURS.test(sentence) && !OPENING.test(sentence)) return 'period';
  if (MANY_HOSTS.test(own) && DAY_RANGE.test(own)) return 'period';
  return undefined;
}

/**
 * A course's first day told without an hour: the start of its run (with an hour it is the first lesson, a gathering).
 * @example courseBegins('el curso de castellano, que comenzara el ', 'que comenzara el 15 de octubre en la casa de cultura') // 'period'
 */
export function courseBegins(before: string, own: string): NotEvent | undefined {
  // (A school year's first day is a run's start too, save a party or an open day for it, which has an event word.)
  if (SCHOOL_WORD.test(before) && SCHOOL_START.test(before) && !HOUR_IN.test(own) && !EVENT_NOUN.test(before.slice(-60)) && !EVENT_NOUN.test(own)) return 'period';
  // (A second day number in its segment is its end or an hour: "inizia il 15 ottobre e termina il 17 ottobre" is a short
  // course, a gathering; "comincia il 15 ottobre alle 18" is its first lesson.)
  const dayNumbers = own.match(/(?<!\d)\d{1,2}(?!\d)/g)?.length ?? 0;
  return dayNumbers < 2 && COURSE_WORD.test(before) && COURSE_BEGINS.test(before) && !HOUR_IN.test(own) ? 'period' : undefined;
}

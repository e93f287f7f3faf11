/**
 * Dated mentions that are not events: registration deadlines, publication and update
 * stamps, dates of laws, reports and citations, and project periods; the dates beside a
 * gathering that are about something else are side-dates.ts's word classes.
 */
import { noticeDay } from './notice-days.ts';
import { courseBegins, openRun } from './open-runs.ts';
import { backgroundDay, namedDayOrPress, sideDateInSegment, spokenOrStamped } from './side-dates.ts';
import { isPickupSentence } from './pickup-days.ts';
import { noticeBefore, noticeInClause } from './not-event-notices.ts';

export type NotEvent = 'deadline' | 'publication' | 'reference' | 'period' | 'other';

// A strong cue may stand a few words before the date ("the deadline for registration is 30 April").
const DEADLINE_STRONG = /(?:deadline|closing date|apply (?:by|before|until)|applications? (?:close|closes|are open until|open until)|register (?:by|before|until)|registrations? (?:close|closes|is open until|are open until|open until|until|by|before)|sign up (?:by|before|until)|no later than|not later than|a mas tardar|no mas tarde del?|non oltre (?:il|l['’])|termine di (?:presentazione|scadenza|invio)|fecha de cierre|cierre (?:de|del) (?:las? )?(?:inscripcion(?:es)?|solicitudes|convocatoria|plazo)|fin del plazo|cloture des (?:inscriptions|candidatures)|date de cloture|meldeschluss|abgabetermin|abgabefrist|submit(?:ted)? (?:by|before)|date limite|d[ae]lai|au plus tard|inscriptions? (?:jusqu|avant|ouvertes jusqu|possibles jusqu)|candidatures? (?:jusqu|avant)|anmeldeschluss|anmeldefrist|anmeldung(?:en)? (?:bis|erbeten bis|bitte bis)|bewerbungsschluss|bewerbungsfrist|einsendeschluss|spatestens|frist|entro e non oltre|scadenza|iscrizion[ei] (?:entro|aperte fino|fino)|candidature entro|termine (?:ultimo|per)|plazo|fecha limite|inscripcion(?:es)? (?:hasta|abiertas hasta|antes)|solicitudes hasta)[^.;\n]{0,40}$/u;
/** "Scadenza per le iscrizioni al laboratorio: 6 marzo", "Fecha límite para inscribirse en el taller: ": a deadline label, however long. */
const DEADLINE_LABEL = /(?:deadline|closing date|scadenza|termine ultimo|fecha limite|plazo|date limite|anmeldeschluss|anmeldefrist|bewerbungsfrist)[^.;:\n]{0,70}:\s*$/u;
// A weak cue must stand right before the date ("until 5 May", "entro il 5 maggio").
// "Registration for the webinar closes on 31 October", "il bando scade il 30 aprile".
const DEADLINE_CLOSES = /(?:registration|registrations|applications?|submissions?|abstracts?|papers|proposals|envio|resumenes|comunicaciones|propuestas|invio|contributi|proposte|soumissions?|propositions|einreichung(?:en)?|inscriptions?|candidatures?|anmeldung(?:en)?|bewerbung(?:en)?|iscrizion[ei]|candidature|inscripcion(?:es)?|candidaturas?|solicitudes|plazo|call|bando|avviso|convocatoria|appel|ausschreibung)[^.;\n]{0,60}(?:close|closes|closed|will close|ends|end|will end|ferment|ferme|fermeront|fermera|se terminent|se termine|se termineront|se terminera|se clot|se cloturent|se cloture|se clotureront|se cloturera|schlie(?:ss|ß)t|endet|enden|chiude|si chiude|chiudono|si chiudono|chiudera|si chiudera|chiuderanno|si chiuderanno|scade|scadono|scadra|scadranno|termina|terminano|terminera|termineranno|cierra|cierran|se cerrara|se cerraran|cerrara|cerraran|finaliza|finalizan|finalizara|finalizaran|terminan|terminara|terminaran|vence|vencen|vencera|venceran|concluye|concluyen|concluira|concluiran|concludes|concluded|will conclude|se conclut|se concluent|se conclura|conclut|si conclude|si concludono|si concludera|si concluderanno|schlie(?:ss|ß)en)\s*(?:on|le|am|il|el|the)?\s*(?:(?:este|esta|el proximo|el|this|next|ce|cette|le prochain|questo|questa|il prossimo|diesen|diesem|kommenden|am kommenden)\s+)?$/u;
/** "endet die Voranmeldung am Mittwoch, dem", "closes registration on", "chiudono le iscrizioni il". */
const DEADLINE_VERB_FIRST = /(?:ends?|closes?|close|will close|endet|enden|schlie(?:ss|ß)t|schlie(?:ss|ß)en|termine|terminent|ferme|fermeront|fermera|chiude|chiudono|chiudera|chiuderanno|scade|scadono|scadra|scadranno|cierra|cierran|cerrara|cerraran|termina|terminan|terminara|terminaran)\s+(?:the|die|der|la|le|les|el|las|los|il|i|le)?\s*(?:vor)?(?:registration|registrations|anmeldung(?:en)?|meldungen|bewerbung(?:en)?|inscriptions?|iscrizion[ei]|inscripcion(?:es)?|candidature|applications?)[^.;\n]{0,30}$/u;
/** "Le iscrizioni dal 1 al 15 settembre", "inscripciones del 1 al 15", "inscriptions du 2 au 9", "Anmeldung vom": when one signs up. */
const SIGN_UP_PERIOD = /(?<![a-z])(?:iscrizioni|preiscrizioni|iscrizione|inscripciones|inscripcion|preinscripciones|preinscripcion|inscriptions?|pre-inscriptions?|registrations?|registration period|sign-ups?|anmeldung(?:en)?|anmeldezeitraum|anmeldefrist)(?![a-z])[^.;:\n]{0,30}?(?:dal|dall['’]|del|desde el|du|from|vom|von|ab dem|ab)\s*(?:the\s+|le\s+|el\s+|il\s+)?$/;
/**
 * The signing up said to be done over the days, however many words stand between, or the period's label with its colon:
 * "las inscripciones para el curso se podrán realizar del", "le iscrizioni potranno essere effettuate dal", "les inscriptions
 * peuvent être déposées du", "Periodo di iscrizione al corso: dal", "Anmeldezeitraum für den Kurs: vom".
 */
const SIGN_UP_DONE = /(?<![a-z])(?:(?:iscrizion[ei]|preiscrizion[ei]|inscripcion(?:es)?|preinscripcion(?:es)?|inscriptions?|registrations?|anmeldung(?:en)?|domande|solicitudes|candidature|candidaturas|candidatures|applications)(?![a-z])[^.;:\n]{0,50}(?<![a-z])(?:realizar(?:se)?|hacer(?:se)?|formalizar(?:se)?|presentar(?:se)?|efectuar(?:se)?|tramitar(?:se)?|effettuar(?:e|si)|effettuat[ei]|presentar(?:e|si)|presentat[ei]|inviat[ei]|fare|effectuer|effectuees?|deposer|deposees?|faire|made|submitted|sent|done|erfolgen|vorgenommen|eingereicht)|(?:periodo di (?:pre)?iscrizion[ei]|periodo de (?:pre)?inscripcion(?:es)?|periode d['’]inscription|registration period|anmeldezeitraum)(?![a-z])[^.;\n]{0,40})[^.;\n]{0,20}?(?:dal|dall['’]|del|desde el|du|from|vom|von|ab dem|ab)\s*(?:the\s+|le\s+|el\s+|il\s+)?$/;
/** Every SIGN_UP_DONE holds one of these (a plain test before the pattern). */
const SIGN_UP_STEM = /iscri|inscri|registr|anmeld|domande|solicitud|candidat|applica/;
/** A gathering said to be held between the sign-up word and the date: "le iscrizioni si aprono e il corso si terrà dal". */
const HELD_BETWEEN = /(?:si terr|si svolg|tendra lugar|se celebrar|se realizar|aura lieu|se tiendr|se deroul|findet|stattfind|take place|be held|will run)/;
// (A word may stand between: "hasta el próximo", "entro il giorno", "fino al prossimo", "until next", "bis zum kommenden".)
const DEADLINE_WEAK = /(?:^|[^\p{L}])(?:until|till|before|by|avant le|jusqu'au|jusqu’au|d'ici le|bis zum|bis|vor dem|entro il|entro|prima del|prima dell['’]|fino al|fino a|sino al|sino a|hasta el|antes del|antes de|jusqu'a|jusqu’a)\s*(?:the\s+)?(?:(?:proximo|prossimo|prochain|next|kommenden|nachsten|dia|giorno|day)\s+)?$/u;
/**
 * A deadline's hour, then its day: "hasta las 14:00 del", "entro le ore 12 del", "by 5pm on", "avant midi le", "bis 12 Uhr am".
 * (Not the last hour of a gathering's span, "dalle 10 fino alle 18 del": the caller checks no hour opens the span before.)
 */
/** Every DEADLINE_HOUR_DAY ends with an hour's digit or a midday word (a plain test first). */
const HOUR_DAY_WORD = /\d|midi|mezzogiorno|mediodia|noon|midday|mittag/;
const DEADLINE_HOUR_DAY = /(?:^|[^\p{L}])(?:until|by|before|no later than|hasta|antes de|entro|non oltre|fino|jusqu['’]a|avant|bis|spatestens)\s+(?:(?:las|la|le|alle|the|ore)\s+)*(?:ore\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hrs?|horas?|ore|uhr|am|pm|heures?)?|midi|mezzogiorno|mediodia|noon|midday|mittag)\s*(?:(?:del|del dia|of|on|du|dem|am|de|il|el)\s+)?(?:the\s+)?$/u;

const PUBLICATION = /(?:published|posted|last updated|updated|last modified|publie(?:e|s|es)?(?: le)?|mis a jour|mise a jour|veroffentlicht(?:e|en)?|aktualisiert|(?<![a-z])stand|pubblicat[oaie]|aggiornat[oaie]|publicad[oa]s?|(?<![a-z])public(?:o|aron)|actualizad[oa]s?|date of publication|date de publication|press release|communique de presse|pressemitteilung|comunicato stampa|nota de prensa)\b(?:\s*:)?[^.;:\n]{0,25}(?::\s*)?$/u;

// (Whole words, save German compounds, "Aufenthaltsgesetz vom": "l'emploi du", "impact of", "volley del" name no law.)
const LAW = /(?:(?<![a-z])(?:regulation|directive|decision|law|act|decree|loi|decret|reglement|arrete|circulaire|ordonnance|deliberation|legge|decreto|regolamento|direttiva|circolare|delibera|deliberazione|determina|determinazione|ordinanza|dpcm|dpr|d\.?\s?lgs|provvedimento|ley|real decreto|rd|rdl|reglamento|directiva|orden|resolucion|boe|convention|treaty|pact|pacte|patto|pacto|judgment|judgement|ruling|arret|sentenza|sentencia)|(?:gesetz|gesetzes|verordnung|richtlinie|beschluss|erlass|bescheid|pakt|urteil))\b[^.;\n]{0,80}(?:of|du|de la|vom|del|della|dell|de|dated|from|adopted on|signed on)\s*(?:the\s+)?$/u;
/** A law named by its day with no word between: "ai sensi della Legge regionale 3 marzo 2023, n. 9", "Real Decreto 12 de mayo", "Gesetz 3. Mai". */
const LAW_DATED = /(?<![a-z])(?:legge|decreto(?:-legge| legislativo| legge)?|ley|real decreto|loi|decret|gesetz|law|regulation|directive|direttiva|directiva|reglamento|regolamento|ordinanza|ordonnance|arrete)(?:\s+(?:regionale|provinciale|nazionale|organica|organique|federale|federal|regional|provincial|autonomica|ministeriale))?\s*$/u;
// (Whole words, save German compounds, "Jahresbericht vom": "une cuisine le", "la giornata il", "designed" are no birth or signature.)
const REPORT = /(?:(?<![a-z])(?:report|rapport|rapporto|informe|survey|communication|article|paper|critique|chronique|recensione|resena|rezension|kritik|editorial|editoriale|leitartikel|rubrica|columna|kolumne|accessed|retrieved|consulted|consulte le|abgerufen am|consultato il|consultado el|born|ne le|nee le|geboren am|nato il|nata il|nacid[oa] el|died|adopted|signed|into force|entree en vigueur|en vigueur|in kraft|entrata in vigore|in vigore|entrada en vigor|en vigor|resolution|risoluzione|resolucion|approved|approuve|verabschiedet|approvato|aprobado)|bericht)\b[^.;\n]{0,30}$/u;
// Ticket sales and rain dates are dates around an event, not events.
const OTHER = /(?:tickets?|entradas|billets?|karten|eintrittskarten|biglietti|prevendita|venta)[^.;\n]{0,60}(?:from|since|desde|a partir del?|des le|ab|ab dem|dal|dall)\s*(?:the|el|le|il|dem)?\s*$|(?:in case of rain|if it rains|en cas de pluie|en cas d'intemperies|bei regen|bei schlechtwetter|in caso di pioggia|in caso di maltempo|en caso de lluvia)[^.;\n]{0,80}$/u;
/** "Registration opens on 2 October", "inscriptions ouvertes dès le", "Anmeldung ab dem": not the event. */
const OPENS = /(?:registration|registrations|applications?|bookings?|ticket sales|inscriptions?|candidatures?|anmeldung(?:en)?|bewerbung(?:en)?|iscrizion[ei]|candidature|prenotazioni|inscripcion(?:es)?|solicitudes|reservas)[^.;\n]{0,60}(?:opens?|open|will open|opening|opened|ouvrent|ouvriront|ouvertes?|ont ouvert|se sont ouvertes|startet|starten|gestartet|begann|beginnt|moglich|freigeschaltet|aprono|apriranno|aperte|si sono aperte|sono state aperte|abren|abriran|abiertas|se abrieron|se han abierto|han abierto|abrieron)\s*(?:on|from|le|des le|a partir du|du|am|ab|ab dem|vom|il|dal|dall['’]|el|del|desde el|desde|a partir del)?\s*(?:the\s+)?(?:(?:este|esta|this|last|ce|cette|questo|questa|diesen|diesem|letzten|vergangenen|el pasado|le|lo scorso)\s+)?$/u;
/** "Öffnungszeiten ab 4. März", "opening hours from 4 March", "horaires d'ouverture à partir du", "orari di apertura dal": a service's hours. */
const OPENING_HOURS = /(?<![a-z])(?:opening (?:hours|times)|office hours|horaires d['’]ouverture|heures d['’]ouverture|offnungszeiten|sprechzeiten|orari(?:o)? di apertura|orari(?:o)? di ricevimento|horarios? de apertura|horarios? de atencion)(?![a-z])[^.;\n]{0,30}$/u;
/** "World Refugee Day (20 June)": the date a named day falls on, given in passing. */
const NAMED_DAY = /(?:(?<![\p{L}])(?:day|giornata|journee|dia)|(?<![\p{L}])(?!montag|dienstag|donnerstag|freitag|samstag|sonntag)\p{L}*tag)(?: [\p{L}'’ ]{0,40})?\s*\(\s*$/u;
const CITATION = /\([^()\n]{2,60},\s*$/u;
const PERIOD = /(?:project|projet|projekt|progetto|proyecto|programme|program|programm|call|funding|initiative|iniziativa|iniciativa)\b[^.;\n]{0,60}(?:start(?:s|ed)?|began|begins|launched|will end|will finish|avviat[oa]|partit[oa]|lancee?|demarree?|initiee?|iniciad[oa]|arranco|gestartet|startete|begonnen|finalizara|prendra fin|se terminera|wird enden|runs|ran|ends|ended|lasts|will run|commence[ds]?|debute|demarre|beginnt|begann|lauft|endet|inizia|iniziato|termina|comienza|comenzo|empezo|finaliza|dura|concluded|concludes|came to an end|si e conclus[oa]|si concludera|si conclude|terminera|s'est termine|s’est termine|s'acheve|s'est acheve|s’est acheve|finalizo|concluyo|terminara|concluira|acabara|finira|terminera|endete|abgeschlossen)\b[^.;\n]{0,14}$|(?:period|periode|zeitraum|periodo|duration|duree|laufzeit|durata|duracion)\s*(?:of|du|de|vom|von|dal|del|:)?\s*(?:the|le|il|el)?\s*$|(?:conclusione|conclusion|completion|end|fin|ende|abschluss|finalizacion|termine)\b[^.;\n]{0,40}(?:prevista|previsto|planned|scheduled|expected|prevue|prevu|geplant|vorgesehen)\s+(?:al|il|for|on|pour|le|am|fur|el|para el|per il)?\s*$|(?<![a-z])(?<!(?<![a-z])(?:de|di|of|du) )(?<!d['’])(?:(?:closure|conclusion|completion|cloture|ende|abschluss|chiusura|conclusione|cierre|finalizacion)\s+(?:of|du|de|des|del|dello|della|dell['’]|des|der|vom)\s+(?:the\s+|la\s+|el\s+|il\s+|nostro\s+|our\s+|notre\s+|nuestro\s+|unseres\s+)?(?:projects?|projet|projekts?|projektes|progetto|proyecto)|projektende|projektabschluss[a-z]*)(?![a-z])[^.;\n]{0,12}$/u;

const CAMPAIGN_AROUND = /(?:(?:cet|cette|this|questo|questa|este|esta|diese[rs]?)\s+(?:evenement|event|evento|actividad|iniziativa|initiative|veranstaltung|rencontre|incontro|encuentro)|organi[sz](?:er|e|ing|zare|ar)\s+(?:un|une|an|a|uno|una)\s+(?:evenement|event|evento|actividad|iniziativa|veranstaltung))[^.;\n]{0,60}(?:pendant|during|durante|im rahmen|dans le cadre|nell['’]ambito|en el marco|a l['’]occasion|in occasione|con motivo|on the occasion)[^.;\n]{0,60}$/u;
/**
 * A past incident or the day it is remembered by: "le vittime del naufragio del 3 ottobre 2013", "la tragedia del", "les attentats du",
 * "the shipwreck of", "le naufrage du", "el naufragio del", "das Unglück vom", "nell'anniversario del", "en recuerdo del".
 */
const INCIDENT = /(?<![a-z])(?:(?:naufragio|naufragi|strage|stragi|tragedia|attentato|attentati|sbarco|sbarchi|terremoto|alluvione|incendio|rogo|shipwreck|tragedy|disaster|attack|massacre|earthquake|naufrage|drame|attentat|seisme|incendie|atentado|masacre|catastrofe|schiffbruch|ungluck|anschlag|anschlage|erdbeben|katastrophe)s?(?![a-z])[^.;\n]{0,30}(?:del|della|dell['’]|di|of|on|du|de la|de|vom|von|am|des)|(?:anniversario|anniversary|anniversaire|aniversario|jahrestag|in ricordo|in memoria|in memory|en memoire|en souvenir|en recuerdo|en memoria|in erinnerung|zum gedenken)\s+(?:del|della|dell['’]|di|of|du|de la|de|des|vom|von|an den))\s*(?:the\s+)?$/;
const ELECTION = /(?<![a-z])(?:elections?|elezioni|elecciones|wahlen|scrutin|referendum|bureaux? de vote|seggi elettorali|votazioni|comicios)(?![a-z])[^.;\n]{0,80}$/u;

/**
 * Holidays and named days known by their own name, five languages: "8 marzo, festa della donna", "25 décembre, Noël", "el 6 de
 * enero, día de Reyes", "3. Oktober, Tag der Deutschen Einheit", "25 December, Christmas Day". (A name alone, closed by a
 * comma or a stop: "le 12 décembre, Noël solidaire au centre social" is a gathering's name.)
 */
const HOLIDAY_NAMES = [
  'festa della (?:donna|repubblica|liberazione|mamma)', 'festa del papa', 'festa dei lavoratori', 'ferragosto', 'natale', 'santo stefano', 'capodanno', 'epifania', 'pasqua', 'pasquetta', 'ognissanti',
  'fete nationale', 'fete du travail', 'fete des (?:meres|peres)', 'noel', 'toussaint', 'nouvel an', "jour de l['’]an", 'paques', 'armistice',
  'dia de la mujer(?: trabajadora)?', 'dia del trabajo', 'dia del trabajador', 'dia de la constitucion', 'dia de la hispanidad', 'dia de (?:los )?reyes', 'navidad', 'nochebuena', 'nochevieja', 'ano nuevo', 'semana santa', 'todos los santos',
  'tag der deutschen einheit', 'tag der arbeit', 'weihnachten', 'heiligabend', 'silvester', 'neujahr', 'ostern', 'ostermontag', 'pfingsten', 'muttertag', 'allerheiligen',
  'christmas(?: day| eve)?', "new year['’]?s (?:day|eve)", 'easter(?: sunday| monday)?', "mother['’]?s day", "father['’]?s day", 'labou?r day', 'independence day', 'boxing day', "(?:international )?women['’]?s day",
].join('|');

/** "18 de diciembre, Día Internacional del Migrante", "20 June, World Refugee Day": the date a named day falls on. */
const COMMEMORATION_AFTER = new RegExp(String.raw`^\s*[,(–-]?\s*(?:(?:del|de la|de|della|of|des|du|dem|der)\s+)?(?:(?:se conmemora|se celebra|se recuerda|es|fue|era|si celebra|si commemora|ricorre|e|is|was|marks|falls|est|c'est|c’est|c'etait|c’etait|etait|ist|war|begehen wir)\s+)?(?:(?:el|la|il|the|le|den)\s+)?(?:dia (?:internacional|mundial|europeo|nacional)|journee (?:internationale|mondiale|europeenne|nationale)|giornata (?:internazionale|mondiale|europea|nazionale)|(?:international|world|european|national) [a-z' ]{0,30}day|internationale[nr]? tag|welt[a-z]*tag|europaische[nr]? tag|(?:${HOLIDAY_NAMES})(?=\s*(?:[,.;:)–—-]|$)))`, 'u');

/** A named day said to have been (or to be) celebrated, with no host: the day it falls on. (Named days have long names: "Día Mundial de la Diversidad Cultural para el Diálogo y el Desarrollo ..., que se celebró el".) */
const CELEBRATED_DAY = /(?:(?<![\p{L}])(?:day|giornata|journee|dia)|(?<![\p{L}])\p{L}*tag)(?![\p{L}])[^.;\n]{0,120}(?:che|which|that|qui|que|der|die|den)\s+(?:si e celebrata|si celebra|si celebrera|was celebrated|is celebrated|will be celebrated|a ete celebree|est celebree|sera celebree|se celebro|se celebra|se celebrara|wurde begangen|wird begangen|gefeiert wurde|gefeiert wird)[^.;\n]{0,24}$/u;
/** Every verb CELEBRATED_DAY knows holds one of these: a quick test before its long scan. */
const CELEBRATED_VERB = /celebr|begangen|gefeiert/;

/** A host marking the day with a gathering: "celebró", "celebrated", "feierte", "a célébré", "ha festeggiato". */
const CELEBRATED_BY = /(?<![\p{L}])(?:celebr(?:o|aron|a|an|ara|aran|ated|ates|ate|ating|e|ent|eront|era|ato|ano|eranno|ando|ara)|a celebre|ont celebre|festeggi(?:a|ano|ato|era|eranno)|feiert(?:e|en)?|gefeiert|mark(?:ed|s)|organi[sz]ed|organisierte|organizo|organise|a organise|ha organizzato|organizza)(?![\p{L}])[^.;\n]{0,60}$/u;

/**
 * True when the words after a date say it is the day a named day falls on.
 * @example isCommemoration(', World Refugee Day') // true
 */
export function isCommemoration(after: string): boolean {
  return COMMEMORATION_AFTER.test(after);
}

/** "Tag des Flüchtlings am 30. September", "World Refugee Day on 20 June": the day a named day falls on. */
const COMMEMORATION_BEFORE = /(?:(?:world|international|european) [a-z' ]{0,30}day|journee (?:mondiale|internationale|europeenne)[a-z' ]{0,40}|giornata (?:mondiale|internazionale|europea)[a-z' ]{0,40}|dia (?:mundial|internacional|europeo)[a-z' ]{0,40}|(?:welt|internationale[nr]? )[a-z]*tag(?: de[rs] [a-z]+)?|tag des fluchtlings|tag der menschenrechte)\s*,?\s*(?:is |ist |est |falls |cade |tombe |fallt )?(?:am|on|le|il|el|the|am|on the)?\s*(?:(?:proximo|prossimo|prochain|next|kommenden|pasado|scorso|dernier|last|vergangenen|este|questo|ce|this|diesen)\s+)?$/u;
/** The named day, then its participle: "el Día Mundial del Refugiado, celebrado el", "World Refugee Day, celebrated on", "la Giornata mondiale, celebrata il", "la Journée mondiale, célébrée le". */
const DAY_PARTICIPLE = /(?:(?:world|international|european) [a-z' ]{0,30}day|journee (?:mondiale|internationale|europeenne)[a-z' ]{0,40}|giornata (?:mondiale|internazionale|europea)[a-z' ]{0,40}|dia (?:mundial|internacional|europeo)[a-z' ]{0,40}|(?:welt|internationale[nr]? )[a-z]*tag(?: de[rs] [a-z]+)?)\s*,\s*(?:celebrad[oa]|conmemorad[oa]|celebrated|commemorated|marked|observed|celebree|commemoree|celebrata|commemorata|celebrato|begangen|gefeiert)\s+(?:on|el|le|il|am)?\s*(?:the\s+)?$/u;
/** Fees and the days they apply to: "dal 24 al 28 ottobre costerà 80 euro". */
const FEE = /(?:\d\s?(?:€|eur|euro|euros)(?![a-z])|€\s?\d|(?:costs?|costera|costa|coute|coutera|kostet|cuesta|costara|fee|tarif|prezzo|precio|preis)(?![a-z]))/u;
const SIGN_UP_WORD = /(?:registration|inscription|anmeldung|iscrizion[ei]|inscripcion|tickets?|billets?|biglietti|entradas|karten)/u;
/** "said on 12 March", "déclarait ... le 12 mars dernier": when words were said. */
const SAYING = /(?<![a-z])(?:said|stated|declared|told|announced|declarait|a declare|avait declare|affirmait|a affirme|erklarte|sagte|betonte|ha dichiarato|dichiarava|ha affermato|declaro|afirmo|manifesto)(?![a-z])/u;
/**
 * A body proclaiming a named day or year: "proclaimed", "proclamó", "a proclamé", "ha proclamato", "rief ... aus". (Not the
 * day's name told with its author, "el Día Mundial ... proclamado por la ONU": a gathering in that sentence keeps its day.)
 */
const PROCLAIMED = /(?<![a-z])(?:proclaimed|proclaims|proclamo|proclamaron|proclama|a proclame|ont proclame|proclamee?|ha proclamato|hanno proclamato|proclamato|proclamata|proclamado|proclamada|ausgerufen|proklamiert|proklamierte)(?![a-z])(?!\s+(?:por|by|par|da|dal|dalla|dall['’]|dalle|dagli|von|durch)(?![a-z]))/u;
/** "a partir del próximo 3 de marzo clases gratuitas", "ab dem 3. März Deutschkurse": a course begins, a period. */
const FROM_ON = /(?:a partir del?|a partire dal?|a partir du|a compter du|des le|ab dem|ab|starting(?: on| from)?)\s*(?:(?:the|el|le|il|dem)\s+)?(?:proximo|prochain|prossimo|next|kommenden)?\s*$/u;
const COURSE = /(?<![a-z])(?<!training )(?:courses?|classes|lessons|cours|kurs(?:e|en)?|[a-z]+kurs(?:e|en)?|corsi|corso|lezioni|cursos?|clases)(?![a-z])/u;

const ON_SALE = /(?:a la venta|se podran comprar|en vente|mis en vente|in vendita|prevendita|vorverkauf|im verkauf|on sale|can be bought|tickets? (?:are|will be) available)/u;
const SALE_FROM = /(?:desde|a partir del?|des le|a partir du|ab dem|ab|dal|dall['’]|from|starting)\s*(?:(?:el|le|il|dem|the)\s+)?(?:proximo|prochain|prossimo|next)?\s*$/u;
/** "El lunes salen a la venta las entradas", "tickets go on sale on Monday": the day sales open. */
const SALE_AFTER = /^\W{0,3}(?:(?:se )?(?:salen|sale|ponen|pone) a la venta|(?:go|goes|are|is) on sale|(?:sont|seront) mis(?:es)? en vente|(?:sono|saranno|vanno) in vendita|(?:gehen|geht|startet|beginnt) (?:in den |der )?(?:vor)?verkauf)/u;

/** An office, a help desk, a counter: places with opening hours, not gatherings. */
const OFFICE = /(?<![a-z])(?:office|help ?desk|counter|front desk|info ?point|oficina|ventanilla|servicio de atencion|punto de atencion|punto de informacion|centro de atencion|sportello|punto informativo|punto di ascolto|ufficio|segreteria|bureau|guichet|permanence|buro|beratungsstelle|geschaftsstelle|sekretariat|anlaufstelle)(?![a-z])/u;
/** A place opening its doors: "abrió sus puertas el", "ha aperto i battenti il", "a ouvert ses portes le", "öffnete seine Türen am", "opened its doors on". */
const OPENED_DOORS = /(?<![a-z])(?:(?:abre|abren|abrio|abrieron|abrira|abriran|ha abierto|han abierto) sus puertas|(?:apre|aprono|ha aperto|hanno aperto|aprira|apriranno) (?:i (?:suoi )?battenti|le (?:sue )?porte)|(?:ouvre|ouvrent|a ouvert|ont ouvert|ouvrira|ouvriront) (?:ses|leurs) portes|(?:offnet|offnen|offnete|offneten|hat|haben) (?:seine|ihre) (?:turen|pforten)(?: geoffnet)?|(?:opens|open|opened|will open|has opened) (?:its|their) doors)(?![a-z])[^.;\n]{0,12}$/;
const DOOR_WORD = /puertas|battenti|porte|turen|pforten|doors/;
/** "closed from 3 to 7 April", "estará cerrada", "resterà chiuso", "sera fermé", "bleibt geschlossen". */
const CLOSED = /(?<![a-z])(?:closed|cerrad[oa]s?|chius[oa]|chiusi|fermee?s?|geschlossen)(?![a-z])/u;
/** "the office will be open on", "lo sportello sarà aperto", "la oficina estará abierta", "le bureau sera ouvert", "ist geöffnet". */
const OPEN_STATE = /(?<![a-z])(?:open|aperto|aperta|aperti|ouvert|ouverte|ouverts|geoffnet|offen|abierto|abierta|abiertos|abiertas)(?![a-z])/u;
/** "reopens on 6 March", "riapre dal", "reabre el", "rouvre le", "öffnet wieder am", and opening hours. */
const REOPENS = /(?<![a-z])(?:reopens?|re-opens?|will reopen|opening hours|reabre|reabrira|horario(?: de atencion)?|riapre|riaprira|orario(?: di apertura)?|rouvre|rouvrira|horaires?(?: d'ouverture)?|offnet wieder|offnungszeiten|sprechzeiten)(?![a-z])/u;


/**
 * Why a date is not an event, from the words of its own segment (folded): a price period,
 * a day words were said on, a course's first day.
 * @example notEventInSegment('dal 24 al 28 ottobre, costera 80 euro', 'dal ', false, 'l’iscrizione costa 50 euro ... costera 80 euro') // 'other'
 */
export function notEventInSegment(own: string, before: string, hasNoun: boolean, sentence = own): NotEvent | undefined {
  // "El 4 de diciembre de 2000, la Asamblea General ... proclamó el Día Internacional del Migrante": when a day was proclaimed.
  if (PROCLAIMED.test(sentence)) return 'reference';
  // The named day may stand further back than `before` reaches: "en el marco del Día Mundial de la Diversidad Cultural
  // para el Diálogo y el Desarrollo, que se celebró el pasado 21 de mayo".
  if (CELEBRATED_VERB.test(before)) {
    const at = sentence.indexOf(before);
    if (at > 0 && CELEBRATED_DAY.test(sentence.slice(0, at + before.length))) return 'reference';
  }
  if (FEE.test(own) && SIGN_UP_WORD.test(sentence) && !hasNoun) return 'other';
  if (SAYING.test(own) && !hasNoun) return 'other';
  // "Los dorsales se podrán retirar el sábado 18", "retrait des dossards samedi": a counter's hours for race numbers (pickup-days.ts).
  // (Said before the day, whatever follows: "... de 16:00 a 21:00, o el día de la carrera en la salida".)
  if (isPickupSentence(before)) return 'other';
  const side = sideDateInSegment(own, before, hasNoun, sentence);
  if (side) return side;
  const run = openRun(before, own, sentence);
  if (run) return run;
  if (courseBegins(before, own)) return 'period';
  // "La oficina estará cerrada del 3 al 7 de abril", "lo sportello riapre dal 6 marzo con orario 9-12": an office's days.
  if (OFFICE.test(own) && (CLOSED.test(own) || ((REOPENS.test(own) || OPEN_STATE.test(own)) && !hasNoun))) return 'other';
  // "La nueva oficina abrió sus puertas el 3 de marzo y acogerá talleres", "lo sportello ha aperto i battenti il": a desk's first day.
  if (DOOR_WORD.test(before) && OFFICE.test(own) && OPENED_DOORS.test(before)) return 'other';
  if (FROM_ON.test(before) && COURSE.test(own)) return 'period';
  // "se podrán comprar en la web ... desde el 2 de agosto": when tickets go on sale.
  if (ON_SALE.test(sentence) && SALE_FROM.test(before)) return 'other';
  // "La biblioteca permanecerá cerrada el 1 de mayo", "El 3 de mayo se cumplen diez años de ...": a closed place, an anniversary.
  return noticeInClause(own, hasNoun);
}

/**
 * Why a dated mention is not an event, from the text before and after it; undefined when it may be one.
 * @example notEventReason('the deadline for registration is ', '.') // 'deadline'
 */
export function notEventReason(rawBefore: string, after: string): NotEvent | undefined {
  // ("il decreto n. 46 del", "Art. 5 del", "prot. nr. 12 del": an abbreviation's dot is no sentence end.)
  const before = rawBefore.includes('.') ? rawBefore.replace(NUMBER_ABBREVIATION, '$1 ') : rawBefore;
  if (DEADLINE_STRONG.test(before) || DEADLINE_LABEL.test(before) || DEADLINE_CLOSES.test(before) || DEADLINE_WEAK.test(before) || DEADLINE_VERB_FIRST.test(before)) return 'deadline';
  const hourDay = HOUR_DAY_WORD.test(before) ? DEADLINE_HOUR_DAY.exec(before) : null;
  if (hourDay && !/\d/.test(before.slice(Math.max(0, hourDay.index - 24), hourDay.index + 1))) return 'deadline';
  if (PUBLICATION.test(before)) return 'publication';
  const notice = noticeDay(before, after);
  if (notice) return notice;
  const spoken = spokenOrStamped(before);
  if (spoken) return spoken;
  if (LAW.test(before) || LAW_DATED.test(before) || REPORT.test(before)) return 'reference';
  const background = backgroundDay(before, after);
  if (background) return background;
  // (What follows first, here and below: a pattern anchored at the end of the text before scans all of it.)
  if (/^\s*\)/.test(after) && CITATION.test(before)) return 'reference';
  if (OTHER.test(before) || OPENS.test(before) || OPENING_HOURS.test(before)) return 'other';
  // (The days one signs up on are no gathering: "Le iscrizioni dal 1 al 15 settembre presso la segreteria".)
  const signUp = SIGN_UP_PERIOD.exec(before);
  if (signUp && !HELD_BETWEEN.test(signUp[0])) return 'other';
  const signing = SIGN_UP_STEM.test(before) ? SIGN_UP_DONE.exec(before) : null;
  if (signing && !HELD_BETWEEN.test(signing[0])) return 'other';
  if (/^\s*\)/.test(after) && NAMED_DAY.test(before)) return 'reference';
  if (DAY_PARTICIPLE.test(before)) return 'reference';
  // "celebró el martes 20 de junio el Día Mundial del Refugiado": a gathering held for the day.
  if ((isCommemoration(after) || COMMEMORATION_BEFORE.test(before)) && !CELEBRATED_BY.test(before)) return 'reference';
  // "la Giornata Mondiale del Migrante, che si è celebrata ieri, domenica 25 settembre": when a named day fell.
  if (CELEBRATED_VERB.test(before) && CELEBRATED_DAY.test(before)) return 'reference';
  const named = namedDayOrPress(before, after);
  if (named) return named;
  if (SALE_AFTER.test(after)) return 'other';
  if (PERIOD.test(before)) return 'period';
  // "Cet évènement se déroule pendant la Semaine de l'intégration organisée du 14 au 18 octobre", "invités à organiser
  // un événement à l'occasion des #ErasmusDays (entre le 13 et le 15 octobre)": the campaign around the page's own event.
  if (CAMPAIGN_AROUND.test(before)) return 'reference';
  // "alla vigilia delle elezioni del 4 marzo", "les élections ... les 30 juin et 7 juillet": polling days, not gatherings.
  if (ELECTION.test(before)) return 'reference';
  if (INCIDENT.test(before)) return 'reference';
  if (/^\s*(?:is the deadline|deadline|date limite|anmeldeschluss|scadenza|fecha limite)/u.test(after)) return 'deadline';
  // "link sent on 18 March, one day before the webinar": a day around the event.
  // ("On 18 June, two days before World Refugee Day, we heard ...": a named day is no event to be around.)
  const around = /^\W{0,3}(?:(?:one|a|two|three|1|2|3) days? (?:before|after|prior to)|the (?:day|evening) before|la veille|le lendemain|am vortag|tags? (?:davor|zuvor)|il giorno (?:prima|precedente|dopo)|la vigilia|el dia (?:anterior|antes|despues))\s*(?:the|de la|du|de|des|del|della|dem|der)?\s*/u.exec(after);
  if (around && !isCommemoration(after.slice(around[0].length))) return 'other';
  // The last day to sign up, a sign-up period under its label, travel days, a job's first day, another article's day, a
  // gathering's day of presentation to the press.
  return noticeBefore(before, after);
}

/**
 * A numbered paper dated by its day, whatever it is called: "atto n. 45 del", "acte n° 45 du", "acta núm. 45 de", "Bescheid
 * Nr. 45 vom", "permit no. 45 of", "prot. n. 123 del", "Registrazione Tribunale n. 4877 del" (a gathering has no number).
 * (Run on the text with its abbreviations' dots taken off: "n. 45" reads "n  45"; "n° 45" keeps its sign.)
 */
const NUMBERED_ACT = /(?<![a-z])(?:n|nr|no|num|nro|prot|n°|nº)\s*[.°º]?\s*\d[\d/.-]{0,12}\s*,?\s*(?:del|dell['’]|of|du|vom|de|dated|in data|en fecha de)\s*(?:the\s+)?$/;

/**
 * True when the text before a date (folded, up to its line's start, not only its sentence's: "núm." ends no sentence) names a
 * numbered paper it dates.
 * @example numberedActBefore('autorizada por el acta num. 45 de ') // true
 */
export function numberedActBefore(textBefore: string): boolean {
  return /\d/.test(textBefore) && NUMBERED_ACT.test(textBefore.replace(NUMBER_ABBREVIATION, '$1 '));
}

/** "n. 46", "nr. 12", "no. 3", "art. 5", "prot. 123", "num. 7": abbreviations before a number. */
const NUMBER_ABBREVIATION = /(?<![a-z])(n|nr|no|num|art|artt|prot|pag|par|co)\.(?=\s*\d)/g;

/** Ranges longer than this are project periods or exhibitions, not events people attend on a day. */
export const MAX_EVENT_DAYS = 27;

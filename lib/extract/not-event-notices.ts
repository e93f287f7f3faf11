/**
 * Notices beside a gathering that carry a day of their own and are no gathering (issue 12, precision, session 26):
 * the last day to sign up, a sign-up or submission period under its label, the travel days around a meeting, a
 * job's first day, another article's day given as a pointer, a place closed on a day, and an anniversary falling on
 * a day. Word classes in en, fr, de, it, es, on folded text (filters.ts asks them after its own).
 */
import type { NotEvent } from './filters.ts';
import { EVENT_NOUN } from './cues.ts';

/** "Último día para inscribirse:", "ultimo giorno utile per", "dernier jour pour s'inscrire", "Letzter Anmeldetag:", "last day to sign up", "fecha tope". */
const LAST_DAY = /(?<![a-z])(?:ultimo dia (?:para|de)|ultimo giorno (?:per|utile|di)|dernier jour (?:pour|d['’]|de)|letzte[rn]? (?:anmelde|bewerbungs|einsende|abgabe|melde)tag|last day (?:to|for)|fecha tope|data ultima|termine massimo|date butoir)(?![a-z])[^.;\n]{0,40}$/;

/**
 * A sign-up or submission period under its label, the colon right before the days: "Inscripciones: del 1 al 10 de mayo",
 * "Iscrizioni: dal", "Inscriptions : du", "Anmeldung: 1. bis 10. Mai", "Registration: 1 to 10 May".
 */
const SIGN_UP_LABEL = /(?<![a-z])(?:iscrizion[ei]|preiscrizion[ei]|inscripcion(?:es)?|preinscripcion(?:es)?|inscriptions?|pre-?inscriptions?|registrations?|pre-?registration|sign-?ups?|anmeldung(?:en)?|voranmeldung|anmeldezeitraum|solicitudes|candidaturas|candidature|candidatures|bewerbung(?:en)?|applications)\s*:\s*(?:(?:dal|dall['’]|del|desde el|du|from|vom|von|ab dem|ab|entre el|tra il|between)\s*(?:(?:the|le|el|il)\s+)?)?$/;

/**
 * Papers handed in over days: "presentar su solicitud del", "les dossiers sont à déposer du", "Anträge können vom", "le
 * demande si presentano dal". (SIGN_UP_DONE in filters.ts knows the plural nouns before their verb.)
 */
const SUBMISSION_PERIOD = /(?<![a-z])(?:solicitud|antrag|antrage|dossiers?|demandes)(?![a-z])[^.;:\n]{0,30}?(?<![a-z])(?:dal|dall['’]|del|desde el|du|from|vom|von|ab dem|ab)\s*(?:(?:the|le|el|il)\s+)?$/;
/** A gathering said to be held between the noun and the day: "la solicitud ... y el encuentro se celebrará del". */
const HELD_BETWEEN = /(?:si terr|si svolg|tendra lugar|se celebrar|se realizar|aura lieu|se deroul|findet|stattfind|take place|be held)/;

/** "two travel days (8 and 14 December)", "días de viaje", "giorni di viaggio", "jours de voyage", "Reisetage", "An- und Abreise am". */
const TRAVEL_DAYS = /(?<![a-z])(?:travel days?|days? of travel|travel day|dias? de viaje|giorn[io] di viaggio|jours? de (?:voyage|trajet)|reisetag(?:e|en)?|anreisetag|abreisetag|an- und abreise(?:tag)?|anreise|abreise|arrival and departure|llegada y (?:la )?salida|arrivo e (?:la )?partenza|arrivee et (?:le )?depart)(?![a-z])[^.;\n]{0,16}$/;

/** A job's first day: "Arbeitsbeginn ist der", "fecha de incorporación:", "prise de poste le", "presa di servizio il", "the job starts on". */
const JOB_START = /(?<![a-z])(?:arbeitsbeginn|dienstbeginn|stellenantritt|eintrittsdatum|eintrittstermin|fecha de incorporacion|incorporacion prevista|prise de (?:poste|fonctions?)|entree en fonctions?|presa di servizio|data di inizio (?:del )?(?:rapporto|contratto)|job starts?|contract starts?|employment starts?)(?![a-z])[^.;\n]{0,20}$/;

/**
 * Another article or post named by its day, most often in a reading pointer: "(ver nuestra noticia del", "(leggi il nostro
 * articolo del", "(siehe unseren Artikel vom", "the newsletter of", "l'entretien du". (filters.ts's REPORT knows "article".)
 */
const ARTICLE_OF = /(?<![a-z])(?:article|articles|noticia|noticias|articulo|articolo|notizia|artikel|artikels|blogbeitrag|newsletter|boletin|bollettino|reportaje|reportage|intervista|entrevista|entretien|interview)(?![a-z])[^.;\n]{0,45}?(?<![a-z])(?:del|de|du|vom|von|of|dated|(?:publicad|escrit)[oa] el|(?:pubblicat|scritt)[oa] il|(?:publie|ecrit)e? le|(?:veroffentlicht|geschrieben) am|(?:published|written) on)\s*(?:the\s+)?$/;

/**
 * A place closed on a day (not a gathering, whatever the place): "permanecerá cerrada el", "resterà chiusa il", "sera fermée le",
 * "bleibt am ... geschlossen", "will be closed on". (Asked of the date's own clause, which names no gathering.)
 */
const CLOSED_ON = /(?<![a-z])(?:permanecera|permaneceran|permanece|permanecen|estara|estaran|quedara|quedaran|restera|resteront|reste|rimarra|rimarranno|rimane|rimangono|restera|resta|restano|sara|saranno|sera|seront|bleibt|bleiben|ist|sind|will be|will remain|remains?|is|are)(?![a-z])[^;\n]{0,60}?(?<![a-z])(?:closed|cerrad[oa]s?|chius[oa]|chiusi|chiuse|fermee?s?|geschlossen)(?![a-z])/;
/** "Cerrado el 1 de mayo", "Chiuso il", "Fermé le", "Geschlossen am", "Closed on": a closing notice opening its clause, or after a copula. */
const CLOSED_BEFORE = /(?:^\s*|[.:;,(]\s*|(?<![a-z])(?:esta|estara|permanece|permanecera|sera|restera|rimane|rimarra|resta|sara|bleibt|ist|is|will be|remains)\s+)(?:closed|cerrad[oa]s?|chius[oa]|chiusi|chiuse|fermee?s?|geschlossen)\s+(?:(?:on|el|il|le|am|the|los dias|les jours|i giorni)\s+)?$/;
/** Every CLOSED_ON holds one of these (a plain test before the pattern). */
const CLOSED_WORD = /closed|cerrad|chius|ferme|geschlossen/;

/**
 * An anniversary falling on the day: "se cumplen diez años de", "ricorrono dieci anni", "cela fera dix ans", "jährt sich ... zum
 * zehnten Mal", "it will be ten years since", "marks the tenth anniversary". (Asked of the date's own clause, which names no gathering.)
 */
const ANNIVERSARY = /(?<![a-z])(?:se cumplen|se cumple|se cumpliran|ricorrono|ricorre|ricorreva|cela fera|cela fait|ca fera|ca fait|jahrt sich|jahrte sich|jahren sich|it will be|it has been|marks|marked|will mark)(?![a-z])[^;\n]{0,50}?(?<![a-z])(?:anos|anni|ans|jahre|jahren|mal|years|anniversary|anniversario|aniversario|anniversaire|jahrestag)(?![a-z])[^,;\n]{0,60}?(?=,|;|$|\s(?:y|e|et|and|und|con|with|avec|mit)\s)/;
const ANNIVERSARY_WORD = /cumpl|ricorr|cela f|ca f|jahrt|jahren sich|it will be|it has been|mark/;

/**
 * A gathering presented or announced to the press on a day, the one who presented it after the day: "La jornada, que ha sido
 * presentada este viernes por la concejala", "presentata il 14 marzo dall'assessora", "présentée le 14 mars par l'adjointe",
 * "presented on 14 March by the councillor", "announced at a press conference on". (A presentation held for the public has no such agent.)
 */
const PRESENTED = /(?<![a-z])(?:presentad[oa]s?|presentat[oaie]|presentee?s?|presented|anunciad[oa]s?|annunciat[oaie]|annoncee?s?|announced)\s*(?:(?:el|il|le|on|the|este|esta|ce|cette|questo|questa|this|hoy|oggi|today|ayer|ieri|hier|yesterday|pasado|scorso|dernier|last)\s+)*$/;
const PRESENTED_WORD = /presen|anuncia|annuncia|annonce|announce/;
const BY_AGENT = /^\W{0,3}(?:(?:por|by|dal|dalla|dai|dagli|dalle|par|von|durch)\s|dall['’]|(?:en|in|at|a|auf|bei|durante|during|lors d['’]une?)\s+(?:(?:una|un|une|la|a|der|einer|the)\s+)?(?:rueda de prensa|conferenza stampa|conference de presse|press conference|pressekonferenz))/;

/**
 * A deadline or a sign-up opening said after its day: "El 15 de mayo vence el plazo", "Il 15 maggio scade il termine", "Am 15. Mai
 * endet die Frist", "Le 15 mai est la date limite", "Desde el 15 de mayo se pueden solicitar", "Dal 15 maggio è possibile presentare
 * domanda", "Ab dem 15. Mai können Anträge gestellt werden", "From 15 May you can apply", "À partir du 15 mai, il est possible de demander".
 */
const DEADLINE_AFTER = /^[\s,:–-]{0,3}(?:(?:vence|vencera|finaliza|finalizara|termina|terminara|acaba|acabara|expira|expirara|concluye|se cierra|cierra|se cerrara|scade|scadra|scadono|si chiude|si chiudera|chiude|expire|expirera|prend fin|se termine|se clot|endet|enden|lauft|ends|closes|expires|will close|will end)\s+(?:(?:el|la|il|le|die|der|das|the)\s+)?(?:plazo|plazos|termine|termini|periodo|delai|date limite|frist|anmeldefrist|bewerbungsfrist|antragsfrist|deadline|period|inscripcion|inscripciones|iscrizioni|inscriptions|anmeldung|registration|applications?|convocatoria|bando|appel|call|candidature|candidatures|solicitudes)|(?:es|sera|e|sara|est|ist|is|will be)\s+(?:(?:el|la|il|le|der|the)\s+)?(?:ultimo dia|ultimo giorno|dernier jour|letzte tag|last day|fecha limite|data ultima|data di scadenza|termine ultimo|date limite|stichtag|deadline|plazo maximo)|se (?:pueden|puede|podran|podra) (?:solicitar|presentar|pedir|tramitar)|se abre(?:n)? (?:el|los) plazos?|(?:e|sara) possibile (?:presentare|inviare|richiedere|candidarsi|iscriversi)|si apr(?:e|ono) (?:le iscrizioni|il bando|i termini)|(?:konnen|kann) (?:antrage|bewerbungen|anmeldungen|antrag)|(?:you|we) can (?:apply|register|sign up)|applications? (?:open|can be)|il est possible de (?:demander|deposer|candidater|s['’]inscrire)|les inscriptions (?:sont )?ouvertes)(?![a-z])/;
/** Every DEADLINE_AFTER holds one of these (a plain test first). */
const DEADLINE_AFTER_WORD = /venc|finaliz|termin|acab|expir|conclu|cierr|cerra|scad|chiud|prend fin|se clot|endet|enden|lauft|ends|close|will end|ultim|dernier|letzte|last day|limite|stichtag|deadline|plazo|pued|podr|abre|possibile|apr|konnen|kann|can|applications?|il est possible|inscriptions/;

/** A course's last day: "el curso ... termina el", "il corso si concluderà il", "le cours se termine le", "der Kurs endet am", "the course ends on". */
const COURSE_ENDS = /(?<![a-z])(?:curso|cursos|corso|corsi|cours|kurs|kurse|deutschkurs|sprachkurs|course|courses)(?![a-z])[^.;\n]{0,60}(?<![a-z])(?:termina|terminara|finaliza|finalizara|acaba|acabara|concluye|concluira|si conclude|si concludera|si chiude|si chiudera|terminera|se termine|se terminera|prend fin|prendra fin|endet|enden|ends|will end|finishes|will finish)\s+(?:(?:el|il|le|am|on|the)\s+)?$/;
/** A paper dated by its day: "con determina in data", "mediante resolución de fecha", "l'arrêté en date du", "Schreiben datiert vom", "a letter dated". */
const PAPER_DATED = /(?<![a-z])(?:determina|delibera|decreto|provvedimento|atto|nota|lettera|comunicazione|protocollo|contratto|convenzione|resolucion|escrito|oficio|acuerdo|convenio|contrato|orden|carta|arrete|decision|deliberation|lettre|courrier|convention|contrat|bescheid|schreiben|vertrag|vereinbarung|beschluss|resolution|decision|letter|agreement|contract)(?![a-z])[^.;\n]{0,40}(?:in data|de fecha|con fecha|en fecha|en date du|datiert vom|datiert auf|dated)\s*(?:(?:the|le|il|el)\s+)?$/;

/**
 * Why a date is not a gathering, from the words before it (folded, in its sentence); undefined when these notices do not say.
 * @example noticeBefore('ultimo dia para inscribirse: ') // 'deadline'
 */
export function noticeBefore(before: string, after = ''): NotEvent | undefined {
  if (PRESENTED_WORD.test(before) && BY_AGENT.test(after) && PRESENTED.test(before)) return 'other';
  const head = after.slice(0, 40);
  if (DEADLINE_AFTER_WORD.test(head) && DEADLINE_AFTER.test(head)) return 'deadline';
  // (Not a gathering on the last day: "el curso termina el 30 de junio con una fiesta".)
  if (COURSE_ENDS.test(before) && !EVENT_NOUN.test(after)) return 'period';
  if (PAPER_DATED.test(before)) return 'reference';
  if (CLOSED_WORD.test(before) && CLOSED_BEFORE.test(before)) return 'other';
  if (LAST_DAY.test(before)) return 'deadline';
  if (before.includes(':') && SIGN_UP_LABEL.test(before)) return 'other';
  const submission = SUBMISSION_PERIOD.exec(before);
  if (submission && !HELD_BETWEEN.test(submission[0])) return 'other';
  if (TRAVEL_DAYS.test(before) || JOB_START.test(before)) return 'other';
  // (Not a gathering named between: "in this article we present the meeting of" dates the meeting.)
  const article = ARTICLE_OF.exec(before);
  if (article && !EVENT_NOUN.test(article[0])) return 'reference';
  return undefined;
}

/**
 * Why a date is not a gathering, from its own clause (folded) when that clause names no gathering: a place closed on the
 * day, an anniversary falling on it.
 * @example noticeInClause('la biblioteca permanecera cerrada el 1 de mayo', false) // 'other'
 */
export function noticeInClause(own: string, hasNoun: boolean): NotEvent | undefined {
  if (!hasNoun && CLOSED_WORD.test(own) && CLOSED_ON.test(own)) return 'other';
  // (What the years are counted from may be a gathering's noun, "diez años de la apertura": the rest of the clause must name none.)
  const years = ANNIVERSARY_WORD.test(own) ? ANNIVERSARY.exec(own) : null;
  if (years && !EVENT_NOUN.test(own.slice(0, years.index) + ' ' + own.slice(years.index + years[0].length))) return 'reference';
  return undefined;
}

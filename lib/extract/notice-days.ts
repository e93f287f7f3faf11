/**
 * Days an administrative notice names that no one gathers on (issue 12, precision): a list or a
 * result still to be published ("la graduatoria sarà pubblicata il", "se publicará el", "wird am
 * ... veröffentlicht"), a deadline said to be set for a day ("il termine ... è fissato al", "the
 * deadline has been set for", "la date limite est fixée au"), and a project's start date under its
 * label ("la data di inizio delle attività del progetto è il", "Projektbeginn:"), a decision or a day given up told
 * with the German verb last, and a press conference's day. Word classes in
 * en, fr, de, it, es on folded text; filters.ts asks them after its own publication words.
 */
import type { NotEvent } from './filters.ts';

/** A written thing to be published or sent out on the day: future and passive forms of "publish" (not "announce": a gala announces). */
const PUBLISHED_LATER = /(?<![a-z])(?:(?:sara|saranno|verra|verranno|viene|vengono) (?:pubblicat[oaie]|affiss[oaie]|comunicat[oaie]|res[oaie] not[oaie]|inviat[oaie]|spedit[oaie]|messo online|mess[aie] online)|(?:will be|is to be|are to be|shall be) (?:published|posted|put online|sent(?: out| by (?:post|e-?mail))?|e-?mailed|mailed)|(?:se enviara|se enviaran|(?:sera|seran) enviad[oa]s?)|(?:sera|seront) (?:publiee?s?|affichee?s?|mise?s? en ligne|communiquee?s?|envoyee?s?)|(?:se (?:publicara|publicaran|comunicara|comunicaran|notificara|notificaran)|(?:sera|seran) (?:publicad[oa]s?|comunicad[oa]s?|notificad[oa]s?)))(?![a-z])[^.;\n]{0,30}$/;
/** German puts the verb last: "Die Liste wird am 15. April auf der Webseite veröffentlicht". */
const WIRD_AM = /(?<![a-z])(?:wird|werden)\s+(?:voraussichtlich\s+|erst\s+|bereits\s+)?(?:am|ab dem|ab)\s*$/;
const PUBLISHED_AFTER = /^[^.;\n]{0,50}(?<![a-z])(?:veroffentlicht|online gestellt|ausgehangt|verschickt|mitgeteilt)(?![a-z])/;

/** A deadline's noun, then a verb of setting right before the day ("è fissato al", "has been set for", "est fixée au"). */
const DEADLINE_NOUN = '(?:termine (?:ultimo|per|utile|perentorio|di presentazione|di scadenza)|scadenza|deadline|closing date|date limite|delai|plazo|fecha limite|frist|anmeldeschluss|einsendeschluss|bewerbungsschluss|antragsfrist|anmeldefrist|abgabefrist)';
// (Or moved: "the deadline has been extended to", "la scadenza è stata prorogata al", "el plazo se ha ampliado hasta el", "la date
// limite est repoussée au".)
const SET_VERB = '(?:fissat[oa]|stabilit[oa]|set|fixed|fixee?|fijad[oa]|establecid[oa]|festgelegt|festgesetzt|extended|prolonged|moved|postponed|prorogat[oa]|posticipat[oa]|spostat[oa]|ampliad[oa]|prorrogad[oa]|aplazad[oa]|repoussee?|prolongee?|reportee?|decalee?|verlangert|verschoben)';
const DEADLINE_SET = new RegExp(`(?<![a-z])${DEADLINE_NOUN}(?![a-z])[^.;\\n]{0,80}(?<![a-z])${SET_VERB}\\s+(?:per il|per|al|il|for|on|at|au|le|pour le|el|para el|para|en el|hasta el|auf den|am|zum|to|until|till|fino al|sino al|jusqu['’]au|bis zum|bis)?\\s*(?:the\\s+)?$`);

/** A project's (or its activities') start date under its label: "data di inizio delle attività del progetto è il", "start date of the project:". */
const START_LABEL = '(?:data di (?:inizio|avvio)|start(?:ing)? date|date de (?:debut|demarrage|lancement)|fecha de (?:inicio|comienzo)|startdatum|beginn)';
const PROJECT_WORD = '(?:progett[oi]|project|projet|proyecto|projekt(?:s|es)?|attivita progettuali|programme|programma|programa|programms?|intervento|action|azione|accion|ma(?:ss|ß)nahme)';
const PROJECT_START = new RegExp(`(?:(?<![a-z])${START_LABEL}(?![a-z])[^.;:\\n]{0,50}(?<![a-z])${PROJECT_WORD}(?![a-z])[^.;:\\n]{0,40}|(?<![a-z])(?:projektbeginn|projektstart|projektlaufzeit ab|inizio (?:del|dei) progett[oi]|project start|debut du projet|inicio del proyecto)(?![a-z]))\\s*(?:e|is|est|es|ist|:|-|–)?\\s*(?:il|le|el|the|am|der|on)?\\s*$`);

/**
 * German puts the participle last: "Der Stadtrat hat am 12. März das Konzept beschlossen", "Der Fachtag, der am 12. März
 * stattfinden sollte, wird verschoben": an auxiliary before the day, the verb after it.
 */
const AUXILIARY_AM = /(?<![a-z])(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren|der|die|das|welche[rs]?)\s+(?:ursprunglich\s+|bereits\s+|schon\s+)?(?:am|vom)\s*$/;
const DECIDED_AFTER = /^[^.;,\n]{0,60}?(?<![a-z])(?:beschlossen|verabschiedet|unterzeichnet|unterschrieben|gegrundet|genehmigt|vereinbart|ratifiziert|erlassen|verkundet)(?![a-z])/;
/** ... or lives lost: "die Menschen, die am 14. Januar vor der Küste ertrunken sind", "der am 3. Mai ums Leben kam". */
const LOST_AFTER = /^[^.;,\n]{0,60}?(?<![a-z])(?:ertrunken|ertranken|ertrank|gestorben|verstorben|starben|starb|getotet|ums leben (?:gekommen|kamen|kam))(?![a-z])/;
const WAS_TO_TAKE_PLACE = /^[^.;,\n]{0,40}?(?<![a-z])(?:stattfinden sollte|stattfinden sollten|hatte stattfinden sollen|hatten stattfinden sollen|geplant war|vorgesehen war)(?![a-z])/;
/** "ursprünglich am 12. März" (originally on): the day given up (side-dates.ts knows the other languages' words). */
const ORIGINALLY = /(?<![a-z])ursprunglich\s+(?:fur den|am|auf den|zum)\s*$/;
/** A press conference's own day, the verb of holding it a few words on: "the press conference for the festival was held on", "la conferenza stampa di presentazione si è tenuta il". */
const PRESS_HELD = /(?<![a-z])(?:press conference|press briefing|conferenza stampa|rueda de prensa|conferencia de prensa|conference de presse|point presse|pressekonferenz|pressegesprach)(?![a-z])[^.;,\n]{0,50}(?<![a-z])(?:was held|is held|will be held|took place|takes place|will take place|si e tenuta|si e svolta|si terra|si svolgera|se celebro|se celebrara|tuvo lugar|tendra lugar|a eu lieu|aura lieu|s'est tenue|s’est tenue|se tiendra|fand|findet)\s*(?:on|il|el|le|am|the)?\s*$/;

/**
 * A job's first day in a vacancy notice: "start date:", "Eintrittsdatum", "Stellenantritt am", "prise de poste le", "date
 * d'embauche", "presa di servizio il", "inizio del contratto", "fecha de incorporación", "incorporación el".
 */
const JOB_START = /(?<![a-z])(?:start(?:ing)? date of (?:employment|the (?:contract|position|post|job))|employment (?:start|begins?)|(?:the )?(?:position|post|job|contract|role) (?:starts|begins|will start|will begin)(?: on)?|eintrittsdatum|eintrittstermin|eintritt (?:ab|zum|am)|arbeitsbeginn|dienstbeginn|dienstantritt|stellenantritt|stellenbeginn|beschaftigungsbeginn|vertragsbeginn|beginn (?:der|des) (?:tatigkeit|beschaftigung|anstellung|arbeitsverhaltnisses|vertrags)|(?:date de )?prise de (?:poste|fonctions?)|date d['’]embauche|embauche (?:au|le|a partir du|des le)|entree en fonctions?|poste a pourvoir (?:au|le|a partir du|des le|a compter du)|debut (?:du|de) contrat|date de debut (?:du|de) contrat|presa di servizio|data di assunzione|assunzione (?:dal|a partire dal|il)|inizio (?:del )?(?:contratto|rapporto di lavoro)|data (?:di )?inizio (?:del )?(?:contratto|rapporto di lavoro)|fecha de (?:incorporacion|alta|inicio del contrato)|incorporacion (?:el|a partir del|prevista (?:para )?el|inmediata)|inicio del contrato|alta en la empresa)(?![a-z])\s*[:\-–]?\s*(?:(?:is|est|e|ist|es|le|il|el|the|am|ab|on|a partir du|dal|desde el|zum|au)\s+)*$/;
/**
 * A recording or a document available from a day: "the recording is available from", "la registrazione è disponibile dal",
 * "la grabación está disponible desde el", "l'enregistrement est disponible depuis le", "online ab dem".
 */
const AVAILABLE_FROM = /(?<![a-z])(?:available|accessible|online|disponible|disponibles|disponibile|disponibili|consultable|consultabile|scaricabile|descargable|telechargeable|verfugbar|abrufbar)\s+(?:(?:on|in|su|sur|en|auf)\s+[a-z' ]{1,30}?\s+)?(?:from|as of|since|dal|dall['’]|a partire dal|desde el|a partir del|depuis le|a partir du|des le|ab dem|ab|seit dem)\s*(?:the\s+)?$/;
const AVAILABLE_WORD = /availab|accessib|online|dispon|consult|scaric|descarg|telecharg|verfugbar|abrufbar/;
/** German puts the adjective last: "Die Aufzeichnung ist ab dem 12. Mai auf unserem Kanal verfügbar". */
const FROM_AUXILIARY = /(?<![a-z])(?:ist|sind|wird|werden|bleibt|bleiben)\s+(?:ab|ab dem|seit dem|seit)\s*$/;
const AVAILABLE_AFTER = /^[^.;,\n]{0,50}?(?<![a-z])(?:verfugbar|abrufbar|online|zuganglich|erhaltlich|freigeschaltet)(?![a-z])/;
/** An issue of a newsletter dated by the day: "our newsletter of", "la newsletter del", "notre lettre d'information du", "Rundbrief vom", "boletín del". */
const ISSUE_OF = /(?<![a-z])(?:newsletter|lettre d['’]information|lettre d['’]info|bulletin|bollettino|notiziario|boletin|rundbrief|infobrief|mitgliederbrief)(?:\s+n\.?\s*\d+)?\s+(?:of|dated|del|dell['’]|du|vom|de)\s*(?:the\s+)?$/;
/** Every JOB_START holds one of these (a plain test before the long alternation). */
const JOB_WORD = /employ|position|post|job|contract|role|eintritt|beginn|antritt|prise de|embauche|fonction|pourvoir|contrat|servizio|assunzione|contratto|incorporacion|alta/;
/**
 * A call for proposals or applications open over days: "the call is open from", "le bando sono aperte dal", "l'appel à projets
 * est ouvert du", "la convocatoria está abierta del", "die Ausschreibung läuft vom".
 */
const CALL_OPEN = /(?<![a-z])(?:call(?: for (?:proposals|applications|projects|papers))?|calls|bando|bandi|avviso pubblico|appel (?:a|aux) (?:projets|candidatures|propositions|manifestation d['’]interet)|appels a projets|convocatoria|convocatorias|ausschreibung|forderaufruf|projektaufruf|ideenaufruf)(?![a-z])[^.;\n]{0,60}(?<![a-z])(?:is open|open|opens|will open|aperto|aperta|aperti|si apre|ouvert|ouverte|ouvre|abierta|abierto|se abre|abrira|offen|lauft|startet|beginnt)(?![a-z])\s*(?:(?:from|on|until|dal|dall['’]|fino al|il|du|le|jusqu['’]au|del|desde el|hasta el|el|vom|von|ab|bis|am|zum)\s+)*$/;
const CALL_WORD = /call|band|avviso|appel|convocatoria|ausschreibung|aufruf/;

/** Italian elides before a vowel: "fino all'8 maggio", "entro l'11 marzo", "sino all'", "valido fino all'" (the rest of "until": filters.ts). */
const UNTIL_ELIDED = /(?<![a-z])(?:fino|sino|entro|valid[oaie] fino|aperte fino|aperto fino)\s+(?:all|l)['’]\s*$/;
/** German puts the participle last: "Das Projekt ist am 1. März gestartet", "Das Programm wurde am 1. März beendet". */
const PROJECT_SUBJECT = /(?<![a-z])(?:projekt|programm|vorhaben|initiative|modellprojekt|forderprogramm|[a-z]+projekt)(?:s|es|e|en)?(?![a-z])/;
const RUN_AFTER = /^[^.;,\n]{0,40}?(?<![a-z])(?:gestartet|begonnen|angelaufen|angefangen|beendet|ausgelaufen|abgeschlossen|zu ende gegangen)(?![a-z])/;
/**
 * An eligibility limit: "for projects starting after", "ai progetti avviati dopo l'", "proyectos iniciados después del",
 * "projets lancés après le", "Projekte, die nach dem ... beginnen".
 */
/** Every ELIGIBLE_AFTER ends with one of these (a plain test on the last words first). */
const LIMIT_WORD = /after|before|dopo|prima|despu|antes|apres|avant|nach dem|vor dem/;
const ELIGIBLE_AFTER = /(?<![a-z])(?:projects?|progett[oi]|proyectos?|projets?|projekte?|activities|attivita|actividades|activites|ma(?:ss|ß)nahmen|applicants|candidates|candidati|candidatos|candidats)(?![a-z])[^.;\n]{0,40}(?<![a-z])(?:after|before|dopo|prima del|prima dell['’]|despues del?|antes del?|apres le|avant le|nach dem|vor dem)\s*(?:(?:the|il|l['’]|el|le)\s*)?$/;

/**
 * Why a day a notice names is no gathering, from the text before and after it (folded).
 * @example noticeDay('la graduatoria sara pubblicata il ', ' sul sito') // 'publication'
 */
export function noticeDay(before: string, after: string): NotEvent | undefined {
  // (A job's first day and a call's open days: no one gathers on them.)
  if (JOB_WORD.test(before) && JOB_START.test(before)) return 'period';
  if (AVAILABLE_WORD.test(before) && AVAILABLE_FROM.test(before)) return 'other';
  if (FROM_AUXILIARY.test(before) && AVAILABLE_AFTER.test(after)) return 'other';
  if (ISSUE_OF.test(before)) return 'publication';
  if (before.includes('l') && UNTIL_ELIDED.test(before)) return 'deadline';
  if (LIMIT_WORD.test(before.slice(-24)) && ELIGIBLE_AFTER.test(before)) return 'other';
  if (CALL_WORD.test(before) && CALL_OPEN.test(before)) return 'deadline';
  if (PUBLISHED_LATER.test(before) || (WIRD_AM.test(before) && PUBLISHED_AFTER.test(after))) return 'publication';
  if (DEADLINE_SET.test(before)) return 'deadline';
  if (PROJECT_START.test(before)) return 'period';
  if (AUXILIARY_AM.test(before)) {
    if (DECIDED_AFTER.test(after) || LOST_AFTER.test(after)) return 'reference';
    if (RUN_AFTER.test(after) && PROJECT_SUBJECT.test(before)) return 'period';
    if (WAS_TO_TAKE_PLACE.test(after)) return 'other';
  }
  if (ORIGINALLY.test(before) || PRESS_HELD.test(before)) return 'other';
  return undefined;
}

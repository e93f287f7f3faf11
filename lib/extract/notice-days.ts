/**
 * Days an administrative notice names that no one gathers on (issue 12, precision): a list or a
 * result still to be published ("la graduatoria sarà pubblicata il", "se publicará el", "wird am
 * ... veröffentlicht"), a deadline said to be set for a day ("il termine ... è fissato al", "the
 * deadline has been set for", "la date limite est fixée au"), and a project's start date under its
 * label ("la data di inizio delle attività del progetto è il", "Projektbeginn:"). Word classes in
 * en, fr, de, it, es on folded text; filters.ts asks them after its own publication words.
 */
import type { NotEvent } from './filters.ts';

/** A written thing to be published or sent out on the day: future and passive forms of "publish" (not "announce": a gala announces). */
const PUBLISHED_LATER = /(?<![a-z])(?:(?:sara|saranno|verra|verranno|viene|vengono) (?:pubblicat[oaie]|affiss[oaie]|comunicat[oaie]|res[oaie] not[oaie]|inviat[oaie]|messo online|mess[aie] online)|(?:will be|is to be|are to be|shall be) (?:published|posted|put online|sent out|e-?mailed)|(?:sera|seront) (?:publiee?s?|affichee?s?|mise?s? en ligne|communiquee?s?|envoyee?s?)|(?:se (?:publicara|publicaran|comunicara|comunicaran|notificara|notificaran)|(?:sera|seran) (?:publicad[oa]s?|comunicad[oa]s?|notificad[oa]s?)))(?![a-z])[^.;\n]{0,30}$/;
/** German puts the verb last: "Die Liste wird am 15. April auf der Webseite veröffentlicht". */
const WIRD_AM = /(?<![a-z])(?:wird|werden)\s+(?:voraussichtlich\s+|erst\s+|bereits\s+)?(?:am|ab dem|ab)\s*$/;
const PUBLISHED_AFTER = /^[^.;\n]{0,50}(?<![a-z])(?:veroffentlicht|online gestellt|ausgehangt|verschickt|mitgeteilt)(?![a-z])/;

/** A deadline's noun, then a verb of setting right before the day ("è fissato al", "has been set for", "est fixée au"). */
const DEADLINE_NOUN = '(?:termine (?:ultimo|per|utile|perentorio|di presentazione|di scadenza)|scadenza|deadline|closing date|date limite|delai|plazo|fecha limite|frist|anmeldeschluss|einsendeschluss|bewerbungsschluss|antragsfrist|anmeldefrist|abgabefrist)';
const SET_VERB = '(?:fissat[oa]|stabilit[oa]|set|fixed|fixee?|fijad[oa]|establecid[oa]|festgelegt|festgesetzt)';
const DEADLINE_SET = new RegExp(`(?<![a-z])${DEADLINE_NOUN}(?![a-z])[^.;\\n]{0,80}(?<![a-z])${SET_VERB}\\s+(?:per il|per|al|il|for|on|at|au|le|pour le|el|para el|para|en el|hasta el|auf den|am|zum)?\\s*(?:the\\s+)?$`);

/** A project's (or its activities') start date under its label: "data di inizio delle attività del progetto è il", "start date of the project:". */
const START_LABEL = '(?:data di (?:inizio|avvio)|start(?:ing)? date|date de (?:debut|demarrage|lancement)|fecha de (?:inicio|comienzo)|startdatum|beginn)';
const PROJECT_WORD = '(?:progett[oi]|project|projet|proyecto|projekt(?:s|es)?|attivita progettuali|programme|programma|programa|programms?|intervento|action|azione|accion|massnahme)';
const PROJECT_START = new RegExp(`(?:(?<![a-z])${START_LABEL}(?![a-z])[^.;:\\n]{0,50}(?<![a-z])${PROJECT_WORD}(?![a-z])[^.;:\\n]{0,40}|(?<![a-z])(?:projektbeginn|projektstart|projektlaufzeit ab|inizio (?:del|dei) progett[oi]|project start|debut du projet|inicio del proyecto)(?![a-z]))\\s*(?:e|is|est|es|ist|:|-|–)?\\s*(?:il|le|el|the|am|der|on)?\\s*$`);

/**
 * Why a day a notice names is no gathering, from the text before and after it (folded).
 * @example noticeDay('la graduatoria sara pubblicata il ', ' sul sito') // 'publication'
 */
export function noticeDay(before: string, after: string): NotEvent | undefined {
  if (PUBLISHED_LATER.test(before) || (WIRD_AM.test(before) && PUBLISHED_AFTER.test(after))) return 'publication';
  if (DEADLINE_SET.test(before)) return 'deadline';
  if (PROJECT_START.test(before)) return 'period';
  return undefined;
}

/**
 * Dates beside a gathering that are about something else (issue 12, precision): a page's stamp under
 * its label, the day words were said or a letter sent, an official's visit, when a body was founded or
 * a decision taken, a rule came into force, people arrived, a day given up for another, figures'
 * reference days, the day a named day falls on, a press conference, the start of a programme that runs
 * for months. Word classes in en, fr, de, it, es, on folded text; filters.ts asks them in its order.
 */
import type { NotEvent } from './filters.ts';
import { EVENT_NOUN, EVENT_VERB } from './cues.ts';
import { monthAlternation } from './vocabulary.ts';

/** A page's stamp with its label: "Inserito il", "Ultimo aggiornamento:", "Última actualización:", "Dernière modification le", "Zuletzt geändert am". */
const STAMP_LABEL = /(?<![a-z])(?:last modified|modified on|created on|last reviewed|reviewed on|last revised|revised on|aggiornat[aie]|revisionat[oaie] il|actualizad[oa]s?|revisad[oa]s? el|modificad[oa]s? el|revue? le|revise(?:e)? le|uberarbeitet am|aktualisiert am|date of publication|publication date|first published|ultima modifica|ultimo aggiornamento|modificato il|inserito il|data (?:di )?pubblicazione|data (?:di )?inserimento|creato il|derniere (?:modification|mise a jour)|modifie le|cree le|poste le|date de mise en ligne|mis en ligne le|zuletzt (?:geandert|aktualisiert|bearbeitet)|letzte (?:anderung|aktualisierung)|geandert am|erstellt am|eingestellt am|veroffentlichungsdatum|datum der veroffentlichung|ultima (?:actualizacion|modificacion)|modificado el|fecha de (?:publicacion|actualizacion)|creado el|publicado el|pubblicazione|publicacion|publication|veroffentlichung|(?:comunicato|comunicado|communique|pressemitteilung|mitteilung|nota stampa|nota de prensa|press release) (?:del|du|vom|de|of|dated))\s*:?\s*(?:(?:on|le|am|il|el|the)\s+)?$/;
/**
 * Since a body or a place began, the day it began: "desde su apertura, el", "dall'apertura, il", "depuis son ouverture le",
 * "seit seiner Gründung am", "since its opening on" (the page tells what has happened since; the opening is no gathering it reports).
 */
const SINCE_BEGINNING = /(?<![a-z])(?:desde (?:su|la|el)|dalla|dall['’]|dal|depuis (?:son|sa|l['’]|la|le)|seit (?:seiner|ihrer|der|dem)|since (?:its|their|the))\s*(?:apertura|inaugurazione|inauguracion|creacion|creazione|fondazione|fundacion|nascita|nacimiento|puesta en marcha|avvio|lancio|ouverture|creation|fondation|lancement|inauguration|eroffnung|grundung|start|opening|founding|launch|creation)(?![a-z])\s*,?\s*(?:(?:el|il|le|am|on|the|en|in|nel)\s+)?$/;
/**
 * Another paper's or agency's news told with its day: "según informó Europa Press el", "come riportato dall'ANSA il", "comme l'a
 * rapporté Le Monde le", "as reported by the BBC on", "wie die Lokalzeitung am ... berichtete" (German: verb after the day).
 */
const REPORTED_BY = /(?<![a-z])(?:(?:segun|como) (?:informo|informaba|informa|informaron|publico|publica|publicaron|recoge|recogio|adelanto|adelanta|recogia|explico)|(?:come|secondo quanto|stando a quanto) (?:riportato|riferito|scritto|annunciato|pubblicato|reso noto|comunicato)|comme l['’]a (?:rapporte|annonce|ecrit|publie|indique|revele)|(?:as|like) (?:reported|announced|written) (?:by|in))(?![a-z])[^.;\n]{0,40}(?<![a-z])(?:el|il|le|on|the|am)?\s*$/;
/** Every SINCE_BEGINNING and REPORTED_BY holds one of these (plain tests before the patterns). */
const BEGINNING_WORD = /desde|dal|depuis|seit|since/;
const REPORTED_WORD = /inform|public|recog|adelant|explic|riport|riferit|scritt|annunc|pubblic|reso noto|comunicat|rapporte|annonce|ecrit|publie|indique|revele|reported|announced|written/;
const REPORTED_AFTER = /^[^.;,\n]{0,30}?(?<![a-z])(?:berichtete|berichteten|meldete|meldeten|schrieb|schrieben|berichtet hat|gemeldet hat|geschrieben hat)(?![a-z])/;
const REPORTED_BEFORE = /(?<![a-z])wie\s+(?:die|der|das|den)?\s*[^.;,\n]{1,40}(?:am|vom)\s*$/;
/**
 * A decision or a signature told after its day, with no gathering named between: "Il 3 marzo è stato firmato il protocollo",
 * "El 3 de marzo se firmó el convenio", "le 3 mars a été signé l'accord", "On 3 March the council approved the plan".
 */
const DECIDED_NEXT = /^[^.;:\n]{0,40}?(?<![a-z])(?:e stat[oa] (?:firmat|approvat|sottoscritt|adottat|siglat|deliberat|ratificat)[oa]|sono stat[ie] (?:firmat|approvat|sottoscritt|adottat|siglat)[ie]|(?:ha|hanno) (?:firmato|approvato|sottoscritto|deliberato|adottato|siglato|ratificato)|se (?:firmo|firmaron|aprobo|aprobaron|suscribio|adopto|ratifico)|(?:firmo|firmaron|aprobo|aprobaron|suscribio|suscribieron|adopto|ratifico)|a ete (?:signee?|adoptee?|approuvee?|votee?|ratifiee?)|(?:a|ont) (?:signe|adopte|approuve|vote|ratifie)|(?:was|were) (?:signed|adopted|approved|ratified)|(?:signed(?! up)|adopted|approved|ratified))(?![a-z])/;
/**
 * When a message came in, a source's stamp: "message reçu le", "e-mail received on", "messaggio ricevuto il", "correo recibido el",
 * "Nachricht erhalten am", "Schreiben eingegangen am" (not a host receiving people: "a reçu le 5 mars les associations").
 */
const MESSAGE_RECEIVED = /(?<![a-z])(?:message|messages|mail|e-?mail|courriel|lettre|letter|note|messaggio|lettera|mensaje|correo|carta|nachricht|schreiben|zuschrift)(?![a-z])[^.;\n]{0,20}(?<![a-z])(?:recu|recue|received|ricevut[oa]|pervenut[oa]|recibid[oa]|erhalten|eingegangen)\s+(?:le|on|il|el|am|the)?\s*$/;
const RECEIVED_WORD = /recu|receiv|ricevut|pervenut|recibid|erhalten|eingegangen/;
/**
 * When a body was founded, a book came out, a person died, or a decision or agreement was made: "fundada el", "nata il", "founded on", "gegründet am", "aprobó el pasado",
 * "hanno firmato il", "firmaron el", "a signé le", "unterzeichneten am", "beschloss am". None is a gathering.
 */
const FOUNDED_OR_DECIDED = /(?<![a-z])(?:released|came out|appeared|uscito|uscita|paru|parue|erschienen|erschien|salio|died|passed away|morto|morta|scomparso|scomparsa|deceduto|deceduta|decede|decedee|verstorben|gestorben|fallecio|fallecido|fallecida|murio|founded|established|set up|fondee?|creee?|fondata|fondato|nata|nato|costituita|costituito|fundada|fundado|creada|creado|constituida|constituido|gegrundet|ins leben gerufen|aprobo|aprobaron|ha aprobado|han aprobado|firmo|firmaron|ha firmado|han firmado|suscribio|suscribieron|acordo|acordaron|decidio|decidieron|approvo|approvato|ha approvato|hanno approvato|ha firmato|hanno firmato|firmato|sottoscritto|hanno sottoscritto|ha deliberato|ha deciso|hanno deciso|a signe|ont signe|a adopte|ont adopte|a approuve|ont approuve|a decide|ont decide|a vote|ont vote|decided|voted|unterzeichnet(?:e|en)?|beschloss(?:en)?|hat beschlossen|haben beschlossen|verabschiedete[n]?|entschied(?:en)?|aprobad[oa]s?|firmad[oa]s?|promulgad[oa]s?|ratificad[oa]s?|approvat[aie]|firmat[aie]|promulgat[oaie]|ratificat[oaie]|adopted|approved|signed|enacted|ratified|adoptee?s?|approuvee?s?|signee?s?|votee?s?|promulguee?s?|ratifiee?s?|verabschiedet|ratifiziert)(?![a-z])[^.;\n]{0,30}$/;
/**
 * When people lost their lives (a day remembered, not a gathering): "annegata l'", "drowned on", "noyés le", "ahogados el",
 * "ertrunken am", "who lost their lives on", "hanno perso la vita il", "perdieron la vida el", "ums Leben gekommen am", "killed on".
 */
const LOST_LIVES = /(?<![a-z])(?:drowned|were killed|was killed|killed|lost (?:his|her|their) li(?:fe|ves)|annegat[oaie]|affogat[oaie]|uccis[oaie]|(?:ha|hanno) perso la vita|persero la vita|noye(?:e|s|es)?|(?:a|ont) perdu la vie|(?:sont |est )?mort(?:e|s|es)? noye(?:e|s|es)?|tue(?:e|s|es)? le|ahogad[oa]s?|se ahogaron|se ahogo|(?:perdio|perdieron) la vida|murieron|fallecieron|asesinad[oa]s?|ertrunken|ertrank(?:en)?|getotet|ums leben gekommen|starben|starb)(?![a-z])[^.;\n]{0,30}$/;

/**
 * A law cited by its own date, with no preposition: "ai sensi della Legge regionale 3 marzo 2023, n. 9", "Decreto legislativo
 * 25 luglio 1998", "Loi n° 2016-274 du" (that one has its "du": filters.ts), "Real Decreto 557/2011, de", "Gesetz 12/2009". The
 * law's noun, then at most a few words of its kind or number.
 */
const LAW_DATED = /(?<![a-z])(?:legge|leggi|decreto|decreti|decreto-legge|decreto legge|decreto legislativo|d ?lgs|dlgs|dpr|dpcm|loi|lois|decret|arrete|ordonnance|circulaire|ley|leyes|real decreto|decreto-ley|decreto ley|orden ministerial|gesetz|gesetzes|verordnung|richtlinie|regulation|directive|law)(?:\s+(?:regionale|regionali|provinciale|ministeriale|legislativo|interministeriale|organica|ordinaria|organique|ministerielle|ministeriel|prefectoral|federale?|regional|autonomica|foral|n|nr|no|num|numero|\d{1,4}(?:\s*[/-]\s*\d{1,4})?)){0,4}\s*,?\s*$/;
/** A public holiday's day (in a segment with no event word): "Monday 1 June is a public holiday", "le lundi 1er juin, jour férié", "il 2 giugno, festa della Repubblica, è festivo", "el 1 de mayo es festivo", "am Feiertag, dem 3. Oktober". */
const HOLIDAY_IN = /(?:(?:is|est|e|ist|es|sera|will be|sara|wird|sind|are)\s+(?:(?:a|un|una|ein|el|il|le)\s+)?|,\s*|\(\s*)(?:public holiday|bank holiday|national holiday|jour ferie|giorno festivo|giornata festiva|dia festivo|dia feriado|festivo|feriado|gesetzlicher feiertag|feiertag)(?![a-z])/;
const HOLIDAY_BEFORE = /(?<![a-z])(?:public holiday|bank holiday|jour ferie|giorno festivo|giornata festiva|dia festivo|dia feriado|gesetzlichen? feiertag|feiertag)\s*,?\s*(?:(?:on|le|du|il|del|el|am|dem|the)\s+)*$/;
/** Every LOST_LIVES holds one of these (a plain test before the long alternation). */
const LOST_WORD = /drown|kill|lost|annega|affoga|uccis|perso la vita|persero|noye|perdu la vie|tue|ahog|perdi|murieron|fallecieron|asesinad|ertr|getotet|ums leben|starb/;
/** A law's number after its date: "3 marzo 2023, n. 9", "20 de abril, n.º 4", "12 mars 2020, n° 7". */
const LAW_NUMBER_AFTER = /^\s*,?\s*(?:n\.|n°|nº|n\.º|nr\.|num\.)\s*\d/;
const LAW_WORD = /legge|leggi|decret|lgs|dpr|dpcm|loi|arrete|ordonnance|circulaire|ley|orden|gesetz|verordnung|richtlinie|regulation|directive|law/;

/**
 * The day figures are counted on: "según los datos del padrón a 1 de enero", "dati aggiornati al 31 dicembre", "as of 1 January",
 * "Zum Stichtag 31. Dezember", "en date du".
 */
const FIGURES_AS_OF = /(?<![a-z])(?:(?:datos|dati|figures|statistics|estadisticas|statistiche|statistiques|donnees|chiffres|zahlen|statistik|padron|censimento|censo|recensement)(?![a-z])[^.;\n]{0,40}\s(?:a|al|at|as of|on|au|zum|vom)|as of|as at|a fecha de|a dia de|en date du|a la date du|zum stichtag|stichtag|aggiornat[oi] al)\s*(?:the\s+)?$/;
/**
 * When people arrived (not a gathering): "arrivate il", "que llegaron el", "who arrived on", "arrivés le", "eingetroffen am",
 * an aside in commas between ("est arrivé en France, il y a un an et quatre mois, le").
 */
// (Not the newcomers themselves, "nuovi arrivati", "recién llegadas", "nouveaux arrivés", "newly arrived", "neu angekommen";
// nor "kamen", which also brings people together: "kamen am 5. Mai zum Fest".)
const ARRIVED = /(?<![a-z])(?<!(?:nuovi|nuove|appena|recien|nouveaux|nouvelles|newly|recently|neu|frisch|gerade) )(?:arrived|arrivati|arrivate|arrivato|arrivata|giunti|giunte|sbarcati|sbarcate|llegaron|llego|llegados|llegadas|arrives|arrivees|sont arrive(?:e|s|es)?|est arrive(?:e)?|angekommen|eingetroffen|ankamen)(?![a-z])(?:[^.;\n]{0,20}|[^.;,\n]{0,20},[^.;,\n]{1,40},[^.;,\n]{0,10})$/;
/** Another page's title and date after "read also": "Leggi anche: “...” (10 gennaio 2019)", "See also", "Lire aussi", "Lee también", "Lesen Sie auch". */
const READ_ALSO = /(?<![a-z])(?:leggi anche|vedi anche|read also|see also|lire aussi|a lire aussi|voir aussi|lee tambien|ver tambien|lesen sie auch|siehe auch)\s*:[^\n]{0,120}$/;
/** A day given up for another: "invece che sabato 11 maggio", "en lugar del sábado 11", "instead of", "au lieu du", "anstatt am" (not "findet statt am"); "inizialmente previsto per", "originally planned for". */
const SUPERSEDED = /(?<![a-z])(?:invece che|invece del|invece di|anziche|instead of|rather than|en lugar del?|en vez del?|au lieu du|au lieu de|plutot que|anstatt(?: am)?|anstelle (?:des|vom|von)|statt wie geplant am|nicht wie geplant am|inizialmente (?:previst[oa]|fissat[oa]|programmat[oa]) (?:per|il|al)|originariamente previst[oa] (?:per|il)|originally (?:planned|scheduled|set) for|initially (?:planned|scheduled) for|initialement prevue? (?:le|pour)|prevue? initialement (?:le|pour)|prevista inicialmente (?:para|el)|inicialmente prevista (?:para|el)|ursprunglich (?:geplant|vorgesehen) (?:am|fur))\s*(?:(?:il|el|le|the|am|on|dem)\s+)?$/;
/** "since 1 January", "seit dem 1. Januar", "depuis le 1er janvier": when an ongoing state began. */
const SINCE = /(?<![a-z])(?:since|ever since|seit(?: dem)?|depuis(?: le)?)\s*(?:the\s+)?$/;
/** "since" or "from ... on" right before the day, words that open no range ("dal 5 al 26 marzo, ogni martedì" is a term: series.ts). */
const FROM_ON = /(?<![a-z])(?:since|ever since|seit(?: dem)?|ab(?: dem)?|depuis(?: le)?|a partir du|a compter du|a partir del?|a partire dal|starting(?: on)?|as of)\s*(?:the\s+)?$/;
/** Gatherings said to happen every week or every day: a run, not one day ("talleres semanales", "ogni settimana", "jede Woche", "chaque semaine"). */
const EVERY_WEEK = /(?<![a-z])(?:weekly|every (?:week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each week|chaque (?:semaine|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|toutes les semaines|hebdomadaires?|ogni (?:settimana|giorno|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|settimanal[ei]|semanal(?:es)?|cada (?:semana|dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|todas las semanas|jede[nr]? (?:woche|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|wochentlich\w*|taglich\w*)(?![a-z])/;
/** A run of weekdays, a service's week: "de lunes a viernes", "dal lunedì al venerdì", "du lundi au vendredi", "von Montag bis Freitag", "Monday to Friday". */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)';
const WEEKDAY_RUN = new RegExp(`(?<![a-z])${WEEKDAY}\\s*(?:a|al|au|to|till|until|bis|-|–)\\s*${WEEKDAY}(?![a-z])`);
/** "from" or "since" right before the day, in the words a service's new hours use: "desde el", "dal", "a partire dal", "depuis le", "ab dem", "from". */
const HOURS_FROM = /(?<![a-z])(?:desde el|a partir del?|dal|dall['’]|a partire dal|a decorrere dal|depuis le|a partir du|a compter du|des le|ab dem|ab|seit dem|from|starting(?: on)?|as of)\s*(?:(?:the|el|le|il|dem)\s+)?$/;
/** A service's words: it serves, receives or opens (not a gathering's). */
const SERVES = /(?<![a-z])(?:atiende|atenderan?|atencion|horario|servicio|sportello|servizio|riceve|ricevimento|orario|apertura|aperto|ufficio|oficina|service|bureau|guichet|accueil|permanence|horaires|ouvert|office|desk|open|opening hours|beratung|sprechzeit(?:en)?|geoffnet|offnungszeiten|dienst)(?![a-z])/;
/**
 * A thing under way from the day on, not a day one gathers: "que se desarrolla desde el", "attivo dal", "in corso dal", "en cours depuis le",
 * "läuft seit dem", "running since" (a state, whatever its noun: "Il corso di italiano è in corso dal 3 marzo").
 */
const ONGOING_FROM = /(?<![a-z])(?:activ[oa]s?|en marcha|en funcionamiento|operativ[oa]s?|vigente|se desarrolla|se desarrollan|funciona|funcionan|attiv[oaie]|in corso|in funzione|funziona|funzionano|actif|active|actifs|actives|en cours|en place|fonctionne|operationnel(?:le)?|aktiv|lauft|laufen|in betrieb|running|active|ongoing|under way|underway|in operation|operational)\s+(?:desde el|desde|dal|dall['’]|depuis le|depuis|seit dem|seit|since|from)\s*(?:the\s+)?$/;
/**
 * A weekday said as a habit: "on Tuesdays", "los martes", "dienstags", "le mardi de 9h à 12h", "il martedì dalle 9" (not "le mardi
 * 12 mai", one day).
 */
const WEEKDAYS_PLURAL = /(?<![a-z])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s|(?:le|il) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?!\s*\d))(?![a-z])/;
/**
 * Rules that apply from a day: "apply from", "valgono dal", "se aplican desde el", "s'appliquent à partir du", "gelten ab dem".
 */
const APPLIES_FROM = /(?<![a-z])(?:appl(?:y|ies) (?:from|as of)|(?:valid|effective|in effect) (?:from|as of)|(?:valgono|vale|valido|valida|validi|valide|efficace|efficaci) (?:dal|dall['’]|a partire dal|a decorrere dal)|a decorrere dal|(?:se aplica|se aplican|aplicable|aplicables|vigente|vigentes|valido|valida|validos|validas) (?:desde el|a partir del)|(?:s['’]applique|s['’]appliquent|applicable|applicables|valable|valables) (?:a partir du|a compter du|des le|du)|(?:gilt|gelten|gultig) (?:ab dem|ab|seit dem|seit))\s*$/;

/** "il 1° gennaio 2019 è entrato in vigore", "el 1 de enero entra en vigor", "am 1. Januar tritt ... in Kraft": a rule takes effect. */
const IN_FORCE_AFTER = /^\W{0,3}(?:(?:e|sono|it|is|est|ist|es|esta)\s+)?(?:entrat[oa] in vigore|entra in vigore|in vigore|came into force|comes into force|enters into force|in force|entre en vigueur|est entree? en vigueur|en vigueur|tritt in kraft|trat in kraft|ist in kraft|in kraft|entra en vigor|entro en vigor|en vigor)/;
/**
 * A named day said to fall on the date: "che ricorre il", "que se conmemora el", "which falls on", "qui tombe le". The gathering
 * is on it ("... que se conmemora este jueves 20 de junio, Cruz Roja reunirá a las familias") unless the sentence goes on to
 * date the gathering itself ("..., che ricorre il 20 giugno, sabato 22 giugno alle 17 festa").
 */
const NAMED_DAY_FALLS = /(?:(?<![\p{L}])(?:day|giornata|journee|dia)|(?<![\p{L}])\p{L}*tag)(?![\p{L}])[^.;\n]{0,120}(?:che|which|that|qui|que|der|die|den)\s+(?:ricorre|cade|si commemora|se conmemora|se recuerda|falls|is marked|is observed|tombe|est commemoree)[^.;\n]{0,24}$/u;
const OWN_DATE_FOLLOWS = /^\s*[,:;–-][^.;\n]*\d/u;
/** German puts the verb last: "des Weltflüchtlingstags, der auf den 20. Juni fällt". */
const NAMED_DAY_FALLS_BEFORE = /(?:(?<![\p{L}])(?:day|giornata|journee|dia)|\p{L}*tag(?:s|es)?)(?![\p{L}])[^.;\n]{0,60}(?:der|die|das)\s+(?:auf den|am)\s*$/u;
const FALLS_AFTER = /^\s*(?:fallt|begangen wird|gefeiert wird)(?![a-z])/;
/** A press conference or the press a thing was shown to: "presentato in conferenza stampa il", "en la rueda de prensa del", "présentée à la presse le". */
const PRESS = /(?<![a-z])(?:conferenza stampa|rueda de prensa|conferencia de prensa|conference de presse|point presse|pressekonferenz|pressegesprach|press conference|press briefing|alla stampa|ai giornalisti|a la prensa|a los medios|a la presse|aux journalistes|der presse|to the press)(?![a-z])[^.;\n]{0,20}$/;;
/**
 * The day a statement was issued: "informa el ayuntamiento en un comunicado este domingo", "said in a statement on
 * Monday", "a indiqué dans un communiqué ce lundi", "ha comunicato in una nota lunedì", "teilte in einer Mitteilung am Montag mit".
 */
const STATEMENT_BEFORE = /(?<![a-z])(?:in|en|dans|nel|nella|in einer|in der|in seiner|in ihrer)\s+(?:(?:a|an|its|their|un|una|une|son|leur|su|sus|un suo|una sua)\s+)?(?:(?:press|joint|written)\s+)?(?:statement|press release|communique(?: de presse)?|comunicado(?: de prensa)?|comunicato(?: stampa)?|nota(?: de prensa| stampa)?|(?:presse)?mitteilung|pressemitteilung|erklarung)\s+(?:(?:on|el|este|le|ce|il|questo|am|vom|del|de|dated|diesen)\s+)?$/;
/** A verb of saying right before the day: "said on Monday", "a déclaré ce lundi", "ha dichiarato lunedì", "informó este lunes", "erklärte am Montag". */
const SAID_ON = /(?<![a-z])(?:said|told|stated|announced|explained|reported|confirmed|declared|a declare|a annonce|a explique|a indique|a precise|a confirme|a affirme|ont declare|ont annonce|sagte|erklarte|betonte|berichtete|bestatigte|ha dichiarato|ha annunciato|ha spiegato|ha detto|ha comunicato|ha reso noto|ha confermato|hanno dichiarato|hanno annunciato|informo|informa|anuncio|explico|declaro|afirmo|dijo|comunico|senalo|indico|confirmo|ha informado|ha anunciado|ha explicado|ha declarado|han anunciado)\s+(?:(?:on|this|last|le|ce|am|il|questo|el|este|on the)\s+)?$/;
/**
 * An official's own visit is not a gathering people attend: "à l'occasion de sa visite à Aubusson le", "during his visit on",
 * "durante la sua visita del", "en su visita del", "bei seinem Besuch am". (A guided visit, "visite guidée le 8 mai", is one.)
 */
const OWN_VISIT = /(?<![a-z])(?:sa|son|his|her|sua|suo|su|seinem|seines|seiner|seine|ihrem|ihres|ihrer|ihre)\s+(?:(?:premiere|first|prima|primera|erste[nm]?|recente|recent|official|officielle|ufficiale|oficial|offizielle[nm]?|derniere|last|ultima|letzte[nm]?)\s+)?(?:visite|visit|visita|besuch(?:s|es)?)(?![a-z])[^.;\n]{0,60}$/;
/** A letter sent: the noun and a verb of sending in one segment ("le maire a adressé un courrier au préfet", "schrieb einen Brief"). */
const LETTER_NOUN = /(?<![a-z])(?:letters?|e-?mails?|courriers?|lettres?|courriels?|briefe?|schreiben|lettera|lettere|missiva|cartas?|correos?)(?![a-z])/;
const LETTER_SENT = /(?<![a-z])(?:sent|wrote|written|addressed|mailed|adresse|envoye|ecrit|expedie|adressait|envoyait|schickte|geschickt|schrieb|geschrieben|richtete|gerichtet|sandte|gesandt|verschickt|inviato|inviata|scritto|scritta|indirizzato|indirizzata|spedito|spedita|envio|enviado|enviada|remitio|remitido|remitida|dirigio|dirigido|dirigida|escribio|escrito)(?![a-z])/;
/**
 * A programme that runs for months, said to start on the day: "inicia este martes el ciclo ..., que se celebrará entre
 * octubre y noviembre", "the season opens on Monday and runs until December". Its first day is a period's start.
 */
const PROGRAMME_NOUN = '(?:ciclo|cycle|series|season|saison|programme|program|programma|programa|rassegna|stagione|temporada|[a-z]*reihe|spielzeit|cursos?|courses?|corsi|corso|cours|[a-z]*kurse?|classes|clases|lezioni|lecons|unterricht)';
const START_VERB = '(?:inicia|inician|iniciara|iniciaran|comienza|comienzan|comenzara|comenzaran|arranca|arrancan|arrancara|arrancaran|empieza|empiezan|empezara|empezaran|start|starts|will start|begin|begins|will begin|kicks? off|opens|debute|debutent|debutera|debuteront|commence|commencent|commencera|commenceront|demarre|demarrent|demarrera|demarreront|reprend|reprennent|inizia|iniziano|iniziera|inizieranno|prende il via|prendono il via|partira|partiranno|parte|partono|riprende|riprendono|beginnt|beginnen|startet|starten|eroffnet)';
const PROGRAMME_START = new RegExp(`(?<![a-z])(?:${START_VERB}[^.;\\n]{0,40}(?<![a-z])${PROGRAMME_NOUN}|${PROGRAMME_NOUN}(?![a-z])[^.;\\n]{0,60}${START_VERB})(?![a-z])`);
const MONTH = `(?:${monthAlternation([])})`;
/** A run of months: "entre octubre y noviembre", "from October to December", "fino a dicembre", "jusqu'en décembre", "bis Dezember". */
/** A verb of ending, for a run that ends in a month: "e terminerà a giugno", "and ends in June", "y termina en junio", "et se termine en juin", "und endet im Juni". */
const END_VERB = '(?:termina|terminano|terminera|termineranno|finisce|finiscono|finira|finiranno|si conclude|si concludera|ends|end|will end|finishes|will finish|runs until|se termine|se terminera|se terminent|finit|finissent|terminara|terminaran|finaliza|finalizara|acaba|acabara|endet|enden|enden erst|dauert bis)';
const MONTHS_RUN = new RegExp(`(?<![a-z])(?:(?:entre|between|tra|fra|zwischen|from|de|da|von|du|d'|d’)\\s*${MONTH}\\s+(?:y|and|e|und|et|to|a|al|bis|au|hasta|fino a)\\s+${MONTH}|(?:until|till|through|hasta|fino a|jusqu'en|jusqu’en|jusqu'a fin|bis (?:ende|zum)?)\\s*${MONTH}|${END_VERB}\\s+(?:(?:a|ad|in|en|im|nel mese di|a fine|a finales de|fin|ende|at the end of)\\s+)?${MONTH})(?![a-z])`);
const HOUR = /\d{1,2}(?:[:.h]\d{2}|\s*(?:h|uhr|horas?|ore|am|pm)(?![a-z]))|(?<![a-z])(?:alle|ore|a las|a la|um|at|dalle|des|vers)\s+\d{1,2}(?!\d)/;

/**
 * A stamp or a saying right before the date ('publication' / 'other'), checked after the publication words.
 * @example spokenOrStamped('ultimo aggiornamento: ') // 'publication'
 */
export function spokenOrStamped(before: string): NotEvent | undefined {
  if (STAMP_LABEL.test(before) || (RECEIVED_WORD.test(before) && MESSAGE_RECEIVED.test(before))) return 'publication';
  if (STATEMENT_BEFORE.test(before) || SAID_ON.test(before) || OWN_VISIT.test(before)) return 'other';
  return undefined;
}

/**
 * A background day: a founding, a decision, a release, a death, a rule in force, an arrival, a superseded day,
 * another page's date, figures' reference day.
 * @example backgroundDay("l'associazione, nata il ", ', organizza') // 'reference'
 */
export function backgroundDay(before: string, after: string): NotEvent | undefined {
  if (FOUNDED_OR_DECIDED.test(before) || IN_FORCE_AFTER.test(after) || APPLIES_FROM.test(before)) return 'reference';
  const decided = DECIDED_NEXT.exec(after);
  // (Not people gathered at an hour who then decided: "réunis le vendredi 10 octobre à 18h en mairie, ont approuvé".)
  if (decided && !/\d/.test(decided[0]) && !EVENT_NOUN.test(decided[0]) && !EVENT_VERB.test(before.slice(-30))) return 'reference';
  // ("A vigil for the people who drowned at sea will be held on": a gathering's verb after the loss dates the gathering.)
  const lost = LOST_WORD.test(before) ? LOST_LIVES.exec(before) : null;
  if (lost && !EVENT_VERB.test(lost[0])) return 'reference';
  if (LAW_WORD.test(before) && (LAW_DATED.test(before) || (LAW_NUMBER_AFTER.test(after) && LAW_WORD.test(before.slice(-60))))) return 'reference';
  if (SUPERSEDED.test(before) || ARRIVED.test(before) || READ_ALSO.test(before)) return 'other';
  if (FIGURES_AS_OF.test(before)) return 'reference';
  if (BEGINNING_WORD.test(before) && SINCE_BEGINNING.test(before)) return 'reference';
  if ((REPORTED_WORD.test(before) && REPORTED_BY.test(before)) || (REPORTED_AFTER.test(after) && REPORTED_BEFORE.test(before))) return 'other';
  return undefined;
}

/**
 * The day a named day falls on when the clause dates its gathering after it, and a press conference's day.
 * @example namedDayOrPress('to mark world refugee day, which falls on ', ', a party on saturday 22 june') // 'reference'
 */
/**
 * A world or international day said to be celebrated on the date, with no pronoun before the verb: "Nel 2019, la Giornata verrà
 * celebrata il 29 settembre", "the day will be celebrated on", "el Día Mundial del Refugiado se celebra el". ("La jornada se
 * celebrará el 5 de mayo" is a gathering: Spanish needs the day's qualifier.)
 */
const DAY_CELEBRATED_ON = /(?:(?<![\p{L}])(?:giornata|journee|day)(?![\p{L}])[^.;\n]{0,60}(?<![\p{L}])(?:verra celebrata|sara celebrata|viene celebrata|e celebrata|sera celebree|est celebree|will be celebrated|is celebrated|will be marked|is marked)|(?<![\p{L}])(?:dia|jornada|giornata|journee|day|tag)\s+(?:mundial|internacional|europeo|europea|mondiale|internazionale|internationale|world|international|european)[^.;\n]{0,60}(?<![\p{L}])(?<!(?:que|che|which|that|qui|der|die) )(?:se celebra|se celebrara|se conmemora|se conmemorara|si celebra|si celebrera|se celebre|sera celebree|is celebrated|will be celebrated))\s+(?:il|le|el|on|am|the)?\s*$/u;
const HOUR_NEXT = /^\s*,?\s*(?:(?:alle|ore|a las|a la|à|a|um|at|from|dalle|des|de)\s+\d{1,2}(?!\d)|\d{1,2}(?:[:.h]\d{2}|\s*(?:h|uhr|horas?|ore|am|pm)(?![\p{L}])))/u;

export function namedDayOrPress(before: string, after: string): NotEvent | undefined {
  // (Its verbs all hold one of these words: a plain test before the long pattern.)
  if (/celebr|marked|conmemor/.test(before) && DAY_CELEBRATED_ON.test(before) && !HOUR_NEXT.test(after)) return 'reference';
  // (The short tests of what follows first: the named-day patterns scan the whole text before.)
  if (FALLS_AFTER.test(after) && NAMED_DAY_FALLS_BEFORE.test(before)) return 'reference';
  if (OWN_DATE_FOLLOWS.test(after) && NAMED_DAY_FALLS.test(before)) return 'reference';
  // (Not a gathering's own verb after the press: "anunciado en rueda de prensa, tendrá lugar el" dates the gathering.)
  const press = PRESS.exec(before);
  if (press && !EVENT_VERB.test(press[0])) return 'other';
  return undefined;
}

/**
 * From the date's segment: a state under way since the day, a letter sent, a programme running for months that starts.
 * @example sideDateInSegment('le 3 septembre, le maire a adresse un courrier', 'le ', false) // 'other'
 */
export function sideDateInSegment(own: string, before: string, hasNoun: boolean, sentence = own): NotEvent | undefined {
  // ("Depuis lundi, la semaine interculturelle anime la ville": a gathering under way since that day is one.)
  // (A plain search for the words first: the pattern, anchored at the end, is tried from every position.)
  if (!hasNoun && (before.includes('since') || before.includes('seit') || before.includes('depuis')) && SINCE.test(before)) return 'other';
  // Nor the first day of gatherings held every week from then on: "Depuis le 1er avril, le centre organise des ateliers chaque
  // semaine", "A partir del 1 de abril, talleres semanales". (A single gathering from an hour, "dal 1° aprile alle 18", has no such word.)
  // (Or a desk's weekly hours from then on, with no event word: "el servicio atiende los martes de 9 a 12 desde el 12 de mayo".)
  if (FROM_ON.test(before) && (EVERY_WEEK.test(own) || WEEKDAYS_PLURAL.test(own))) return 'other';
  // ("El servicio atiende de lunes a viernes de 9:00 a 14:00 desde el 3 de marzo", "lo sportello è aperto dal lunedì al venerdì; dal 3 marzo anche il sabato": a desk's week.)
  if (!hasNoun && HOURS_FROM.test(before) && WEEKDAY_RUN.test(own) && SERVES.test(sentence)) return 'other';
  if (ONGOING_FROM.test(before)) return 'other';
  // ("Le jeudi 3 septembre, le maire a adressé un courrier au préfet (mis en ligne le 4 septembre)": the sentence, its dates cut apart.)
  if (!hasNoun && LETTER_NOUN.test(sentence) && LETTER_SENT.test(sentence)) return 'other';
  // ("On the Bank Holiday, 6 February, the groups came together": a gathering held on a holiday keeps its day.)
  if (!hasNoun && (own.includes('fe') || own.includes('holiday')) && (HOLIDAY_IN.test(own) || HOLIDAY_BEFORE.test(before))) return 'other';
  // ("El ciclo arranca el martes a las 19 h con un concierto": an hour makes it the opening gathering.)
  if (PROGRAMME_START.test(own) && MONTHS_RUN.test(sentence) && !HOUR.test(own)) return 'period';
  return undefined;
}

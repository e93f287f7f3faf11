/**
 * Online, hybrid or in person, from the words around an event: "webinar", "Zoom",
 * "en ligne", "Online-Veranstaltung", "in linea", "en línea" (online); "hybrid", "face to
 * face and online", "en présentiel et en ligne" (hybrid); "in presence", "vor Ort" or a
 * physical venue (in person).
 */
import type { Mode } from '../model/event.ts';
import { RecentAnswers } from './recent-answers.ts';

// (A text put online is no online gathering: "mis en ligne le 4 septembre", "posted online", "pubblicato online",
// "publicado en línea", "online gestellt".)
const ONLINE = /(?<![a-z\u00c0-\u024f])(?<!(?:mis|mise|mises|posted|put|published|uploaded|publie|publiee|publies|publiees|messo|messa|messi|pubblicato|pubblicata|pubblicati|caricato|caricata|publicado|publicada|publicados|colgado|colgada|subido|subida) )(?!(?:online|on-line) (?:gestellt|veroffentlicht|hochgeladen))(?:online|on-line|webinars?|webinaires?|webinari|webinarios?|seminario web|zoom(?! (?:in|out|into)(?![a-z]))|ms teams|microsoft teams|via teams|on teams|sur teams|su teams|per teams|uber teams|por teams|teams meeting|teams link|webex|google meet|gotomeeting|virtual(?:ly|e|mente)?|virtuel(?:le)?|livestream(?:ed)?|live stream(?:ed)?|streamed live|en ligne|a distance|(?:en )?distanciel(?:le)?|visio-?conferences?|en visio|par visio|via visio|en remoto|de forma remota|de manera remota|videoconference|videoconferenza|videoconferencia|in linea|en linea|da remoto|a distancia|digital(?:e|en|er|es)? (?:events?|veranstaltung(?:en)?|formate?|infotermine?|termine?|treffen|austausch|sprechstunden?|seminare?|workshops?)|online-(?:veranstaltung(?:en)?|seminare?|workshops?|formate?|events?)|onlineveranstaltung(?:en)?|videoplattform|virtuell(?:e|en|er)?|findet digital|digital statt|rein digital|videokonferenz(?:en)?|video ?conference|per video|jitsi|skype|bigbluebutton|gotowebinar|telematic|telematique|telematic[ao]s?|modalita telematica|modalidad telematica)(?![a-z\u00c0-\u024f])/;
const HYBRID = /(?<![a-z\u00c0-\u024f])(?:(?:in parte|en partie|en parte|teils|teilweise|partly|partially|parzialmente|parcialmente|partiellement) (?:online|on-line|en ligne|in linea|en linea|virtual(?:ly|e|mente)?|a distance|a distancia|a distanza|da remoto|remotely|digital)|hybrid(?:e|es|o|a)?|ibrid[oa]|hibrid[oa]|blended (?:events?|meetings?|conferences?|formats?|sessions?|workshops?)|(?:face[- ]to[- ]face|in[- ]person|on[- ]?site|in presence|physically) (?:and|&|or|as well as) (?:online|virtual(?:ly)?|remotely)|(?:online|virtual(?:ly)?|remotely) (?:and|&|or) (?:face[- ]to[- ]face|in[- ]person|on[- ]?site|in presence)|(?:en )?presentiel et (?:en ligne|a distance|(?:en )?distanciel|en visio)|(?:en ligne|(?:en )?distanciel|en visio) et (?:en )?presentiel|vor ort und online|online und vor ort|prasenz und online|in presenza e (?:online|da remoto|in streaming)|online e in presenza|presencial y (?:online|en linea|virtual)|(?:online|virtual) y presencial|also (?:be )?(?:streamed|broadcast|available online)|follow (?:it )?online|possible to (?:follow|join|attend) online|(?:possibility|possibilite|possibilita|posibilidad|moglichkeit|option|opportunity|teilnahme|participation|partecipazione|participacion)(?: (?!only |nur |uniquement |seulement |solo |solamente |soltanto |exclusivement |exclusively |ausschlie(?:ss|ß)lich |esclusivamente |exclusivamente )[a-z]+){0,4} (?:remotely|online|en ligne|in linea|en linea|virtual|a distance|a distancia|da remoto|per zoom|via zoom|uber zoom)|(?:attend|participate|join|take part|participer|assister|partecipare|seguire|asistir|participar|seguir|teilnehmen|dabei sein)(?: [a-z]+){0,2} (?:also|aussi|egalement|anche|tambien|auch) (?:online|en ligne|in linea|en linea|virtualmente|a distance|a distancia|da remoto)|(?:auch|also|anche|tambien|aussi|egalement) (?:online|en ligne|in linea|en linea|per zoom|via zoom|uber zoom|in streaming|per livestream)|(?:en )?presentiel ou (?:en ligne|a distance|(?:en )?distanciel|en visio)|(?:en )?distanciel ou (?:en )?presentiel|sur place (?:ou|et) (?:en ligne|a distance)|(?:en ligne|a distance) (?:ou|et) sur place|vor ort oder digital|digital oder vor ort|semi-?presencial(?:es)?|semi-?presenziale|tanto (?:presencial(?:mente)?|de forma presencial|en persona) como (?:online|en linea|virtual(?:mente)?|(?:a traves de|por|via) internet|en streaming|por streaming|telematicamente|de forma (?:online|virtual|telematica))|sia in presenza (?:che|sia) (?:online|da remoto|in streaming|a distanza|via web)|sowohl (?:vor ort|in prasenz|analog) als auch (?:online|digital|per (?:zoom|video|livestream))|a la fois (?:en presentiel|sur place) et (?:en ligne|a distance)|both (?:in[- ]person|on[- ]?site|face[- ]to[- ]face) and (?:online|virtually|remotely)|(?:online|virtually|remotely) and (?:at the venue|in the room)|presencial (?:u|o) (?:online|en linea|virtual)|in presenza o (?:online|da remoto|in streaming)|vor ort oder online|online oder vor ort|prasenz oder online|(?:formato|format|modalita|modalidad|modalite|formule) (?:mixt[oae]s?|mist[oa]|misto)|vor ort und (?:digital|per zoom|per video)|(?:digital|per zoom) und vor ort|in presenza e a distanza|a distanza e in presenza|presencial y a distancia|a distancia y presencial|(?:possible|possibilite|possibilita|posible|moglich) (?:de |di |)(?:suivre|participer|assister|seguire|partecipare|seguir|participar|asistir)(?: [a-z']+){0,3} (?:a distance|en ligne|en visio|a distanza|da remoto|online|a distancia)|(?:via zoom|online|on-line|remotely|virtually|remote participation|en ligne|a distance|in linea|en linea|da remoto|per zoom|uber zoom) (?:is|est|ist|e|es) (?:also|aussi|egalement|auch|ebenfalls|zudem|anche|ugualmente|tambien|igualmente) (?:possible|possibile|posible|moglich)|(?:lieu|venue|location|ort|luogo|lugar|where|place|dove|donde|sede)\s*:[^\n]{2,120}?(?:,|\+|&| et| and| und| e| y| ou| or| oder| o) +(?:en ligne|online|on-line|in linea|en linea|zoom|via zoom|in streaming|a distance|a distancia|da remoto))(?![a-z\u00c0-\u024f])/;
const IN_PERSON = /(?<![a-z\u00c0-\u024f])(?:study visits?|study trips?|site visits?|field visits?|visited the|visite d'etude|visites d'etude|voyage d'etude|studienbesuch|studienreise|visita di studio|visite di studio|visita de estudio|visitas de estudio|in[- ]person|face[- ]to[- ]face|on[- ]?site|in presence|en presentiel|presentiel|(?:teilnahme|prasenz|direkt|live|findet|treffen uns|sie|wir) vor ort|vor ort (?:statt|in|im|am|bei|teilnehmen|dabei)|in prasenz|prasenzveranstaltung|in presenza|presencial(?:es|mente)?|presentiels?|presentielles?)(?![a-z\u00c0-\u024f])/;

// "Register online", "formulaire en ligne", "Online-Formular", "modulo online": how to sign
// up or where a form is, not where the event is.
const ONLINE_WORD = '(?:online|on-line|en ligne|in linea|en linea)';
const FORM = '(?:forms?|formulare?|formulaires?|moduli|modulo|formularios?|questionnaires?|questionario|cuestionario|fragebogen|survey|umfrage|portale?|platform|plattform|plateforme|piattaforma|plataforma|registration|registrierung|anmeldung|application|bewerbung|booking|buchung|iscrizion[ei]|inscriptions?|inscripcion(?:es)?|candidature|candidatura|tickets?|ticketing|shop)';
const SIGN_UP = "(?:register|registration|apply|sign up|book|enrol|enroll|s'inscrire|inscrivez-vous|inscription|inscriptions|candidature|anmelden|anmeldung|registrieren|iscriversi|iscriviti|iscrizion[ei]|inscribirse|inscribete|inscribase|inscripcion(?:es)?|registrarse)";
/** What is online without being an event: a community, a platform, a publication. */
const RESOURCE = '(?:community|communities|platform|toolkit|tools?|portal|database|resources?|library|magazine|newsletter|publications?|survey|map|shop|store|presence|version|edition|archive|network|gemeinschaft|plattform|angebote?|communaute|plateforme|ressources?|outils?|comunita|piattaforma|risorse|comunidad|plataforma|recursos|herramientas?)';
const PUBLISHED = '(?:publication|publie|publiee|deposee|published|available|pubblicat[oa]|disponibile|publicad[oa]|disponible|veroffentlicht|verfugbar|abrufbar)';
const SIGN_UP_NOUN = '(?:iscrizion[ei]|inscriptions?|inscripcion(?:es)?|anmeldung(?:en)?|registrations?|tickets?|biglietti|entradas|billets?)';
const NOT_MODE = new RegExp(`(?<![a-z\u00c0-\u024f])(?:${ONLINE_WORD}[- ]?${FORM}|${FORM}(?: (?:d'inscription|di iscrizione|de inscripcion|de registro|of registration|zur anmeldung))? (?:(?:is|est|e|es|ist) )?(?:available )?${ONLINE_WORD}|${SIGN_UP} (?:(?:now|here|ici|hier|qui|aqui|gratuitement|kostenlos|gratis) )?${ONLINE_WORD}|(?:available|published|find (?:it|us|more)|more information|read more|information) (?:is )?${ONLINE_WORD}|(?:online|on-line) (?:at|here|via)|(?:online|on-line)[- ](?:banking|shopping|dienste|services|games|spiele|handel)|(?:online )?anmelden|on our website|visited the (?:website|web ?site|page|webpage|platform)|${ONLINE_WORD}[- ]${RESOURCE}|(?:virtual|digital) (?:platform|plattform|plateforme|piattaforma|plataforma)|${PUBLISHED}[a-z ]{0,20} ${ONLINE_WORD}|${SIGN_UP_NOUN}[a-z ]{0,30} ${ONLINE_WORD}|${ONLINE_WORD} (?:tramite|via|through|sur le site|su|sul sito|uber|en el sitio|a traves|at|auf)|(?:download|downloaded|descargar|descargarse|telecharger|telechargez|scaricare|scaricabile|herunterladen|read|lire|leer|leggere|lesen|consult|consulter|consultar|consultare)(?: [a-z]+){0,3} ${ONLINE_WORD})(?![a-z\u00c0-\u024f])`, 'g');
/** A live stream of an event held at a venue makes it hybrid; a stream alone, online. */
const STREAM = /(?<![a-z\u00c0-\u024f])(?:live ?stream(?:ed|ing)?|streamed|streaming|im livestream|live[- ](?:ubertragen|ubertragung)|broadcast live|(?:diffusee?s?|retransmise?s?|transmise?s?|retransmitid[oa]s?|transmitid[oa]s?|emitid[oa]s?|trasmess[oa]|ritrasmess[oa]|broadcast|ubertragen)(?: [a-z]+)? (?:en direct|en directo|in diretta|live)|(?:en direct|en directo|in diretta|live) (?:sur|en|on|su|auf|por|via) (?:youtube|facebook|vimeo|twitch|linkedin|la chaine|il canale|el canal|unsere[mr]? (?:website|kanal)|our (?:website|channel)|notre (?:site|chaine)))(?![a-z\u00c0-\u024f])/;

/**
 * Gatherings that only happen in a place (a festival, a concert, a run, a parade, an
 * exhibition, a dinner, a guided tour, a week of local events): in person when nothing says
 * online, and never enough on their own to make an online event hybrid.
 */
const PHYSICAL = /(?<![a-z\u00c0-\u024f])(?:(?:sommer|stadt|stra(?:ss|ß)en|begegnungs|kultur|volks|gemeinde|kinder|familien|nachbarschafts|dorf|herbst|fruhlings|grill|kulturen|schul|pfarr|vereins|burger)fest(?:e|es)?|(?:city|stadt|spenden|benefiz|volks|staffel|silvester|firmen|nacht|kinder)lauf|stadtfuhrung(?:en)?|picknick|festivals?|fetes?|festa|feste|fiestas?|concerts?|concerto|concerti|conciertos?|marathons?|maratona|maratonina|maraton|half marathon|fun run|charity run|course a pied|parades?|defiles?|sfilata|sfilate|desfiles?|pasacalles|processions?|processione|procesion|exhibitions?|expositions?|mostra|mostre|exposicion(?:es)?|dinners?|diner|cena|cenas|picnic|pique-nique|merenda|street party|dance party|ballo|baile|bailes|tournaments?|tournoi|torneo|guided tours?|visite guidee|visita guidata|visita guiada|flea market|mercadillo|brunch|barbecue|open day|journee portes ouvertes|porte aperte|puertas abiertas|tag der offenen (?:tur|moschee)|job dating|(?:interkulturelle|interkulturellen) woche|refugee week|semaine de l'integration|semana intercultural|settimana dell'accoglienza)(?![a-z\u00c0-\u024f])|(?:konzert(?:e)?|ausstellung(?:en)?|abendessen|turnier)(?![a-z\u00c0-\u024f])/;

// Folded text is lower case and mostly Latin: an explicit letter class without the u flag
// runs several times faster than \p{L} on every character of every event's text.
export interface ModeCues {
  online: boolean;
  hybrid: boolean;
  inPerson: boolean;
  stream: boolean;
  /** A gathering that happens in a place (festival, concert, run...): in person, unless something says online. */
  physical?: boolean;
  /** "... and online", "et en visio", "y por streaming": a way to join online added to something else, a venue when there is one. */
  joined?: boolean;
}

/** A way to join online added with "and" / "or" to what comes before it. */
const JOINED_ONLINE = /(?<![a-z\u00c0-\u024f])(?:and|et|e|y|und|sowie|as well as|or|ou|o|oder)\s+(?:(?:also|aussi|egalement|auch|anche|tambien|zusatzlich)\s+)?(?:online|on-line|en ligne|in linea|en linea|en visio|in visio|par visio|via zoom|per zoom|uber zoom|sur zoom|on zoom|por zoom|in streaming|en streaming|per streaming|por streaming|via streaming|via livestream|per livestream|virtually|virtuellement|virtualmente|digital|en remoto|da remoto|a distance|a distanza|a distancia|(?:(?:via|on|over|per|su|sur|uber|por|en|auf|in)\s+)?(?:zoom|ms teams|microsoft teams|webex|google meet|jitsi|skype|youtube|facebook live)|(?:via|on|over|per|su|sur|uber|por|auf)\s+teams)(?![a-z\u00c0-\u024f])/;

/**
 * The mode words found in a (folded) piece of text.
 * @example modeCues('join the webinar on zoom') // { online: true, hybrid: false, inPerson: false, stream: false, physical: false }
 */
export function modeCues(text: string): ModeCues {
  // A page asks for the same texts again (its first 20,000 characters, a paragraph for each of
  // its events): a few recent answers are kept, as the long patterns dominate extraction time.
  const known = recentCues.get(text);
  if (known) return known;
  const cues = readCues(text);
  recentCues.set(text, cues);
  return cues;
}

/** Texts whose cues are kept (oldest dropped first): a page's paragraphs and its whole text. */
const recentCues = new RecentAnswers<ModeCues>(16);

function readCues(text: string): ModeCues {
  return new CuesOf(text);
}

/**
 * Words one of which every match of a cue's pattern holds (ONLINE, HYBRID, STREAM, JOINED_ONLINE, IN_PERSON): a text
 * without any is answered by one scan for a few plain words, not by the long pattern, which tests its lookbehinds at
 * every character. Each word has letters on both sides of its spaces and hyphens, so a text cut around a sign-up
 * phrase or a former plan (replaced by a space between non-letters) holds none that the text as written lacks.
 */
const REMOTE_WORDS = 'online|on-line|webina|seminario web|zoom|teams|webex|google meet|gotomeeting|virtu|stream|en ligne|distan|visio|remot|video|linea|digital|jitsi|skype|bigbluebutton|telemati';
const ONLINE_NEEDS = new RegExp(REMOTE_WORDS);
const HYBRID_NEEDS = new RegExp(`${REMOTE_WORDS}|broadcast|internet|via web|brid|blended|semi-presen|semipresen|mixt|mist`);
const STREAM_NEEDS = /stream|broadcast|live|diffuse|transmi|emitid|trasmess|ubertrag|direct|diretta/;
const JOINED_NEEDS = /online|on-line|en ligne|linea|visio|zoom|stream|virtu|digital|remot|distan|teams|webex|google meet|jitsi|skype|youtube|facebook live/;
const IN_PERSON_NEEDS = /visit|trip|voyage|studien|person|face|site|presen|prasenz|vor ort/;

/**
 * The cues of a text, each read on first use: most questions are settled by one or two of them ("online"
 * anywhere on the page answers whether it is all in person), and each pattern runs over the whole text.
 */
class CuesOf implements ModeCues {
  #text: string;
  #folded: string | undefined;
  #online: boolean | undefined;
  #hybrid: boolean | undefined;
  #inPerson: boolean | undefined;
  #stream: boolean | undefined;
  #physical: boolean | undefined;
  #joined: boolean | undefined;
  constructor(text: string) {
    this.#text = text;
  }
  /** The text without its sign-up phrases ("register online"), which name no way of attending. */
  get #clean(): string {
    return (this.#folded ??= withoutSignUps(this.#text));
  }
  get online(): boolean {
    return (this.#online ??= ONLINE_NEEDS.test(this.#text) && ONLINE.test(this.#clean));
  }
  get hybrid(): boolean {
    return (this.#hybrid ??= HYBRID_NEEDS.test(this.#text) && HYBRID.test(this.#clean));
  }
  get inPerson(): boolean {
    return (this.#inPerson ??= IN_PERSON_NEEDS.test(this.#text) && IN_PERSON.test(withoutFormerPlans(this.#clean)));
  }
  get stream(): boolean {
    return (this.#stream ??= STREAM_NEEDS.test(this.#text) && STREAM.test(this.#clean));
  }
  get physical(): boolean {
    return (this.#physical ??= PHYSICAL.test(this.#clean));
  }
  get joined(): boolean {
    return (this.#joined ??= JOINED_NEEDS.test(this.#text) && JOINED_ONLINE.test(this.#clean));
  }
}

/**
 * An in-person plan given up or replaced: "initially planned as an in-person meeting", "instead of meeting in person",
 * "initialement prévue en présentiel", "inizialmente prevista in presenza", "ursprünglich als Präsenzveranstaltung geplant",
 * "inicialmente prevista de forma presencial", "invece che in presenza", "en lugar de presencial".
 */
const FORMER_PLAN = /(?<![a-z\u00c0-\u024f])(?:(?:initially|originally|first) (?:planned|scheduled|foreseen|intended|meant)|(?:instead|in place) of|rather than|(?:initialement|d'abord|au depart) prevue?s?|au lieu d'?|plutot qu'?|(?:inizialmente|originariamente) previst[oaie]|invece che|anziche|(?:inicialmente|originalmente) previst[oa]s?|en lugar de|en vez de|ursprunglich (?:als|geplant)|anstatt|statt (?:einer|eines|als|in|vor))[a-z' ]{0,40}?(?:in[- ]person|face[- ]to[- ]face|on[- ]?site|physical(?:ly)?|en presentiel|presentiel(?:le)?|in presenza|presencial(?:mente)?|de forma presencial|prasenz(?:veranstaltung|treffen)?|vor ort)(?![a-z\u00c0-\u024f])/g;
const FORMER_PLAN_WORDS = /initially|originally|planned|scheduled|foreseen|intended|meant|instead|in place of|rather than|prevu|au lieu|plutot|previst|invece|anziche|en lugar|en vez|ursprunglich|statt (?:einer|eines|als|in|vor)|anstatt/;

/** The text without in-person plans that were given up (they say the gathering is not in person). */
function withoutFormerPlans(text: string): string {
  return FORMER_PLAN_WORDS.test(text) ? text.replace(FORMER_PLAN, ' ') : text;
}

/**
 * The words one of which every NOT_MODE phrase holds (the first list: ways to sign up online), and the platforms of "digital platform". Phrases are
 * at most about 60 characters long: they are only looked for that far (and more) around these words.
 */
const ANCHORS = /online|on-line|en ligne|in linea|en linea|anmelden|website|web site|webpage|platform|page|plattform|plateforme|piattaforma|plataforma/g;
/** The words of ANCHORS that are no way to sign up online: they widen the search, they do not start it. */
const PLATFORM_WORDS = new Set(['plattform', 'plateforme', 'piattaforma', 'plataforma']);
const PHRASE_REACH = 160;
const isWordLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/**
 * `text.replace(NOT_MODE, ' ')` where one of the ways to sign up online stands (else the text as it is), with the long pattern
 * run only on the stretches around the words its phrases hold (each widened to a non-letter on both sides, where its edges
 * read as in the whole text). (One pass for a dozen words costs less than the long pattern at every character.)
 * @example withoutSignUps('register online for the webinar') // ' for the webinar'
 */
function withoutSignUps(text: string): string {
  const anchors: number[] = [];
  let signUp = false;
  ANCHORS.lastIndex = 0;
  for (let m = ANCHORS.exec(text); m; m = ANCHORS.exec(text)) {
    anchors.push(m.index);
    signUp ||= !PLATFORM_WORDS.has(m[0]);
    // (From the next character on: a word may start inside another, "plataformanmelden".)
    ANCHORS.lastIndex = m.index + 1;
  }
  if (!signUp) return text;
  const stretches: Array<[number, number]> = [];
  for (const at of anchors) {
    let start = Math.max(0, at - PHRASE_REACH);
    let end = Math.min(text.length, at + PHRASE_REACH);
    while (start > 0 && isWordLetter(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isWordLetter(text.charCodeAt(end))) end++;
    const last = stretches[stretches.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  let out = '';
  let from = 0;
  for (const [start, end] of stretches) {
    out += text.slice(from, start) + text.slice(start, end).replace(NOT_MODE, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/**
 * The mode from cues and whether a physical place was found.
 * @example decideMode({ online: false, hybrid: false, inPerson: false, stream: false }, true) // 'in-person'
 */
export function decideMode(cues: ModeCues, hasVenue: boolean): Mode | undefined {
  // ("at the Town Hall and online via Zoom", "à la Maison des Associations et en visio": a venue and a way to join online added to it.)
  if (cues.hybrid || ((cues.online || cues.stream) && cues.inPerson) || (cues.stream && hasVenue) || (cues.online && hasVenue && cues.joined)) return 'hybrid';
  // A festival, concert or parade at a named venue with an online item in its programme ("19:00 Videoconferencia con ...") is held there.
  if (cues.online && !cues.stream && hasVenue && cues.physical) return 'in-person';
  if (cues.online || cues.stream) return 'online';
  if (cues.inPerson || hasVenue || cues.physical) return 'in-person';
  return undefined;
}

/** A labelled place field: "Place: Porto (PT)", "Lieu : salle X", "Ort: Bürgerhaus", "Luogo: ...", "Lugar: ...". */
const PLACE_FIELD = /^\s*[-•*]?\s*(?:venue|location|place|where|lieu|rendez-vous|rdv|ort|veranstaltungsort|treffpunkt|luogo|sede|dove|ritrovo|appuntamento|lugar|donde)\s*:\s*\S/;

/**
 * The mode of an event from its own (folded) words and the lines of its date block. A place field of
 * the block that names a place, not a way to join ("Place: Porto (PT)"), is what the page says of this
 * event: an online word in another line ("Preceded by an online meeting ...") does not outweigh it.
 * @example modeNear('dates: 3-4 march 2022', ['place: porto (pt)', 'preceded by an online meeting'], true) // 'in-person'
 */
export function modeNear(own: string, block: readonly string[], hasVenue: boolean): Mode | undefined {
  const all = decideMode(modeCues(`${own}\n${block.join('\n')}`), hasVenue);
  if (all !== 'online' || !hasVenue) return all;
  const field = block.find((line) => PLACE_FIELD.test(line));
  if (!field) return all;
  const near = modeCues(`${own}\n${field}`);
  return near.online || near.stream || near.hybrid ? all : decideMode(near, true);
}

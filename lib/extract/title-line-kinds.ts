/**
 * Kinds of line that are no event's name: stamps, sections, fields, prompts, captions, prices,
 * addresses, share rows, breadcrumbs; a page title that only says where the page is filed.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { GENERIC, MONTH_WORDS } from './title-words.ts';

// Posting stamps and bylines are not headings.
// (Not "publi" alone: "Réunion publique", "Public meeting", "Asamblea pública" are headings.)
export const STAMP_LINE = /(?:publi(?:é|ée|e le|shed|cad[oa]|ziert)|posted|updated|mis à jour|aktualisiert|veröffentlicht|pubblicato|aggiornato|actualizado|^by\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2})/iu;

/** Section headings of a programme page. */
export const SECTION = /^\W*(?:programme|program|programma|programa|programm|agenda|ordre du jour|tagesordnung|conference programme|y ademas|further information|more information|plus d'infos?|weitere informationen|mas informacion|maggiori informazioni|exposiciones?(?: fotograficas)?|info|infos|about this event|event details|details|date and time|date & time|date et heure|date & heure|fecha y hora|data e ora|datum und uhrzeit|datum & uhrzeit|when and where|informations pratiques|informations generales|practical information|general information|allgemeine informationen|informazioni generali|informacion general|informaciones generales|praktische informationen|informazioni pratiche|informacion practica)\W*$/;

/** Fields of an agenda item that are not its name ("Ort: ...", "Registration: ..."). */
export const FIELD_LABEL = /^[-•*\s]*(?:veranstalter(?:in)?|organi[sz]er|organisateur|organizzatore|organizador|organised by|organise par|ort|venue|location|place|where|address|lieu|adresse|luogo|sede|indirizzo|lugar|direccion|date|dates|datum|data|fecha|time|zeit|uhrzeit|heure|horaire|orario|hora|anmeldung|registration|register|inscriptions?|iscrizion[ei]|inscripcion(?:es)?|contacts?|kontakt|contatti|contacto|cost|price|preis|kosten|prix|tarif|costo|precio|infos?|information|informationen|informazioni|informacion|wann|wo|when|quand|quando|cuando|speakers?|referent(?:in|en)?|intervenants?|relatori?|ponentes?|zielgruppe|target group|public|publico|pubblico)\s*:/;

/** An icon's name copied with a page's text ("angle-left Webmag", "chevron-right"): no word of the headline. */
export const ICON_NAME = /(?<![\p{L}-])(?:fa-)?(?:angle|chevron|arrow|caret)-(?:left|right|up|down)(?![\p{L}-])/gu;

/** A month, perhaps with its year, alone: a calendar's navigation ("<< Septembre 2019 >>"), not a name (folded). */
export const MONTH_ONLY = new RegExp(`^\\W*(?:${MONTH_WORDS})\\.?\\s*(?:\\d{4})?\\W*$`, 'u');

/** A row of short words, a calendar's weekday header or a menu's letters ("Mon Tue Wed Thu Fri Sat Sun", "Lu Ma Me Je Ve"). */
export const SHORT_WORD_ROW = /^(?:\p{L}{1,3}\.?\s+){4,}\p{L}{1,3}\.?$/u;

/**
 * A line of counters (reading time, shares, comments: "3 minutes 2 ans 325"): more numbers than
 * words, and no event word.
 */
export function countsOnly(text: string): boolean {
  const tokens = text.split(/\s+/u);
  const numbers = tokens.filter((t) => /^\d[\d.,:]*$/u.test(t)).length;
  return numbers >= 2 && numbers >= tokens.length - numbers && !EVENT_NOUN.test(foldKeepLength(text));
}

/**
 * What a site says to its reader around every page, not a page's name: calls to subscribe, to
 * click, to read on or to follow, and the site's own pages ("Who we are", "Contact") (folded).
 */
export const SITE_PROMPT = /^\W*(?:subscribe|sign up (?:for|to) (?:our|the) newsletter|newsletter|click here|read more|continue reading|who we are|about us|contact us|follow us|latest (?:news|posts?|images?|articles?)|most (?:viewed|read|popular)|popular posts|take action|meistgelesen\p{L}*|les plus lus|piu lett[ie]|mas leid[oa]s|lo mas leido|related (?:posts?|articles?|news)|abonnez[- ]vous|inscrivez[- ]vous a (?:la|notre) newsletter|cliquez ici|lire la suite|en savoir plus|qui sommes[- ]nous|nous contacter|contactez[- ]nous|suivez[- ]nous|a propos|articles? similaires|newsletter abonnieren|hier klicken|weiterlesen|mehr lesen|mehr erfahren|uber uns|wer wir sind|kontaktieren sie uns|folgen sie uns|ahnliche (?:artikel|beitrage)|iscriviti alla newsletter|clicca qui|leggi (?:tutto|di piu|anche)|continua a leggere|chi siamo|contattaci|seguici|articoli correlati|suscribete|suscribirse|boletin|haz clic aqui|pulsa aqui|leer mas|sigue leyendo|quienes somos|contactanos|siguenos|noticias relacionadas|articulos relacionados|browse (?:our|the|all)\b|view all (?:events|dates)|see all (?:events|dates)|alle termine|alle veranstaltungen|tous les evenements|voir tous|tutti gli eventi|vedi tutti|todos los eventos|ver todos|neu hier|jetzt (?:kostenlos )?registrieren|create an account|creer un compte|crea un account|crear una cuenta|konto erstellen|(?:all |see all |view all )?other events|tous les autres evenements|autres evenements|alle (?:anderen|weiteren) veranstaltungen|weitere veranstaltungen|tutti gli altri eventi|altri eventi|todos los demas eventos|otros eventos|(?:tag|category|schlagwort|kategorie)(?:archiv| archive)|archives? (?:de la categorie|du mot|des etiquettes|de l'etiquette)|archivio (?:tag|categoria)|archivo de (?:etiquetas|categoria)|(?:tag|category) archives?)(?![\p{L}])/u;

/** A file's or picture's name as a line: "100913 Fachforum 58", "psalm63 1", "IMG_2041". */
export const FILE_NAME = /^\d{5,}\s|^\S*[\p{L}]\d+(?:\s+\d+)?$|^\S*_\d+\S*$/u;

/** A site's section ("Agenda", "News", "Veranstaltungen", "Accueil"): where a page is filed, not its name (folded). */
export const SECTION_NAME = /^\W*(?:home|homepage|startseite|accueil|inicio|portada|news|noticias|notizie|nachrichten|neuigkeiten|actualites?|aktuelles|actualidad|attualita|agenda|calendar|calendario|kalender|calendrier|events?|evenements?|veranstaltungen|termine|eventi|eventos|blog|press|presse|prensa|stampa|page not found|untitled|kurz|in kurze|kurzmeldungen?|kurznachrichten|en bref|in breve|en breve|in brief|news in brief|brevi|breves|activities|activites|aktivitaten|attivita|actividades|appuntamenti(?: pubblici)?|prossimi appuntamenti|proximas actividades|proximos eventos|upcoming events|prochains evenements|nachste termine|kommende veranstaltungen|next event|prochaine activite|prochain evenement|nachste veranstaltung|nachster termin|prossima attivita|prossimo evento|proxima actividad|proximo evento)\W*$/u;

/**
 * A page title that names where the page is filed, not its event: "Agenda", "News", or any
 * line that is no headline (see headline()).
 * @example isSectionName('Veranstaltungen') // true
 */
export function isSectionName(title: string): boolean {
  const folded = foldKeepLength(title.trim());
  return SECTION_NAME.test(folded) || SECTION.test(folded) || GENERIC.test(folded.replace(/\W+$/u, '')) || NOT_HEADLINE.test(folded);
}

/** The last step of a breadcrumb ("Home » Events » Job fair for refugees"): the page's own name. */
export function lastCrumb(line: string): string {
  const steps = line.split(/\s*[»>›|/]\s*/).filter((s) => /\p{L}{3}/u.test(s));
  const last = steps.length > 1 ? steps[steps.length - 1]! : '';
  // ("Home » Eventi » Convegni": a short last step is the section the page is filed in.)
  return last.split(/\s+/).length >= 3 ? last : '';
}

/** A line that stops mid-phrase, on a preposition or a colon: the headline goes on below (folded). */
export const OPEN_END = /(?:\s(?:on|of|for|about|and|sur|de|du|des|pour|et|uber|fur|zum|zur|und|von|su|sul|sulla|per|di|del|della|e|sobre|para|y)|:)$/u;

/** A row of the page's share and print buttons ("Courriel Imprimer", "Share Tweet Email") (folded). */
export const SHARE_ROW = /^\W*(?:(?:courriel|e-?mail|mail|imprimer|print|drucken|stampa|stampare|imprimir|partager|share|teilen|condividi|compartir|facebook|twitter|linkedin|whatsapp|tweet|pdf|envoyer|senden|invia|enviar|send)\W*){2,}$/u;

/** A line that gives a price ("Tarif unique 5 euros", "Eintritt: 8 €", "Ingresso 5 euro") (folded). */
export const PRICE_LINE = /^\W*(?:tarifs?|prix|entree|eintritt|kosten|preis|prezzo|ingresso|biglietto|precio|entrada|price|tickets?|admission|cost)\b[^\n]{0,40}\d|^[^\n]{0,40}\d\s?(?:€|euros?|eur)\b/u;

/** An address written in lower case, as a line of its own ("place du Onze novembre", "rue de la Gare", "calle Mayor"). */
export const LOWER_STREET = /^(?:rue|avenue|place|boulevard|chemin|impasse|allee|quai|via|viale|piazza|piazzale|corso|calle|avenida|plaza|paseo|camino|stra(?:ss|ß)e|platz|weg|gasse)\s+\p{L}/u;

/** Picture captions and credits: "Captura de pantalla ...", "Foto: ...", "© ..." (folded). */
export const CAPTION = /^(?:captura de pantalla|screenshot|bildschirmfoto|capture d'ecran|(?:immagine|foto) di repertorio|(?:imagen|foto) de archivo|(?:image|photo) d'archives?|archivbild|archivfoto|symbolbild|symbolfoto|file photo|stock (?:photo|image)|(?:foto|photo|bild|imagen|immagine|credit|credits|crédit)s?\s*:|(?:foto|photo|imagen) (?:cedida|de|by|par|di|von)\s|©|\(c\)\s)/u;

/** A place's line: a street with its number ("Rue Froissart 95, Brussels", "Via Roma 12") (folded). */
// (English writes the number first, "17 Donegall Square", and British and Irish postcodes read "BT1 5GB", "D02 X285".)
export const STREET_LINE = /(?:^|[\s,(])(?:rue|avenue|av\.|boulevard|bd|via|viale|piazza|calle|avda\.?|plaza|stra(?:ss|ß)e|str\.|platz|road|street)\s+[\p{L}' .-]{2,40}?,?\s?\d{1,4}\b|[,–-]\s*\d{4,5}\s+\p{L}{3,}\s*$|(?:^|[\s,;])\d{1,4}[a-z]?\s+(?:[\p{L}'.-]+\s+){1,4}(?:street|st|road|rd|square|sq|avenue|ave|lane|place|terrace|quay|row|way|drive|crescent|gardens)\b|,\s*[a-z]{1,2}\d{1,2}[a-z]?\s+\d[a-z]{2}\b/u;

/** An address's last part or a file's name ("convento-de-san-esteban", "wize.life"): no spaces. */
export const SLUG = /^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)+$/u;

/** Lines that are a site's furniture or a call to act, not a headline (folded). */
export const NOT_HEADLINE = /^\W*(?:(?:zum inhalt springen|skip to|aller au contenu|vai al contenuto|ir al contenido|navigation path|left navigation|additional tools|main menu|hauptmenu|menu principal|menu principale|diese website verwendet cookies|this website uses cookies|ce site utilise des cookies|questo sito utiliza|este sitio web utiliza|with the (?:financial )?support of|co-?funded by|cofinanziato|cofinanciado|kofinanziert|gefordert (?:durch|von)|avec le soutien|con il (?:sostegno|contributo)|con el apoyo|(?:en|in) (?:colaboracion|collaborazione|collaboration|zusammenarbeit|kooperation) (?:con|avec|with|mit)\b|(?:entrada|ingresso|entree|eintritt|admission|entry) (?:libre|gratuit[oae]?|libero|frei|free|kostenlos)\b|free (?:entry|admission)\b|logo(?: der| des| de| di| del| of)?\b|header[- ]placeholder|(?:non ci sono risultati|no results found|no results|aucun resultat|keine ergebnisse|no hay resultados|anzeige|advertisement|publicite|pubblicita|publicidad)\W*$|(?:image|bild|foto|photo|immagine|imagen)(?:\s+header)?\s*$|\[img|\[image|fbpx|log in\b|login\b).*|register(?: now| here| today)?|sign up(?: now)?|book (?:now|your (?:place|seat))|join us|save the date|share(?: this)?|print|menu|search|skip to (?:main )?content|cookies?|jetzt anmelden|anmelden|hier anmelden|teilen|drucken|suche|sprungmarken|zum inhalt springen|inscrivez[- ]vous(?: des maintenant)?|je m'inscris|inscription|partager|imprimer|rechercher|aller au contenu|iscriviti(?: ora| subito)?|iscrizioni|condividi|stampa|cerca|vai al contenuto|inscribete(?: ya)?|inscripciones?|compartir|imprimir|buscar|ir al contenido)\W*$/;

/** A line that is only a stamp: "date 2018-12", "12/03/2019", "Posted on 3 May 2021", "Sábado, 11 de enero de 2025". */
export const STAMP_ONLY = /^(?:date|datum|data|fecha|posted(?: on)?|published(?: on)?|publie le|veroffentlicht am|pubblicato il|publicado el)?\s*[\d./-]{4,10}\s*$|^\s*(?:\p{Lu}[\p{L} -]{1,30},\s*)?\d{1,2}(?:\s*(?:&|and|et|und|e|y|-|–)\s*\d{1,2})?\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+|del\s+)?\d{4}\s*$/iu;

export const BREADCRUMB = /^(?:home|accueil|startseite|inicio|portada|menu|menü)\s*(?:[»>›|/:]|$)|^(?:you are here|vous etes ici|vous êtes ici|sie sind hier|skip to|aller au contenu|zum inhalt)\b|^[^»>›|/]{1,60}(?:\s[»>›|/]\s[^»>›|/]{1,60}){1,6}$/iu;

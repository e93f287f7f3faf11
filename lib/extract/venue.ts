/**
 * Venues named in running text: "takes place at the Maison des Associations", "tendrá lugar
 * en el Centro Cultural La Rambleta (Bulevar Sur, Valencia)", "presso la sede della
 * Fondazione Borgo Dora in via Cottolengo", "in der Bertoldstraße 44". A venue is a
 * capitalised name after a place preposition that starts with a kind of place (centre,
 * Haus, sala...) or reads as a street address; an address in brackets or after a comma
 * that follows it belongs to it.
 */
import type { EventLocation } from '../model/event.ts';
import { foldKeepLength } from '../relevance/fold.ts';
import { prefixKey, wordsOf } from '../relevance/words.ts';
import { cityIn, placeFromValue, townAfterPreposition } from './place.ts';
import { endingWith } from './places-ends.ts';
import { keptCopies } from './recent-answers.ts';
import { lowerBound } from './sorted.ts';
import { namedLeads, namedPlaceAt } from './place-named.ts';

/** Kinds of place a venue's name starts with (folded), in the five languages and Catalan. */
const HEADS = new Set([
  'centre', 'center', 'hall', 'library', 'museum', 'university', 'college', 'school', 'hotel', 'theatre', 'theater', 'cinema', 'church',
  'house', 'institute', 'hub', 'auditorium', 'campus', 'chamber', 'foundation', 'pavilion', 'gallery', 'town', 'city', 'community', 'palace',
  'maison', 'salle', 'mairie', 'bibliotheque', 'mediatheque', 'musee', 'universite', 'ecole', 'espace', 'amphitheatre', 'palais',
  'fondation', 'foyer', 'cite', 'halle', 'institut', 'chambre', 'tiers-lieu', 'pole', 'carrefour',
  'haus', 'zentrum', 'rathaus', 'saal', 'bibliothek', 'stadtbibliothek', 'universitat', 'hochschule', 'schule', 'kino', 'kirche', 'gemeindezentrum',
  'burgerhaus', 'kulturzentrum', 'stiftung', 'akademie', 'forum', 'kulturhaus', 'begegnungszentrum', 'stadthalle', 'volkshochschule',
  'sala', 'centro', 'casa', 'palazzo', 'biblioteca', 'museo', 'universita', 'scuola', 'teatro', 'fondazione', 'aula', 'spazio', 'camera',
  'istituto', 'chiesa', 'circolo', 'cascina', 'villa', 'auditorio', 'palacio', 'universidad', 'escuela', 'cine', 'fundacion', 'espacio',
  'ayuntamiento', 'ateneo', 'instituto', 'colegio', 'espai', 'casal', 'sede', 'edificio', 'complesso', 'polo',
  'room', 'raum', 'club', 'convent', 'convento', 'couvent', 'kloster', 'monastero', 'monasterio', 'abbaye', 'abbazia', 'abbey',
  'castle', 'chateau', 'schloss', 'castello', 'castillo', 'stadium', 'stadion', 'stadio', 'estadio', 'arena', 'conservatoire',
  'conservatorio', 'junta', 'municipio', 'parc', 'parco', 'parque', 'park', 'jardin', 'jardins', 'giardino', 'giardini', 'garden', 'gardens',
  'mediateca', 'ludoteca', 'oratorio', 'parrocchia', 'parroquia', 'paroisse', 'cathedral', 'cathedrale', 'catedral', 'duomo', 'basilica',
  'temple', 'mosque', 'mosquee', 'moschea', 'mezquita', 'moschee', 'synagogue', 'sinagoga', 'hostel', 'ostello', 'auberge', 'albergue',
  'studio', 'filmhaus',
  'restaurant', 'ristorante', 'restaurante', 'salon', 'salone', 'building', 'building', 'academy', 'academie', 'accademia', 'academia',
  'chapel', 'chapelle', 'cappella', 'capilla', 'lounge', 'hangar', 'ferme', 'fattoria', 'granja', 'biblioteka',
  // Schools, faculties, sports grounds and halls the lists above lacked in some language: "au lycée Jean Moulin",
  // "al liceo Galilei", "im Gymnasium X", "en el recinto ferial". (Not "mercado"/"mercato", the labour market of these
  // pages, nor the "prefettura" where permits are asked for, nor "hogar", a home.)
  'lycee', 'liceo', 'gymnasium', 'faculte', 'facolta', 'facultad', 'stade', 'piscine', 'piscina',
  'recinto', 'consistorio', 'ermita', 'concatedral', 'convitto', 'agriturismo', 'ludotheque', 'lonja',
  // Eating places of each language, where dinners and closing parties are held: "en el asador Gades", "all'osteria Da Mario".
  'asador', 'meson', 'taberna', 'trattoria', 'osteria', 'pizzeria', 'taverna', 'brasserie', 'bistrot', 'bistro', 'gasthaus', 'gasthof', 'wirtshaus',
  'inn', 'tavern', 'canteen', 'cantine', 'mensa', 'comedor',
  'cafe', 'caffe', 'bar', 'pub', 'bookshop', 'librairie', 'libreria', 'buchhandlung', 'galerie', 'galleria', 'kindergarten', 'kita',
  // French places known by their initials: a youth and culture house, a house for all, an asylum seekers' centre, a social centre.
  'mjc', 'mpt', 'cada', 'csc', 'ccas', 'bourse', 'eglise', 'iglesia', 'vhs',
  'parliament', 'parlement', 'parlamento', 'parlament', 'senato', 'senado', 'senat', 'caserma', 'usine', 'fabrica', 'fabbrica', 'cortile', 'chiostro', 'claustro', 'cloitre',
  'guildhall', 'gurdwara', 'gaztetxea', 'udaletxea', 'liburutegia',
  // Plurals, as a town's cinemas or a school's rooms are named: "en los cines Niessen", "nelle aule", "aux cinémas Star".
  'cines', 'cinemas', 'kinos', 'teatros', 'teatri', 'theatres', 'theaters', 'salones', 'saloni', 'salles', 'aule', 'auditorios',
  'bibliotecas', 'biblioteche', 'bibliotheques', 'museos', 'musei', 'musees', 'escuelas', 'scuole', 'ecoles', 'parques', 'parchi', 'parcs',
  // Marquees, sports complexes and beaches, where summer festivals are held: "alla tensostruttura del Lido", "au complexe sportif", "sous le chapiteau", "en la carpa", "al lido".
  'tensostruttura', 'tendone', 'chapiteau', 'marquee', 'carpa', 'complexe', 'complejo', 'lido', 'spiaggia', 'plage', 'playa', 'beach', 'lungomare',
  'gymnase', 'gym', 'palestra', 'polideportivo', 'pabellon', 'palazzetto', 'turnhalle', 'sporthalle', 'site', 'gemeindehaus', 'pfarrheim', 'pfarrsaal',
]);
/**
 * Aid organisations that host gatherings in their own rooms: "bei der Caritas Konstanz", "beim Roten Kreuz",
 * "en Cáritas Diocesana", "à la Cimade", "presso la Croce Rossa". After a place preposition their name is the venue.
 */
const ORGS = new Set(['caritas', 'diakonie', 'awo', 'arbeiterwohlfahrt', 'drk', 'roten', 'malteser', 'johanniter', 'cimade', 'emmaus', 'secours',
  'croix', 'cruz', 'croce', 'arci', 'acli', 'accem', 'cepaim', 'jrs']);
/** Squares and streets in lower case before their name hold open-air gatherings: "en la plaza Barcelona", "in piazza Garibaldi", "sur la place du Marché". */
// (Also streets and neighbourhoods without a number, where street parties and markets are: "in via Garibaldi", "en la calle Amposta", "en el barrio de San Blas".)
const SQUARES = new Set(['plaza', 'piazza', 'piazzale', 'place', 'square', 'largo', 'parvis', 'placa', 'praca',
  'via', 'viale', 'corso', 'calle', 'avenida', 'paseo', 'rambla', 'rue', 'avenue', 'boulevard', 'quai', 'barrio', 'quartier', 'quartiere', 'rione', 'distrito']);
/** Streets and squares in lower case that a kind of place may belong to ("la scuola di piazza Garibaldi", "le centre social de la rue Dupont"). */
const STREETS_OF = new Set(['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'calle', 'avenida', 'plaza', 'paseo', 'rambla', 'rue', 'avenue', 'boulevard', 'place', 'quai']);
/**
 * Kinds of place an English name ends with ("the Quaker Meeting House", "Barcaldine Town Hall",
 * "St Augustine's Centre"): the name is read back from them to the preposition.
 */
const END_HEADS = new Set(['house', 'hall', 'centre', 'center', 'library', 'church', 'museum', 'theatre', 'theater', 'club', 'room', 'school', 'college',
  'university', 'institute', 'gallery', 'chapel', 'cathedral', 'hotel', 'stadium', 'park', 'gardens', 'building', 'lounge', 'auditorium',
  'pavilion', 'cinema', 'arena', 'academy', 'hub', 'campus', 'chambers', 'council', 'station', 'parliament', 'barn', 'chapel', 'market', 'studio', 'studios',
  // ("in the Assembly Rooms", "at York Minster", "at the Corn Exchange", "at the Leeds Playhouse".)
  'rooms', 'minster', 'exchange', 'playhouse', 'mill', 'lodge',
  // ("at the Central Mosque", "at Victoria Square", "in the Sikh Temple", "at Oak Tree Gurdwara", "at the Guildhall".)
  'mosque', 'temple', 'synagogue', 'gurdwara', 'abbey', 'priory', 'square', 'guildhall',
  // Basque names end with their kind too: "en Xenpelar Etxea" (house), "Kultur Etxea", "Gaztetxea" (youth house), "Udaletxea" (town hall), "Aretoa" (hall).
  'etxea', 'gaztetxea', 'udaletxea', 'aretoa', 'liburutegia']);
/**
 * Words for the rooms of an organisation that lead to its name: "dans les locaux de JRS France",
 * "presso la sede di Caritas", "in the premises of the Red Cross", "en las instalaciones de Cruz Roja".
 */
const PREMISES = new Set(['locaux', 'bureaux', 'bureau', 'local', 'sede', 'premises', 'offices', 'locali', 'uffici', 'instalaciones', 'oficinas', 'dependencias', 'locales',
  'raumen', 'raumlichkeiten', 'geschaftsstelle']);
// ("dans les locaux de l'association Elan", "presso la sede della cooperativa Arcobaleno": the kind of organisation may stand before its name.)
const PREMISES_OF = /\S+\s+(?:de la|de l['’]|du|des|de los|de las|del|de|d['’]|of the|of|di|della|dello|dei|degli|dell['’]|der|des|von)\s*(?:(?:association|asociacion|asociación|associazione|cooperative|cooperativa|verein[s]?|vereins|fondation|fundacion|fundación|fondazione|ong|onlus|organisation|organization|organizzazione|organización|charity|federation|federación|federazione|fédération)\s+)?(?=\p{Lu}|["“„«]\s?\p{Lu})/uy;
const PREMISES_OF_KIND = /\S+\s+(?:(?:de la|de los|de las|della|dello|delle|degli|dei|del|des|du|de|di|der|von|of the|of)\s+|(?:de l|dell|d)['’]\s*)(?=\p{Ll})/uy;
const PREMISES_INTRO = endingWith(/(?<![\p{L}])(?:dans|en|au sein|in|at|nei|nelle|negli|presso|a|en|bei|within)\s+(?:(?:les|la|le|the|its|their|our|i|gli|le|las|los|den|die|der|ses|leurs|nos|nuovi|nouveaux|neuen|propri|propios|sus)\s+)*$/iu);
/** German compounds name their kind at the end: "Bürgerhaus", "Begegnungszentrum", "Festsaal". */
// (Also parks, gardens, public libraries, arenas and cinemas: "im Neckarpark", "im Stadtgarten", "in der Stadtbücherei".)
// (A language, encounter or story café is a gathering, not a place: "Sprachcafé für Geflüchtete: am Dienstag ...".)
const GERMAN_HEAD_END = /(?:haus|zentrum|saal|halle|bibliothek|schule|kirche|akademie|bahnhof|hof|heim|treff|stube|werkstatt|statte|stätte|buchhandlung|kapelle|theater|museum|park|garten|bucherei|arena|kino|zelt|(?<!ehren|haupt|neben)amt|(?<!sprach|begegnungs|erzahl|repair|willkommens|eltern|frauen|trauer|demenz|kontakt|lern|welcome|integrations)cafe|wache|fabrik|scheune|muhle|ministerium|kammer|kanzlei|landtag)$/;
/** German kinds of place written as one word: the words after their name are capitalised nouns or verbs, never a lower-case qualifier. */
const GERMAN_HEADS = new Set(['rathaus', 'stadtbibliothek', 'universitat', 'hochschule', 'kino', 'gemeindezentrum', 'stiftung', 'akademie', 'volkshochschule',
  'kloster', 'schloss', 'stadion', 'moschee', 'kita', 'vhs', 'buchhandlung', 'burgerhaus', 'kulturzentrum', 'kulturhaus', 'begegnungszentrum', 'stadthalle',
  'gemeindehaus', 'pfarrheim', 'pfarrsaal', 'turnhalle', 'sporthalle', 'haus', 'zentrum', 'saal', 'bibliothek', 'schule', 'kirche', 'raum',
  // Public bodies that host their own events: "im Ministerium für Inneres und Sport", "im Landtag", "im Jobcenter".
  'ministerium', 'landtag', 'bundestag', 'abgeordnetenhaus', 'landratsamt', 'kreishaus', 'jobcenter', 'ihk', 'handwerkskammer', 'staatskanzlei']);
const isGermanHead = (w: string) => GERMAN_HEADS.has(w) || (w.length > 4 && GERMAN_HEAD_END.test(w) && !HEADS.has(w));
const GERMAN_STREET = /^\p{L}{3,}(?:strasse|straße|platz|gasse|allee)$/u;
const STREET_WORD = /^(?:rue|avenue|boulevard|place|quai|chaussee|street|road|lane|square|stra(?:ss|ß)e|platz|weg|allee|gasse|via|viale|piazza|piazzale|corso|largo|calle|avenida|plaza|paseo|carrer|rambla)$|(?:stra(?:ss|ß)e|straße|platz|weg|gasse|allee)$/;
/** Words that introduce a place (either case of the first letter, as at a sentence start). */
const PREPOSITIONS = ["nell'", 'nell’', "sull'", 'sull’', 'at', 'in', 'inside', 'a', 'à', 'au', 'aux', 'dans', 'chez', 'sur', 'im', 'am', 'an', 'auf', 'bei', 'beim', 'ins', 'presso', 'al', 'alla', 'allo', 'sulla', 'sul',
  "all'", 'all’', 'nella', 'nel', 'nello', 'nelle', 'negli', 'nei', 'en', 'hosted by', 'held at', 'lugar en',
  // "aura lieu salle Jean Vilar", "a lieu espace Simone Veil": French drops the preposition after "lieu".
  'lieu',
  // Gatherings in front of or beside a building: "vor dem Jugendzentrum", "devant la Mairie", "in front of the Town Hall".
  'vor', 'hinter', 'neben', 'devant', 'derrière', 'in front of', 'outside', 'opposite', 'davanti a', 'frente a', 'delante de'];
/** Articles and filler words between the preposition and the name. */
const FILLERS = ['the', 'la', 'le', 'les', "l'", 'l’', 'el', 'los', 'las', 'il', 'lo', 'gli', 'der', 'die', 'das', 'dem', 'den', 'des', 'del', 'della',
  'dello', 'degli', 'delle', 'de', 'du', 'di', 'sede', 'locaux', 'nuovi locali', 'neuen', 'räumen', 'Räumen', 'in', 'premises of', 'main hall of', 'salle', 'sala', 'of',
  // Around a place: "en el entorno de la plaza", "in the grounds of the", "nei pressi della".
  // A former building: "nell'ex convento", "dans l'ancienne usine", "nella ex caserma".
  'ex', 'ancienne', 'ancien', 'antiguo', 'antigua', 'former', 'old',
  // The open part of a place, then whose it is: "dans la cour de l'école", "in the garden of the Meeting House", "en el patio del colegio".
  'cour de', 'cour du', 'cour des', 'jardin de', 'jardin du', 'jardins de', 'jardins du', 'parvis de', 'parvis du', 'patio de', 'patio del', 'jardín de', 'jardín del',
  'cortile di', 'cortile del', 'cortile della', 'cortile dello', 'giardino di', 'giardino del', 'giardino della', 'garden of', 'gardens of', 'courtyard of',
  'entorno de', 'alrededores de', 'grounds of', 'lawn of', 'steps of', 'forecourt of', 'square in front of', 'area of', 'pressi di', 'pressi della', 'pressi del', 'abords de', 'environs de',
  // German adjectives are lower case before the name: "ins evangelische Gemeindehaus", "im städtischen Kulturzentrum".
  'evangelische', 'evangelischen', 'evangelisches', 'katholische', 'katholischen', 'katholisches', 'städtische', 'städtischen', 'städtisches',
  'neue', 'neues', 'alte', 'alten', 'altes', 'große', 'großen', 'großes', 'kleine', 'kleinen', 'kleines'];
const eitherCase = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
/** A preposition and its fillers at the end of a text: what may lead to a venue's name just after. */
const INTRO_BEFORE = endingWith(new RegExp(`(?<![\\p{L}\\p{N}])(?:${PREPOSITIONS.map(eitherCase).join('|')})(?:(?:\\s+|(?<=['’]))(?:${FILLERS.join('|')}))*(?:\\s+(?:l|dell|nell|all|sull|d)['’]|\\s+|(?<=['’]))$`, 'u'));
// ("Maison pour tous Léo Lagrange": "pour" links the kind of place to its qualifier.)
const CONNECTOR = new Set(['pour', 'de', 'del', 'della', 'delle', 'dei', 'di', 'du', 'des', "d'", 'la', 'las', 'los', 'le', 'les', 'el', 'der', 'die', 'das', 'von', 'am', 'an', 'of', 'the', 'and', 'y', 'e', 'et', 'für', 'fur', 'i']);
/** Words that end a name when they follow it in lower case ("the Town Hall to discuss"). */
const STOP = new Set(['to', 'for', 'with', 'on', 'at', 'in', 'en', 'im', 'from', 'by', 'is', 'will', 'was', 'avec', 'pour', 'sur', 'est', 'sera', 'a', 'mit', 'zu', 'ist', 'wird', 'um', 'con', 'per', 'su', 'alle', 'dalle', 'sara', 'para', 'por', 'sobre', 'es', 'que', 'che', 'qui', 'which', 'who', 'where', 'dove', 'donde', 'ou', 'wo']);
const CAPITAL_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const NUMBER = /^\d{1,4}[a-z]?$/i;
const MAX_WORDS = 9;

/** Rooms numbered after their word: "Room 3 of the Town Hall", "Raum 2", "Sala 4". */
const ROOM_NUMBERED = /^(?:room|raum|sala|salle|aula|saal|salon|stanza|zimmer|hall)$/;
const TIME_NOUN = /^(?:abend|morgen|vormittag|nachmittag|mittag|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d)/;

export interface Found {
  name: string;
  end: number;
}

/** The capitalised name starting at `at` in `text`, ending before lower-case words or punctuation. */
/** A word of a name and the blanks after it, read from a position (nameAt sets lastIndex). */
const NAME_WORD = /([^\s,;:()!?"“”«»]+)(\s*)/gy;

export function nameAt(text: string, at: number): Found | undefined {
  // ("presso l'associazione “Volere la Luna”", "chez « Les Amis du Monde »", "im „Haus der Vielfalt“": a name in quotes is read whole.)
  if (OPENING_QUOTE.test(text[at] ?? '')) return quotedNameAt(text, at);
  // (Each word is folded once: the next word's test and the trimming below read it again.)
  const words: Array<{ word: string; folded: string; end: number }> = [];
  let germanFirst: boolean | undefined;
  const re = NAME_WORD;
  re.lastIndex = at;
  for (let m = re.exec(text); m && words.length < MAX_WORDS; m = re.exec(text)) {
    const word = m[1]!.replace(/\.$/, '');
    const folded = foldKeepLength(word);
    const previous = words.length ? words[words.length - 1]!.folded : '';
    // "Maison de quartier des Tanneurs", "Centre social Bonneveine": a lower-case word may
    // follow the kind of place closely; trailing ones are trimmed below.
    // (Not after a German kind of place: "im Rathaus Neustadt informiert der Helferkreis" ends at the verb.)
    const qualifier = words.length >= 1 && words.length <= 3 && /^\p{Ll}[\p{L}\p{M}-]+$/u.test(word) && !STOP.has(folded)
      && !(germanFirst ??= isGermanHead(words[0]!.folded));
    // ("Centre d'Accueil", "Giardini dell'Arena": an elided linking word joined to a capitalised one.)
    const elided = words.length > 0 && /^(?:d|l|dell|nell|all|sull|dall)['’]\p{Lu}/u.test(word);
    const ok = CAPITAL_WORD.test(word) || elided || (words.length > 0 && CONNECTOR.has(folded)) || (NUMBER.test(word) && (STREET_WORD.test(previous) || ROOM_NUMBERED.test(previous))) || qualifier;
    // "im Kulturbahnhof Nord am Abend": a time of day after "am" is not part of the name.
    if (!ok || (/^(?:am|um|ab)$/.test(folded) && TIME_NOUN.test(foldKeepLength(text.slice(m.index + m[0].length, m.index + m[0].length + 14))))) break;
    words.push({ word, folded, end: m.index + word.length });
    // A full stop, a line end or punctuation right after the word ends the name.
    // ("Gemeindehaus St. Martin", "Église St. Pierre": a saint's abbreviation runs on into the name.)
    // (Italian and Spanish write a saint as "S.", "SS.", "Sta.": "ex convento S. Francesco".)
    const saint = /^(?:St|Ste|Hl|S|SS|Sta|Sto|Sant|Sv)\.$/u.test(m[1]!) && /^ \p{Lu}/u.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 2));
    if ((word.length < m[1]!.length && !saint) || m[2]!.includes('\n') || /[,;:()]/.test(text[m.index + m[0].length] ?? '')) break;
  }
  const closes = (w: string) => CAPITAL_WORD.test(w) || NUMBER.test(w) || (w === 'tous' && words.length >= 3) || /^(?:d|l|dell|nell|all|sull|dall)['’]\p{Lu}/u.test(w);
  // ("Café des images", "Maison des associations", "Salle des fêtes": a kind of place, a plural article and a lower-case noun is one name.)
  const ofThings = (n: number) => n === 3 && HEADS.has(words[0]!.folded) && /^(?:des|du|delle|degli|dei|de los|de las|der)$/u.test(words[1]!.word)
    && /^\p{Ll}[\p{L}\p{M}'’-]{2,}$/u.test(words[2]!.word) && !STOP.has(words[2]!.folded);
  while (words.length && !closes(words[words.length - 1]!.word) && !ofThings(words.length)) words.pop();
  if (!words.length) return undefined;
  const last = words[words.length - 1]!;
  // ("Associazione “Volere la Luna”", "Vereins „Haus der Vielfalt“": a kind of organisation, then its name in quotes.)
  const quote = ORG_KIND.test(last.folded) ? /^\s+(?=["“„«])/u.exec(text.slice(last.end, last.end + 3)) : null;
  const quoted = quote ? quotedNameAt(text, last.end + quote[0].length) : undefined;
  if (quoted) return { name: `${words.map((w) => w.word).join(' ')} ${quoted.name}`, end: quoted.end };
  return { name: words.map((w) => w.word).join(' '), end: last.end };
}

const OPENING_QUOTE = /^["“„«‘‹]$/u;
/** Kinds of organisation whose name follows in quotes (folded). */
const ORG_KIND = /^(?:association|associations|asociacion|associazione|associacio|verein|vereins|vereines|fondation|fundacion|fondazione|stiftung|foundation|cooperative|cooperativa|genossenschaft|collectif|colectivo|collettivo|kollektiv|circolo|centro|centre|center|zentrum|casa|maison|haus|club|ong|onlus|initiative|iniciativa|iniziativa)$/u;
/** A quoted name's closing mark, by its opening one (German opens „ and closes “; French may pad with blanks). */
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”"', '„': '“"', '«': '»', '‘': '’', '‹': '›' };
const QUOTED_REACH = 80;

/** A capitalised name in quotes from `at` (an opening quote) to its closing quote on the same line. */
function quotedNameAt(text: string, at: number): Found | undefined {
  const closers = CLOSING_QUOTE[text[at]!]!;
  const inner = /^\s?(\p{Lu}|\d)/u.exec(text.slice(at + 1, at + 3));
  if (!inner) return undefined;
  for (let i = at + 2; i < Math.min(text.length, at + QUOTED_REACH); i++) {
    const c = text[i]!;
    if (c === '\n') return undefined;
    if (closers.includes(c)) return i - at > 3 ? { name: text.slice(at, i + 1), end: i + 1 } : undefined;
  }
  return undefined;
}

/**
 * The venue part of a name: all of it when it starts with a kind of place; from the street
 * on when it holds a street with a number ("Räumen in der Bertoldstraße 44" -> the street).
 */
function venuePart(name: string, orgs = false): string | undefined {
  const words = name.split(' ');
  const folded = foldKeepLength(name).split(' ');
  if (HEADS.has(folded[0]!) || SQUARES.has(folded[0]!) || (orgs && ORGS.has(folded[0]!.split('-')[0]!)) || GERMAN_HEAD_END.test(folded[0]!)) return name;
  const street = folded.findIndex((w, i) => STREET_WORD.test(w) && NUMBER.test(folded[i + 1] ?? ''));
  if (street >= 0) return words.slice(street).join(' ');
  // A German street or square alone, a one-word compound: "in der Bahnhofstraße", "auf dem Marktplatz".
  return words.length === 1 && GERMAN_STREET.test(folded[0]!) ? name : undefined;
}

/** Parts of an address: a street, a postcode and town, a number, a capitalised town or "esquina calle X". */
const ADDRESS_PART = /^(?:\p{Lu}|\d|(?:rue|avenue|boulevard|place|quai|via|viale|piazza|corso|largo|calle|avenida|plaza|paseo|carrer|street|road|esquina)\s)/u;

/** The address that follows a venue: "(calle de Baix, 14, València)", ", Via Roma 1, Torino", " in via Cottolengo". */
function addressAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 160);
  const bracket = /^\s*\(([^()\n]{3,120})\)/.exec(rest);
  if (bracket) return bracket[1]!;
  const lead = /^\s*(?:,|in|an der|in der|nella|en la|en el)\s+/iu.exec(rest);
  if (!lead) return '';
  const parts: string[] = [];
  for (const part of rest.slice(lead[0].length).split(/\s*,\s*/)) {
    const clean = part.split(/[.;\n]/)[0]!.trim();
    if (!clean || !ADDRESS_PART.test(clean) || clean.split(' ').length > 6) break;
    // ("Bridge Street on Monday", "via Roma alle 18": what follows the street is the time; "rue de la Paix", "calle de la Paz" keep their article.)
    parts.push(clean.replace(/(?<!\s(?:de|di|du|del|d['’]))\s+(?:il|le|la|el|the|am|um|on|at|from|ab|dès|alle|dalle|a las|desde|à|a)\s.*$/iu, ''));
    if (clean !== part.trim()) break;
  }
  // An address needs a street: "Via dei Mille 21, Bologna", not only a town after a comma.
  // (English names the street first: "Bridge Street", "Villette Road".)
  return parts.length && /(?:^|\s)(?:rue|avenue|boulevard|place|quai|via|viale|piazza|corso|largo|calle|avenida|plaza|paseo|carrer|street|road)\s|\p{L}\s(?:street|road|lane|avenue|square|terrace|crescent)(?![\p{L}])|\p{L}(?:stra(?:ss|ß)e|straße|platz|weg|gasse|allee)\b|\d/iu.test(parts.join(' ')) ? parts.join(', ') : '';
}

const INTRO_REACH = 60;

/** "presso il Cinema Masetti a Fano", "à la salle Mozart à Talence", "im Bürgerhaus in Eschhofen": the venue's own town, right after it. */
// (A town's prefix before a second capitalised word: "in Bad Cannstatt", "a San Donato", "à Saint Genis", "en La Orotava".)
const TOWN_RIGHT_AFTER = /^,?\s+(?:a|à|in|en|nach)\s+(?:(?:Bad|Sankt|St\.?|San|Santa|Santo|Saint|Sainte|Castel|Borgo|Porto|Puerto|Villa|La|Le|Les|Los|Las|El)\s+(?=\p{Lu}))?\p{Lu}[\p{L}'’-]{2,}(?:[- ](?:sur|sous|de|del|di|la|le|am|an)[- ]\p{Lu}[\p{Ll}'’-]+)?(?=[\s,.;:)]|$)/u;

/**
 * A French town of hyphen-joined parts with a linking word or a saint ("Champs-sur-Marne", "Saint-Martin-d'Hères",
 * "Villeneuve-d'Ascq") after "de"/"du" at a name's end. (Not any hyphenated name: "Junta de Distrito de Vivero-Hospital" is a district.)
 */
const COMPOUND_TOWN_END = /(?:^|\s)(?:de|du|d['’])\s*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*-(?:sur|sous|en|le|la|les|lès|de|du|des|d['’]|l['’])-?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|Sainte?-\p{Lu}[\p{Ll}'’]+(?:-(?:(?:sur|sous|en|le|la|les|lès|de|du|des|d['’]|l['’])-?)?\p{Lu}[\p{Ll}'’]+)*)$/u;

const KNOWN_TOWN_AFTER_COMMA = /^,\s+(\p{Lu}[\p{L}'’-]+)(?=[\s,.;:)]|$)/u;

function located(text: string, name: string, end: number): EventLocation | undefined {
  const address = addressAfter(text, end);
  // (A word in brackets after a venue is as often its short name, "Museo X (Murec)", as its town: only a known town counts.)
  const bracketed = !!address && /^\s*\(/.test(text.slice(end, end + 4));
  const place = placeFromValue(address ? `${name}, ${address}` : name, { townAfterComma: !bracketed });
  const located = place && (place.name || place.address ? place : { ...place, name });
  // (A street or square runs on into its name: "piazza San Giovanni in Laterano".)
  if (!located || located.city || address || !located.name || located.address) return located;
  // "jardins du centre de l'AFPA de Champs-sur-Marne", "Maison des jeunes de Saint-Martin-d'Hères": a French compound town closing the name.
  const compound = COMPOUND_TOWN_END.exec(located.name);
  if (compound) return { ...located, city: compound[1]! };
  // (The town is judged as any town after a preposition is: months, people's names and lower-case words are none.)
  const after = TOWN_RIGHT_AFTER.exec(text.slice(end, end + 60));
  // ("in the Assembly Rooms, Derby": a known town after a comma.)
  const comma = after ? undefined : KNOWN_TOWN_AFTER_COMMA.exec(text.slice(end, end + 40));
  const town = after ? cityIn(after[0]) ?? townAfterPreposition(after[0], text) : comma ? cityIn(comma[1]!) : undefined;
  return town?.city ? { ...located, city: town.city, ...(town.country ? { country: town.country } : {}) } : located;
}

const CAPITALISED_BEFORE = /(?:^|\s)([\p{Lu}][\p{L}\p{M}'’.-]*)\s+$/u;

/** "in the Quaker Meeting House": the start of the capitalised words before an ending kind of place, if a preposition leads to them. */
function startBeforeEndHead(text: string, at: number, from: number): number | undefined {
  let s = at;
  for (let k = 0; k < 4; k++) {
    const before = text.slice(Math.max(from, s - 40), s);
    const word = CAPITALISED_BEFORE.exec(before);
    if (!word) return undefined;
    s -= before.length - word.index - (word[0].length - word[0].trimStart().length);
    if (INTRO_BEFORE.test(text.slice(Math.max(from, s - INTRO_REACH), s))) return s;
  }
  return undefined;
}

/** Public bodies are also where people work: "Staatssekretärin im Ministerium für ...", "Referent bei der Handwerkskammer". */
const PUBLIC_BODY = /(?:ministerium|kammer|kanzlei|landtag|bundestag|landratsamt|jobcenter|ihk)$/;
const AFFILIATION_BEFORE = endingWith(/\p{L}*(?:sekretär|sekretar|minister|referent|leiter|sprecher|beauftragt|mitarbeiter|vertreter|präsident|prasident|direktor|dezernent|chef|berater|koordinator|abgeordnet)(?:in|innen|e|er|en)?\s+(?:im|in der|in dem|beim|bei der|bei dem|des|der|am)\s+$/iu);

/** The venue at the word starting at `at`: a kind of place or a street that a place preposition leads to, or an organisation's premises. */
// (The words before a head that refuse it are read only when a venue is found there: most heads name none, and these long
// patterns read backwards cost more than the reading itself.)
function venueAt(text: string, at: number, from: number): EventLocation | undefined {
  const word = foldKeepLength(/^[\p{L}\p{M}]+/u.exec(text.slice(at, at + 30))?.[0] ?? '');
  const venue = venueFrom(text, at, from, word);
  return venue && !refusedBefore(text, at, from, word) ? venue : undefined;
}

/** Words just before a head that say its place is not the event's: an affiliation, signing up, a plan for bad weather, work. */
function refusedBefore(text: string, at: number, from: number, word: string): boolean {
  if (PUBLIC_BODY.test(word) && AFFILIATION_BEFORE.test(text.slice(Math.max(from, at - 50), at))) return true;
  // Where one signs up or asks is not where the event is ("inscribirse en las dependencias de la Concejalía").
  const lead70 = foldKeepLength(text.slice(Math.max(from, at - 70), at));
  if (SIGN_UP_BEFORE.test(lead70)) return true;
  // ("In caso di maltempo, l'evento si svolgerà al Centro pastorale", "en cas de pluie, à la salle X": the fallback, not the venue.)
  if (WEATHER_WORD.test(lead70) && BAD_WEATHER_BEFORE.test(lead70)) return true;
  // ("che lavora presso la Caritas", "bénévole chez Emmaüs": where someone works or is supported.)
  return WORK_WORD.test(lead70) && WORKS_AT_BEFORE.test(lead70);
}

function venueFrom(text: string, at: number, from: number, word: string): EventLocation | undefined {
  // "Casa del Mar: “África e Infancia” (del 20 al 25 de septiembre)": a venue heading its line before a colon.
  if (/\p{Lu}/u.test(text[at] ?? '') && /(?:^|\n)[\s•*·▪-]*$/u.test(text.slice(Math.max(0, at - 6), at))) {
    const found = nameAt(text, at);
    const name = found && /^\s?:/.test(text.slice(found.end, found.end + 2)) ? venuePart(found.name) : undefined;
    if (found && name) return located(text, name, found.end);
  }
  // "MARTES 20 DE SEPTIEMBRE (Casa del Mar)": a kind of place alone in brackets.
  if (/\p{Lu}/u.test(text[at] ?? '') && /\(\s*$/.test(text.slice(Math.max(from, at - 3), at))) {
    // ("Joseph Dato et Jean-Yves Tizot (Université de Grenoble Alpes)", "par William Eudaric (Maison des volontaires)": after a person, where they come from.)
    if (personBefore(text.slice(Math.max(from, at - 60), at))) return undefined;
    const found = nameAt(text, at);
    const name = found && /^\s*\)/.test(text.slice(found.end, found.end + 3)) ? venuePart(found.name) : undefined;
    if (found && name) return located(text, name, found.end);
  }
  if (PREMISES.has(word)) {
    PREMISES_OF.lastIndex = at;
    const of = PREMISES_OF.exec(text);
    const found = of && PREMISES_INTRO.test(text.slice(Math.max(from, at - 30), at)) ? nameAt(text, at + of[0].length) : undefined;
    // (A quoted name keeps the kind of organisation before it: "Associazione “Volere la Luna”".)
    const orgKind = found && OPENING_QUOTE.test(found.name[0]!) ? /\s(\p{L}+\s+)$/u.exec(of![0])?.[1] ?? '' : '';
    if (found) return located(text, `${orgKind}${found.name}`, found.end);
    // ("nei locali della parrocchia di San Giuseppe", "dans les locaux du centre social Bonneveine": the rooms of a place named in lower case.)
    PREMISES_OF_KIND.lastIndex = at;
    const ofKind = PREMISES_INTRO.test(text.slice(Math.max(from, at - 30), at)) ? PREMISES_OF_KIND.exec(text) : null;
    const innerAt = ofKind ? at + ofKind[0].length : -1;
    const inner = ofKind ? foldKeepLength(/^[\p{L}\p{M}]+/u.exec(text.slice(innerAt, innerAt + 30))?.[0] ?? '') : '';
    const kind = HEADS.has(inner) && !PREMISES.has(inner) ? lowerNamed(text, innerAt, inner, 1) : undefined;
    if (kind?.name) return { ...kind, name: `${text.slice(at, innerAt)}${kind.name}` };
  }
  if (!/\p{Lu}/u.test(text[at] ?? '')) {
    return lowerHeadAt(text, at, from, word) ?? lowerEndHeadAt(text, at, from, word) ?? ownPremisesAt(text, at, from, word)
      ?? (OURS_UNNAMED.has(word) && !HEADS.has(word) ? oursUnnamed(text, at, word) : undefined);
  }
  // ("in unserer Schule", "in unserem Zentrum": German writes the organisation's own rooms capitalised.)
  const ownRooms = OWN_PREMISES.has(word) ? ownPremisesAt(text, at, from, word) : undefined;
  if (ownRooms) return ownRooms;
  const lead = text.slice(Math.max(from, at - INTRO_REACH), at);
  // ("Dal 17 al 29 giugno - Agorà del Centro Culturale": the name starts at the dash, a word or two before its kind.)
  // (Its dash and digit first: most leads have neither, and the pattern tries many splits of the line before failing.)
  const dashed = /[–—-]/.test(lead) && /\d/.test(lead) ? DASH_THEN_NAME.exec(lead) : null;
  if (dashed && dashed[1]) {
    const found = nameAt(text, at - dashed[1].length);
    if (found && found.end > at) return located(text, found.name, found.end);
  }
  const intro = INTRO_BEFORE.test(lead);
  if (intro || AFTER_TIME.test(lead) || AFTER_DATE_DASH.test(lead)) {
    const found = nameAt(text, at);
    // (An aid organisation is the venue only after a place preposition, not in brackets after a project's name.)
    const name = found && venuePart(found.name, intro);
    if (found && name) return located(text, name, found.end);
  }
  // "El Centro Cultural Río Verde acogió ayer una jornada": a venue that opens its sentence and hosts.
  // (A dateline's date may stand before it: "15/12/2025 El Centro Cívico X acoge ...".)
  if (HEADS.has(word) && /\p{Lu}/u.test(text[at] ?? '') && /(?:^|[.!?]\s+|\n\s*|\d\s+)(?:(?:the|le|la|l['’]|il|lo|el|der|die|das)\s+)?$/iu.test(text.slice(Math.max(from, at - 12), at))) {
    const found = nameAt(text, at);
    if (found && HOSTS.test(foldKeepLength(`x${text.slice(found.end, found.end + 40)}`))) return located(text, found.name, found.end);
  }
  // "Pendant plusieurs semaines, le Studio consacre sa programmation à ...": a cinema, theatre or library that programmes is the place.
  if (SCREENS.has(word) && /\p{Lu}/u.test(text[at] ?? '') && /(?:^|[.!?,;:]\s+|\n\s*)(?:the|le|la|l['’]|il|lo|el|der|die|das)\s*$/iu.test(text.slice(Math.max(from, at - 12), at))) {
    const found = nameAt(text, at);
    if (found && PROGRAMMES.test(foldKeepLength(`x${text.slice(found.end, found.end + 40)}`))) return located(text, found.name, found.end);
  }
  // "Georg-Schwarz-Straße 31": a street compound read from its first part.
  const compound = compoundStart(text, at);
  if (compound < at && STREET_WORD.test(word) && INTRO_BEFORE.test(text.slice(Math.max(from, compound - INTRO_REACH), compound))) {
    const found = nameAt(text, compound);
    const name = found && venuePart(found.name);
    if (found && name) return located(text, name, found.end);
  }
  // "an der Goethe-Schule", "an der St. Matthias-Schule", "im Paul-Gerhardt-Haus": a kind of place closing a hyphenated
  // compound, with a saint's abbreviation before it, after a place preposition.
  if (compound < at && (HEADS.has(word) || isGermanHead(word))) {
    const saint = SAINT_BEFORE.exec(text.slice(Math.max(from, compound - 8), compound));
    const start = saint ? compound - saint[1]!.length : compound;
    if (INTRO_BEFORE.test(text.slice(Math.max(from, start - INTRO_REACH), start))) {
      const found = nameAt(text, start);
      if (found && found.end > at) return located(text, found.name, found.end);
    }
  }
  // ("in das Katholische Gemeindehaus am Alten Schulplatz": adjectives before a German compound.)
  if (!END_HEADS.has(word) && !GERMAN_HEAD_END.test(word)) return undefined;
  const start = startBeforeEndHead(text, at, from) ?? hostAt(text, at, from);
  const found = start === undefined ? undefined : nameAt(text, start);
  return found && found.end > at ? located(text, found.name, found.end) : undefined;
}

/** A first name and a surname just before an opening bracket. */
const NAME_BEFORE_BRACKET = /(?:^|[\s,;:(])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:(?:de|di|da|del|van|von|le|la)\s+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\s*\(\s*$/u;
/** Words of an event's or a place's name that may stand as two capitalised words before a bracket ("Welcome Day (Town Hall)"). */
const NOT_PERSON_WORD = /^(?:day|days|party|night|festival|fest|feast|cafe|caffe|meeting|workshop|week|evening|dinner|lunch|breakfast|conference|fair|market|tour|run|walk|concert|show|forum|session|seminar|talk|lecture|jornada|journee|giornata|tag|abend|soiree|serata|fiesta|festa|fete|rencontre|incontro|encuentro|treffen|taller|atelier|laboratorio|semaine|settimana|semana|woche|exhibition|exposition|mostra|ausstellung|programme|program|programm|programma|programa|info|information|days|kick|opening|closing|ceremony|march|marche|marcia|marcha)$/u;

function personBefore(before: string): boolean {
  const m = NAME_BEFORE_BRACKET.exec(before);
  if (!m) return false;
  const [first, last] = [foldKeepLength(m[1]!), foldKeepLength(m[2]!)];
  const kind = (w: string) => HEADS.has(w) || END_HEADS.has(w) || SQUARES.has(w) || isGermanHead(w) || NOT_PERSON_WORD.test(w) || WHEN_WORD.test(w);
  return !kind(first) && !kind(last);
}

/**
 * "en la biblioteca Miguel Hernández", "nella sala Bianca", "en el centro cívico Las Sirenas", "sur le
 * site de la Papeterie", "en la plaza Barcelona": a kind of place in lower case (with a lower-case
 * qualifier or a linking word or two) before its capitalised name.
 */
function lowerHeadAt(text: string, at: number, from: number, word: string): EventLocation | undefined {
  const before = text.slice(Math.max(from, at - INTRO_REACH), at);
  // ("conférence salle Victor Hugo, mairie de Bron", "incontro sala Rossa": a room with a capitalised name needs no place word before it.)
  const namedRoom = ROOMS.has(word) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 4));
  if ((!HEADS.has(word) && !SQUARES.has(word)) || !(namedRoom || INTRO_BEFORE.test(before) || AFTER_TIME.test(before))) return undefined;
  const room = ROOMS.has(word) ? roomAt(text, at, word) : undefined;
  if (room) return room;
  return lowerNamed(text, at, word, 0) ?? theOnly(text, at, word);
}

/**
 * "Prochainement à la médiathèque : conférence ...", "nella biblioteca comunale", "at the library": a town's one
 * library, town hall or parish hall needs no name; the article and the word are the venue.
 */
const ONE_IN_TOWN = new Set(['mediatheque', 'bibliotheque', 'mairie', 'biblioteca', 'mediateca', 'ludoteca', 'municipio', 'ayuntamiento', 'library',
  'parrocchia', 'parroquia', 'paroisse', 'oratorio', 'polideportivo', 'palestra', 'gymnase', 'palazzetto', 'auditorium', 'auditorio', 'cinema', 'cine']);
const ONE_IN_TOWN_QUALIFIER = /^\s+(?:municipale|municipal|comunale|civica|civico|communale|intercommunale|publique|publica|pública|pubblica|parrocchiale|public|town|du village|del pueblo|del paese|de la ville|de la commune)(?![\p{L}])/u;

/**
 * Places a page's own community has one of, known to its readers without a name: "reçu au lycée", "nella scuola",
 * "at the school", "à l'église", "al teatro". Unlike the words above they also open compounds ("the school year",
 * "l'école de la vie", "la chiesa cattolica"): the word must end its phrase (punctuation, a function word, a number).
 */
const OURS_UNNAMED = new Set(['lycee', 'college', 'ecole', 'liceo', 'scuola', 'istituto', 'colegio', 'instituto', 'escuela', 'school', 'universite',
  'universita', 'universidad', 'university', 'eglise', 'chiesa', 'iglesia', 'church', 'theatre', 'teatro', 'musee', 'museo', 'museum', 'stade', 'stadio',
  'estadio', 'piscine', 'piscina', 'mosquee', 'moschea', 'mezquita', 'mosque', 'parc', 'parco', 'parque', 'park',
  // (The state's office of a French département, where citizenship ceremonies are held: "en préfecture", "à la préfecture".)
  'prefecture', 'sous-prefecture']);
/** Qualifiers of such a place that keep it one ("l'école primaire", "il liceo scientifico", "el instituto público", "the primary school" is read elsewhere). */
const OURS_QUALIFIER = /^\s+(?:primaire|elementaire|maternelle|professionnel(?:le)?|agricole|technique|secondaire|media|elementare|superiore|scientifico|classico|artistico|tecnico|professionale|primaria|secundaria|publico|publica|public|municipal(?:e)?|comunale|civico|civica|communal|parroquial|parrocchiale|paroissiale)(?![\p{L}])/u;
/** Words that may follow such a place and end its phrase: articles, pronouns, prepositions, verbs of being, a number. */
const PHRASE_END = /^(?:\s*(?:[,.;:!?)\n–—-]|$)|\s+(?:\d|(?:un|une|des|les|le|la|l['’]|a|an|the|this|that|ce|cette|ces|il|lo|gli|uno|una|el|los|las|unos|unas|ein|eine|einen|der|die|das|on|at|in|from|with|for|to|by|and|or|where|which|who|le|les|dès|des|avec|pour|par|et|ou|ou|où|qui|que|dove|che|con|per|e|o|da|dal|dalla|alle|dalle|il|donde|que|con|para|por|y|o|desde|a|en|is|was|will|est|sera|a|e|sara|fu|es|sera|fue|ist|war|wird|am|um|ab)(?![\p{L}])))/u;

const BARE_AFTER_IN = new Set(['biblioteca', 'mediateca', 'ludoteca', 'municipio', 'oratorio', 'palestra', 'parrocchia', 'mairie', 'mediatheque', 'bibliotheque']);

function theOnly(text: string, at: number, word: string): EventLocation | undefined {
  if (OURS_UNNAMED.has(word)) return oursUnnamed(text, at, word);
  if (!ONE_IN_TOWN.has(word)) return undefined;
  // (Italian and French name the town's one such place without an article: "in biblioteca", "in oratorio", "en mairie", "en médiathèque".)
  const article = /(?:^|[^\p{L}])(?:((?:la|le|el|the|il|lo|our|notre|nostra|nuestra|unsere)\s+|l['’]\s*)|(?:nella|nel|alla|al|sulla|sul|della|del|au|du)\s+)$/iu.exec(text.slice(Math.max(0, at - 10), at))
    ?? (BARE_AFTER_IN.has(word) ? /(?:^|[^\p{L}])(?:in|en)\s+$/iu.exec(text.slice(Math.max(0, at - 4), at)) : null);
  if (!article) return undefined;
  const wordEnd = at + word.length;
  const qualifier = ONE_IN_TOWN_QUALIFIER.exec(text.slice(wordEnd, wordEnd + 30));
  const end = wordEnd + (qualifier ? qualifier[0].length : 0);
  // (A name or an owner after it, "la médiathèque de Cugnaux", "la biblioteca Miguel Hernández", is read by the other ways.)
  if (/^\s*(?:\p{Lu}|(?:de|du|des|di|del|della|of)\s)/u.test(text.slice(end, end + 6))) return undefined;
  const start = at - (article[1]?.length ?? 0);
  return { name: text.slice(start, end).trim() };
}

/**
 * Whether a venue is only such an unnamed kind ("l'école", "the school"): the place of the gathering whose own words say
 * it, not a venue of the page (a story may say "à l'école" of anyone).
 * @example onlyAKind({ name: "l'école" }) // true
 */
export function onlyAKind(venue: EventLocation): boolean {
  if (!venue.name || venue.address || venue.city) return false;
  const words = foldKeepLength(venue.name).split(/[\s'’]+/u).filter(Boolean);
  if (/^(?:la|le|l|el|the|il|lo|our|notre|nostra|nostro|nuestra|nuestro)$/u.test(words[0] ?? '')) words.shift();
  return words.length >= 1 && words.length <= 2 && OURS_UNNAMED.has(words[0]!) && (words.length === 1 || OURS_QUALIFIER.test(` ${words[1]}`));
}

/**
 * The word that tells a named venue from others of its kind, folded, without a possessive: "augustine" in "St. Augustine’s
 * Centre", "jamtli" in "Museo di Jamtli"; undefined when its name is only kinds, linking words and short ones.
 * @example distinctiveWord('St. Augustine’s Centre') // 'augustine'
 */
/** Words that qualify a kind of place in many names ("Centro Cívico", "Central Library", "Salle polyvalente"): no venue's own word. */
const KIND_QUALIFIER = /^(?:civico|civica|civic|cultural|culturel(?:le)?|culturale|municipal(?:e)?|comunale|communale|social(?:e)?|central(?:e)?|public|publique|publica|pubblica|community|parish|youth|sports?|interculturel(?:le)?|intercultural(?:e)?|polyvalente|polivalente|comunitario|vecinal|regional(?:e)?|national(?:e)?|nazionale|nacional|international(?:e)?|internazionale|universitaire|universitario|parroquial|parrocchiale|memorial|grande|great|little|petite|piccola|nuevo|nueva|nuovo|nuova|nouvelle|neues|alte|alten)$/u;
export function distinctiveWord(name: string): string | undefined {
  const words = foldKeepLength(name).split(/[^\p{L}'’]+/u).map((w) => w.replace(/['’]s?$/u, '').replace(/^(?:l|d|dell|all|nell)['’]/u, ''));
  const rest = words.filter((w) => w.length >= 5 && !HEADS.has(w) && !END_HEADS.has(w) && !SQUARES.has(w) && !isGermanHead(w) && !CONNECTOR.has(w) && !KIND_QUALIFIER.test(w));
  return rest.sort((a, b) => b.length - a.length)[0];
}

function oursUnnamed(text: string, at: number, word: string): EventLocation | undefined {
  // (French drops the article after "en": "en mairie", "en préfecture".)
  const article = /(?:^|[^\p{L}])(?:((?:la|le|el|the|il|lo|our|notre|nostra|nostro|nuestra|nuestro)\s+|l['’]\s*)|(?:nella|nel|alla|al|sulla|sul|au|du|en)\s+)$/iu.exec(text.slice(Math.max(0, at - 10), at));
  if (!article) return undefined;
  // ("La préfecture a refusé ...", "Le lycée a obtenu ...": the place opening its sentence is who acts, not where.)
  const articleStart = at - (article[0].length - (/^[^\p{L}]/u.test(article[0]) ? 1 : 0));
  if (/\p{Lu}/u.test(text[articleStart] ?? '') && /(?:^|[.!?]\s*|\n\s*)$/u.test(text.slice(Math.max(0, articleStart - 3), articleStart))) return undefined;
  const wordEnd = at + word.length;
  const qualifier = OURS_QUALIFIER.exec(text.slice(wordEnd, wordEnd + 30));
  const end = wordEnd + (qualifier ? qualifier[0].length : 0);
  if (!PHRASE_END.test(text.slice(end, end + 12))) return undefined;
  return { name: text.slice(at - (article[1]?.length ?? 0), end).trim() };
}

/** English words between a place's name and its kind, in lower case: "Leeds town hall", "Halifax central library". */
const LOWER_QUALIFIER_BEFORE = /(?:^|\s)(?:town|city|community|central|public|parish|church|village|county|civic|main|memorial|sports|youth|arts|music|school|university|college)\s+$/u;

/**
 * "at Enfield library", "in Leeds town hall", "at St Mary's church hall": in English a kind of place may follow
 * its capitalised name in lower case; the name is read back to the place preposition.
 */
function lowerEndHeadAt(text: string, at: number, from: number, word: string): EventLocation | undefined {
  // (Most lower-case "house", "school", "room" of a page have no English place preposition before them: one cheap look first.)
  if (!END_HEADS.has(word) || !ENGLISH_PREPOSITION_NEAR.test(text.slice(Math.max(from, at - 70), at))) return undefined;
  let s = at;
  for (let k = 0; k < 2; k++) {
    const m = LOWER_QUALIFIER_BEFORE.exec(text.slice(Math.max(from, s - 20), s));
    if (!m) break;
    s -= m[0].trimStart().length;
  }
  const start = startBeforeEndHead(text, s, from);
  const end = at + word.length;
  // ("in the village hall", "at the community centre", "at the central library": a town's one such place needs no name.)
  if (start === undefined && s < at && ENGLISH_INTRO_THE.test(text.slice(Math.max(from, s - 16), s))) return { name: `the ${text.slice(s, end)}` };
  // (English only: elsewhere a lower-case word after a name is part of it, "Radio campus", "Centro studi".)
  if (start === undefined || !ENGLISH_INTRO.test(text.slice(Math.max(from, start - 12), start))) return undefined;
  return located(text, text.slice(start, end), end);
}
const ENGLISH_PREPOSITION_NEAR = endingWith(/(?:^|\s)(?:at|inside|in the)\s[^.!?\n]*$/i);
const ENGLISH_INTRO_THE = endingWith(/(?<![\p{L}])(?:at|in|inside)\s+the\s+$/iu);
const ENGLISH_INTRO = endingWith(/(?<![\p{L}])(?:at|inside|in the|at the|inside the)\s+$/iu);

/** Rooms a page's own organisation gathers in, named with "our": its seat, premises, offices, centre. */
// (Also its school, for the many school partnerships: "in our school", "dans notre lycée", "nella nostra scuola", "in unserer Schule", "en nuestro instituto".)
const OWN_PREMISES = new Set([...PREMISES, 'centre', 'centro', 'center', 'zentrum', 'school', 'college', 'ecole', 'lycee', 'scuola', 'istituto', 'liceo',
  'schule', 'gymnasium', 'colegio', 'instituto', 'escuela']);
/**
 * A place preposition, words between ("all'interno della", "à l'intérieur de"), and "our" in the five languages:
 * "all'interno della nostra sede", "dans nos locaux", "in unseren Räumen", "en nuestra sede", "at our offices".
 */
const OWN_INTRO = endingWith(/(?<![\p{L}])(?:in|at|inside|within|dans|à|a|au|en|chez|im|in|bei|nella|nel|nei|nelle|presso|all['’]|alla|al|dentro)(?:\s+(?:the|la|le|les|il|el|los|las|der|dem|den|di|de|del|della|dei|delle|du|des|of|interno|intérieur|interior|propri|propios)|\s*l['’]intérieur|\s*['’]?interno)*\s+(?:our|nos|notre|nostr[aoie]|unser(?:e|em|en|er)?|nuestr[oa]s?)\s+$/iu);
/** Words that may follow such rooms and belong to them ("nostra sede principale", "nos nouveaux locaux" has its own before). */
const OWN_QUALIFIER = /^\s+(principale|centrale|operativa|legale|sociale|principal|central|social|nuova|nuovo|nuovi|nuove)(?![\p{L}])/u;

/** "all'interno della nostra sede principale", "dans nos locaux", "at our offices": the organisation's own rooms. */
function ownPremisesAt(text: string, at: number, from: number, word: string): EventLocation | undefined {
  if (!OWN_PREMISES.has(word)) return undefined;
  const lead = text.slice(Math.max(from, at - INTRO_REACH), at);
  if (!OWN_INTRO.test(lead)) return undefined;
  const own = /(\p{L}+)\s+$/u.exec(lead)!;
  const end = at + word.length;
  const qualifier = OWN_QUALIFIER.exec(text.slice(end, end + 20));
  const name = `${own[1]} ${text.slice(at, end)}${qualifier ? qualifier[0] : ''}`;
  return located(text, name, end + (qualifier ? qualifier[0].length : 0));
}

/** A lower-case kind of place and its capitalised name, through at most one more lower-case kind ("jardins du centre de l'AFPA"). */
function lowerNamed(text: string, at: number, word: string, depth: number): EventLocation | undefined {
  LOWER_LINK.lastIndex = 0;
  const link = LOWER_LINK.exec(text.slice(at + word.length, at + word.length + 40));
  if (!link) return undefined;
  const next = at + word.length + link[0].length;
  if (!/\p{Lu}/u.test(text[next] ?? '')) {
    const inner = foldKeepLength(/^[\p{L}\p{M}]+/u.exec(text.slice(next, next + 30))?.[0] ?? '');
    const nested = depth === 0 && /\s(?:de|du|des|del|della|di|of)\s*$/u.test(link[0]) && HEADS.has(inner) ? lowerNamed(text, next, inner, 1) : undefined;
    if (nested?.name) return { ...nested, name: `${text.slice(at, next)}${nested.name}` };
    // ("presso il teatro comunale di via Veneto, 7", "en el centro social de la calle Mayor, 5": a kind of place on a street or square.)
    // (Not a bare "sede" / "local": the street is all such a word says, read as before.)
    const of = depth === 0 && STREETS_OF.has(inner) && !PREMISES.has(word) ? /\s+(?:de la|del|della|di|de|du)\s+$/u.exec(link[0]) : null;
    const street = of ? lowerNamed(text, next, inner, 1) : undefined;
    const address = street?.address ?? street?.name;
    if (!of || !address) return undefined;
    return { ...street, name: text.slice(at, next - of[0].length), address };
  }
  const found = nameAt(text, next);
  // ("in the church hall every Tuesday": a day or a month after lower-case words is when, not the name.)
  if (found && WHEN_WORD.test(foldKeepLength(found.name.split(' ')[0]!))) return undefined;
  return found && located(text, `${text.slice(at, at + word.length)}${link[0]}${found.name}`, found.end);
}
const WHEN_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/u;

/** "mercredi 16 novembre à 18h, salle Mozart", "ore 18, Sala Rossa": a place right after a time and a comma. */
// (Also "ore 9.00 - 13.00 Sala Conferenze": a programme line whose time runs straight into its room.)
// ("ore 21, Teatro Comunale", "h 21 - Sala Rossa": the unit before the hour.)
const AFTER_TIME = endingWith(/(?:(?<![\p{L}\d])\d{1,2}(?:(?:[:.h]\d{2}|\s?h|\s?uhr|\s?(?:am|pm)|\s?horas?|\s?ore)\s*[,–—-]|[:.]\d{2})|(?<![\p{L}])(?:ore|h\.?)\s?\d{1,2}\s*[,–—-])\s*$/iu, /\d/);
/** "Lunedì 20 giugno - Giardini dell'Arena": a dated item line's place after its dash. */
const AFTER_DATE_DASH = endingWith(/(?:^|\n)[^\n]{0,40}\d[^\n\d]{0,20}\s[–—-]\s*$/u, /\d/);
const DASH_THEN_NAME = /(?:^|\n)[^\n]{0,40}\d[^\n\d]{0,20}\s[–—-]\s*((?:\p{Lu}[\p{L}'’]*\s+(?:(?:del|della|de|di|du|des|of|der)\s+)?){1,2})$/u;
/** Rooms described in lower case: "presso la sala consiliare del centro sannita", "dans la salle des fêtes". */
const ROOMS = new Set(['sala', 'salle', 'salon', 'aula', 'auditorium', 'auditorio', 'salone']);
const ROOM_WORD = /(?:\s+(?:de la|de l['’]|de los|de las|del|della|dello|degli|delle|dei|de|du|des|di|d['’]|dell['’]|des))?\s+(\p{Ll}[\p{Ll}\p{M}]{3,20})(?![\p{L}])/uy;
const NOT_ROOM_WORD = /^(?:della|dello|delle|degli|dell|dei|del|des|les|los|las|der|den|dem|the|dove|donde|ou|where|que|qui|che|which|para|pour|per|for|with|avec|con|mit|alle|dalle|partire|a partir|desde|from|sera|sara|sera|est|ist|es|e|et|y|and|und|piena|llena|pleine|full|gremio)$/u;

/** A lower-case room and its qualifiers ("sala consiliare del centro sannita"), at most four words past the room. */
function roomAt(text: string, at: number, word: string): EventLocation | undefined {
  let end = at + word.length;
  let count = 0;
  for (; count < 4; count++) {
    ROOM_WORD.lastIndex = end;
    const m = ROOM_WORD.exec(text);
    if (!m || NOT_ROOM_WORD.test(foldKeepLength(m[1]!))) break;
    end = m.index + m[0].length;
  }
  // "nella sala civica di Lesmo", "salle des fêtes de Villeurbanne": the town or the body it belongs to.
  // ("nella sala conferenze della Camera del Lavoro": Italian and Spanish join the article to "of".)
  const of = /^\s+(?:di|de|du|del|des|de la|de los|de las|della|dello|delle|dei|degli|of the|of|von|der|des)\s+(?=\p{Lu})|^\s+(?:dell|de l|d)['’](?=\p{Lu})/u.exec(text.slice(end, end + 12));
  const owner = of && count ? nameAt(text, end + of[0].length) : undefined;
  if (owner) return located(text, text.slice(at, owner.end), owner.end);
  return count ? { name: text.slice(at, end) } : undefined;
}

/** What may stand between a lower-case kind of place and its name: a space, a qualifier ("cívico", "comunale"), linking words ("de la", "du"). */
// (Also a kind told by "of" and a lower-case noun before the name or street: "maison de quartier Saint-Jean", "centro di accoglienza di via Roma", "centro de salud Los Ángeles".)
const LOWER_LINK = /^(?:\s+(?!(?:de|del|della|di|du|des|la|le|el|los|las|il|the|of)\s)\p{Ll}[\p{Ll}\p{M}]{2,15}){0,2}(?:\s+(?:de|di|du|d['’])\s*(?!(?:la|le|les|los|las|il|lo|gli|the|via|rue|calle|piazza|place|plaza)\s)\p{Ll}[\p{Ll}\p{M}]{2,15})?(?:\s+(?:de la|de l['’]|de los|de las|del|della|dello|degli|delle|de|du|des|di|d['’]|dell['’]))?(?:\s+|(?<=['’]))/uy;

/**
 * Signing up, asking or applying just before a place: the place is an office, not the venue.
 * (An event named for information is not: "soirée d'information ... à l'Espace X", "information evening at the Town Hall".)
 */
const SIGN_UP_BEFORE = endingWith(/(?<![\p{L}])(?:inscri(?:re|rse|bir|ption|pcion|pciones|ptions|vez-vous|birse)|s'inscrire|register|registration|sign up|apply|anmeld(?:en|ung)|melden sie sich|wenden sie sich|informationen|auskunft|iscri(?:versi|zion[ei]|viti)|(?<!(?:d['’]|de |di |of |des |der ))(?:informazioni|informaciones|informations|information)(?!\s+(?:session|sessions|evening|day|meeting|event|afternoon|morning|night|fair))|contact(?:ez|o|ar)?|kontakt|richiedere|solicitar|retirer|abholen|ritirare|recoger)(?![\p{L}])[^.!?\n]{0,60}$/u,
  // (A word of each of its phrases: most leads hold none.)
  /inscri|iscri|regist|sign up|apply|anmeld|melden sie|wenden sie|informa|auskunft|contact|kontakt|richiedere|solicitar|retirer|abholen|ritirare|recoger/);

/** A word each plan for bad weather holds, and each phrase of work: a cheap look before the long patterns, read backwards. */
const WEATHER_WORD = /maltempo|pioggia|brutto|pluie|mauvais|intemper|rain|weather|regen|wetter|witterung|lluvia|tiempo|llueve|pleut|piove|plan b/;
const WORK_WORD = /travaill|benevol|salari|employ|stagiair|accompagn|organisat|responsable|direct|coordinat|charg|membre|adher|suivi|heberg|lavora|volontar|operat|impiegat|tirocin|seguit|ospitat|accolt|assistit|based/;

/** The clause of a plan for bad weather, in the five languages. */
const BAD_WEATHER_BEFORE = endingWith(/(?<![\p{L}])(?:in caso di (?:maltempo|pioggia|brutto tempo)|en cas de (?:pluie|mauvais temps|intemperies)|in case of (?:rain|bad weather)|if it rains|bei (?:regen|schlechtem wetter|schlechtwetter)|bei schlechter witterung|en caso de (?:lluvia|mal tiempo)|si llueve|s'il pleut|se piove|(?:schlechtwetter|regen)variante|plan b)(?![\p{L}])[^.!?\n]{0,60}$/u);

const SAINT_BEFORE = /(?:^|\s)((?:St|Sankt|Hl|Ste|S)\.?\s)$/u;

/** The start of a hyphenated compound that holds `at` ("Georg-Schwarz-Straße"): back over capitalised parts joined by hyphens. */
function compoundStart(text: string, at: number): number {
  let s = at;
  // (Bounded: a street's name has a few parts, not a page of them.)
  const floor = Math.max(0, at - 60);
  while (s >= floor + 2 && text[s - 1] === '-' && /[\p{L}]/u.test(text[s - 2]!)) {
    let k = s - 2;
    while (k > floor && /[\p{L}\p{M}.]/u.test(text[k - 1]!)) k--;
    if (!/\p{Lu}/u.test(text[k] ?? '')) break;
    s = k;
  }
  return s;
}

/**
 * A short line that names a venue by its kind ("EESC, Room JDE 62", "Aula Magna – Campus Nord").
 * @example venueLine('EESC, Room JDE 62') // { name: 'EESC', address: 'Room JDE 62' }
 */
export function venueLine(line: string): EventLocation | undefined {
  return venueLines(line);
}

// (Each date of a block asks about the block's lines: the answers are kept, and copies handed out.)
const venueLines = keptCopies<EventLocation>(64, (line) => readVenueLine(line));

function readVenueLine(line: string): EventLocation | undefined {
  // (A list's bullet is no part of the place: "• Casa del Quartiere, via Roma 3".)
  const clean = line.trim().replace(/^[•*·▪►–-]\s+/u, '');
  if (clean.length > 80 || /[.!?:]$/.test(clean) || /\d{1,2}[:.h]\d{2}|\d\s?(?:am|pm|uhr)(?![\p{L}])/iu.test(clean)) return undefined;
  // "Mons. Gian Carlo Perego, Direttore della Fondazione Migrantes" names a person and an organisation.
  // ("Barbara Evola Assessore Scuola": a person and the office they hold.)
  if (PERSON_TITLE.test(clean) || OFFICE_HELD.test(foldKeepLength(clean))) return undefined;
  // "Welcome Café", "Café des langues", "Repair Café": a café that is a gathering names the event, not its place.
  if (GATHERING_CAFE.test(foldKeepLength(clean))) return undefined;
  // The kind of place opens a part ("Aula Magna – Campus Nord") or closes capitalised words ("Barcaldine Town Hall"), never after "of"/"della".
  const named = clean.split(/\s*[,;|]\s*|\s+[–—-]\s+/u).some((part) => {
    const words = part.split(/\s+/u);
    // ("Bürgerpark", "Stadtbibliothek": a German compound names its kind at its end.)
    return words.some((w, i) => /^\p{Lu}/u.test(w) && (HEADS.has(foldKeepLength(w)) || END_HEADS.has(foldKeepLength(w)) || (words.length <= 3 && isGermanHead(foldKeepLength(w))))
      && words.slice(0, i).every((b) => /^[\p{Lu}\d]/u.test(b)));
  });
  if (!named) return undefined;
  // ("• Elisa Rossi, Università di Torino", "Jan Novak – Institute of Sociology": a speaker and where they come from.
  // A first part shaped as a first name and a surname, with the kind of place only after it, is a person.)
  const parts = clean.split(/\s*[,;|]\s*|\s+[–—-]\s+/u);
  const headless = (part: string) => part.split(/\s+/u).every((w) => !HEADS.has(foldKeepLength(w)) && !END_HEADS.has(foldKeepLength(w)) && !isGermanHead(foldKeepLength(w)));
  // (An address's number says a place: "Erbacher Hof, Ketteler-Saal, Grebenstr. 24".)
  if (parts.length >= 2 && !/\d/.test(clean) && PERSON_SHAPE.test(parts[0]!) && headless(parts[0]!) && !cityIn(parts[0]!)) return undefined;
  return placeFromValue(clean);
}

/** A first name and a surname (a middle name or particle may stand between): "Elisa Rossi", "Jan van Dijk". */
const PERSON_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:\p{Lu}\p{Ll}+|van|von|de|di|da|del|der|le|la))? \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?$/u;

const GATHERING_CAFE = /(?:welcome|language|languages|conversation|repair|begegnungs|sprach|erzahl|international(?:es)?|interkulturelles|interculturel|intercultural|migrant|women'?s|frauen|eltern|philo|polyglot)[\s-]*cafe|(?:cafe|caffe)[\s-]+(?:des langues|de langues|delle lingue|de idiomas|de las lenguas|linguistico|linguistique|interculturel(?:le)?|intercultural|interculturale|solidaire|solidale|solidario|philo|politique|international|welcome|repair|des parents|des femmes)/u;

/** Offices people hold, named after their name: a list of speakers, not a place. */
const OFFICE_HELD = /(?<![\p{L}])(?:assessore|assessora|consigliere|consigliera|sindaco|sindaca|ministro|ministra|minister|lord mayor|councillor|councilor|burgermeister(?:in)?|stadtrat|stadtratin|dezernent(?:in)?|maire|adjointe?|conseiller(?:e)?|alcalde(?:sa)?|concejal(?:a)?|teniente de alcalde|diputad[oa]|deputato|deputata|senator(?:e|a)?|prefetto|prefet)(?![\p{L}])/u;

/** A person's title or a role opening a line: a speaker, not a place. */
const PERSON_TITLE = /^(?:mons|msgr|dr|prof|dott|dott\.ssa|sig|sig\.ra|mr|mrs|ms|mme|mlle|m|herr|frau|don|padre|card|on|avv|ing|arch|sr|sra|dña|dna)\.?\s+\p{Lu}|^[^,]{0,60},\s*(?:direct|president|presidente|coordinat|coordinador|responsab|head of|chair|ceo|founder|fondat|fundador|leiter|vorsitz|geschaftsf|professor|ordinario|assessor|consigliere|sindac|mayor|maire|burgermeister|alcald)/iu;

const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3})$/u;
// (Also where a place offers its own programme: "El Centro Cívico X ofrecerá esta semana ...", "la Maison Y abrite", "das Haus Z beherbergt".)
// (And a place that invites people to its gathering: "The Central Library invites families to ...", "la Médiathèque invite", "der Bürgertreff lädt ... ein".)
const HOSTS = /^[\p{L}\p{M}'’-]*\s+(?:is hosting|hosts|will host|hosted|welcomes|will welcome|welcomed|invites|will invite|invited|invite|invitera|invitent|invita|invitera|invitano|invitan|invito|ladt|lud|accueille|accueillera|accueillait|a accueilli|abrite|abritera|ospita|ospitera|ospitava|ha ospitato|ospito|acoge|acogera|acogio|acogia|alberga|albergara|albergo|ofrece|ofrecera|ofrecio|empfangt|empfing|beherbergt)(?![\p{L}])/u;

/** Places with a programme of their own: what they show or offer happens there. */
const SCREENS = new Set(['cinema', 'cine', 'kino', 'studio', 'theatre', 'theater', 'teatro', 'musee', 'museo', 'museum', 'galerie', 'galleria', 'gallery',
  'mediatheque', 'bibliotheque', 'biblioteca', 'mediateca', 'library', 'bibliothek', 'mjc', 'filmhaus', 'auditorium', 'auditorio']);
const PROGRAMMES = /^[\p{L}\p{M}'’-]*\s+(?:consacre|consacrera|propose|proposera|programme|programmera|presente|presentera|projette|projettera|dedica|dedichera|propone|proporra|presenta|presentera|proietta|proiettera|programa|programara|proyecta|proyectara|zeigt|prasentiert|bietet|screens|will screen|shows|will show|presents|will present|offers|will offer|dedicates)(?![\p{L}])/u;

/** "Barcaldine Town Hall is hosting the next seminar": a name that opens its sentence and hosts. */
function hostAt(text: string, at: number, from: number): number | undefined {
  if (!HOSTS.test(foldKeepLength(text.slice(at, at + 40)))) return undefined;
  const before = SENTENCE_START.exec(text.slice(Math.max(from, at - 60), at));
  return before ? at - before[1]!.length : undefined;
}

/**
 * The first venue named in a piece of running text, read into name, address, city and country.
 * @example venueIn('La jornada tendrá lugar en el Centro Cultural La Rambleta (Bulevar Sur, Valencia).') // { name: 'Centro Cultural La Rambleta', address: 'Bulevar Sur, Valencia', city: 'Valencia', country: 'ES' }
 */
export function venueIn(text: string): EventLocation | undefined {
  // (A short text of its own: not kept as the page's index.)
  return readVenueIndex(foldKeepLength(text)).venueIn(text, { start: 0, end: text.length });
}

const ALL_HEADS = new Set([...HEADS, ...END_HEADS, ...PREMISES, ...SQUARES, ...ORGS, ...OURS_UNNAMED]);
/** The heads by the key of their first three letters (words.ts): a page's word is compared with the few that share its key, in place. */
const HEADS_BY_KEY = new Map<number, string[]>();
for (const h of ALL_HEADS) HEADS_BY_KEY.set(prefixKey(h), [...(HEADS_BY_KEY.get(prefixKey(h)) ?? []), h]);
/** Whether the word from `start` to `end` of a folded text (its key `key`) is a head. */
function isHeadAt(folded: string, start: number, end: number, key: number): boolean {
  const heads = HEADS_BY_KEY.get(key);
  if (!heads) return false;
  for (const h of heads) if (h.length === end - start && folded.startsWith(h, start)) return true;
  return false;
}
const TAIL_WORDS = ['haus', 'zentrum', 'saal', 'halle', 'bibliothek', 'schule', 'kirche', 'akademie', 'bahnhof', 'heim', 'treff', 'stube', 'werkstatt', 'zelt',
  'statte', 'stätte', 'buchhandlung', 'kapelle', 'theater', 'museum', 'park', 'garten', 'bucherei', 'arena', 'kino', 'amt', 'cafe', 'wache', 'fabrik', 'scheune', 'muhle',
  'ministerium', 'kammer', 'kanzlei', 'landtag',
  'strasse', 'straße', 'platz', 'weg', 'gasse', 'allee', 'via', 'rue'];
const TAIL_KEYS = new Set(TAIL_WORDS.map((t) => prefixKey(t.slice(-3))));
const MAX_HEADS = 2000;
/**
 * How far before a head venueAt() reads at most (a lead of 60 characters before up to four capitalised
 * words of 40 and two qualifiers of 20: about 260): a span that starts farther back gives the same answer.
 */
const VENUE_REACH_BACK = 320;

export interface VenueIndex {
  /** The first venue named inside a span of the page's text. */
  venueIn(text: string, span: { start: number; end: number }): EventLocation | undefined;
  /**
   * A place known by its own name alone in an event's own words ("concert à La Friche", "at the Black Box"):
   * the last resort before a town. (Not part of venueIn: spans that look for a second gathering's place would split on it.)
   */
  namedIn(text: string, span: { start: number; end: number }): EventLocation | undefined;
}

/**
 * Where the words that may start a venue are on a page (a kind of place or a street), so
 * that a span is read only where one stands.
 * @example indexVenues(foldKeepLength(text)).venueIn(text, { start: 0, end: text.length })
 */
export function indexVenues(folded: string): VenueIndex {
  // (Judging and drafting both index the page: the last page's index is kept, whole.)
  if (lastIndexed?.folded === folded) return lastIndexed.index;
  const index = readVenueIndex(folded);
  lastIndexed = { folded, index };
  return index;
}

let lastIndexed: { folded: string; index: VenueIndex } | undefined;

function readVenueIndex(folded: string): VenueIndex {
  const words = wordsOf(folded);
  const heads: number[] = [];
  for (let i = 0; i < words.count && heads.length < MAX_HEADS; i++) {
    const start = words.start[i]!;
    const end = words.end[i]!;
    // (No word is cut out of the page unless its last letters may end a German kind of place or a street.)
    if (isHeadAt(folded, start, end, words.key[i]!)) heads.push(start);
    else if (end - start >= 3 && TAIL_KEYS.has(prefixKey(folded, end - 3, end))) {
      const word = folded.slice(start, end);
      if (GERMAN_HEAD_END.test(word) || STREET_WORD.test(word)) heads.push(start);
    }
  }
  // (Where "statt" and "at the" stand, found once: a span is then checked by binary search, not by scanning the page again.)
  const statt = positionsOf(folded, 'statt');
  const atThe = positionsOf(folded, 'at the ');
  const hosted = [...positionsOf(folded, 'presso '), ...positionsOf(folded, 'chez '), ...positionsOf(folded, 'c/o ')].sort((a, b) => a - b);
  // A page asks for the venue of overlapping spans (an event's words, its sentence, its block, its paragraph): the
  // answer at a head is kept, under the span's start only where venueAt reads that far back.
  let memoText: string | undefined;
  const far = new Map<number, EventLocation | null>();
  const near = new Map<string, EventLocation | null>();
  const venueAtOnce = (text: string, at: number, from: number): EventLocation | undefined => {
    if (text !== memoText) {
      memoText = text;
      far.clear();
      near.clear();
    }
    const farOff = from <= at - VENUE_REACH_BACK;
    const key = `${at}:${from}`;
    const known = farOff ? far.get(at) : near.get(key);
    if (known !== undefined) return known ? { ...known } : undefined;
    const venue = venueAt(text, at, from);
    if (farOff) far.set(at, venue ? { ...venue } : null);
    else near.set(key, venue ? { ...venue } : null);
    return venue;
  };
  let namedText: string | undefined;
  let named: number[] = [];
  return { venueIn: venueInSpan, namedIn };

  function venueInSpan(text: string, span: { start: number; end: number }): EventLocation | undefined {
    // (German names the place where it "takes place" before the verb: that place wins over one named in passing.)
    const taking = within(statt, span) ? takesPlaceIn(text, span) : undefined;
    if (taking?.venue) return taking.venue;
    // (A kind of place without a name, "au lycée", gives way to a named venue in the same span.)
    let unnamed: EventLocation | undefined;
    for (let i = lowerBound(heads, span.start); i < heads.length && heads[i]! < span.end; i++) {
      const venue = venueAtOnce(text, heads[i]!, span.start);
      if (venue && !onlyAKind(venue)) return venue;
      unnamed ??= venue;
    }
    const at = atThe[lowerBound(atThe, span.start)];
    const atVenue = at !== undefined && at < span.end ? atTheIn(text, { start: at, end: span.end }) : undefined;
    return atVenue ?? hostIn(text, hosted, span) ?? unnamed ?? taking?.rainPlan;
  }

  function namedIn(text: string, span: { start: number; end: number }): EventLocation | undefined {
    // (A place known by its name alone, "à La Friche", "al Frantoio", "at the Black Box": the last resort, its leads found once per page.)
    if (text !== namedText) {
      namedText = text;
      named = namedLeads(text);
    }
    for (let i = lowerBound(named, span.start), n = 0; i < named.length && named[i]! < span.end && n < 5; i++, n++) {
      const venue = namedPlaceAt(text, named[i]!);
      if (venue) return venue;
    }
    return undefined;
  }
}

/**
 * "presso la Caritas diocesana di Trento", "chez Emmaüs Solidarité": in Italian and French these words lead to where
 * something is held or who hosts it, so any capitalised name after them is the place.
 */
// ("c/o Centro Astalli": care of, in any language.)
const HOSTED_AT = /(?:presso|chez|c\/o)\s+(?:(?:il|lo|la|i|gli|le|les|l['’])\s*)?(?=\p{Lu}|["“„«]\s?\p{Lu})/iuy;

/** Work, volunteering or being supported somewhere, just before "chez" / "presso" / "c/o". */
const WORKS_AT_BEFORE = endingWith(/(?<![\p{L}])(?:travaill\p{L}*|benevole\p{L}*|salarie\p{L}*|employe\p{L}*|stagiaire\p{L}*|accompagn\p{L}*|organisat(?:eur|rice)s?(?: de l['’]\p{L}+)?|responsable|direct(?:eur|rice)|coordinat\p{L}*|charge\p{L}*|membre|adherent\p{L}*|suivi\p{L}*|heberge\p{L}*|lavora\p{L}*|volontari\p{L}*|operat(?:ore|rice)|impiegat\p{L}*|tirocin\p{L}*|seguit\p{L}*|ospitat\p{L}*|accolt\p{L}*|assistit\p{L}*|employed|based)(?:\s+\p{L}+){0,3}\s+$/u);

function hostIn(text: string, positions: number[], span: { start: number; end: number }): EventLocation | undefined {
  for (let i = lowerBound(positions, span.start), n = 0; i < positions.length && positions[i]! < span.end && n < 5; i++, n++) {
    const at = positions[i]!;
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
    // ("les réfugiés que l'on accompagne chez France Horizon", "lavora presso la Caritas": where someone works or is followed, not a venue.)
    const lead50 = foldKeepLength(text.slice(Math.max(0, at - 50), at));
    if (WORK_WORD.test(lead50) && WORKS_AT_BEFORE.test(lead50)) continue;
    HOSTED_AT.lastIndex = at;
    const m = HOSTED_AT.exec(text);
    const found = m ? nameAt(text, at + m[0].length) : undefined;
    if (found && found.end <= span.end + 80 && !TIME_NOUN.test(foldKeepLength(found.name))) return located(text, found.name, found.end);
  }
  return undefined;
}

function positionsOf(folded: string, word: string): number[] {
  const out: number[] = [];
  for (let i = folded.indexOf(word); i >= 0 && out.length < MAX_HEADS; i = folded.indexOf(word, i + word.length)) out.push(i);
  return out;
}

const within = (positions: number[], span: { start: number; end: number }) => (positions[lowerBound(positions, span.start)] ?? Infinity) < span.end;

/**
 * "a concert at the Globe in Hay", "at the Roundhouse in Camden": in English a capitalised name after
 * "at the" with its town after "in" is a venue, whatever its kind.
 */
const AT_THE_IN = /(?<![\p{L}])at the ((?:\p{Lu}[\p{L}\p{M}'’-]+ ){0,3}\p{Lu}[\p{L}\p{M}'’-]+) in (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?)(?![\p{L}])/gu;
const NOT_AT_THE = /^(?:end|start|beginning|heart|time|invitation|request|initiative|age|occasion|same|moment|close|top|bottom|centre|center|height)$/u;

function atTheIn(text: string, span: { start: number; end: number }): EventLocation | undefined {
  const part = text.slice(span.start, Math.min(span.end, span.start + 5000));
  AT_THE_IN.lastIndex = 0;
  for (let m = AT_THE_IN.exec(part), n = 0; m && n < 10; m = AT_THE_IN.exec(part), n++) {
    const words = foldKeepLength(m[1]!).split(' ');
    if (words.some((w) => NOT_AT_THE.test(w) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(w))) continue;
    const city = cityIn(m[2]!);
    return { name: `the ${m[1]!}`, ...(city ?? { city: m[2]! }) };
  }
  return undefined;
}

/**
 * "die am 29. Juni im Museumsquartier stattfinden wird", "Der Auftakt findet im Fondue-Tram statt",
 * "wird auf der Wiese vor dem Pfarrsaal ... stattfinden": in German every noun is capitalised, so a
 * kind of place cannot be told by its case; the noun after "im" / "in der" / "auf dem" in the clause
 * whose verb is "statt(finden)" is where the gathering is, whatever the word.
 */
const TAKES_PLACE = /(?<![\p{L}])(?:im|in der|in dem|in einem|in einer|auf der|auf dem|beim|bei der|an der|am)\s+((?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*\s+){0,2}\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*(?:\s+(?:vor|hinter|neben|an|bei|in|auf)\s+(?:dem|der|den)\s+\p{Lu}[\p{L}\p{M}'’-]+)?(?:\s+\d{1,4}[a-z]?(?![\p{L}\d.]))?)(?=(?:[^.!?\n;]|(?<=\d)\.){0,90}?(?<![\p{L}])statt(?:finden|findet|fand|fanden|gefunden)?(?![\p{L}]))/gu;
/** Nouns after "im"/"am" that say when or how, not where ("im Rahmen", "im Anschluss", "am Montag"). */
const NOT_PLACE_NOUN = /^(?:rahmen|anschluss|jahr|jahre|jahren|monat|sommer|winter|herbst|fruhjahr|fruhling|zuge|vorfeld|laufe|mittelpunkt|fokus|namen|auftrag|sinne|internet|netz|livestream|wechsel|abstand|turnus|vorjahr|gesprach|austausch|dialog|gedenken|anschluss|rahmenprogramm|regelfall|moment|augenblick|wesentlichen|allgemeinen|ubrigen|einzelnen|vordergrund|hintergrund|zeitraum|zeichen|stil|format|wochenrhythmus|monatsrhythmus|abend|morgen|vormittag|nachmittag|mittag|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|ende|anfang|beginn|mitte|stelle|falle|fall|zusammenhang|auftakt|mai)$/u;

/** German compounds of a time ("in der Adventszeit", "in der Mittagspause", "im Wintersemester", "in der Regel"). */
const TIME_COMPOUND = /(?:zeit|woche|wochen|pause|semester|ferien|jahr|jahres|monat|monats|abend|morgen|nachmittag|vormittag|regel|nahe|form|weise|lage|folge|reihe|runde|serie)$/u;

function takesPlaceIn(text: string, span: { start: number; end: number }): { venue?: EventLocation; rainPlan?: EventLocation } {
  const part = text.slice(span.start, Math.min(span.end, span.start + 20_000));
  let rainPlan: EventLocation | undefined;
  TAKES_PLACE.lastIndex = 0;
  for (let m = TAKES_PLACE.exec(part), n = 0; m && n < 20; m = TAKES_PLACE.exec(part), n++) {
    const name = m[1]!;
    // ("Bei schlechtem Wetter findet das Fest im Bürgerhaus statt": the fallback, the venue only when the text names no other.)
    const lead = foldKeepLength(part.slice(Math.max(0, m.index - 70), m.index));
    if (WEATHER_WORD.test(lead) && BAD_WEATHER_BEFORE.test(lead)) {
      if (!rainPlan) {
        const head = foldKeepLength(name.split(/\s+/u)[0]!.split('-')[0]!);
        if (!NOT_PLACE_NOUN.test(head) && !TIME_COMPOUND.test(head)) rainPlan = located(text, name, span.start + m.index + m[0].length);
      }
      continue;
    }
    const head = foldKeepLength(name.split(/\s+/u)[0]!.split('-')[0]!);
    // ("am 16. Juni", "im Rahmen der Woche", "im Mai": a time or a frame, not a place.)
    if (NOT_PLACE_NOUN.test(head) || NOT_PLACE_NOUN.test(foldKeepLength(name.split(/\s+/u).pop()!)) || TIME_COMPOUND.test(head)) continue;
    return { venue: located(text, name, span.start + m.index + m[0].length) };
  }
  return { rainPlan };
}

/**
 * European cities (with their names in en, fr, de, it, es and the local one), folded, with
 * ISO 3166-1 alpha-2 codes; and the country names of lib/geo, folded the same way.
 */
import { countryNames } from '../geo/countries.ts';
import { foldKeepLength } from '../relevance/fold.ts';
import { TOWNS, WORD_TOWNS } from './places-towns.ts';

/** 'CC:name|name|...' per line (a country may have several lines: mid-size towns follow the big cities). Names that are also
 * common words or first names in one of the five languages (Hof, Tours, Gap, Lens, Nancy, Como, Parla) are left out. */
const CITIES = `BE:brussels|bruxelles|brussel|brussel|bruessel|brusel|bruselas|bruxelas|antwerp|antwerpen|anvers|anversa|amberes|ghent|gent|gand|liege|luik|luttich|namur|namen|charleroi|leuven|louvain|mechelen|malines|mons|bruges|brugge|brugge|hasselt|kortrijk|courtrai|ostend|oostende|ostende|aalst|alost|sint-niklaas|genk|tournai|doornik|verviers|mouscron|seraing|la louviere|wavre|arlon|molenbeek|schaerbeek|anderlecht|ixelles|etterbeek|saint-gilles
FR:paris|nice|valence|angers|parigi|lyon|lione|marseille|marsiglia|marsella|toulouse|tolosa|lille|nantes|strasbourg|strassburg|strasburgo|estrasburgo|bordeaux|burdeos|montpellier|nizza|niza|rennes|grenoble|metz|rouen|dijon|clermont-ferrand|saint-etienne|toulon|calais|perpignan|besancon|limoges|poitiers|orleans|reims|le havre|brest|caen|avignon|mulhouse|la rochelle|bayonne|amiens|le mans|nimes|aix-en-provence|villeurbanne|saint-denis|montreuil|argenteuil|nanterre|versailles|creteil|aubervilliers|boulogne-billancourt|roubaix|tourcoing|dunkerque|lorient|vannes|quimper|saint-nazaire|niort|angouleme|chambery|annecy|troyes|colmar|belfort|bourges|chartres|blois|evreux|cherbourg|laval|saint-malo|ajaccio|bastia|cayenne|grande-synthe|briancon|menton|vintimille
DE:berlin|berlino|berlino|hamburg|hambourg|amburgo|hamburgo|munich|munchen|monaco di baviera|munich|cologne|koln|colonia|frankfurt|francfort|francoforte|stuttgart|stoccarda|dusseldorf|dortmund|leipzig|lipsia|bremen|breme|brema|dresden|dresde|dresda|hannover|hanovre|nuremberg|nurnberg|norimberga|duisburg|bochum|wuppertal|bielefeld|bonn|munster|mannheim|karlsruhe|augsburg|wiesbaden|mainz|freiburg|kiel|rostock|potsdam|erfurt|magdeburg|saarbrucken|regensburg|gottingen|heidelberg|aachen|chemnitz|osnabruck|kassel|braunschweig|ulm|wurzburg|bamberg|erlangen|furth|ingolstadt|konstanz|tubingen|reutlingen|heilbronn|pforzheim|ludwigshafen|trier|koblenz|siegen|paderborn|gutersloh|hamm|gelsenkirchen|oberhausen|krefeld|monchengladbach|neuss|solingen|leverkusen|hagen|lubeck|flensburg|oldenburg|wolfsburg|hildesheim|schwerin|jena|weimar|gera|cottbus|darmstadt|offenbach|hanau|fulda|giessen|marburg|biberach|goslar|ravensburg|passau|landshut|rosenheim|bayreuth|coburg|dessau|zwickau|plauen|gorlitz|bautzen|neubrandenburg|stralsund|greifswald|wismar|neukolln|kreuzberg|friedrichshain|spandau|schoneberg
IT:rome|potenza|roma|milan|milano|milan|naples|napoli|napoles|turin|torino|palermo|genoa|genova|genes|bologna|bolonia|florence|firenze|florencia|bari|catania|venice|venezia|venise|venecia|verona|messina|padua|padova|padoue|trieste|brescia|parma|modena|reggio emilia|reggio calabria|perugia|livorno|cagliari|foggia|salerno|ravenna|ferrara|rimini|siracusa|sassari|pescara|bergamo|trento|bolzano|vicenza|ancona|lecce|udine|crotone|lampedusa|pisa|siena|caserta|matera|campobasso|l'aquila|aosta|piacenza|sanremo|imperia|lucca|novara|latina|benevento|mantova|mantua|cremona|pavia|varese|monza|prato|arezzo|pistoia|rovigo|treviso|asti|cuneo|alessandria|savona|la spezia|grosseto|viterbo|frosinone|rieti|terni|macerata|pesaro|fermo|teramo|chieti|avellino|cosenza|catanzaro|trapani|agrigento|ragusa|caltanissetta|nuoro|oristano|brindisi|taranto|andria|barletta|gorizia|pordenone|belluno|biella|vercelli|lodi|sondrio|lecco|forli|cesena|ventimiglia|mazara del vallo|pozzallo|riace|castel volturno|rosarno|ostia|mestre|sesto san giovanni
ES:madrid|palma|barcelona|barcelone|valencia|seville|sevilla|seville|zaragoza|saragosse|malaga|murcia|las palmas|bilbao|bilbo|alicante|cordoba|valladolid|vigo|gijon|granada|vitoria|a coruna|la coruna|san sebastian|donostia|santander|pamplona|salamanca|almeria|cadiz|ceuta|melilla|tenerife|santa cruz de tenerife|girona|tarragona|oviedo|burgos|toledo|merida|huelva|jerez|logrono|lleida|badajoz|santiago de compostela|lugo|ourense|pontevedra|caceres|albacete|ciudad real|cuenca|guadalajara|segovia|avila|soria|zamora|palencia|teruel|huesca|castellon|elche|cartagena|marbella|algeciras|jaen|getafe|alcala de henares|mostoles|leganes|fuenlabrada|hospitalet|badalona|terrassa|sabadell|mataro|reus|manresa|lavapies|torrejon de ardoz|el ejido|lorca
NL:amsterdam|rotterdam|the hague|den haag|la haye|l'aia|la haya|utrecht|eindhoven|groningen|maastricht|leiden|nijmegen|tilburg|arnhem|delft|haarlem|almere|breda|zwolle|enschede|amersfoort|apeldoorn|leeuwarden|ter apel
LU:luxembourg|luxemburg|lussemburgo|luxemburgo
AT:vienna|wien|vienne|viena|graz|linz|salzburg|salzbourg|salisburgo|innsbruck|klagenfurt|st. polten|sankt polten|bregenz|villach|wels|steyr|traiskirchen
CH:geneva|geneve|genf|ginevra|ginebra|zurich|zurigo|basel|bale|basilea|bern|berne|berna|lausanne|losanna|lugano|winterthur|st. gallen|lucerne|luzern|lucerna|biel|fribourg|neuchatel|chiasso
PT:lisbon|faro|lisboa|lisbonne|lisbona|porto|oporto|braga|coimbra
IE:dublin|cork|dublino|galway|limerick
GB:london|londres|londra|manchester|birmingham|glasgow|edinburgh|edimbourg|liverpool|leeds|bristol|cardiff|belfast|sheffield|newcastle|oxford|cambridge
GR:athens|athenes|athen|atene|atenas|thessaloniki|salonique|lesbos|lesvos|chios|samos|patras|heraklion|ioannina|larissa|volos|kos|leros|piraeus
PL:warsaw|warszawa|varsovie|warschau|varsavia|varsovia|krakow|cracovie|krakau|cracovia|wroclaw|gdansk|poznan|lodz|lublin|katowice
CZ:prague|praha|prag|praga|brno|ostrava
SK:bratislava|kosice
HU:budapest|debrecen|szeged
SI:ljubljana|lubiana|maribor
HR:zagreb|zagabria|rijeka
RO:bucharest|bucuresti|bucarest|bukarest|cluj-napoca|iasi|timisoara
BG:plovdiv|varna
DK:copenhagen|kobenhavn|copenhague|kopenhagen|copenaghen|aarhus|odense
SE:stockholm|stoccolma|estocolmo|gothenburg|goteborg|malmo|uppsala
FI:helsinki|helsingfors|tampere|turku
NO:oslo|bergen|trondheim
EE:tallinn
LV:riga
LT:vilnius|kaunas
CY:nicosia|limassol|larnaca
MT:valletta|la valette|la valletta
IS:reykjavik
UA:kyiv|kiev|lviv|odesa|odessa|kharkiv
TR:istanbul|ankara|izmir|gaziantep
RS:belgrade|beograd|belgrado
BA:sarajevo
AL:tirana
MK:skopje
MD:chisinau
DE:esslingen|ludwigsburg|offenburg|villingen-schwenningen|sindelfingen|boblingen|goppingen|aalen|schwabisch hall|friedrichshafen|kempten|schweinfurt|aschaffenburg|kaiserslautern|remscheid|moers|recklinghausen|bottrop|herne|witten|iserlohn|lunen|unna|soest|arnsberg|ratingen|bergisch gladbach|salzgitter|wolfenbuttel|celle|luneburg|cuxhaven|bremerhaven|wilhelmshaven|emden|delmenhorst|neumunster|frankfurt am main|limburg|wetzlar|bad homburg|russelsheim|neu-ulm|memmingen|kaufbeuren|straubing|nordhausen|eisenach|suhl|halberstadt|wernigerode|stendal|eberswalde
FR:saint-brieuc|pau|biarritz|tarbes|agen|perigueux|brive|montauban|albi|rodez|carcassonne|beziers|sete|arles|cannes|antibes|grasse|frejus|montelimar|roanne|vaulx-en-velin|venissieux|macon|chalon-sur-saone|auxerre|nevers|chateauroux|saint-lo|alencon|cholet|la roche-sur-yon|chalons-en-champagne|charleville-mezieres|epinal|montbeliard|lons-le-saunier|vitry-sur-seine|ivry-sur-seine|bobigny|pantin|saint-ouen|clichy|colombes|cergy|evry|melun|meaux|beauvais|compiegne|saint-quentin|arras|douai|valenciennes|boulogne-sur-mer|villeneuve-d'ascq
ES:l'hospitalet de llobregat|elx|jerez de la frontera|fuengirola|torremolinos|estepona|motril|talavera de la reina|alcorcon|alcobendas|ferrol|aviles|irun|barakaldo|getxo|ponferrada|arrecife|telde|ibiza|granollers|gandia|torrevieja|orihuela|benidorm
IT:ascoli piceno|olbia|carrara`;

function parse(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of table.split('\n')) {
    const [code, names] = line.split(':') as [string, string];
    for (const name of names.split('|')) if (!out.has(name)) out.set(name, code);
  }
  return out;
}

export const CITY_COUNTRY: ReadonlyMap<string, string> = parse(CITIES);

/**
 * places-towns.ts's 'CC:' lines, whose names are front-coded (scripts/places-towns.mjs): each starts with how many letters it
 * shares with the name before (0-9, then A-Z for 10-35), then the rest of it; names are lower-case letters and spaces only.
 * @example parseCoded('ES:0castro6 urdiales').get('castro urdiales') // 'ES'
 */
export function parseCoded(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of table.split('\n')) {
    const code = line.slice(0, 2);
    let previous = '';
    for (let i = 3; i < line.length; ) {
      const c = line.charCodeAt(i);
      const shared = c <= 57 ? c - 48 : c - 55;
      let end = i + 1;
      while (end < line.length && !isCount(line.charCodeAt(end))) end++;
      previous = previous.slice(0, shared) + line.slice(i + 1, end);
      if (!out.has(previous)) out.set(previous, code);
      i = end;
    }
  }
  return out;
}

/** A digit or a capital letter: the count that opens a front-coded name. */
const isCount = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

// Names that are also common words in running text: German "Island" (Iceland), "Malte".
const AMBIGUOUS_IN_PROSE = new Set(['island', 'malte']);
export const COUNTRY_CODE: ReadonlyMap<string, string> = new Map(
  countryNames(foldKeepLength).filter(([name]) => !AMBIGUOUS_IN_PROSE.has(name)),
);

/** A folded name as places-towns.ts keys it: hyphens and apostrophes as spaces ("saint martin d heres"). */
export const townKey = (folded: string): string => folded.replace(/[-'’]+/g, ' ').replace(/\s+/g, ' ').trim();

let towns: Map<string, string> | undefined;
/** The long list without the names of the hand list, which is searched for and judged on its own. */
const lesser = () => (towns ??= new Map([...parseCoded(TOWNS)].filter(([name]) => !CITY_COUNTRY.has(name))));
let firstWords: Set<string> | undefined;
/** A bit per hash of each town's first word: most capitalised words of a page are told apart without making a string. */
let firstWordBits: Uint8Array | undefined;
const BITS = 1 << 17;

function wordHash(text: string, at: number, end: number): number {
  let h = 2166136261;
  for (let i = at; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) & (BITS - 1);
}

/**
 * Whether some town of places-towns.ts starts with the folded word from `at` to `end` of `folded`
 * ("castro" for Castro Urdiales).
 * @example startsTownAt('en castro urdiales', 3, 9) // true
 */
export function startsTownAt(folded: string, at: number, end: number): boolean {
  if (!firstWordBits) {
    firstWordBits = new Uint8Array(BITS >> 3);
    firstWords = new Set();
    for (const key of lesser().keys()) {
      const first = key.split(' ', 1)[0]!;
      firstWords.add(first);
      const h = wordHash(first, 0, first.length);
      firstWordBits[h >> 3]! |= 1 << (h & 7);
    }
  }
  const h = wordHash(folded, at, end);
  return (firstWordBits[h >> 3]! & (1 << (h & 7))) !== 0 && firstWords!.has(folded.slice(at, end));
}

/**
 * The country of a town of Europe with at least 10,000 people (places-towns.ts), by its folded
 * name; the list above is searched for in running text, this one only confirms a name.
 * @example townCountry('castro urdiales') // 'ES'
 */
export function townCountry(folded: string): string | undefined {
  const key = townKey(folded);
  return CITY_COUNTRY.get(key) ?? lesser().get(key) ?? (wordTowns ??= parseCoded(WORD_TOWNS)).get(key);
}

let wordTowns: Map<string, string> | undefined;

/**
 * townCountry() without the towns whose names are also words: what running text may be searched for.
 * @example freeTownCountry('leon') // undefined (a lion as often as the town)
 */
export function freeTownCountry(folded: string): string | undefined {
  const key = townKey(folded);
  return CITY_COUNTRY.get(key) ?? lesser().get(key);
}

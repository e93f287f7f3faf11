/**
 * Country names as partners write them (English, French, German, Italian, Spanish and the
 * country's own name) mapped to ISO 3166-1 alpha-2 codes, for European countries and the
 * neighbours events often mention, with each country's main time zone. One table for the
 * structured readers (lib/sources) and the free-text reader (lib/extract).
 */

// code: names separated by '|', compared accent- and case-insensitively.
const NAMES: Record<string, string> = {
  AT: 'austria|autriche|osterreich|oesterreich|österreich',
  BE: 'belgium|belgique|belgien|belgio|belgica|bélgica|belgie|belgië',
  BG: 'bulgaria|bulgarie|bulgarien|bulgarije|българия',
  HR: 'croatia|croatie|kroatien|croazia|croacia|hrvatska',
  CY: 'cyprus|chypre|zypern|cipro|chipre|κύπρος',
  CZ: 'czech republic|czechia|republique tcheque|tchequie|tschechien|repubblica ceca|cechia|republica checa|chequia|cesko|česko|česká republika',
  DK: 'denmark|danemark|danemark|danimarca|dinamarca|danmark',
  EE: 'estonia|estonie|estland|eesti',
  FI: 'finland|finlande|finnland|finlandia|suomi',
  FR: 'france|frankreich|francia|frankrijk',
  DE: 'germany|allemagne|deutschland|germania|alemania|duitsland',
  GR: 'greece|grece|griechenland|grecia|ελλάδα|hellas',
  HU: 'hungary|hongrie|ungarn|ungheria|hungria|magyarorszag|magyarország',
  IE: 'ireland|irlande|irland|irlanda|eire|éire',
  IT: 'italy|italie|italien|italia',
  LV: 'latvia|lettonie|lettland|lettonia|letonia|latvija',
  LT: 'lithuania|lituanie|litauen|lituania|lietuva',
  LU: 'luxembourg|luxemburg|lussemburgo|luxemburgo|letzebuerg',
  MT: 'malta|malte',
  NL: 'netherlands|the netherlands|pays-bas|pays bas|niederlande|paesi bassi|olanda|países bajos|paises bajos|holanda|nederland|holland',
  PL: 'poland|pologne|polen|polonia|polska',
  PT: 'portugal|portogallo',
  RO: 'romania|roumanie|rumanien|rumänien|rumania|românia',
  SK: 'slovakia|slovaquie|slowakei|slovacchia|eslovaquia|slovensko',
  SI: 'slovenia|slovenie|slowenien|eslovenia|slovenija',
  ES: 'spain|espagne|spanien|spagna|espana|españa|spanje',
  SE: 'sweden|suede|schweden|svezia|suecia|sverige',
  NO: 'norway|norvege|norwegen|norvegia|noruega|norge',
  IS: 'iceland|islande|island|islanda|islandia',
  CH: 'switzerland|suisse|schweiz|svizzera|suiza|helvetia',
  LI: 'liechtenstein',
  GB: 'united kingdom|uk|great britain|england|scotland|wales|northern ireland|royaume-uni|royaume uni|vereinigtes konigreich|vereinigtes königreich|regno unito|reino unido|grossbritannien|großbritannien',
  UA: 'ukraine|ucraina|ucrania|україна|oekraine',
  MD: 'moldova|moldavie|moldawien|republic of moldova',
  RS: 'serbia|serbie|serbien|srbija|србија',
  BA: 'bosnia and herzegovina|bosnia|bosnie-herzegovine|bosnien und herzegowina|bosnia ed erzegovina|bosnia y herzegovina',
  ME: 'montenegro|monténégro|crna gora',
  MK: 'north macedonia|macedonia|macedoine du nord|nordmazedonien|macedonia del nord|macedonia del norte',
  AL: 'albania|albanie|albanien|shqiperia|shqipëria',
  XK: 'kosovo',
  TR: 'turkey|turkiye|türkiye|turquie|turkei|türkei|turchia|turquia|turquía',
  MA: 'morocco|maroc|marokko|marocco|marruecos',
  TN: 'tunisia|tunisie|tunesien|tunez|túnez',
  US: 'united states|usa|united states of america|etats-unis|états-unis|vereinigte staaten|stati uniti|estados unidos',
  CA: 'canada|kanada',
};

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  for (const name of names.split('|')) BY_NAME.set(fold(name), code);
}
const CODES = new Set(Object.keys(NAMES).concat(['AD', 'MC', 'SM', 'VA', 'GE', 'AM', 'AZ', 'BY', 'RU', 'EG', 'DZ', 'SY', 'AF', 'IQ', 'NG', 'SN']));

/**
 * The ISO 3166-1 alpha-2 code for a country name or code, or undefined when unknown.
 * @example countryCode('Belgique') // 'BE'
 * @example countryCode('de') // 'DE'
 */
export function countryCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^[a-zA-Z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (upper === 'UK') return 'GB';
    if (CODES.has(upper)) return upper;
  }
  if (trimmed.length > 40) return undefined;
  return BY_NAME.get(fold(trimmed));
}

// Most partner countries have one zone, so a country tells the zone of a time written with an offset.
const ZONES: Record<string, string> = {
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', HR: 'Europe/Zagreb', CY: 'Asia/Nicosia', CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn', FI: 'Europe/Helsinki', FR: 'Europe/Paris', DE: 'Europe/Berlin', GR: 'Europe/Athens',
  HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome', LV: 'Europe/Riga', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta', NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest', SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana', ES: 'Europe/Madrid', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', IS: 'Atlantic/Reykjavik', CH: 'Europe/Zurich',
  LI: 'Europe/Vaduz', GB: 'Europe/London', UA: 'Europe/Kyiv', MD: 'Europe/Chisinau', RS: 'Europe/Belgrade', BA: 'Europe/Sarajevo',
  ME: 'Europe/Podgorica', MK: 'Europe/Skopje', AL: 'Europe/Tirane', XK: 'Europe/Belgrade', TR: 'Europe/Istanbul', MA: 'Africa/Casablanca',
  TN: 'Africa/Tunis',
};

/**
 * The main IANA zone of a country (ISO code), when it has one.
 * @example countryZone('BE') // 'Europe/Brussels'
 */
export function countryZone(code: string | undefined): string | undefined {
  return code ? ZONES[code] : undefined;
}

/**
 * Every known name with its code, each name folded by `fold`, for finding country names in
 * running text.
 * @example new Map(countryNames((s) => s.toLowerCase())).get('belgique') // 'BE'
 */
export function countryNames(fold: (name: string) => string): Array<[string, string]> {
  return Object.entries(NAMES).flatMap(([code, names]) => names.split('|').map((name): [string, string] => [fold(name), code]));
}

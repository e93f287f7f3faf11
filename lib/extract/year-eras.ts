/**
 * Words that date a page to a stretch of years without writing one: refugees from the war in
 * Ukraine (2022 on), the pandemic (2020 on), a reception system under a name it bore only for some
 * years (Italy's SPRAR, SIPROIMI), a law or a pact from the year it came, a European Year (that
 * year). A weekday beside an undated day fits one year in every five to eleven, so even a coarse
 * era picks the right one: "Thursday, 13 October" on a page about Ukrainian refugees is 2022, not
 * 2011 or 2016. Folded text (lower case, no accents), en, fr, de, it, es.
 */

/** Years a page can be from: `from` and `to` included, either open. */
export interface Era {
  from?: number;
  to?: number;
}

/** Each stretch: the words, and the years they fit (a word used a year before its law passed still counts). */
const ERAS: ReadonlyArray<[RegExp, Era]> = [
  // The war in Ukraine and the people who fled it (2022 on; 2014's displaced were rarely called refugees in the EU).
  [/\b(?:ukrainian refugees|refugees from ukraine|(?:people|those) fleeing (?:the war in )?ukraine|war in ukraine|invasion of ukraine|ukrainische[nr]? (?:gefluchtete|fluchtlinge|vertriebene)|(?:gefluchtete|fluchtlinge|vertriebene) aus der ukraine|krieg in der ukraine|refugies ukrainiens|refugies d['’]ukraine|deplaces ukrainiens|guerre en ukraine|rifugiati ucraini|profughi ucraini|(?:rifugiati|profughi) dall['’]ucraina|guerra in ucraina|refugiados ucranianos|desplazados ucranianos|refugiados de ucrania|guerra en ucrania)\b/, { from: 2022 }],
  // The COVID-19 pandemic (2020 on).
  [/\b(?:covid(?:-?19)?|coronavirus|corona-?(?:pandemie|krise|virus)|sars-cov-2|pandemic|pandemie|pandemia|lockdown)\b/, { from: 2020 }],
  // Italy's reception system: SPRAR until 2018 (then "ex SPRAR" for a while), SIPROIMI 2018-2020, SAI after.
  [/\bsprar\b/, { to: 2019 }],
  [/\bsiproimi\b/, { from: 2018, to: 2021 }],
  [/\bsistema di accoglienza e integrazione\b/, { from: 2020 }],
  // The EU's Pact on Migration and Asylum (proposed in September 2020).
  [/\b(?:pact on migration and asylum|pacte (?:europeen )?sur la migration et l['’]asile|patto (?:europeo )?su(?:lla)? migrazion[ei] e (?:l['’])?asilo|pacto (?:europeo )?(?:sobre|de) migracion y asilo|migrations- und asylpakt|asyl- und migrationspakt)\b/, { from: 2020 }],
  // Germany: the citizen's income (from 2023, debated in 2022), the opportunity card (2024, debated in 2023).
  [/\bburgergeld\b/, { from: 2022 }],
  [/\bchancenkarte\b/, { from: 2023 }],
  // The United Kingdom's leaving the EU (voted in 2016).
  [/\bbrexit\b/, { from: 2016 }],
];

/** "European Year of ..." in each language, then within a few words the year's theme. */
const EUROPEAN_YEAR = /\b(?:european year|annee europeenne|europaische[ns]? jahr|anno europeo|ano europeo)(?![a-z])([^\n.]{0,40})/;
/** The Year of Intercultural Dialogue (2008), named without "European" too ("la declaración europea del Año del Diálogo Intercultural"). */
const INTERCULTURAL_DIALOGUE = /\b(?:year of intercultural dialogue|annee du dialogue interculturel|jahr(?:es)? des interkulturellen dialogs|anno del dialogo interculturale|ano del dialogo intercultural)\b/;
/** The themes of the European Years and their years. */
const EUROPEAN_YEARS: ReadonlyArray<[RegExp, number]> = [
  [/equal opportunit|egalite des chances|chancengleichheit|pari opportunita|igualdad de oportunidades/, 2007],
  [/intercultur|interkultur/, 2008],
  [/creativ|kreativ/, 2009],
  [/povert|pauvrete|armut|pobreza/, 2010],
  [/volunt|benevol|freiwillig/, 2011],
  [/active ageing|vieillissement actif|aktiven alterns|invecchiamento attivo|envejecimiento activo/, 2012],
  [/citizens|citoyen|burgerinnen|burger|cittadin|ciudadan/, 2013],
  [/development|developpement|entwicklung|sviluppo|desarrollo/, 2015],
  [/cultural heritage|patrimoine culturel|kulturerbe|patrimonio cultural/, 2018],
  [/youth|jeunesse|jugend|giovani|gioventu|juventud/, 2022],
  [/skills|competences|kompetenzen|competenze|competencias/, 2023],
];

/**
 * The year of the European Year a page names ("Año Europeo del Diálogo Intercultural": 2008), if it names one.
 * @example europeanYear('el ano europeo del dialogo intercultural') // 2008
 */
export function europeanYear(folded: string): number | undefined {
  if (INTERCULTURAL_DIALOGUE.test(folded)) return 2008;
  const m = EUROPEAN_YEAR.exec(folded);
  if (!m) return undefined;
  return EUROPEAN_YEARS.find(([theme]) => theme.test(m[1]!))?.[1];
}

/**
 * The years the page's words leave open, narrowed by every stretch it names; undefined when it names none
 * or when they contradict each other (a page that looks back to the SPRAR in 2023 says nothing sure).
 * @example eraOf('aiuti ai profughi ucraini') // { from: 2022 }
 */
export function eraOf(folded: string): Era | undefined {
  let from = -Infinity;
  let to = Infinity;
  for (const [words, era] of ERAS) {
    if (!words.test(folded)) continue;
    from = Math.max(from, era.from ?? -Infinity);
    to = Math.min(to, era.to ?? Infinity);
  }
  if (from > to || (from === -Infinity && to === Infinity)) return undefined;
  return { ...(from > -Infinity ? { from } : {}), ...(to < Infinity ? { to } : {}) };
}

/** Whether `y` lies in `era`. */
export const inEra = (y: number, era: Era | undefined): boolean => !era || ((era.from ?? -Infinity) <= y && y <= (era.to ?? Infinity));

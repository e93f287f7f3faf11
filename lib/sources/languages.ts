/**
 * Language names and tags as sources write them ("English", "Français", "de-AT") turned into
 * BCP 47 tags for `languages`.
 */

const NAMES: Record<string, string> = {
  english: 'en', anglais: 'en', englisch: 'en', inglese: 'en', ingles: 'en', inglés: 'en',
  french: 'fr', francais: 'fr', français: 'fr', franzosisch: 'fr', französisch: 'fr', francese: 'fr', frances: 'fr', francés: 'fr',
  german: 'de', allemand: 'de', deutsch: 'de', tedesco: 'de', aleman: 'de', alemán: 'de',
  italian: 'it', italien: 'it', italienisch: 'it', italiano: 'it',
  spanish: 'es', espagnol: 'es', spanisch: 'es', spagnolo: 'es', espanol: 'es', español: 'es', castellano: 'es',
  dutch: 'nl', neerlandais: 'nl', néerlandais: 'nl', niederlandisch: 'nl', niederländisch: 'nl', nederlands: 'nl', olandese: 'nl',
  portuguese: 'pt', portugais: 'pt', portugiesisch: 'pt', portoghese: 'pt', portugues: 'pt', português: 'pt', portugués: 'pt',
  arabic: 'ar', arabe: 'ar', arabisch: 'ar', arabo: 'ar', árabe: 'ar', 'العربية': 'ar',
  ukrainian: 'uk', ukrainien: 'uk', ukrainisch: 'uk', ucraino: 'uk', ucraniano: 'uk', 'українська': 'uk',
  polish: 'pl', polonais: 'pl', polnisch: 'pl', polski: 'pl', greek: 'el', grec: 'el', griechisch: 'el',
  turkish: 'tr', turc: 'tr', türkisch: 'tr', turkce: 'tr', türkçe: 'tr', russian: 'ru', russe: 'ru', russisch: 'ru',
  romanian: 'ro', roumain: 'ro', rumänisch: 'ro', română: 'ro', farsi: 'fa', persian: 'fa', dari: 'prs', pashto: 'ps',
  tigrinya: 'ti', somali: 'so', kurdish: 'ku',
};

const TAG_RE = /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$/;

/**
 * A BCP 47 tag for a language name or tag, or undefined.
 * @example languageTag('Français') // 'fr'
 * @example languageTag('de_AT') // 'de-AT'
 */
export function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const named = NAMES[trimmed.toLowerCase()];
  if (named) return named;
  if (!TAG_RE.test(trimmed)) return undefined;
  const [lang, ...rest] = trimmed.split(/[-_]/);
  return [lang?.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

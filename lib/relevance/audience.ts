/**
 * A gathering held for the group: "a sewing workshop for migrant women", "Fest für Geflüchtete
 * und Nachbarn", "rencontre avec des demandeurs d'asile", "taller de empleo para personas
 * migrantes". An activity named with the group as its audience is about them, whatever other
 * words the page uses; a page on another topic names the group in passing ("a garden run by
 * volunteers, some of them refugees"), not as whom its activity is for.
 */

/** Activities people attend (folded; a trailing stem matches any ending). */
const ACTIVITIES = [
  // en
  'workshops?', 'courses?', 'class(?:es)?', 'cafes?', 'meetings?', 'evenings?', 'festivals?', 'party', 'parties', 'events?', 'sessions?',
  'trainings?', 'lessons?', 'club', 'drop-in', 'lunch', 'dinner', 'breakfast', 'picnic', 'tours?', 'visits?', 'excursions?', 'gatherings?',
  'celebrations?', 'fairs?', 'seminars?', 'webinars?', 'conferences?', 'talks?', 'screenings?', 'concerts?', 'tournaments?', 'clinics?', 'counselling',
  'exhibitions?', 'readings?', 'shows?', 'walks?', 'performances?', 'debates?', 'discussions?', 'matches', 'match', 'cooking',
  // de
  'workshop', 'kurs\\p{L}*', 'cafe', 'treff\\p{L}*', 'abend', 'nachmittag', 'fest', 'feier', 'veranstaltung\\p{L}*', 'begegnung\\p{L}*', 'fuhrung\\p{L}*',
  'ausflug', 'fruhstuck', 'sprechstunde\\p{L}*', 'beratung\\p{L}*', 'seminar\\p{L}*', 'tagung', 'konzert', 'turnier', 'angebot\\p{L}*', 'training\\p{L}*',
  'unterricht', 'stammtisch', 'lesung\\p{L}*', 'ausstellung\\p{L}*', 'diskussion\\p{L}*', 'vortrag', 'kochen', 'spielenachmittag',
  // (German names its gatherings in compounds: "Stadtführung", "Fußballturnier", "Kochkurs".)
  '\\p{L}+(?:fuhrung|turnier|kurs|fest|abend|treff|cafe|workshop|ausstellung|lesung)\\p{L}*',
  // fr
  'ateliers?', 'cours', 'soirees?', 'rencontres?', 'journees?', 'fetes?', 'formations?', 'seances?', 'sorties?', 'repas', 'permanences?',
  'conferences?', 'debats?', 'projections?', 'concerts?', 'tournois?', 'visites?', 'goûters?', 'gouters?', 'expositions?', 'lectures?',
  'spectacles?', 'balades?', 'matchs?', 'cuisine',
  // it
  'laboratori[oi]', 'cors[oi]', 'incontr[oi]', 'serat[ae]', 'giornat[ae]', 'fest[ae]', 'event[oi]', 'lezion[ei]', 'pranz[oi]', 'cen[ae]',
  'sportell[oi]', 'git[ae]', 'visit[ae]', 'convegn[oi]', 'proiezion[ei]', 'concert[oi]', 'tornei', 'torneo', 'attivita', 'mostr[ae]',
  'letture', 'lettura', 'spettacol[oi]', 'passeggiat[ae]', 'partit[ae]', 'cucina',
  // es
  'taller(?:es)?', 'curs[oa]s?', 'clases?', 'charlas?', 'jornadas?', 'encuentros?', 'fiestas?', 'sesion(?:es)?', 'actividad(?:es)?',
  'comidas?', 'cenas?', 'excursion(?:es)?', 'visitas?', 'conferencias?', 'proyeccion(?:es)?', 'conciertos?', 'torneos?', 'asesoria',
  'exposicion(?:es)?', 'lecturas?', 'espectaculos?', 'paseos?', 'partidos?', 'cocina',
];

/**
 * "for", "with" and "aimed at" in the five languages, as the audience's preposition; and "by" or "led by": a
 * gathering its members make ("an exhibition by refugee artists", "visite guidée par des guides réfugiés").
 */
const FOR = '(?:for|fur|pour|per|para|dedicated to|aimed at|open to|fur die|rivolt[oaie] (?:a|ai|alle|agli)|dedicat[oaie] (?:a|ai|alle|agli)|destinad[oa]s? a|dirigid[oa]s? a|a destination de|destine[es]* aux?|with|avec|mit|con'
  + '|by|led by|run by|made by|von|par|anime[es]* par|da|guidat[oaie] da|condott[oaie] da|por|guiad[oa]s? por)';
/** Words that may stand between the preposition and the group: articles, "women", "young", "and". */
const BETWEEN = '(?:the|les|des|de|la|le|l\'|die|den|der|i|gli|le|las|los|el|young|junge[n]?|jeunes|giovani|jovenes|women|frauen|femmes|donne|mujeres|men|manner|hommes|uomini|hombres|personas|persone|personnes|people|menschen|children|kinder[n]?|enfants|bambini|ninos|ninas|families|familien|familles|famiglie|familias|adult[eio]?s?|erwachsene[n]?|new|neue[n]?|nouveaux|nouvelles|nuovi|nuove|nuevos|nuevas|local|lokale[n]?|and|und|et|e|y|all|alle|tous|tutti|todos|interested|interessierte[n]?|'
  // (The people living in a place: "with the residents of the shelter", "mit den Bewohnern der Unterkunft".)
  + 'residents|bewohner\\p{L}*|habitants|residenti|residentes|ospiti|of|del|della|dei|degli|du|'
  // (Articles, and the people who make the gathering: "teams of young migrants", "guides réfugiés", "artisti rifugiati".)
  + 'a|an|un|une|una|uno|einer|einem|eine[nm]?|aus|teams?|equipes|squadre|equipos|artists|artistes|artisti|artistas|kunstler\\p{L}*|'
  + 'musicians|musiciens|musicisti|musicos|musiker\\p{L}*|guides?|guias|autor\\p{L}*|authors|auteur[es]*|autori|autrici|'
  + 'ragazz[ie]|chic[oa]s|kids|youth|players|joueurs|giocatori|jugadores|cooks|cuisinier[es]*|cuochi|cocineros|'
  + 'students|etudiants|studenti|estudiantes|volunteers|benevoles|volontari|voluntarios)';
const ACTIVITY_FOR = new RegExp(
  `(?<![\\p{L}])(?:${ACTIVITIES.join('|')})(?![\\p{L}])(?:[\\s,]+[\\p{L}'’-]+){0,8}?[\\s,]+${FOR}(?:\\s+${BETWEEN}(?![\\p{L}]))*\\s+$`,
  'u',
);
/** The last word of each preposition of FOR ("dedicated to", "fur die", "destinees aux"). */
const FOR_LAST_WORD = /^(?:for|fur|pour|per|para|to|at|die|a|ai|alle|agli|de|aux?|with|avec|mit|con|by|von|par|da|por)$/u;
const BETWEEN_WORD = new RegExp(`^(?:${BETWEEN})$`, 'u');
/** \s of a pattern: the spaces between the last words of ACTIVITY_FOR (a comma may stand before FOR too). */
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Whether the text from `from` to `end` closes as every match of ACTIVITY_FOR does: a preposition of FOR, then
 * words of BETWEEN, then spaces. Read word by word from the end, a few words at most, so that the long pattern
 * runs only where it may match ("workshop for the refugees"), not after every "the" or "of" ("support of refugees").
 */
function endsAsAudience(folded: string, from: number, end: number): boolean {
  let wordEnd = end;
  for (;;) {
    const spacesEnd = wordEnd;
    while (wordEnd > from && isSpace(folded.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === spacesEnd) return false;
    let wordStart = wordEnd;
    while (wordStart > from && !isSpace(folded.charCodeAt(wordStart - 1)) && folded.charCodeAt(wordStart - 1) !== 0x2c) wordStart--;
    if (wordStart === wordEnd) return false;
    const word = folded.slice(wordStart, wordEnd);
    if (FOR_LAST_WORD.test(word)) return true;
    if (!BETWEEN_WORD.test(word)) return false;
    wordEnd = wordStart;
  }
}

/** How far before the group's word the activity may stand (a few words). */
const LOOK_BACK = 90;

/**
 * Whether the group's word at `index` of the folded text is the audience of an activity
 * named just before it, within its sentence.
 * @example isAudience('sewing workshop for migrant women', 20) // true
 * @example isAudience('a garden run by volunteers, some of them refugees', 41) // false
 */
export function isAudience(folded: string, index: number): boolean {
  return audienceActivity(folded, index) !== undefined;
}

/**
 * Where the activity held for the group at `index` is named (its first word), if it is one.
 * @example audienceActivity('sewing workshop for migrant women', 20) // { index: 7, length: 8 }
 */
export function audienceActivity(folded: string, index: number): { index: number; length: number } | undefined {
  let from = Math.max(0, index - LOOK_BACK);
  const before = folded.slice(from, index);
  // Only the group's own sentence counts.
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(': '));
  from += stop + 1;
  if (!endsAsAudience(folded, from, index)) return undefined;
  const m = ACTIVITY_FOR.exec(folded.slice(from, index));
  if (!m) return undefined;
  const word = /^[\p{L}-]+/u.exec(m[0])![0];
  return { index: from + m.index, length: word.length };
}

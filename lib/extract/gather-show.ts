/**
 * A show after a talk: a film screened, a concert or a play given hours after the day's gathering of another kind, said in a
 * sentence of its own that opens with its hour or a word of sequence ("ore 21:15: a seguire sarà proiettato il documentario",
 * "8:30pm: afterwards, the documentary will be screened", "20h30 : ensuite, projection du documentaire", "20:30 Uhr: Im
 * Anschluss wird der Film gezeigt", "20:30: a continuación se proyectará el documental"). The public comes for the show as for a
 * gathering of its own, wherever it is held: another event of the day (later-gathering.ts). A reception or a dinner after the
 * talk is no show and stays the talk's; so does a show inside the day's own sentence, a festival day's shows (its words name no
 * talk), and one named less than SHOW_GAP minutes
 * after the day's start (the talk has not ended).
 */

/** Words of a show (folded), five languages: screened films, concerts, plays. */
const SHOW = /(?<![\p{L}])(?:proiett\p{L}*|proiezion[ei]|projection|projete[es]?|proyecci\p{L}*|proyectar\p{L}*|screening|screened|filmvorfuhrung\p{L}*|(?:film|dokumentarfilm)\p{L}*[^.!?\n]{0,60}gezeigt|concerts?|concerto|concierto|konzert\p{L}*|spettacol[oi]|spectacle|espectaculo|theaterstuck|piece de theatre|obra de teatro|play)(?![\p{L}])/u;

/** Words of a talk (folded), five languages: the day's gathering a show may follow; a festival's day holds its shows. */
const TALK = /(?<![\p{L}])(?:conferen\p{L}*|talks?|lectures?|panel|debat\p{L}*|dibattit[oi]|tavola rotonda|table ronde|mesa redonda|seminar\p{L}*|convegno|colloque|charla|ponencia|vortrag|podiumsdiskussion|diskussion|presentazione|presentation|presentacion|prasentation|book launch)(?![\p{L}])/u;

/** How long after the day's start a show must begin to follow the day's gathering rather than belong to it (minutes). */
export const SHOW_GAP = 120;

/**
 * True when `sentence` (folded) names a show and the day's words before it, `day` (folded), name a talk and no show, and the show begins SHOW_GAP
 * minutes or more after the day's start.
 * @example showAfterTalk('a seguire sara proiettato il documentario', 'conferenza presso la casa del quartiere', 1080, 1275) // true
 */
export function showAfterTalk(sentence: string, day: string, dayStart: number, showStart: number): boolean {
  return showStart - dayStart >= SHOW_GAP && SHOW.test(sentence) && TALK.test(day) && !SHOW.test(day);
}

/**
 * The end of a route: a walk, a march, a ride or a procession that reaches its goal ("At 1pm the walkers arrive at Roundhay Park
 * for a picnic", "Alle 12 i partecipanti arriveranno al Parco della Resistenza", "A las 13:00 llegará al parque Grande", "Vers
 * 12h, arrivée place Bellecour", "Gegen 13 Uhr erreicht der Zug den Stadtpark"). The place it reaches at a later hour is the same
 * gathering's last stop, not another gathering (later-gathering.ts).
 */

/** Gatherings that go along a route (folded), five languages: only their later stop is an arrival ("arriva il concerto" is no route's). */
const ROUTE = /(?<![\p{L}])(?:walks?|marche?s?|marcia|marcha|demonstration|demo|protest march|procession|processione|procesion|cortege|corteo|parade|pilgrimage|pellegrinaggio|peregrinacion|pelerinage|wallfahrt|wanderung|spaziergang|rundgang|randonnee|caminata|camminata|passeggiata|fiaccolata|rides?|ciclopasseggiata|bicicletada|velorution|sternmarsch|umzug|zug)(?![\p{L}])/u;

/**
 * True when the day's own words `day` (folded) name a gathering along a route and a later sentence `sentence` (folded) says it
 * arrives somewhere.
 * @example routeArrives('the walk of welcome starts at the town hall', 'at 1pm the walkers arrive at roundhay park') // true
 */
export function routeArrives(day: string, sentence: string): boolean {
  return ARRIVAL.test(sentence) && ROUTE.test(day);
}

/** Verbs and nouns of arriving (folded), five languages. */
const ARRIVAL = /(?<![\p{L}])(?:arriv(?:e|es|ed|al|ing)|will arrive|reach(?:es|ed)?|will reach|arriv(?:ee|era|eront|ent)|arriv(?:o|era|eranno|a|ano|ati|ato)|arrivo|lleg(?:a|ara|aran|ada|an)|ankunft|an(?:kommen|kommt)|erreich(?:t|en))(?![\p{L}])/u;

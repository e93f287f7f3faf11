/**
 * The event score's weights, in one table: each sign that a dated mention is a gathering adds its weight, and a
 * mention counts as an event at EVENT_THRESHOLD (candidates.ts). Kept together so that the judge can be calibrated
 * as one model (each weight measured per dev-set round) rather than tuned sign by sign.
 */
export const EVENT_WEIGHTS = {
  /** "Date:", "Quand :", a label alone on the line above. */
  labelled: 3,
  /** An event noun in the date's own segment of its sentence ("workshop on 5 May"). */
  ownNoun: 2,
  /** ... or elsewhere in its sentence. */
  sentenceNoun: 1.5,
  /** An event verb in its sentence ("will take place", "findet statt"). */
  verb: 1,
  /** An event noun in the sentence before, when its own has none ("...an online debate. Watch it on Tuesday"). */
  previousNoun: 1,
  /** "The first was in Larino, from 23 to 27 March": one of the things the sentence before named. */
  ordinalRef: 1,
  /** A verb in its sentence and a noun in the next ("took place on 21.11.2016 in Berlin. At this conference, ..."). */
  nextNoun: 1,
  /** An hour in its segment. */
  time: 1,
  /** A span of hours in its segment ("de 13h00 à 17h00"). */
  timeRange: 1,
  /** A date on its own line whose block holds an event noun or verb. */
  blockCue: 1.5,
  /** ... a span of days under the name of a week or festival. */
  blockUmbrella: 1,
  /** ... an hour in the block. */
  blockTime: 1,
  /** ... else the next paragraph opens with an hour ("Samedi 2 mars / A 14 heures, ..."): a programme's day. */
  hourBelow: 1.5,
  /** ... a venue or address in the block. */
  blockVenue: 1,
  /** An event noun in its paragraph. */
  paragraphNoun: 0.5,
  /** An audience let in or awaited in its paragraph ("ingresso libero", "os esperamos"). */
  audience: 1,
  /** The page's headline names a gathering. */
  headlineNoun: 0.5,
  /** A worded date in the lines under such a headline. */
  underHeadline: 1.5,
  /** A numeric date there. */
  underHeadlineNumeric: 1,
  /** A day with its hour and a venue in its segment, when the rest falls short. */
  hourAndVenue: 1,
} as const;

export type EventSign = keyof typeof EVENT_WEIGHTS;

/**
 * The draft of another gathering a page tells beside a day's own (gather-clauses.ts, gather-same-day.ts,
 * gather-opening.ts): the day's draft with its own words, title, span, hour and place instead of the day's.
 */
import type { Draft } from './draft.ts';
import type { PageText, Span } from './text.ts';
import type { TimeMention } from './times.ts';
import { phraseTitle, sentenceTitle } from './title.ts';

/**
 * The gathering told in span `s` beside day draft `d`: at `where` (the town and country of `d` when `where` names
 * none; no place when neither has one), at `hour` when given, else with no hour.
 */
export function ownGatheringDraft(page: PageText, d: Draft, s: Span, where?: Draft['location'], hour?: TimeMention): Draft {
  const text = page.text.slice(s.start, s.end);
  const city = where?.city ?? d.location?.city;
  const country = where?.country ?? d.location?.country;
  const { startTime: _t, endTime: _e, phrase: _p, alsoAt: _a, location: _l, ...rest } = d;
  return {
    ...rest,
    ...(hour ? { startTime: hour.from, ...(hour.to !== undefined && hour.to > hour.from ? { endTime: hour.to } : {}) } : {}),
    pos: s.start,
    title: phraseTitle(text, 0) ?? sentenceTitle(page.text, s),
    ownTitle: true,
    ...(where || city ? { location: { ...where, ...(city ? { city } : {}), ...(country ? { country } : {}) } } : {}),
    text,
    span: s,
    ownNoun: true,
    multi: true,
    daySession: true,
  };
}

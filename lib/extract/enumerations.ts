/**
 * Dates enumerated in one sentence, each with its town, share their fate (issue 12, recall): "Die Tour macht am 19. Mai in
 * Delmenhorst, am 26. Mai in Rotenburg und am 3. Juni in Osnabrück Station", "the workshop comes to Leeds on 3 May, to York on
 * 10 May and to Hull on 17 May", "l'atelier sera le 3 mai à Lyon, le 10 mai à Grenoble et le 17 mai à Annecy". When one of
 * them is judged a gathering, the others are its stops, though the cue stands only near one of them.
 */
import type { Candidate } from './candidates.ts';
import type { PageText } from './text.ts';

/** The longest gap between two enumerated dates (characters): a short place name and a joint. */
const MAX_GAP = 60;

/**
 * What may stand between two dates of one enumeration (folded): an optional place ("in Delmenhorst", "à Lyon", "a Roma,
 * presso il Comune"), then a comma, a semicolon or "and", then the next date's own article ("am", "le", "il", "el", "on").
 * (No verb, no noun of its own: "the conference on 3 May, and the report published on 5 May" is no enumeration.)
 */
const ENUMERATION_GAP = /^\s*(?:(?:in|at|to|a|à|au|aux|en|im|nel|nella|nello|al|alla|ad|bei|beim)\s+[a-z\u00c0-\u024f'’.-]+(?:\s+[a-z\u00c0-\u024f'’.-]+){0,2}\s*)?(?:\([^()]{1,25}\)\s*)?(?:[,;]\s*(?:(?:and|und|et|e|y|sowie|then|puis|poi|luego)\s+)?|(?:and|und|et|e|y|sowie)\s+)(?:(?:and|und|et|e|y)\s+)?(?:(?:in|at|to|a|à|au|en|im|nel|nella|al|ad)\s+[a-z\u00c0-\u024f'’.-]+(?:\s+[a-z\u00c0-\u024f'’.-]+){0,2}\s*\s*)?(?:(?:am|on|on the|the|le|les|il|el|los|dal|du|del|vom)\s+)?$/;

/** A place after the date, before the joint: "in Delmenhorst,", "à Lyon et", "a Roma e". */
const PLACE_AFTER = /^\s*(?:in|at|to|a|à|au|aux|en|im|nel|nella|nello|al|alla|ad|bei|beim)\s+[a-z\u00c0-\u024f]/;

/**
 * Raises every date of an enumeration to the threshold when one of them reaches it. Changes `candidates` in place.
 * @example shareEnumerations(page, candidates, 2)
 */
export function shareEnumerations(page: PageText, candidates: readonly Candidate[], threshold: number): void {
  let run: Candidate[] = [];
  const close = () => {
    // (At least one date of the run names its place: "am 19. Mai in Delmenhorst, am 26. Mai in Rotenburg".)
    if (run.length >= 2 && run.some((c) => c.score >= threshold) && run.some((c) => PLACE_AFTER.test(page.folded.slice(c.mention.end, c.mention.end + 12)))) {
      for (const c of run) c.score = Math.max(c.score, threshold);
    }
    run = [];
  };
  for (const c of candidates) {
    if (c.kind !== 'event') {
      close();
      continue;
    }
    const last = run[run.length - 1];
    if (last && last.ctx.sentence.start === c.ctx.sentence.start && c.mention.start > last.mention.end && c.mention.start - last.mention.end <= MAX_GAP
      && ENUMERATION_GAP.test(page.folded.slice(last.mention.end, c.mention.start))) run.push(c);
    else {
      close();
      run = [c];
    }
  }
  close();
}

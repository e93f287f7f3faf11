import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/extract/candidates.ts';
import type { DateMention } from '../../../lib/extract/dates.ts';
import { programmeDays } from '../../../lib/extract/series.ts';
import { foldKeepLength } from '../../../lib/relevance/index.ts';
import type { RefDay } from '../../../lib/extract/year.ts';

// Session 22: an umbrella's opening named with its own hour on the first day is one of its gatherings
// (a weak mention of that day is kept as a day of the programme); in our own words, with near misses.
const y = 2019;
/** A page of two sentences: the umbrella's span, then a sentence naming its first day. */
function firstDayKept(span: string, spanDate: string, second: string, dayText: string): boolean {
  const text = `${span}\n\n${second}`;
  const folded = foldKeepLength(text);
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const rangeMention: DateMention = { start: at(spanDate), end: at(spanDate) + spanDate.length, days: [{ m: 6, d: 13 }, { m: 6, d: 20 }], range: true, explicitYear: false, numeric: false };
  const dayStart = at(dayText, span.length);
  const dayMention: DateMention = { start: dayStart, end: dayStart + dayText.length, days: [{ y, m: 6, d: 13 }], range: false, explicitYear: true, numeric: false };
  const cand = (mention: DateMention, sentence: { start: number; end: number }, score: number) => ({ mention, ctx: { sentence }, kind: 'event', score, labelled: false }) as unknown as Candidate;
  const host = cand(rangeMention, { start: 0, end: span.length }, 3);
  const weak = cand(dayMention, { start: span.length + 2, end: text.length }, 1.5);
  const resolved = new Map<DateMention, RefDay[]>([[rangeMention, [{ y, m: 6, d: 13 }, { y, m: 6, d: 20 }]], [dayMention, [{ y, m: 6, d: 13 }]]]);
  return programmeDays(folded, [host, weak], resolved, 2).has(weak);
}

describe('an umbrella opened by a gathering with its own hour', () => {
  it.each([
    ['fr', 'Du 13 au 20 juin, la Semaine de l’accueil propose de nombreux rendez-vous.', '13 au 20 juin', 'Coup d’envoi à la mairie le jeudi 13 à 18h avec une juriste.', 'jeudi 13'],
    ['de', 'Vom 13. bis 20. Juni lädt die Interkulturelle Woche zu vielen Veranstaltungen ein.', '13. bis 20. Juni', 'Die Eröffnung im Rathaus ist am Donnerstag, 13. Juni, um 18 Uhr.', 'Donnerstag, 13. Juni'],
    ['it', 'Dal 13 al 20 giugno la Settimana dell’accoglienza propone molti incontri.', '13 al 20 giugno', 'L’inaugurazione in municipio si terrà giovedì 13 alle 18.', 'giovedì 13'],
    ['es', 'Del 13 al 20 de junio, la Semana del Refugiado propone muchas actividades.', '13 al 20 de junio', 'El acto inaugural será el jueves 13 a las 18:00 en el ayuntamiento.', 'jueves 13'],
    ['en', 'From 13 to 20 June, Refugee Week offers many events.', '13 to 20 June', 'The opening at the town hall is on Thursday 13 at 6pm.', 'Thursday 13'],
  ])('%s: the opening is a gathering of its own', (_lang, span, spanDate, second, dayText) => {
    expect(firstDayKept(span, spanDate, second, dayText)).toBe(true);
  });

  it.each([
    ['fr: the first day said again, no opening', 'Du 13 au 20 juin, la Semaine de l’accueil propose de nombreux rendez-vous.', '13 au 20 juin', 'Rendez-vous presse le jeudi 13 à 18h à la mairie.', 'jeudi 13'],
    ['es: an opening with no hour of its own is the week\'s start', 'Del 13 al 20 de junio, la Semana del Refugiado propone muchas actividades.', '13 al 20 de junio', 'La apertura será el jueves 13 en el ayuntamiento.', 'jueves 13'],
    ['en: a span that is no umbrella (one conference of several days)', 'From 13 to 20 June, the summer school on asylum law takes place in Leeds.', '13 to 20 June', 'The opening at the town hall is on Thursday 13 at 6pm.', 'Thursday 13'],
  ])('near miss %s', (_name, span, spanDate, second, dayText) => {
    expect(firstDayKept(span, spanDate, second, dayText)).toBe(false);
  });
});

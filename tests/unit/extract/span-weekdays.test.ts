import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import type { Draft } from '../../../lib/extract/draft.ts';
import { spanWeekdays } from '../../../lib/extract/span-weekdays.ts';
import { readText } from '../../../lib/extract/text.ts';
import { findTimes } from '../../../lib/extract/times.ts';

// Session 22: weekdays named alone inside a short span the page announces, each with its own hour, are
// gatherings of the span; in our own words, five languages, with near misses.
const now = new Date('2026-11-30T12:00:00Z');

/** The days spanWeekdays reads after a span of 2-4 October 2025 (Thursday to Saturday) written at the text's start. */
function weekdayDays(text: string, last = 4): string[] {
  const page = readText(text);
  const span = { pos: 0, startDay: { y: 2025, m: 10, d: 2 }, endDay: { y: 2025, m: 10, d: last } } as unknown as Draft;
  return spanWeekdays(page, [span], [], findTimes(page, [])).map((m) => `${m.days[0]!.m}-${m.days[0]!.d} ${page.text.slice(m.start, m.end)}`);
}

describe('a weekday inside an announced span, with its own hour', () => {
  it.each([
    ['es', 'Semana Intercultural, del 2 al 4 de octubre. Las actividades comenzarán el viernes con un pasacalles a las 17:30 horas. El sábado, a partir de las 18:00 horas, habrá un concierto.', ['10-3 viernes', '10-4 sábado']],
    ['it', 'Festa dei popoli, dal 2 al 4 ottobre. Venerdì e sabato, dalle 10 alle 20, nel cortile del museo ci saranno laboratori e musica.', ['10-3 Venerdì', '10-4 sabato']],
    ['fr', 'Fête des cultures du 2 au 4 octobre. Vendredi à 18h, un concert ouvrira la fête au parc. Samedi à 15h, un tournoi de football au stade.', ['10-3 Vendredi', '10-4 Samedi']],
    ['de', 'Interkulturelle Tage vom 2. bis 4. Oktober. Am Freitag um 19 Uhr beginnt ein Konzert im Rathaus. Am Samstag um 15 Uhr gibt es ein Turnier.', ['10-3 Freitag', '10-4 Samstag']],
    ['en', 'Refugee Week, 2 to 4 October. On Friday at 7pm a concert opens at the town hall. On Saturday at 3pm there is a football tournament.', ['10-3 Friday', '10-4 Saturday']],
  ])('%s', (_lang, text, expected) => {
    expect(weekdayDays(text)).toEqual(expected);
  });

  it.each([
    ['es: no hour of its own, a day said in passing', 'Semana Intercultural, del 2 al 4 de octubre. El viernes los colegios prepararán murales sobre la convivencia.'],
    ['fr: a weekday of another week', 'Fête des cultures du 2 au 4 octobre. Le vendredi précédent à 18h, les bénévoles se réunissent.'],
    ['fr: every week', 'Fête des cultures du 2 au 4 octobre. Tous les samedis à 15h, un atelier de couture.'],
    ['it: last week', 'Festa dei popoli, dal 2 al 4 ottobre. Sabato scorso alle 18 gli organizzatori hanno presentato il programma.'],
    ['en: a weekday outside the span', 'Refugee Week, 2 to 4 October. On Sunday at 3pm the volunteers meet.'],
    ['it: a run of weekdays is opening hours', 'Festa dei popoli, dal 2 al 4 ottobre. Per informazioni rivolgersi alla segreteria dal lunedì al venerdì, dalle 9.30 alle 12.30.'],
    ['es: a run of weekdays is opening hours', 'Semana Intercultural, del 2 al 4 de octubre. Oficina abierta de lunes a viernes de 9:00 a 14:00.'],
    ['de: a weekday with its day number is a date', 'Interkulturelle Tage vom 2. bis 4. Oktober. Am Freitag, 3. Oktober, um 19 Uhr ein Konzert.'],
  ])('near miss %s', (_name, text) => {
    expect(weekdayDays(text)).toEqual([]);
  });

  it('near miss: a span longer than a week names no day by its weekday', () => {
    expect(weekdayDays('Film festival, 2 to 18 October. On Saturday at 3pm a screening at the library.', 18)).toEqual([]);
  });

  it('a page: the span and its days', () => {
    const text = 'La Semana Intercultural se celebrará en Soria del 2 al 4 de octubre de 2025.\n\nLas actividades comenzarán el viernes con un pasacalles a las 17:30 horas desde la plaza Mayor. El sábado, a partir de las 18:00 horas, habrá un concierto en la misma plaza.';
    expect(extractEvents(text, { now, lang: 'es' }).events.map((e) => [e.start, e.end ?? null])).toEqual([['2025-10-02', '2025-10-04'], ['2025-10-03T17:30', null], ['2025-10-04T18:00', null]]);
  });
});

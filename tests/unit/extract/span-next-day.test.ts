import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates.ts';
import { nextDayMentions } from '../../../lib/extract/span-next-day.ts';
import { readText } from '../../../lib/extract/text.ts';
import { foldKeepLength } from '../../../lib/relevance/index.ts';

// Session 22: "the next day" after a date is that date's next day; in our own words, five languages, with near misses.
function nextDays(text: string, lang: 'en' | 'de' | 'fr' | 'it' | 'es'): string[] {
  const page = readText(text);
  return nextDayMentions(foldKeepLength(text), findDates(page, [lang])).map((m) => `${m.days[0]!.y ?? ''}-${m.days[0]!.m}-${m.days[0]!.d}`);
}

describe('the next day after a date', () => {
  it.each([
    ['fr', 'Dès le vendredi 14 juin 2024, des ateliers de yoga à la Grenze. Le lendemain, ce sera au tour du volley-ball.', ['2024-6-15']],
    ['es', 'El sábado 30 de noviembre de 2024 habrá un concierto solidario. Al día siguiente, una comida intercultural en la plaza.', ['2024-12-1']],
    ['de', 'Am Samstag, 31. Mai 2025, beginnt das Fest mit einem Konzert; am nächsten Tag gibt es ein Picknick im Park.', ['2025-6-1']],
    ['it', 'Sabato 3 maggio 2025 il concerto in piazza; il giorno dopo la festa dei popoli al parco.', ['2025-5-4']],
    ['en', 'On Saturday 28 February 2026 a concert at the town hall; the following day a picnic in the park.', ['2026-3-1']],
  ])('%s', (lang, text, expected) => {
    expect(nextDays(text, lang as 'fr')).toEqual(expected);
  });

  it.each([
    ['fr', 'Fête des réfugiés le 14 juin 2024. Le lendemain de la fête, les bénévoles rangent la salle.'],
    ['en', 'The festival runs from 14 to 16 June 2024. The next day, volunteers tidy the hall.'],
    ['es', 'El concierto fue el 14 de junio de 2024.' + ' Las entradas se agotaron en pocas horas y la sala estuvo llena toda la noche.'.repeat(6) + ' Al día siguiente, la prensa habló del éxito.'],
  ])('near miss %s: the day after something named, after a span, or far from its date', (lang, text) => {
    expect(nextDays(text, lang as 'fr')).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { readText } from '../../../lib/extract/text.ts';
import { cpuMs } from '../sources/cpu.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start.slice(0, 10));
const weekdays = (text: string, lang: 'en' | 'fr' | 'de' | 'it' | 'es') => findDates(readText(text), [lang]).map((m) => m.weekday);

describe('two or three days in a row called a weekend end on a Sunday', () => {
  it.each([
    ['fr', 'Pour le week-end des 18 et 19 mars, la maison des associations accueille une fête des cultures.', 6],
    ['de', 'Am Wochenende vom 18. bis 19. März lädt der Integrationsbeirat zum Begegnungsfest ein.', 6],
    ['es', 'El fin de semana del 18 y 19 de marzo habrá un encuentro intercultural en el polideportivo.', 6],
    ['it', 'Nel fine settimana del 18 e 19 marzo la comunità organizza una festa dei popoli in piazza.', 6],
    ['en', 'On the weekend of 17-19 March the refugee support group runs a welcome festival.', 5],
  ] as const)('%s', (lang, text, weekday) => {
    expect(weekdays(text, lang)).toEqual([weekday]);
  });

  it.each([
    // 18-19 March 2023 is a weekend; 2027 (nearest to the clock) is a Thursday and Friday.
    ['fr', 'Pour le week-end des 18 et 19 mars, la maison des associations accueille une fête des cultures avec les réfugiés.', '2023-03-18'],
    ['it', 'Nel fine settimana del 18 e 19 marzo la comunità organizza una festa dei popoli con i rifugiati in piazza.', '2023-03-18'],
  ])('%s: the weekend dates a page that writes no year', (_lang, text, expected) => {
    expect(starts(text)[0]).toBe(expected);
  });

  it.each([
    // Days not in a row, a weekend word far from the days, a weekend that is not the days' own.
    ['fr', 'Le week-end, puis les 18 et 20 mars, des ateliers.'],
    ['de', 'Am Wochenende gibt es ein Fest; die Beratung folgt am 18. und 19. März im Rathaus.'],
    ['es', 'Cada fin de semana hay actividades; además, el 18 y 19 de marzo, una jornada.'],
    ['en', 'Weekend closures apply. Training on 17-19 March.'],
  ] as const)('near miss, %s: no weekday', (_lang, text) => {
    const lang = _lang as 'fr' | 'de' | 'es' | 'en';
    expect(weekdays(text, lang).every((w) => w === undefined)).toBe(true);
  });

  it('any text before a span is read in time linear in its length', () => {
    const token = fc.constantFrom('week-end', 'weekend', 'Wochenende', 'fin de semana', 'fine settimana', 'des', 'du', 'vom', 'del', "dell'", 'of the', ' ', ',', '(', ':', 'le', 'x');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const head = tokens.join(' ');
        const [m] = findDates(readText(`${head} 18 et 19 mars`), ['fr']);
        // Without a weekend word before them the two days get no weekday; with one, only Saturday (or none).
        if (!/week-?end|wochenende|fin de semana|fine settimana/i.test(head)) expect(m?.weekday).toBeUndefined();
        else expect([undefined, 6]).toContain(m?.weekday);
      }),
      { numRuns: 300 },
    );
    const page = (n: number) => 'le week-end des 18 et 19 mars, '.repeat(n);
    const small = cpuMs(() => findDates(readText(page(2_000)), ['fr']));
    const large = cpuMs(() => findDates(readText(page(4_000)), ['fr']));
    expect(large).toBeLessThanOrEqual(3 * Math.max(small, 100));
  });
});

describe('a bare weekday names a later day of a span', () => {
  it.each([
    // 24 May 2021 is a Monday, the 30th a Sunday.
    ['es', 'Del 24 al 30 de mayo, semana intercultural en el barrio. Las actividades terminan el domingo 30 con una comida.', 1],
    ['de', 'Vom 24. bis 30. Mai ist Woche der Begegnung. Zum Abschluss am Sonntag, 30. gibt es ein Fest.', 1],
    ['fr', 'Du 24 au 30 mai, semaine interculturelle. Elle se termine le dimanche 30 par un repas partagé.', 1],
  ] as const)('%s', (lang, text, weekday) => {
    expect(weekdays(text, lang)[0]).toBe(weekday);
  });

  it.each([
    // The number is outside the span, or the span runs over a month.
    ['es', 'Del 24 al 28 de mayo, semana intercultural. Y el domingo 30, una comida.'],
    ['fr', 'Du 24 mai au 2 juin, semaine interculturelle. Le dimanche 30, un repas.'],
  ] as const)('near miss, %s: no weekday', (lang, text) => {
    expect(weekdays(text, lang)[0]).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { isWeekdayName } from '../../../lib/extract/date-weekday-names.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { readText } from '../../../lib/extract/text.ts';

const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string, published: string) => extractEvents(text, { now, published }).events.map((e) => e.start);
const nameAt = (text: string, word: string, lang: Parameters<typeof isWeekdayName>[3]) => {
  const page = readText(text);
  return isWeekdayName(page.text, page.folded, page.text.indexOf(word), lang);
};

describe('isWeekdayName', () => {
  it.each([
    ['es', 'en la plaza de Santo Domingo a las 11', 'Domingo', true],
    ['it', 'nella parrocchia di Santa Domenica', 'Domenica', true],
    ['en', 'at the church of St. Sunday', 'Sunday', true],
    ['es', 'con el tenor Plácido Domingo en el auditorio', 'Domingo', true],
    ['it', 'insieme al maestro Marco Sabato in piazza', 'Sabato', true],
    // (A day: small letters, a capital that opens a sentence, or English and German, which capitalise every weekday.)
    ['es', 'la fiesta será el domingo en la plaza', 'domingo', false],
    ['es', 'Fiesta intercultural. Domingo, en la plaza', 'Domingo', false],
    ['it', 'Festa dei popoli: Domenica in piazza', 'Domenica', false],
    ['fr', 'Repas partagé. Le Dimanche au parc', 'Dimanche', false],
    ['it', 'Festa dei popoli a Fano\n\nSabato alle 13 banchetto', 'Sabato', false],
    ['de', 'Interkulturelles Fest am Freitag im Bürgerhaus', 'Freitag', false],
    ['en', 'Community Picnic Sunday in the park', 'Sunday', false],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(nameAt(text, word, lang)).toBe(expected);
  });
});

describe('a weekday word that is a name dates no gathering', () => {
  it.each([
    ['es', 'Semana del migrante. En la plaza de Santo Domingo tendrá lugar el Círculo del Silencio.'],
    ['es', 'Fiesta intercultural con el tenor Plácido Domingo en el auditorio, organizada por la asociación de migrantes.'],
    ['it', 'Festa dei popoli nella parrocchia di Santa Domenica con le comunità migranti.'],
  ])('%s: %s', (_lang, text) => {
    expect(starts(text, '2024-09-20')).toEqual([]);
  });

  it.each([
    ['fr', 'Fête des voisins avec les réfugiés ce dimanche au parc.', ['2024-09-22']],
    ['es', 'Semana del migrante. El martes 24, a las 11 horas, en la plaza de Santo Domingo tendrá lugar el Círculo del Silencio.', ['2024-09-24T11:00']],
  ])('near miss, %s: the day itself is still read', (_lang, text, expected) => {
    expect(starts(text, '2024-09-20')).toEqual(expected);
  });
});

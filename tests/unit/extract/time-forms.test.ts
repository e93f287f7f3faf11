import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 20: more ways to write a start and an end (comma minutes, hours in words after "de",
// an end written as a clock, end verbs and nouns, a day's closing slot in a programme of several
// days), in our own words, with near misses where they must not fire.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('hour spans and ends', () => {
  it.each([
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025, de 10,00 a 14,00 horas, en el centro cívico.'],
    ['it', 'Laboratorio per donne migranti il 12 maggio 2025, dalle 10,00 alle 14,00, al centro civico.'],
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025, de diez de la mañana a dos de la tarde, en el centro cívico.'],
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025 de 10 a 14:00 en el centro cívico.'],
    ['fr', 'Atelier pour femmes migrantes le 12 mai 2025 de 10 à 14h00 au centre social.'],
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025 a las 10 horas en el centro cívico, con finalización a las 14 horas.'],
    ['de', 'Workshop für zugewanderte Frauen am 12. Mai 2025 um 10 Uhr im Bürgerhaus. Um 11 Uhr gibt es Kaffee, um 12 Uhr Mittagessen. Der Workshop endet um 14 Uhr.'],
    ['fr', 'Atelier pour femmes migrantes le 12 mai 2025 à 10h au centre social. À 11h café, à 12h repas. L’atelier finira à 14h.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-12T10:00', '2025-05-12T14:00']]);
  });

  it.each([
    ['es', 'Taller de dos horas para mujeres migrantes el 12 de mayo de 2025 a las 10:00 en el centro cívico.', ['2025-05-12T10:00', '2025-05-12T12:00']],
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025 en el centro cívico; precio de 10,00 a 14,00 euros.', ['2025-05-12', null]],
    ['es', 'Taller para mujeres migrantes el 12 de mayo de 2025 a las 10:00 en el centro cívico. Cierre de inscripciones a las 14:00 del día 10.', ['2025-05-12T10:00', null]],
  ])('%s: near miss: a length, prices, a sign-up\'s close: %s', (lang, text, expected) => {
    expect(spans(text, lang)[0]).toEqual(expected);
  });
});

describe('each day of a programme ends at its closing slot', () => {
  it.each([
    ['es', 'Jornadas sobre migración 2025\nViernes 16 de mayo\n9:30 Acreditación\n10:00 Inauguración\n11:30 Mesa redonda\n14:00 Clausura\nSábado 17 de mayo\n10:00 Talleres\n13:00 Cierre'],
    ['de', 'Tage der Migration 2025\nFreitag, 16. Mai\n9:30 Anmeldung\n10:00 Eröffnung\n11:30 Podium\n14:00 Abschluss\nSamstag, 17. Mai\n10:00 Workshops\n13:00 Ende'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-05-16T09:30', '2025-05-16T14:00'], ['2025-05-17T10:00', '2025-05-17T13:00']]);
  });

  it('near miss: a day whose last slot only starts has no end', () => {
    expect(spans('Jornadas sobre migración 2025\nViernes 16 de mayo\n9:30 Acreditación\n10:00 Inauguración\n14:00 Comida\nSábado 17 de mayo\n10:00 Talleres\n13:00 Cierre', 'es')[0]).toEqual(['2025-05-16T09:30', null]);
  });
});

describe('a past gathering\'s reported close', () => {
  it.each([
    ['es', 'El domingo 19 de enero de 2014, a las 12:30h, tuvo lugar en la parroquia la fiesta de las familias migrantes.\n\nHubo comida compartida y bailes. El acto concluyó a las 18:00h.'],
    ['it', 'Domenica 19 gennaio 2014, alle 12:30, si è svolta in parrocchia la festa delle famiglie migranti.\n\nCi sono stati pranzo e danze. La festa si è conclusa alle 18:00.'],
    ['en', 'On Sunday 19 January 2014 at 12:30 the parish held its party for migrant families.\n\nThere was a shared lunch and dancing. The party ended at 18:00.'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2014-01-19T12:30', '2014-01-19T18:00']]);
  });

  it('near miss: a castle is no close ("im Schloss um 19 Uhr")', () => {
    expect(spans('Konzert für Geflüchtete am Sonntag, 19. Januar 2014, um 16 Uhr im Park. Danach Empfang im Schloss um 19 Uhr.', 'de')[0]).toEqual(['2014-01-19T16:00', null]);
  });
});

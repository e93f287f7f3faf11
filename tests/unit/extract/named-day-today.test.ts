// "Today" beside a day the world marks on a fixed date, on a page that names its year but no posting day (own sentences).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { namedDayToday } from '../../../lib/extract/named-days.ts';

const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start);

describe('today is the named day', () => {
  it.each([
    ['it', 'Giornata mondiale del rifugiato 2017\n\nSi celebra oggi la Giornata mondiale del rifugiato: dalle ore 10 alle 17 laboratorio di cucina nella sala parrocchiale.', ['2017-06-20T10:00']],
    ['fr', 'Journée internationale des migrants 2019\n\nAujourd\'hui, pour la Journée internationale des migrants, l\'association organise un repas partagé à 12h à la Maison des associations.', ['2019-12-18T12:00']],
    ['es', 'Día Mundial del Refugiado 2021\n\nHoy, Día Mundial del Refugiado, celebramos un encuentro a las 18:00 en la plaza mayor.', ['2021-06-20T18:00']],
    ['de', 'Weltflüchtlingstag 2018\n\nHeute ist Weltflüchtlingstag: Um 17 Uhr beginnt die Kundgebung auf dem Marktplatz.', ['2018-06-20T17:00']],
    ['en', 'International Migrants Day 2022\n\nToday, on International Migrants Day, we hold an open workshop at 2pm in the library.', ['2022-12-18T14:00']],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('near miss: without a year the page names, no day', () => {
    expect(starts('Hoy, Día Mundial del Refugiado, celebramos un encuentro a las 18:00 en la plaza mayor.')).toEqual([]);
  });

  it.each([
    ['si celebra oggi la giornata mondiale del rifugiato', 2017, { y: 2017, m: 6, d: 20 }],
    ['oggi e una bella giornata', 2017, undefined],
    ['today we met. '.padEnd(400, '.') + ' world refugee day', 2020, undefined],
    ['heute ist weltfluchtlingstag', undefined, undefined],
  ])('namedDayToday(%j, %s)', (folded, year, day) => {
    expect(namedDayToday(folded, year)).toEqual(day);
  });
});

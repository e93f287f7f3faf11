import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { clock, findTimes } from '../../../lib/extract/times.ts';
import { readText } from '../../../lib/extract/text.ts';

const read = (s: string) => findTimes(readText(s), []).map((t) => [clock(t.from), t.to === undefined ? null : clock(t.to), t.role ?? null, t.timeZone ?? null]);

const cases: Array<[string, Array<Array<string | null>>]> = [
  ['Start time: 09:30\n\nEnd time: 16:15', [['09:30', null, 'start', null], ['16:15', null, 'end', null]]],
  ['9h30 - 12h', [['09:30', '12:00', null, null]]],
  ['à 14h', [['14:00', null, null, null]]],
  ['17.00 Uhr', [['17:00', null, null, null]]],
  ['ore 11,00', [['11:00', null, null, null]]],
  ['10:00 am — 12:00 pm', [['10:00', '12:00', null, null]]],
  ['from 10 to 12.', [['10:00', '12:00', null, null]]],
  ['de 10 à 12h', [['10:00', '12:00', null, null]]],
  ['2 - 4pm CET', [['14:00', '16:00', null, 'Europe/Brussels']]],
  ['von 10 bis 12 Uhr', [['10:00', '12:00', null, null]]],
  ['dalle 9 alle 13', [['09:00', '13:00', null, null]]],
  ['a las 18:00 horas', [['18:00', null, null, null]]],
  ['10:00-12:00 (Brussels time)', [['10:00', '12:00', null, 'Europe/Brussels']]],
  ['alle ore 15', [['15:00', null, null, null]]],
  ['14:00-15:30 GMT', [['14:00', '15:30', null, 'Europe/London']]],
  // A time label leads to bare hours.
  ['Uhrzeit: 14 bis 18 Uhr', [['14:00', '18:00', null, null]]],
  ['Horaire : 9 à 12 h', [['09:00', '12:00', null, null]]],
  ['Orario: 15-18.', [['15:00', '18:00', null, null]]],
];

describe('findTimes', () => {
  it.each(cases)('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it.each(['3.50 euro', 'during 4 hours', 'from 10 to 12 participants', 'Zeit: 2 bis 3 Wochen', 'the 2.000 people', 'page 12,5'])('reads no time in %s', (text) =>
    expect(read(text)).toEqual([]),
  );
});

describe('a gathering timed in a later sentence', () => {
  it('takes the hour a later sentence opens with, and the end marked "bis"', () => {
    const text = 'Auf der Messe für Integration am Mittwoch, 21. September 2016, können sich zugewanderte Menschen beraten lassen.\n\nDie Messe ist Teil der Interkulturellen Wochen von Dienstag, 20. September, bis Freitag, 7. Oktober 2016.\n\nAb 9 Uhr eröffnet die Sozialdezernentin die Messe. Die Besucher können sich bis 15 Uhr beraten lassen.';
    const found = extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => [e.start, e.end]);
    expect(found).toEqual(expect.arrayContaining([['2016-09-20', '2016-10-07'], ['2016-09-21T09:00', '2016-09-21T15:00']]));
  });

  it('does not take an hour given for another dated gathering', () => {
    const text = 'Sprachcafé für Geflüchtete am 3. März 2016 im Pfarrheim.\n\nAm 10. März 2016 folgt ein Kochabend. Ab 18 Uhr wird gekocht.';
    const found = extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start);
    expect(found).toContain('2016-03-03');
  });
});

describe('an hour that ends a sentence ends it', () => {
  it('"... in Sala Borsa, dalle 17 alle 19. Chiude domenica ..." keeps the hours with their day', () => {
    const text = 'La rassegna sui rifugiati va dal 5 al 21 ottobre 2018. Sabato 13 ottobre un incontro pubblico in Sala Borsa, dalle 17 alle 19. Chiude domenica 21 ottobre la cena multietnica, a partire dalle 20.';
    const found = extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => [e.start, e.end]);
    expect(found).toEqual(expect.arrayContaining([['2018-10-13T17:00', '2018-10-13T19:00'], ['2018-10-21T20:00', undefined]]));
  });

  it('"bis 19. Mai" is still a date', () => {
    const found = extractEvents('Die Ausstellung über Flucht und Integration ist vom 3. bis 19. Mai 2019 im Rathaus zu sehen.', { now: new Date('2026-12-31T23:40:00Z') }).events;
    expect(found.map((e) => [e.start, e.end])).toEqual([['2019-05-03', '2019-05-19']]);
  });
});

describe('two starts are not a start and an end', () => {
  it('"sessione mattutina alle 9.30, pomeridiana alle 15.30" starts at 9:30 with no end from the second session', () => {
    const text = 'Convegno sull\'accoglienza dei rifugiati, giovedì 10 ottobre 2019 a Torino. La sessione mattutina inizierà alle 9.30, quella pomeridiana alle 15.30.';
    const [event] = extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events;
    expect([event?.start, event?.end]).toEqual(['2019-10-10T09:30', undefined]);
  });

  it('"Alle, 15," with a comma is an hour', () => {
    const [event] = extractEvents('Festa per i rifugiati domenica 13 ottobre 2019. Alle, 15, in piazza.', { now: new Date('2026-12-31T23:40:00Z') }).events;
    expect(event?.start).toBe('2019-10-13T15:00');
  });
});

describe('festivities over a week are an umbrella beside their dated workshops', () => {
  it('keeps the week and its sessions', () => {
    const text = 'Pour la journée mondiale du réfugié, la métropole propose un programme de festivités et d\'ateliers, du 20 au 26 juin 2021.\n\nDimanche 20 juin de 13h à 22h : journée festive au parc.\n\nLundi 21 juin de 16h30 à 17h30 : atelier cuisine.';
    const starts = extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => [e.start, e.end]);
    expect(starts).toEqual([['2021-06-20', '2021-06-26'], ['2021-06-20T13:00', '2021-06-20T22:00'], ['2021-06-21T16:30', '2021-06-21T17:30']]);
  });
});

describe('a day named twice, timed after its second mention', () => {
  it('"sabato 20 giugno" in a teaser and again above "Alle, 15, in piazza"', () => {
    const text = 'Festa dei popoli: sabato 20 giugno la giornata di festa con le comunità migranti.\n\nDomani, giovedì 18 giugno, alle 21, lo spettacolo in piazza.\n\nLa festa entrerà nel vivo sabato 20 giugno. Alle, 15, in piazza saranno allestiti i gazebo dei popoli.';
    const found = extractEvents(text, { published: '2015-06-17', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start);
    expect(found).toEqual(expect.arrayContaining(['2015-06-18T21:00', '2015-06-20T15:00']));
  });
});

import { describe, expect, it } from 'vitest';
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

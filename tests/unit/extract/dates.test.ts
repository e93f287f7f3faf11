import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates.ts';
import { readText } from '../../../lib/extract/text.ts';

const all = ['en', 'fr', 'de', 'it', 'es'] as const;
const read = (s: string) => findDates(readText(s), [...all]).map((m) => ({ text: s.slice(m.start, m.end), days: m.days.map((d) => [d.y ?? null, d.m, d.d]), range: m.range }));

const cases: Array<[string, Array<[number | null, number, number]>, boolean]> = [
  ['On the 17th of March, we met', [[null, 3, 17]], false],
  ['Date: 12/04/2019', [[2019, 4, 12]], false],
  ['11th-12th December 2017', [[2017, 12, 11], [2017, 12, 12]], true],
  ['26/02/2019 - 26/02/2019', [[2019, 2, 26]], false],
  ['du 3 au 5 mai', [[null, 5, 3], [null, 5, 5]], true],
  ['Mi, 17.04. | 18:00–19:30 Uhr', [[null, 4, 17]], false],
  ['Termine:\n22.–23.05.\nWorkshop für Betriebe', [[null, 5, 22], [null, 5, 23]], true],
  ['atelier jeu. 12/10 à 18h', [[null, 10, 12]], false],
  ['vom 3.–5.6. in Halle', [[null, 6, 3], [null, 6, 5]], true],
  ['vom 3. bis 5. Mai 2022', [[2022, 5, 3], [2022, 5, 5]], true],
  ['dal 3 al 5 maggio', [[null, 5, 3], [null, 5, 5]], true],
  ['del 3 al 5 de mayo de 2021', [[2021, 5, 3], [2021, 5, 5]], true],
  ['on the 20th and 21st March 2018', [[2018, 3, 20], [2018, 3, 21]], true],
  ['3 & 4 June', [[null, 6, 3], [null, 6, 4]], true],
  ['Monday, March 17th, 2021 at 10', [[2021, 3, 17]], false],
  ['from 30 June to 2 July 2021', [[2021, 6, 30], [2021, 7, 2]], true],
  ['lunedì 3 maggio', [[null, 5, 3]], false],
  ['sessions on 3, 10 and 17 May', [[null, 5, 3], [null, 5, 10], [null, 5, 17]], false],
  ['1er mai 2023', [[2023, 5, 1]], false],
  // The first of the month in words, and a year written with a thousands dot.
  ['el primero de octubre de 2024', [[2024, 10, 1]], false],
  ['il primo ottobre 2024', [[2024, 10, 1]], false],
  ['the first of October 2024', [[2024, 10, 1]], false],
  ['el 12 de octubre de 2.024', [[2024, 10, 12]], false],
  ['el 12 de octubre, 2.500 personas', [[null, 10, 12]], false],
  ['il 1° giugno', [[null, 6, 1]], false],
  ['2021-03-17', [[2021, 3, 17]], false],
  ['March 3-5, 2021', [[2021, 3, 3], [2021, 3, 5]], true],
  ['jeudi 14 févr. 2019', [[2019, 2, 14]], false],
  ['el 5 de mayo y el 12 de junio de 2022', [[2022, 5, 5]], false],
];

describe('findDates', () => {
  it.each(cases)('%s', (text, days, range) => {
    const [first] = read(text);
    expect(first?.days).toEqual(days);
    expect(first?.range).toBe(range);
  });

  it.each(['programming period 2021-2027', 'Regulation (EU) 2021/1147', 'in March 2021', 'during 4 hours', 'Workshop 2 - 3 people', 'version 1.2.3', '1/2 day', 'Beginn um 17.04 Uhr', 'Version 1.2.', 'am 17.04', 'the first may apply', 'el primero en llegar'])(
    'reads no day in %s',
    (text) => expect(read(text)).toEqual([]),
  );

  it('does not read a numbered item as the start of a range', () => {
    expect(read('Workshop 2 - 5 May')[0]?.days).toEqual([[null, 5, 5]]);
  });

  it('fills the year of the first of two coordinated dates', () => {
    expect(read('on 5 May and 12 June 2022').map((m) => m.days)).toEqual([[[2022, 5, 5]], [[2022, 6, 12]]]);
  });

  it('reads month-first dates only where the day-first reading is impossible', () => {
    expect(read('04/13/2019')[0]?.days).toEqual([[2019, 4, 13]]);
    expect(read('04/12/2019')[0]?.days).toEqual([[2019, 12, 4]]);
  });
});

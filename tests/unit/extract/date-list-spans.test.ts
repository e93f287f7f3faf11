import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates.ts';
import { readText } from '../../../lib/extract/text.ts';

const all = ['en', 'fr', 'de', 'it', 'es'] as const;
/** Each dated mention as "y-m-d" days ('' for no year), joined by ".." for a span and "," for a list. */
const read = (text: string) => findDates(readText(text), [...all]).map((m) => m.days.map((d) => `${d.y ?? ''}-${d.m}-${d.d}`).join(m.range ? '..' : ','));

describe('a list item that is itself a span of days: "les 14-15 et 16 octobre"', () => {
  it.each([
    ['fr', 'Les journées portes ouvertes ont lieu les 14-15 et 16 octobre 2021 au lycée.', ['2021-10-14..2021-10-15..2021-10-16']],
    ['en', 'The open days run on 14-15 and 16 October 2021 at the school.', ['2021-10-14..2021-10-15..2021-10-16']],
    ['de', 'Die Kulturtage finden am 14.-15. und 16. Oktober 2021 statt.', ['2021-10-14..2021-10-15..2021-10-16']],
    ['it', 'Le giornate si svolgono il 14-15 e 16 ottobre 2021 in biblioteca.', ['2021-10-14..2021-10-15..2021-10-16']],
    ['es', 'Las jornadas se celebran los días 14-15 y 16 de octubre de 2021.', ['2021-10-14..2021-10-15..2021-10-16']],
    // Days that do not follow each other stay a list of sessions.
    ['fr', 'Ateliers les 14-15 et 18 octobre à la médiathèque.', ['-10-14,-10-15,-10-18']],
    ['en', 'Workshops on 7-8, 14-15 and 16 October.', ['-10-7,-10-8,-10-14,-10-15,-10-16']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A label's number, a year, a span too long for one item: the listed day alone.
    ['en', 'Workshop 2-3 and 5 May in the hall.', ['-5-5']],
    ['en', 'the 2020-15 and 16 May', ['-5-16']],
    ['fr', 'les 1-20 et 21 mai', ['-5-21']],
  ])('near miss (%s): %s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('Italian elides the article before 8 and 11: "dal 7 all\'8 marzo", "il 7 e l\'8 marzo"', () => {
  it.each([
    ["Il festival dei popoli si tiene dal 7 all'8 marzo in piazza.", ['-3-7..-3-8']],
    ["Le giornate di accoglienza sono il 7 e l'8 marzo.", ['-3-7..-3-8']],
    ['La settimana dell’intercultura va dal 4 all’11 ottobre 2024.', ['2024-10-4..2024-10-11']],
    ["Incontri il 3, il 7 e l'11 aprile in biblioteca.", ['-4-3,-4-7,-4-11']],
    // (An end alone stays one day: "fino all'8 marzo".)
    ["La mostra resta aperta fino all'8 marzo.", ['-3-8']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

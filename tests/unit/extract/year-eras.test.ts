// Years of undated pages read from the era their words name, the editions they count, and the years they
// look back to (own sentences). Each weekday below fits several years; the words pick one.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { eraOf, europeanYear } from '../../../lib/extract/year-eras.ts';
import { yearForWeekdayInEra } from '../../../lib/extract/year-hints.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.start);

describe('the era a page names', () => {
  it.each([
    ['aiuti ai profughi ucraini', { from: 2022 }],
    ['hilfe fur ukrainische gefluchtete', { from: 2022 }],
    ['apres la pandemie, les ateliers reprennent', { from: 2020 }],
    ['gli ospiti dello sprar di cagli', { to: 2019 }],
    ['ospiti del siproimi', { from: 2018, to: 2021 }],
    ['the new pact on migration and asylum', { from: 2020 }],
    ['beratung zum burgergeld', { from: 2022 }],
    ['after brexit, eu citizens', { from: 2016 }],
    ['refugies ukrainiens et covid-19', { from: 2022 }],
    // Words that contradict each other say nothing sure.
    ['ex sprar, ora accoglienza per profughi ucraini', undefined],
    ['a language cafe for newcomers', undefined],
    // Not the words inside another word.
    ['the sprarx project', undefined],
  ])('%s', (folded, era) => {
    expect(eraOf(folded)).toEqual(era);
  });

  it.each([
    ['el ano europeo del dialogo intercultural', 2008],
    ['la declaracion europea del ano del dialogo intercultural', 2008],
    ['im europaischen jahr der jugend', 2022],
    ['im europaischen jahr der kompetenzen', 2023],
    ['european year of skills', 2023],
    ['l\'annee europeenne du patrimoine culturel', 2018],
    ['anno europeo dei cittadini', 2013],
    ['european year of volunteering', 2011],
    ['a year of european cooperation', undefined],
  ])('%s names the European Year of %s', (folded, year) => {
    expect(europeanYear(folded)).toBe(year);
  });

  it('moves a weekday\'s year into the era, the nearest that fits', () => {
    expect(yearForWeekdayInEra({ m: 10, d: 13 }, 4, 2005, { from: 2022 })).toBe(2022);
    expect(yearForWeekdayInEra({ m: 8, d: 2 }, 6, 2025, { to: 2019 })).toBe(2014);
    expect(yearForWeekdayInEra({ m: 8, d: 2 }, 6, 2025, { from: 2018, to: 2021 })).toBeUndefined();
  });
});

describe('years of undated pages with a weekday beside the day', () => {
  it.each([
    // 13 October is a Thursday in 2005, 2011, 2016 and 2022; the page's own 2005 is before the war it speaks of.
    ['refugees from the war in Ukraine (en)', 'In 2005 we opened our first language café. Now we invite Ukrainian refugees to a welcome evening on Thursday, 13 October at 18:00.', ['2022-10-13T18:00']],
    // 2 August is a Saturday in 2008, 2014 and 2025; the SPRAR had another name by 2025.
    ['a reception system under its old name (it)', 'Festa di fine Ramadan con gli ospiti dello SPRAR: sabato 2 agosto alle 17 in piazza.', ['2014-08-02T17:00']],
    // 18 October is a Saturday in 2008, 2014 and 2025; "after the pandemic" is not 2008.
    ['after the pandemic (de)', 'Im Jahr 2009 gegründet, lädt der Verein nach der Pandemie wieder zum Sommerfest mit Geflüchteten ein: Samstag, 18. Oktober, ab 14 Uhr.', ['2025-10-18T14:00']],
    // 12 October is a Sunday in 2008, 2014 and 2025.
    ['a European Year named by its theme (es)', 'Dentro del Año Europeo del Diálogo Intercultural, la fiesta de las culturas será el domingo 12 de octubre a las 12 horas.', ['2008-10-12T12:00']],
    // "depuis l'année 2000" is when the association began, not the page's year: 13 October read back from nothing is 2022.
    ['since the year (fr)', 'L\'association accompagne les personnes exilées depuis l\'année 2000. Atelier CV le jeudi 13 octobre à 14h.', ['2022-10-13T14:00']],
    // The 25th of weeks held since 1993 is 2017, and 22 September 2017 is a Friday.
    ['the edition a series counts (de)', 'Zum 25. Mal finden die Interkulturellen Wochen statt, die es seit 1993 gibt. Eröffnung am Freitag, 22. September, um 18 Uhr.', ['2017-09-22T18:00']],
    ['the edition a series counts (it)', 'La 10ª edizione della festa dei popoli, che si tiene dal 2009, si terrà sabato 20 ottobre alle 15.', ['2018-10-20T15:00']],
    // A decade is no year: "die 2010er Jahre" does not date the party (15 December is a Saturday in 2012 and 2018).
    ['a decade (de)', 'In den 2010er Jahren kamen viele Geflüchtete nach Kiel. Das Fest ist am Samstag, 15. Dezember, um 15 Uhr.', ['2018-12-15T15:00']],
    ['a decade (en)', 'Many refugees arrived in the 2010s. The winter party is on Saturday, 15 December at 3pm.', ['2018-12-15T15:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    // The posting date decides; the era only chooses among the years a weekday leaves.
    ['a posting date', 'A welcome evening for Ukrainian refugees takes place on Thursday, 13 October at 6pm.', { published: '2016-09-01' }, ['2016-10-13T18:00']],
    // A written year decides too.
    ['a written year', 'A welcome evening for Ukrainian refugees takes place on Thursday, 13 October 2016 at 6pm.', {}, ['2016-10-13T18:00']],
  ])('near miss: %s comes first', (_name, text, options, expected) => {
    expect(starts(text, options)).toEqual(expected);
  });
});

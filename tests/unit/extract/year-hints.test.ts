import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { dayFromUrl, slippedYear, yearForWeekday } from '../../../lib/extract/year-hints.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');

describe('dayFromUrl', () => {
  it.each([
    ['https://network.example/news/2018/09/kick-off-meeting/', { y: 2018, m: 9, d: 15, slack: 15 }],
    ['https://network.example/2019/03/21/webinar-report', { y: 2019, m: 3, d: 21 }],
    ['https://network.example/blog/2017-11-05-job-fair.html', { y: 2017, m: 11, d: 5 }],
    ['https://network.example/agenda?year=2016', { y: 2016, m: 7, d: 1, slack: 183 }],
    ['https://network.example/calendar?month=5&year=2020-05', { y: 2020, m: 5, d: 15, slack: 15 }],
    ['https://network.example/archive/2015/', { y: 2015, m: 7, d: 1, slack: 183 }],
    // A site or an edition named for its year.
    ['https://festival.example/mcip2016/programa', { y: 2016, m: 7, d: 1, slack: 183 }],
    ['https://network.example/article/culture/20110920000215047262.html', { y: 2011, m: 9, d: 20 }],
    ['https://network.example/news/job-fair-20190314', { y: 2019, m: 3, d: 14 }],
    // A month written as a name or its abbreviation between the year and the day.
    ['https://paper.example/city/2010/nov/12/newcomers-welcome-evening', { y: 2010, m: 11, d: 12 }],
    ['https://paper.example/society/2019/sep/3/refugee-week', { y: 2019, m: 9, d: 3 }],
    ['https://giornale.example/cronaca/2018/marzo/05/festa-dei-popoli', { y: 2018, m: 3, d: 5 }],
    ['https://zeitung.example/lokales/2016/okt/21/willkommensfest', { y: 2016, m: 10, d: 21 }],
    // (A word that is no month, or a day no month has: no day from these.)
    ['https://paper.example/city/2010/news/12/item', { y: 2010, m: 7, d: 1, slack: 183 }],
    ['https://paper.example/city/2010/feb/30/item', { y: 2010, m: 7, d: 1, slack: 183 }],
    // A day written day first ("…-27032024_…"), and a year and month run together as a folder.
    ['https://radio.example/podcast/morning-show-27032024_20240327abc.html', { y: 2024, m: 3, d: 27 }],
    ['https://paper.example/Noticia/Z64AB/202210/the-migrants-we-were', { y: 2022, m: 10, d: 15, slack: 15 }],
    // An address closed by the Unix time it was stamped with, or by a document id that holds it (its first 8 hex digits).
    ['https://radio.example/infos/social/winter-brunch-for-newcomers-1545762951', { y: 2018, m: 12, d: 25 }],
    ['https://paper.example/archive/madrid/1140438266_850215.html', { y: 2006, m: 2, d: 20 }],
    ['https://paper.example/fr/local/festival-opens-on-friday-56e1ae241bea9dff8fa74413', { y: 2016, m: 3, d: 10 }],
    // (An id that would be a time after today, a hash of another length, a long number: no day.)
    ['https://network.example/item/story-1999999999', undefined],
    ['https://network.example/item/story-56e1ae241bea9dff8fa74413ff', undefined],
    ['https://network.example/item/story-12345678901', undefined],
    ['https://network.example/item/31132024', undefined],
    ['https://network.example/node/20451399', undefined],
    ['https://network.example/item/20191341', undefined],
    ['https://network.example/node/2045', undefined],
    ['https://network.example/node/1234/edit', undefined],
    ['https://network.example/events/', undefined],
    [undefined, undefined],
  ])('%s', (url, expected) => {
    expect(dayFromUrl(url, { y: 2026, m: 12, d: 31 })).toEqual(expected);
  });
});

describe('yearForWeekday', () => {
  it.each([
    // Saturday 15 December: 2018, not the year of today.
    [{ m: 12, d: 15 }, 6, 2026, [], 2018],
    // A year the page names wins among the years that fit.
    [{ m: 12, d: 15 }, 6, 2026, [2029], 2029],
    // The chosen year fits: it stays.
    [{ m: 4, d: 3 }, 3, 2024, [], 2024],
    // The year before fits before any year further back.
    [{ m: 1, d: 10 }, 5, 2021, [], 2020],
    // 29 February exists only in leap years.
    [{ m: 2, d: 29 }, 4, 2026, [], 2024],
  ] as const)('%o on weekday %i near %i', (day, weekday, chosen, hinted, expected) => {
    expect(yearForWeekday(day, weekday, chosen, hinted)).toBe(expected);
  });

  it.each([
    // Thursday 19 October, from 2012 named in the text: 2017 (five ahead) before 2006 (six back).
    [{ m: 10, d: 19 }, 4, 2012, 2017],
    // Friday 19 October, from 2013: the year before.
    [{ m: 10, d: 19 }, 5, 2013, 2012],
    // Saturday 19 August, from 2005: the year after.
    [{ m: 8, d: 19 }, 6, 2005, 2006],
  ] as const)('from a year the text names, %o on weekday %i near %i either way', (day, weekday, chosen, expected) => {
    expect(yearForWeekday(day, weekday, chosen, [], undefined, true)).toBe(expected);
  });

  it('looks back rather than eleven months ahead of the reference day', () => {
    // Tuesday 26 October, read at the end of November 2026: 2021, not October 2027.
    expect(yearForWeekday({ m: 10, d: 26 }, 2, 2026, [], { y: 2026, m: 11, d: 29 })).toBe(2021);
    // Tuesday 12 January, read at the end of November 2026: the coming one.
    expect(yearForWeekday({ m: 1, d: 12 }, 2, 2027, [], { y: 2026, m: 11, d: 29 })).toBe(2027);
  });
});

const starts = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.start);

describe('years of pages that give no posting date', () => {
  it.each([
    ['a weekday beside the date (de)', 'Winterfest mit Geflüchteten\n\nAm Samstag, 15. Dezember, feiern wir im Nachbarschaftshaus. Beginn 15 Uhr.', {}, ['2018-12-15T15:00']],
    ['a weekday beside the date (fr)', 'Atelier emploi pour les personnes réfugiées le mercredi 3 avril à 10h.', {}, ['2024-04-03T10:00']],
    ['a weekday beside the date (it)', 'Incontro sui diritti dei migranti: giovedì 9 maggio alle ore 17 presso la Sala Rossa.', {}, ['2024-05-09T17:00']],
    ['a weekday beside a numeric date (de)', 'Sprachcafé für Neuangekommene\n\nDo, 14.03. | 18:00 Uhr\nOffenes Treffen im Stadtteilzentrum', {}, ['2024-03-14T18:00']],
    ['the address of the page', 'Workshop on labour market integration\n\nThe workshop takes place on 12 March at 10:00.', { url: 'https://network.example/2018/01/workshop' }, ['2018-03-12T10:00']],
    ['the address with a year parameter', 'Calendar of events\n\nJob fair for refugees: 14 June, 10:00-16:00, Town Hall.', { url: 'https://network.example/agenda?year=2017' }, ['2017-06-14T10:00']],
    ['the year of the event heading over a copyright line', 'Integration Conference 2019\n\nThe conference on migrant inclusion takes place on 8 October in Vienna.\n\n© 2026 Example Network', {}, ['2019-10-08']],
    ['the posting date over the address', 'Webinar on refugee employment on 5 May at 10:00.', { published: '2021-04-01', url: 'https://network.example/2018/01/x' }, ['2021-05-05T10:00']],
  ])('%s', (_name, text, options, expected) => {
    expect(starts(text, options)).toEqual(expected);
  });

  it('gives the year a weekday fixes to the other undated days of the page', () => {
    const text = 'Winterfest mit Geflüchteten\n\nAm Samstag, 15. Dezember, feiern wir im Nachbarschaftshaus.\n\nDer Workshop für Ehrenamtliche folgt am 18. Dezember um 10 Uhr.';
    expect(starts(text)).toEqual(['2018-12-15', '2018-12-18T10:00']);
  });

  it('keeps the year of the posting date when the weekday fits it', () => {
    expect(starts('Workshop for newcomers on Friday, 7 May at 14:00.', { published: '2021-04-20' })).toEqual(['2021-05-07T14:00']);
  });
});

describe('a span of years on an undated page', () => {
  it.each([
    ['its middle year, with the weekday beside the day', 'Le cadre stratégique approuvé pour 2020-2024.\n\nLa réunion des partenaires a eu lieu en ligne du lundi 16 novembre au mercredi 18 novembre.', '2020-11-16'],
    ['a funding period: the weekday fits inside it', 'Proyecto financiado por el programa INTERREG 2021-2027.\n\nSeminario sobre migraciones, lunes 25 de noviembre.', '2024-11-25'],
  ])('%s', (_name, text, start) => {
    expect(extractEvents(text, { now }).events.map((e) => e.start)).toEqual([start]);
  });

  it('a date written with dashes is no span', () => {
    expect(extractEvents('Seminario sobre migraciones: 2019-11-25, sala de actos.', { now }).events.map((e) => e.start)).toEqual(['2019-11-25']);
  });
});

// A year the text names (a past edition, a programme period) is no day the page was written on:
// the weekday beside an undated day may move it a year either way of that year.
describe('a weekday beside an undated day, on a page that only names years', () => {
  it.each([
    ['the edition after the one the text names (de)', 'Nach dem Erfolg des ersten Festes im Oktober 2005 lädt der Verein am Samstag, 19. August, zum zweiten Sommerfest mit Geflüchteten ein. Beginn 15 Uhr.', ['2006-08-19T15:00']],
    ['the edition after the one the text names (fr)', 'Après une première édition en octobre 2005, la fête interculturelle revient le samedi 19 août à 15h.', ['2006-08-19T15:00']],
    ['the year before the one the text names (it)', 'Il progetto si chiuderà nel 2019. La festa interculturale si terrà sabato 18 agosto alle 15.', ['2018-08-18T15:00']],
    ['five years after rather than six before (es)', 'La red de mujeres nació en 2012. El encuentro de mujeres migrantes empieza el jueves 19 de octubre a las 9:00.', ['2017-10-19T09:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('a weekday beside an undated day, read from another date of the page', () => {
  it.each([
    // 7 February 2019 is a Thursday; Friday 7 February is 2020, not 2014 five years back.
    ['it', 'La prima sessione del corso per mediatori si è tenuta il 10 marzo 2019. La seconda sessione si terrà venerdì 7 febbraio alle 15 a Bologna.', ['2019-03-10', '2020-02-07T15:00']],
    ['en', 'The first network meeting was held on 10 March 2019. The second network meeting takes place on Friday 7 February at 3pm in Ghent.', ['2019-03-10', '2020-02-07T15:00']],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('still reads back from the run\'s clock on a page with no date of its own', () => {
    expect(starts('Winterfest mit Geflüchteten\n\nAm Samstag, 15. Dezember, feiern wir im Nachbarschaftshaus.')).toEqual(['2018-12-15']);
  });
});

describe('a year the page looks back to, with its month', () => {
  it.each([
    ['seit April (de)', 'Seit April 2023 treffen sich Frauen aus vielen Ländern, gefördert im Programm 2021-2025. Im ersten Halbjahr 2024 gab es zwölf Treffen. Das Integrationscafé geht am 20. September weiter, 15 Uhr.', ['2024-09-20T15:00']],
    ['desde septiembre de (es)', 'Desde septiembre de 2019 el grupo se reúne cada mes, dentro del plan 2018-2020. En 2021 se sumaron nuevas familias. El próximo encuentro intercultural será el 14 de mayo a las 18 horas.', ['2021-05-14T18:00']],
  ])('%s is not the year of the gathering', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('a written year that disagrees with its weekday', () => {
  it.each([
    // 23 June 2024 is a Sunday; the page is of 22 June 2025, when the 23rd is a Monday.
    [{ y: 2024, m: 6, d: 23 }, 1, { y: 2025, m: 6, d: 22 }, 2025],
    // The page is of December 2023; "Friday 12 January 2023" (a Thursday) is meant for 2024.
    [{ y: 2023, m: 1, d: 12 }, 5, { y: 2023, m: 12, d: 1 }, 2024],
    // The weekday fits the written year: nothing to mend.
    [{ y: 2025, m: 6, d: 23 }, 1, { y: 2025, m: 6, d: 22 }, undefined],
    // The weekday is the slip, not the year: no year nearby fits and lies near the posting day.
    [{ y: 2025, m: 6, d: 24 }, 1, { y: 2025, m: 6, d: 22 }, undefined],
  ] as const)('%o on weekday %i posted %o', (day, weekday, posted, expected) => {
    expect(slippedYear(day, weekday, posted)).toBe(expected);
  });

  it('reads the day the page is of when its address dates it', () => {
    const text = 'Festa di fine anno del Cpia\n\nLunedì 23 giugno 2024, alle ore 17, si terrà la festa degli studenti dei corsi di italiano.';
    expect(starts(text, { url: 'https://paper.example/2025/06/22/festa-cpia/' })).toEqual(['2025-06-23T17:00']);
    // Without a posting day or an address, the written year stands.
    expect(starts(text)).toEqual(['2024-06-23T17:00']);
  });
});

describe('a weekday slip on a gathering announced days after its address\'s day stamp (session 19)', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const starts = (text: string, lang: string, url: string) => extractEvents(text, { now, lang, url }).events.map((e) => e.start.slice(0, 10));
  it.each([
    ['it', 'Torna la festa dei popoli\nVenerdì 6 gennaio alle 11 in piazza la festa dei popoli con le comunità migranti.', 'https://news.example.org/2024/01/03/torna-la-festa-dei-popoli', '2024-01-06'],
    ['es', 'Vuelve la fiesta de los pueblos\nEl viernes 6 de enero a las 11 en la plaza, fiesta de los pueblos con las comunidades migrantes.', 'https://news.example.org/2024/01/03/vuelve-la-fiesta', '2024-01-06'],
  ])('%s: the address\'s year holds', (lang, text, url, day) => {
    expect(starts(text, lang, url)).toEqual([day]);
  });

  it('near miss: two months after the stamp, the weekday moves the year', () => {
    // (Friday 7 March is not 2024's: the rule for days just after the stamp does not reach this far.)
    const found = starts('Torna la festa dei popoli\nVenerdì 7 marzo alle 11 in piazza la festa dei popoli con le comunità migranti.', 'it', 'https://news.example.org/2024/01/03/torna-la-festa-dei-popoli');
    expect(found).toHaveLength(1);
    expect(found[0]).not.toBe('2024-03-07');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { readText } from '../../../lib/extract/text.ts';
import { cpuMs } from '../sources/cpu.ts';

const all = ['en', 'fr', 'de', 'it', 'es'] as const;
/** Each dated mention as "y-m-d" days ('' for no year), joined by ".." for a span and "," for a list, then "w" and its weekday. */
const read = (text: string) => findDates(readText(text), [...all]).map((m) => `${m.days.map((d) => `${d.y ?? ''}-${d.m}-${d.d}`).join(m.range ? '..' : ',')}${m.weekday !== undefined ? `w${m.weekday}` : ''}`);

// Every way the five languages write a day, as agendas, news posts and posters do (text written for these tests).
const FORMS: Array<[string, string, string[]]> = [
  ['en', 'Join us on the 3rd of May for a picnic', ['-5-3']],
  ['en', 'Sat., 3 May: language café', ['-5-3w6']],
  ['en', 'Community week, 3-5 May 2024, in the library', ['2024-5-3..2024-5-5']],
  ['en', 'May 3rd-5th, community days', ['-5-3..-5-5']],
  ['en', 'on Wednesday the 17th of June at the hall', ['-6-17w3']],
  ['en', 'Jun. 17, 2020 - film night', ['2020-6-17']],
  ['en', 'held between 3 and 5 May', ['-5-3..-5-5']],
  ['en', 'Saturday 3 and Sunday 4 May: open days', ['-5-3..-5-4w6']],
  ['fr', 'Rendez-vous le 1er mai au parc', ['-5-1']],
  ['fr', 'sam. 3 mai : repas partagé', ['-5-3w6']],
  ['fr', 'ven. 3 mai 2024 à 18 h', ['2024-5-3w5']],
  ['fr', 'les 3 et 4 mai à la salle polyvalente', ['-5-3..-5-4']],
  ['fr', 'du lundi 3 au mercredi 5 mai', ['-5-3..-5-5w1']],
  ['fr', 'le 12 déc. à la mairie', ['-12-12']],
  ['fr', 'du 30 mai au 1er juin', ['-5-30..-6-1']],
  ['de', 'vom 3. bis 5. Mai im Bürgerhaus', ['-5-3..-5-5']],
  ['de', 'Sa., 3.5. Sprachcafé', ['-5-3w6']],
  ['de', 'Sa., 3. Mai: Nachbarschaftsfest', ['-5-3w6']],
  ['de', 'Fr, 3.5.2024, 18 Uhr', ['2024-5-3w5']],
  ['de', 'Fortbildung am 22./23. März 2023 im Rathaus', ['2023-3-22..2023-3-23']],
  ['de', 'Seminar vom 01.06.-03.06. in der Bibliothek', ['-6-1..-6-3']],
  ['de', 'Termine:\n01.06.-03.06. Seminar in der Bibliothek', ['-6-1..-6-3']],
  ['de', 'am 22. und 23.3. jeweils ab 10 Uhr', ['-3-22..-3-23']],
  ['de', 'am Freitag, den 3. Mai', ['-5-3w5']],
  ['de', 'Sprachcafé am 21. 9. 2024 im Pfarrheim', ['2024-9-21']],
  ['de', 'Begegnungstage 21./22.09.2024', ['2024-9-21..2024-9-22']],
  ['it', 'Festa dei popoli 21/22.09.2024', ['2024-9-21..2024-9-22']],
  ['de', '3. Okt. Tag der offenen Tür', ['-10-3']],
  ['it', 'dal 3 al 5 maggio presso la sala civica', ['-5-3..-5-5']],
  ['it', 'il 1º maggio festa dei popoli', ['-5-1']],
  ['it', 'sab. 3 mag. cena multietnica', ['-5-3w6']],
  ['it', 'giovedì 12/12 incontro', ['-12-12w4']],
  ['it', 'sabato 3 e domenica 4 maggio', ['-5-3..-5-4w6']],
  ['es', 'del 3 al 5 de mayo en el centro cívico', ['-5-3..-5-5']],
  ['es', 'el 1º de mayo', ['-5-1']],
  ['es', 'mié., 3 de mayo, charla', ['-5-3w3']],
  ['es', 'los días 22 y 23/03 en la biblioteca', ['-3-22..-3-23']],
  ['es', 'sábado 3 y domingo 4 de mayo', ['-5-3..-5-4w6']],
  ['es', 'Taller el día 26 de octubre -viernes- de 18:00 a 20:00', ['-10-26w5']],
  // (The weekday, then "día" / "giorno" before the number.)
  ['es', 'Las bibliotecas salen a la calle el viernes, día 25 de abril, en la plaza', ['-4-25w5']],
  ['es', 'El miércoles, el día 3 de mayo a las 18 h, charla', ['-5-3w3']],
  ['it', 'sabato giorno 12 ottobre alle 17 cena dei popoli', ['-10-12w6']],
  ['fr', 'Repas partagé le 5 octobre (samedi) à midi', ['-10-5w6']],
  ['de', 'Fest am 5. Oktober (Samstag) im Hof', ['-10-5w6']],
  ['en', 'Picnic on 5 October – Saturday – in the park', ['-10-5w6']],
  ['fr', 'Repas partagé le 5 octobre - 18h', ['-10-5']],
  ['iso', 'Fecha: 2024/05/03', ['2024-5-3']],
  ['iso', 'Date: 2024-05-03T18:00', ['2024-5-3']],
];

// Numbers that look like days and are not.
const NEAR_MISSES: Array<[string, string]> = [
  ['a fraction after "and"', 'El taller dura 1 y 1/2 horas'],
  ['a fraction in English', 'a walk of 2 and 1/2 hours'],
  ['clock times with a dot', 'von 10.05-11.05. Uhr Pause'],
  ['a time at a line start', '- 9.05-10.05 Begrüßung'],
  ['an EU directive', 'Directive 2013/33/EU on reception'],
  ['a regulation number', 'Regulation 2019/1147 applies'],
  ['a law number', 'la Ley 12/2019 de extranjería'],
  ['a decree with a long number', 'Decreto 2020/12/345 del ministero'],
  ['a page range', 'see pages 12-15'],
  ['a price', 'price 12.50 euros'],
  ['a time', 'Beginn 12.30 Uhr'],
  ['a month alone', 'mid-May we meet'],
  ['a month and a year', 'in May 2021 the project began'],
  ['a version number', 'version 3.5.1 released'],
  ['a spaced number with a two-digit end', 'Seite 21. 9. 24 des Berichts'],
  ['"mediados de"', 'a mediados de mayo'],
  ['days counted, not dated', 'el lunes, 4 días de mayo sin clases'],
];

describe('the date scanner reads every way a day is written', () => {
  it.each(FORMS)('%s: %s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(NEAR_MISSES)('reads no day in %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });

  it('never throws and gives valid, ordered days for any mix of day-like tokens', () => {
    const token = fc.constantFrom('3', '22', '1er', '1º', '3.', '3.5.', '22./', '01.06.-', '2024', '2024/', '/05', 'y', 'und', 'et', 'al', 'du', 'au', 'mai', 'May', 'mayo', 'sam.', 'Sa.,', 'viernes', 'sábado', 'el', '-', '–', ' ', '\n', ',', '.', '/');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join(' ');
        const found = findDates(readText(text), [...all]);
        let last = -1;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          for (const d of m.days) expect(d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31).toBe(true);
          last = m.start;
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['day pairs with dots and slashes', '22./'],
    ['days joined by "y"', '1 y '],
    ['short weekdays with a dot', 'sam., '],
    ['numeric spans with their months', '01.06.-'],
    ['year-first slashes', '2024/'],
    ['month names and weekday days on one endless line', 'octubre sábado 12 domingo 13 '],
    ['spans followed by weekdays', 'del 3 al 5 de octubre el viernes y el sábado '],
  ])('reads a page of repeated %s in linear time', (_name, unit) => {
    const time = (n: number) => {
      const text = unit.repeat(n) + '3 mai';
      let best = Infinity;
      for (let i = 0; i < 2; i++) best = Math.min(best, cpuMs(() => findDates(readText(text), [...all])));
      return best;
    };
    const small = time(20_000);
    const large = time(40_000);
    expect(large).toBeLessThan(2000);
    expect(large).toBeLessThanOrEqual(3 * Math.max(small, 50));
  });
});

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string, published?: string) => extractEvents(text, { now, ...(published ? { published } : {}) }).events.map((e) => e.start.slice(0, 10));

describe('the year of an undated span from the weekdays told after it', () => {
  it.each([
    ['es', 'La asociación presentó el programa de la jornada intercultural, que se celebrará del 3 al 5 de octubre en la plaza.\nLas actividades comenzarán el viernes con un desfile. El sábado habrá una fiesta y el domingo una comida popular.', ['2025-10-03']],
    ['de', 'Das interkulturelle Fest findet vom 3. bis 5. Oktober auf dem Marktplatz statt.\nAm Freitag beginnt es mit einem Umzug, am Samstag gibt es Musik und am Sonntag ein gemeinsames Essen.', ['2025-10-03']],
    ['fr', 'La fête interculturelle aura lieu du 3 au 5 octobre sur la place du marché.\nElle commencera vendredi par un défilé, samedi un concert, dimanche un repas partagé.', ['2025-10-03']],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('keeps the year when the weekdays fit it', () => {
    // 3-5 October 2026 is Saturday to Monday.
    expect(starts('La fiesta intercultural se celebrará del 3 al 5 de octubre de 2026 en la plaza. Empieza el sábado y acaba el lunes.')).toEqual(['2026-10-03']);
  });

  it('gives no weekday from a habit or from weekdays that fit the span several ways', () => {
    // ("todos los viernes" is a habit; "el sábado" alone fits a three-day span three ways.)
    expect(starts('La feria intercultural se celebrará del 3 al 5 de octubre en la plaza. Como todos los viernes, el sábado habrá mercado.', '2026-09-01')).toEqual(['2026-10-03']);
  });
});

describe('days under a month heading that names no year', () => {
  it.each([
    ['es', 'Programa de octubre\n\nSábado 12: jornada intercultural en el centro cívico, a las 18:00.\nDomingo 13: taller de cocina del mundo a las 12:00.', ['2024-10-12', '2024-10-13']],
    ['it', 'Ottobre\n\nSabato 12 ore 17: incontro interculturale al centro civico.\nDomenica 13 ore 12: pranzo dei popoli.', ['2024-10-12', '2024-10-13']],
  ])('%s: the year their weekdays fit', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('gives nothing when the weekdays do not step as the numbers do', () => {
    expect(starts('Programa de octubre\n\nSábado 12: jornada intercultural en el centro cívico.\nDomingo 15: taller de cocina del mundo.')).toEqual([]);
  });

  it('takes no month from a sentence that only mentions it', () => {
    expect(starts('En octubre empezó el curso de idiomas para recién llegados, que ya tiene cuarenta alumnos inscritos.\n\nSábado 12: jornada intercultural en el centro cívico.\nDomingo 13: taller de cocina del mundo.')).toEqual([]);
  });
});

describe('words ending like a law or a birth do not hide a gathering', () => {
  it.each([
    ['fr', "L'association organise un atelier de cuisine le vendredi 27 septembre à 18h à la maison de quartier.", '2024-09-27'],
    ['fr', "Une rencontre citoyenne le 12 octobre à 18h à la mairie.", '2024-10-12'],
    ['fr', "Le forum de l'emploi du 24 novembre accueille les réfugiés à 9h30.", '2024-11-24'],
    ['it', 'Si terrà una giornata il 12 ottobre alle 10 con le associazioni del territorio.', '2024-10-12'],
    ['de', 'Wir laden zum Nachbarschaftsfest mit Infostand am 12. Oktober um 10 Uhr auf dem Marktplatz ein.', '2024-10-12'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(starts(text, '2024-09-20')).toContain(expected);
  });

  it.each([
    ['fr', "Née le 12 octobre 1990 à Kaboul, elle est arrivée en France en 2015.", 'a birth'],
    ['de', 'Das Aufenthaltsgesetz vom 12. Oktober regelt die Aufnahme.', 'a German law named in a compound'],
    ['it', 'La legge del 12 ottobre regola l’accoglienza.', 'a law'],
    ['fr', "Le salon de l'emploi s'ouvre avec la fouille instituée à la suite des attentats du 13 novembre.", 'attacks remembered by their day'],
    ['en', 'The vigil for the victims of the attacks of 13 November drew a crowd.', 'attacks remembered by their day (en)'],
  ])('%s: still no gathering in %s (%s)', (_lang, text) => {
    expect(starts(text, '2024-09-20')).toEqual([]);
  });
});

describe('a list of a month\'s sessions keeps every day', () => {
  it.each([
    ['es', 'Taller de canto los días 5, 7, 12, 14, 19, 21, 26 y 28 de noviembre de 17:00 a 19:00 h en el centro social.', 8],
    ['it', 'Laboratorio di cucina nei giorni 3, 5, 10, 12, 17, 19, 24 e 26 marzo alle 18 in biblioteca.', 8],
    ['en', 'Conversation club on 2, 4, 9, 11, 16, 18, 23 and 25 June at 6pm in the library.', 8],
  ])('%s', (_lang, text, count) => {
    const [m] = findDates(readText(text), [...all]);
    expect(m?.days.length).toBe(count);
  });
});

describe('"this" before the part of a day names the posting day\'s own weekday', () => {
  // 19 June 2016 was a Sunday.
  it.each([
    ['es', 'La semana intercultural terminó en esta soleada mañana de domingo con un pasacalles por el centro.', '2016-06-19'],
    ['it', 'La festa dei popoli si è chiusa in questa mattina di domenica con una sfilata in piazza.', '2016-06-19'],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text, '2016-06-19')).toEqual([expected]);
  });

  it('an announced Sunday morning with no "this" is the next one', () => {
    expect(starts('El pasacalles de la semana intercultural será una mañana de domingo, el domingo que viene, por el centro.', '2016-06-19')).not.toContain('2016-06-19');
  });
});

describe('a page with no year anywhere: the clock dates no day', () => {
  const late = new Date('2026-11-30T12:00:00Z');
  const at = (text: string, published?: string) => extractEvents(text, { now: late, ...(published ? { published } : {}) }).events.map((e) => e.start.slice(0, 10));
  it.each([
    ['en', 'The intercultural dinner for refugee families took place on February 6th at the community hall.'],
    ['fr', 'Le repas interculturel a eu lieu le 6 février à la salle des fêtes avec les familles réfugiées.'],
    ['es', 'La cena intercultural tuvo lugar el 6 de febrero en el centro cívico con familias refugiadas.'],
    ['en', 'The intercultural dinner for refugee families will take place on February 6th at the community hall.'],
    ['de', 'Das interkulturelle Abendessen mit geflüchteten Familien findet am 6. Februar im Gemeindesaal statt.'],
  ])('%s: a day with no weekday gives no event', (_lang, text) => {
    expect(at(text)).toEqual([]);
  });

  it.each([
    // 6 February 2027 is a Saturday: the weekday only agrees with the clock's guess.
    ['en', 'The intercultural dinner for refugee families is on Saturday, February 6th, at the community hall.'],
    ['it', 'La cena interculturale con le famiglie rifugiate si terrà sabato 6 febbraio nella sala civica.'],
  ])('%s: a weekday that fits the year nearest today confirms nothing', (_lang, text) => {
    expect(at(text)).toEqual([]);
  });

  it.each([
    // Not a Monday in 2026 or 2027: the page is older, and 2023 is the nearest earlier year it fits.
    ['en', 'The intercultural dinner for refugee families is on Monday, February 6th, at the community hall.', '2023-02-06'],
    ['fr', 'Le repas interculturel avec les familles réfugiées aura lieu le lundi 6 février à la salle des fêtes.', '2023-02-06'],
  ])('%s: a weekday that does not fit it dates the page', (_lang, text, expected) => {
    expect(at(text)).toEqual([expected]);
  });

  it('near miss: with a posting day, the same announcement is dated', () => {
    expect(at('The intercultural dinner for refugee families will take place on February 6th at the community hall.', '2026-11-20')).toEqual(['2027-02-06']);
  });

  // The page in the reader's tab, or a source fetched now, is up today: today dates what it gives without a year.
  const live = (text: string) => extractEvents(text, { now: late, live: true }).events.map((e) => e.start.slice(0, 10));
  it.each([
    ['en', 'The intercultural dinner for refugee families will take place on February 6th at the community hall.', '2027-02-06'],
    ['de', 'Das interkulturelle Abendessen mit geflüchteten Familien findet am 6. Februar im Gemeindesaal statt.', '2027-02-06'],
    ['fr', 'Le repas interculturel a eu lieu le 6 février à la salle des fêtes avec les familles réfugiées.', '2026-02-06'],
    ['it', 'La cena interculturale con le famiglie rifugiate si terrà sabato 6 febbraio nella sala civica.', '2027-02-06'],
    // (A weekday that does not fit the nearest year still says the page is older.)
    ['en', 'The intercultural dinner for refugee families is on Monday, February 6th, at the community hall.', '2023-02-06'],
  ])('%s: a live page is dated by today', (_lang, text, expected) => {
    expect(live(text)).toEqual([expected]);
  });
});

describe('a law named by its day is no gathering', () => {
  it.each([
    ['it', 'Il progetto è finanziato ai sensi della Legge regionale 3 marzo 2023, n. 9, e prevede incontri.'],
    ['es', 'La ayuda se concede según el Real Decreto 12 de mayo de 2022 sobre acogida.'],
    ['fr', 'Le dispositif relève de la loi 26 janvier 2016 de modernisation.'],
  ])('%s', (_lang, text) => {
    expect(starts(text, '2023-04-01')).toEqual([]);
  });

  it('a gathering on the day after the law\'s name keeps its day', () => {
    expect(starts('Incontro sulla legge: 3 marzo 2023 alle 18 in biblioteca, con le associazioni.', '2023-02-20')).toEqual(['2023-03-03']);
  });
});

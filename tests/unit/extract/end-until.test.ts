import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 20: a gathering's last day said in the next words with "until" (no verb of lasting), and
// a close said in a later paragraph of a one-event page; in our own words, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('an opening day, then "until" a last day', () => {
  it.each([
    ['en', 'Refugee Week opened on Sunday 27 September 2015 in Leeds. Until 4 October there will be talks, films and concerts.', ['2015-09-27', '2015-10-04']],
    ['de', 'Die Interkulturelle Woche wurde am Sonntag, 27. September 2015, in Weimar eröffnet. Bis zum 4. Oktober gibt es Vorträge, Filme und Konzerte.', ['2015-09-27', '2015-10-04']],
    ['fr', 'La Semaine de l’hospitalité s’est ouverte le dimanche 27 septembre 2015 à Lille. Jusqu’au 4 octobre, débats, films et concerts.', ['2015-09-27', '2015-10-04']],
    ['es', 'La Semana del Refugiado comenzó el lunes 18 de junio de 2018 en Vila-real. Hasta el 22 de junio habrá charlas y exposiciones.', ['2018-06-18', '2018-06-22']],
    ['es', 'El festival intercultural arranca el viernes 3 de octubre de 2025 en Logroño y se prolongará hasta el domingo 5.', ['2025-10-03', '2025-10-05']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });

  it.each([
    ['en', 'Refugee Week opened on Sunday 27 September 2015 in Leeds. Until 4 October you can register for the workshops.'],
    ['en', 'The photo exhibition on refugee journeys opens on 27 September 2015 at the town hall and can be visited until 4 October.'],
    ['de', 'Das Sprachcafé für Geflüchtete öffnet am Sonntag, 27. September 2015. Anmeldung bis zum 4. Oktober.'],
    ['it', 'La festa dei popoli si tiene domenica 27 settembre 2015; iscrizioni fino al 4 ottobre.'],
  ])('%s: near miss: a sign-up\'s or a display\'s "until" is no last day: %s', (lang, text) => {
    expect(spans(text, lang)[0]).toEqual(['2015-09-27', null]);
  });

  it('near miss: a day that is not said to open keeps one day', () => {
    expect(spans('Lecture on refugee law on Sunday 27 September 2015 in Leeds. Until 4 October the library is closed.', 'en')[0]).toEqual(['2015-09-27', null]);
  });
});

describe('a one-event page that says its close in a later paragraph', () => {
  it.each([
    ['it', 'La Festa dei Popoli torna sabato 8 marzo 2025 a Torino.\n\nLa giornata inizierà con la messa alle 11. Alle 14.30 il palco si aprirà alle comunità.\n\nPer i bambini ci sarà uno spazio gioco. La festa si concluderà intorno alle 18.'],
    ['es', 'La fiesta de la diversidad vuelve el sábado 8 de marzo de 2025 a Burgos.\n\nLa jornada empezará con un pasacalles a las 11:00. A las 14:30 habrá comida compartida.\n\nPara los niños habrá juegos. La fiesta finalizará hacia las 18:00.'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-08T11:00', '2025-03-08T18:00']]);
  });

  it('near miss: a last hour that only starts an item gives no end', () => {
    expect(spans('La Festa dei Popoli torna sabato 8 marzo 2025 a Torino.\n\nLa giornata inizierà con la messa alle 11. Alle 14.30 il palco si aprirà alle comunità.\n\nAlle 18 la tombola per tutti.', 'it')).toEqual([['2025-03-08T11:00', null]]);
  });
});

describe('the days inside an opened span stay gatherings of their own', () => {
  // (Session 21: the opening gathering the sentence names, a service or a concert, is one of them too, as the labels count it.)
  it.each([
    ['de', 'Die Interkulturelle Woche in Weimar beginnt am Sonntag, 27. September 2015, mit einem Gottesdienst. Bis zum 4. Oktober gibt es Vorträge, Filme und Konzerte.\n\nAm 30. September liest eine Autorin in der Stadtbibliothek aus ihrem Roman über Flucht. Die Lesung beginnt um 19 Uhr.\n\nAm 3. Oktober feiern alle ein Straßenfest auf dem Herderplatz.'],
    ['en', 'Refugee Week in Leeds opens on Sunday 27 September 2015 with a concert. Until 4 October there will be talks, films and concerts.\n\nOn 30 September an author reads from her novel about exile at the city library. The reading starts at 7 pm.\n\nOn 3 October everyone is invited to a street party in the market square.'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2015-09-27', '2015-10-04'], ['2015-09-27', null], ['2015-09-30T19:00', null], ['2015-10-03', null]]);
  });
});

describe('an opening day, then a verb of closing before the last day (session 24)', () => {
  // (Said as done too, as a report tells it: "It closed on Sunday 10 May", "terminó el 10 de mayo".)
  it.each([
    ['en', 'The intercultural festival opened on 18 April 2009 in the square. It closed on Sunday 10 May.'],
    ['de', 'Das interkulturelle Festival wurde am 18. April 2009 auf dem Marktplatz eröffnet. Es endete am Sonntag, 10. Mai.'],
    ['fr', "Le festival interculturel s'est ouvert le 18 avril 2009 sur la place. Il s'est terminé le dimanche 10 mai."],
    ['it', 'Il festival interculturale si è aperto il 18 aprile 2009 in piazza. Si è concluso domenica 10 maggio.'],
    ['es', 'El festival intercultural se inauguró el 18 de abril de 2009 en la plaza de la Marina y terminó el 10 de mayo.'],
    ['es', 'El festival intercultural, que comenzó el 18 de abril de 2009 en la plaza de la Marina, se clausuró el domingo 10 de mayo.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2009-04-18', '2009-05-10']]);
  });

  it('a gathering that closes the span stays a gathering of its own', () => {
    expect(spans('The intercultural festival opened on 18 April 2009 in the square and closed on 10 May with a concert for refugees.', 'en'))
      .toEqual([['2009-04-18', '2009-05-10'], ['2009-05-10', null]]);
  });

  it.each([
    ['en', 'The intercultural festival opened on 18 April 2009 in the square. Registration closed on 10 May.'],
    ['it', 'Il festival interculturale si è aperto il 18 aprile 2009 in piazza. La mostra fotografica si è chiusa il 10 maggio.'],
    ['es', 'La biblioteca abrió el 18 de abril de 2009 un taller de cocina para migrantes. Muchas semanas después, con la llegada del verano y otras noticias, el ayuntamiento cerró el 10 de mayo.'],
  ])('%s: near miss: a sign-up\'s, a display\'s or another subject\'s close is no last day: %s', (lang, text) => {
    expect(spans(text, lang)[0]).toEqual(['2009-04-18', null]);
  });
});

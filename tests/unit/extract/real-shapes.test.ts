import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const read = (text: string, options: Parameters<typeof extractEvents>[1] = {}) =>
  extractEvents(text, { now, ...options }).events.map((e) => [e.start, e.end ?? null]);

describe('date shapes of real pages', () => {
  it.each([
    ['a numeric range sharing month and year', 'Partner meeting of the project\n\n14-17.10.2019\nLinz', [['2019-10-14', '2019-10-17']]],
    ['a numeric range of two short dates', 'Start der Aktionswoche gegen Rassismus (16.3.-29.3.2020)', [['2020-03-16', '2020-03-29']]],
    ['two days on two lines', 'Journée d’étude sur l’accueil des exilés\n\n14 mars 2025\n15 mars 2025\n\nUniversité de Lille', [['2025-03-14', '2025-03-15']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives an undated day the year the page writes for that day elsewhere', () => {
    const text = 'Das Anerkennungsgesetz trat am 1. April 2012 in Kraft.\n\nAm 3. Juli bietet die Kammer eine Beratung an.\n\nDie Veranstaltung findet am 3. Juli 2015 von 9.00 bis 15.00 Uhr statt.';
    expect(read(text)).toEqual([['2015-07-03T09:00', '2015-07-03T15:00']]);
  });

  it('reads a date line with a place and a span of hours as an event', () => {
    expect(read('ÉCOUTER LES EXILÉS !\n\nSamedi 14 mai 2022 à Colmar (place Rapp de 14h00 à 18h00)')).toEqual([['2022-05-14T14:00', '2022-05-14T18:00']]);
  });
});

describe('dates in an event sentence that are not events', () => {
  it.each([
    ['a fee period', 'La gara si correrà il 12 ottobre 2025. L’iscrizione costa 20 euro entro il 30 settembre, oppure, dal 1 al 10 ottobre, costerà 30 euro.', [['2025-10-12', null]]],
    ['the day words were said', 'Le forum sur l’emploi des réfugiés aura lieu le 4 juin 2025. « Il faut agir localement », déclarait la préfète le 12 mars dernier.', [['2025-06-04', null]]],
    ['a course starting', 'La Universidad ofrecerá a partir del próximo 3 de marzo de 2025 clases gratuitas de español para inmigrantes.', []],
    ['a named day given before its date', 'Die Interkulturelle Woche 2025 beginnt am 21.9. Fixpunkt ist der Tag des Flüchtlings am 26. September.', [['2025-09-21', null]]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('year hints from the address and from the text', () => {
  it('reads a year among the words of the address', () => {
    const text = 'Retour sur la journée\n\nLe mercredi 20 juin, une table ronde sur l’emploi des réfugiés a eu lieu à Paris.';
    expect(read(text, { url: 'https://asso.example/retour-sur-la-journee-des-refugies-2018-emploi/' })).toEqual([['2018-06-20', null]]);
  });

  it('weighs a year the page looks back to ("depuis 2001") little', () => {
    const text = 'Forum emploi 2019 pour les réfugiés\n\nComme chaque année depuis 2001, le forum a eu lieu le 14 novembre à Lyon.';
    expect(read(text)).toEqual([['2019-11-14', null]]);
  });
});

describe('an umbrella and a gathering on its first day', () => {
  it('gives both', () => {
    const text = 'À Lille, la semaine de l’intégration s’est ouverte lundi 6 octobre par un job dating.\n\nLa semaine de l’intégration, qui se tient du 6 au 10 octobre, réunit associations et entreprises.';
    expect(read(text, { published: '2025-10-07' })).toEqual([['2025-10-06', '2025-10-10'], ['2025-10-06', null]]);
  });
});

describe('days around an event', () => {
  it('reads "one day before the webinar" as not the event, and the year from the page\'s other dates', () => {
    const text = 'We invite you to a webinar on refugee integration on the 19th of March.\n\nParticipants will be sent the link on March 18,2024, one day before the webinar.\nDeadline for registration: March 17, 2024\n\nProgram:\n13:00 Welcome\n13:10 First talk\n14:00 Closing';
    expect(read(text)).toEqual([['2024-03-19T13:00', '2024-03-19T14:00']]);
  });

  it('reads a registration that ends on a day as a deadline, and a short date in brackets', () => {
    const text = 'Der Countdown für den fünften Citylauf läuft. Für den Lauf am letzten Freitag im Mai (29.5.) endet die Voranmeldung am Mittwoch, dem 20. Mai.';
    expect(read(text, { published: '2026-05-02' })).toEqual([['2026-05-29', null]]);
  });
});

describe('when tickets go on sale', () => {
  it.each([
    ['es', 'El lunes salen a la venta las entradas para el concierto solidario con las personas refugiadas del 12 de septiembre de 2025 en la Plaza Mayor.'],
    ['es', 'El concierto solidario con las personas refugiadas será el 12 de septiembre de 2025. Las entradas cuestan 10 euros y se podrán comprar en la web desde el 2 de agosto.'],
    ['en', 'The benefit concert for refugees is on 12 September 2025. Tickets will be available online and can be bought from 2 August.'],
  ])('is not an event (%s)', (_lang, text) => {
    expect(read(text).map(([start]) => start)).toEqual(['2025-09-12']);
  });
});

describe('relative days on a page with no posting date', () => {
  it('are read from the page\'s first full date, not from today', () => {
    const text = 'Conciertos solidarios\n\nEl primer concierto será el martes 7 de septiembre de 2021 en el Liceo. El viernes 10 habrá un segundo concierto con el coro de personas migrantes.';
    expect(read(text).map(([start]) => start)).toEqual(['2021-09-07', '2021-09-10']);
  });
});

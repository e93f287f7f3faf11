import { describe, expect, it } from 'vitest';
import { extractEvents, type ExtractOptions } from '../../../lib/extract/index.ts';

// Shapes met on real pages of the development set, written here in our own words.
const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string, options: ExtractOptions = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.start);
const spans = (text: string, options: ExtractOptions = {}) => extractEvents(text, { now, ...options }).events.map((e) => [e.start, e.end]);

describe('a weekday said to be the next one, with its day number after the word for day', () => {
  it.each([
    ['es', 'El encuentro de asociaciones de inmigrantes se celebrará el próximo viernes, día 15, a partir de las 10 de la mañana.', ['2019-03-15T10:00']],
    ['it', 'Il convegno sull’accoglienza dei rifugiati si terrà venerdì prossimo, giorno 15, dalle 9 del mattino.', ['2019-03-15T09:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { published: '2019-03-05', lang })).toEqual(expected);
  });

  it('"de la mañana" after an hour is the morning, not tomorrow', () => {
    const text = 'La charla sobre asilo empezará el jueves 14 de marzo a las 10 de la mañana en la biblioteca.';
    expect(starts(text, { published: '2019-03-05', lang: 'es' })).toEqual(['2019-03-14T10:00']);
  });
});

describe('"la cita": a word for a gathering', () => {
  it.each([
    ['es', 'La cita con las asociaciones de migrantes será el 8 de marzo de 2019 en la plaza.', ['2019-03-08']],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { lang })).toEqual(expected);
  });

  it('an office\'s appointment ("cita previa") is not a gathering', () => {
    expect(starts('Oficina de extranjería: pida cita previa para el 8 de marzo de 2019 en la web.', { lang: 'es' })).toEqual([]);
  });
});

describe('hours and deadlines around a day are not days', () => {
  it('"dalle 18 alle 20 fino al 30 giugno": the 20 is an hour, and the course runs until June', () => {
    const text = 'Il corso di italiano per stranieri inizierà il 1 aprile e si terrà ogni lunedì e mercoledì dalle 18 alle 20 fino al 30 giugno.';
    expect(starts(text, { published: '2019-03-01', lang: 'it' }).filter((s) => s.startsWith('2019-06'))).toEqual([]);
  });

  it.each([
    ['it', 'Il convegno sui migranti si terrà il 20 marzo 2019 alle 10 in Comune. Il bando per i volontari scade il 30 aprile.'],
    ['es', 'La jornada sobre migrantes se celebrará el 20 de marzo de 2019 a las 10 horas. La convocatoria de ayudas se cierra el 30 de abril.'],
  ])('%s: a call that closes is a deadline', (lang, text) => {
    expect(starts(text, { lang })).toEqual(['2019-03-20T10:00']);
  });
});

describe('a date line over a long report', () => {
  it('the report\'s first sentence names the gathering the date heads', () => {
    const report = 'The first meeting of the partners was very promising. ' + 'The participants discussed the aims of the project and the courses to come, and agreed on how to share the work between the teams. '.repeat(6);
    expect(spans(`Graz, Austria\n23-26.11.2009\n${report}`)).toEqual([['2009-11-23', '2009-11-26']]);
  });
});

describe('a prose programme: one sentence, several days each with its own weekday and number', () => {
  it.each([
    ['it', 'Si comincia lunedì 11 marzo con un incontro sui rifugiati alle 18 in biblioteca; martedì 12 alle 17.30 laboratorio in sala civica; mercoledì 13 alle 21 proiezione al cinema.'],
    ['fr', 'Le programme commence le lundi 11 mars par une conférence sur l’exil à 18h à la médiathèque ; le mardi 12, atelier à 17h30 au centre social ; le mercredi 13, projection à 21h au cinéma.'],
  ])('%s', (lang, text) => {
    expect(starts(text, { published: '2019-03-01', lang })).toEqual(['2019-03-11T18:00', '2019-03-12T17:30', '2019-03-13T21:00']);
  });

  it('a project that starts on a day, with no hour, stays a period', () => {
    expect(starts('Le projet d’accueil des réfugiés commence le lundi 11 mars 2019 et durera deux ans.', { lang: 'fr' })).toEqual([]);
  });
});

describe('a time given once for all the events of a kind', () => {
  it('"Todos los conciertos serán a las diez de la noche" gives each dated concert its hour, inside the town\'s cultural programme', () => {
    const text = 'El Ayuntamiento presenta el programa cultural de las fiestas, que se desarrollará del 7 al 15 de septiembre. Todos los conciertos serán a las diez de la noche.\n\nEl grupo abrirá el programa de conciertos el 7 de septiembre. El viernes 10 será el concierto del cantante invitado.';
    expect(spans(text, { published: '2021-07-31', lang: 'es' })).toEqual([['2021-09-07', '2021-09-15'], ['2021-09-07T22:00', undefined], ['2021-09-10T22:00', undefined]]);
  });
});

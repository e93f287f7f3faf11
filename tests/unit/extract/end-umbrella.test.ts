import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 23: an umbrella's last day said with "until" in a sentence of its own, its first day said apart
// ("since Monday", or the day dated just before a sentence that says it goes on); in our own words, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string, published: string) => extractEvents(text, { now, lang, published }).events.map((e) => [e.start, e.end ?? null]);

describe('"until" a weekday, "since" another', () => {
  it.each([
    ['es', 'La asociación vecinal celebra hasta el viernes su Semana Intercultural. Lo hace desde el lunes con talleres, charlas y música en el centro cívico del barrio.'],
    ['en', 'The Welcome Centre holds its Refugee Week until Friday. It has been doing so since Monday, with talks, films and a shared meal at the town hall.'],
    ['fr', 'Le centre social organise jusqu’à vendredi sa Semaine de l’accueil. Il le fait depuis lundi avec des ateliers, des débats et un repas partagé à la mairie.'],
  ])('%s: the "since" day opens the week', (lang, text) => {
    // Posted on Wednesday 1 October 2025: Monday 29 September to Friday 3 October.
    expect(spans(text, lang, '2025-10-01')).toEqual([['2025-09-29', '2025-10-03']]);
  });
});

describe('a day dated, then the umbrella "goes on until" a weekday', () => {
  it.each([
    ['es', 'Esta tarde el instituto abre sus puertas a las familias para una merienda compartida en el patio. Las jornadas interculturales, con talleres, teatro y música, continúan hasta el viernes.'],
    ['de', 'Heute Nachmittag stellen Schülerinnen und Schüler im Jugendzentrum bei einem Fest ihre Fotos über Flucht vor. Die Interkulturelle Woche mit Lesungen, Filmen und Konzerten läuft noch bis Freitag.'],
    ['it', 'Oggi pomeriggio la scuola apre le porte alle famiglie per una merenda condivisa nel cortile. Le giornate interculturali, con laboratori, teatro e musica, proseguono fino a venerdì.'],
  ])('%s: the umbrella from that day, and the day\'s own gathering', (lang, text) => {
    expect(spans(text, lang, '2025-10-01')).toEqual([['2025-10-01', '2025-10-03'], ['2025-10-01', null]]);
  });

  it.each([
    ['es', 'Esta tarde el instituto abre sus puertas a las familias para una merienda compartida en el patio. Las inscripciones para las jornadas interculturales siguen abiertas hasta el viernes.'],
    ['en', 'This afternoon the school opens its doors to families for a shared meal in the yard. The photo exhibition of the intercultural week can be visited until Friday.'],
    ['es', 'Esta tarde el instituto recibe a las familias para una merienda compartida en el patio. El taller de cocina continúa hasta el viernes.'],
    ['fr', 'Cet après-midi le lycée ouvre ses portes aux familles pour un goûter partagé dans la cour. Jusqu’à vendredi, la semaine interculturelle propose des ateliers.'],
  ])('%s: near miss (a sign-up, a display, no umbrella, no verb of going on): %s', (lang, text) => {
    expect(spans(text, lang, '2025-10-01').filter(([, end]) => end !== null)).toEqual([]);
  });
});

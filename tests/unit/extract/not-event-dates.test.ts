import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 19: dates on an event's page that are not gatherings, by class, in our own words in five
// languages: sign-up deadlines, publication lines, a project's span. (A past gathering reported beside
// the page's own, "the council meeting held on 2 March", is an event by the labelling rules: not here.)
const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => e.start.slice(0, 10));

const EVENT: Record<string, string> = {
  en: 'Welcome dinner for refugee families on 14 March 2025 at 19:00 at the community centre.',
  fr: 'Dîner de bienvenue pour les familles réfugiées le 14 mars 2025 à 19h au centre social.',
  de: 'Willkommensfest für geflüchtete Familien am 14. März 2025 um 19 Uhr im Bürgerhaus.',
  it: 'Cena di benvenuto per le famiglie rifugiate il 14 marzo 2025 alle 19 al centro sociale.',
  es: 'Cena de bienvenida para familias refugiadas el 14 de marzo de 2025 a las 19:00 en el centro social.',
};

describe('a sign-up deadline beside the gathering', () => {
  it.each([
    ['en', 'Please register by 7 March 2025.'],
    ['en', 'Places are limited: book your seat before 7 March 2025.'],
    ['en', 'Sign-ups are accepted until 7 March 2025.'],
    ['fr', 'Inscription obligatoire avant le 7 mars 2025.'],
    ['fr', 'Merci de vous inscrire jusqu’au 7 mars 2025.'],
    ['fr', 'Réservation conseillée au plus tard le 7 mars 2025.'],
    ['de', 'Anmeldung bitte bis zum 7. März 2025.'],
    ['de', 'Bitte melden Sie sich bis 7. März 2025 an.'],
    ['it', 'Iscrizioni entro il 7 marzo 2025.'],
    ['it', 'È necessario prenotarsi entro il 7 marzo 2025.'],
    ['it', 'Per partecipare è obbligatoria la prenotazione entro venerdì 7 marzo 2025.'],
    ['es', 'Inscripciones hasta el 7 de marzo de 2025.'],
    ['es', 'Es necesario inscribirse antes del 7 de marzo de 2025.'],
    ['es', 'Las plazas son limitadas y pueden reservarse hasta el viernes 7 de marzo de 2025.'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${EVENT[lang]} ${extra}`, lang)).toEqual(['2025-03-14']);
  });
});

describe('a publication or update line', () => {
  it.each([
    ['en', 'Posted on 2 March 2025 by the editorial team'],
    ['fr', 'Publié le 2 mars 2025 par la rédaction'],
    ['de', 'Veröffentlicht am 2. März 2025 von der Redaktion'],
    ['it', 'Pubblicato il 2 marzo 2025 dalla redazione'],
    ['es', 'Publicado el 2 de marzo de 2025 por la redacción'],
    ['it', 'Ultimo aggiornamento: 2 marzo 2025'],
    ['es', 'Última actualización: 2 de marzo de 2025'],
  ])('%s: %s', (lang, stamp) => {
    expect(days(`${stamp}\n\n${EVENT[lang]}`, lang)).toEqual(['2025-03-14']);
  });
});

describe('a project\'s span', () => {
  it.each([
    ['it', 'Il progetto, avviato il 2 gennaio 2024, si concluderà il 31 dicembre 2025.'],
    ['es', 'El proyecto, iniciado el 2 de enero de 2024, finalizará el 31 de diciembre de 2025.'],
    ['fr', 'Le projet, lancé le 2 janvier 2024, prendra fin le 31 décembre 2025.'],
    ['de', 'Das Projekt läuft vom 2. Januar 2024 bis zum 31. Dezember 2025.'],
    ['en', 'The project runs from 2 January 2024 to 31 December 2025.'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${EVENT[lang]} ${extra}`, lang)).toEqual(['2025-03-14']);
  });
});

describe('near misses: a second gathering is kept', () => {
  it.each([
    ['en', 'A second dinner will be held on 21 March 2025 at 19:00.'],
    ['fr', 'Un second dîner aura lieu le 21 mars 2025 à 19h.'],
    ['de', 'Ein zweites Fest findet am 21. März 2025 um 19 Uhr statt.'],
    ['it', 'Una seconda cena si terrà il 21 marzo 2025 alle 19.'],
    ['es', 'Una segunda cena se celebrará el 21 de marzo de 2025 a las 19:00.'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${EVENT[lang]} ${extra}`, lang)).toEqual(['2025-03-14', '2025-03-21']);
  });
});

describe('near misses: a project closing with a gathering keeps it', () => {
  it.each([
    ['it', 'Il progetto per l’inclusione dei rifugiati si concluderà con un convegno finale il 12 dicembre 2025 a Roma.'],
    ['en', 'The project on refugee inclusion will end with a final conference on 12 December 2025 in Rome.'],
    ['es', 'El proyecto de inclusión de refugiados finalizará con una jornada de cierre el 12 de diciembre de 2025 en Madrid.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual(['2025-12-12']);
  });
});

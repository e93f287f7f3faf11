import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { classify, readReason } from '../../../lib/relevance/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const relevant = (text: string) => extractEvents(text, { now }).relevant;

describe('relevance of pages near the line', () => {
  it.each([
    ['en', 'Second transnational meeting of the Erasmus+ project Digital Seniors in Porto on 14-15 March 2025. Partners from five countries worked on digital skills for people over 65 and the training modules for care homes. The next meeting will be in Graz. The project also met a local group that supports refugees.'],
    ['it', 'Primo incontro transnazionale del progetto Erasmus+ Orti Urbani a Lecce il 3 aprile 2025: i partner hanno lavorato sulle buone pratiche di giardinaggio nelle scuole. Tra i presenti anche un’associazione che si occupa di rifugiati.'],
  ])('an Erasmus+ meeting on another topic that mentions refugees once is not relevant (%s)', (_lang, text) => {
    expect(relevant(text)).toBe(false);
  });

  it.each([
    ['en', 'WOMEN@WORK project news: the partners held their third meeting in Valencia on 5 May 2025 to plan job coaching for migrant women and their access to employment.'],
    ['de', 'Sprachcafé für Neuzugewanderte: jeden Donnerstag üben wir Deutsch im Gespräch. Erster Termin am 8. Mai 2025 um 17 Uhr im Stadtteilzentrum.'],
    ['fr', 'Café des langues pour les personnes nouvellement arrivées en France le 12 juin 2025 à 18h à la médiathèque : venez pratiquer le français autour d’un café.'],
    ['fr', 'Colloque « Travail social et immigration : l’hospitalité à l’épreuve », 4 et 5 juin 2025 : les pratiques professionnelles auprès des personnes exilées et réfugiées.'],
  ])('a page about migrants with an inclusion angle is relevant (%s)', (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe('residents from other countries are the target group of an intercultural gathering', () => {
  it.each([
    ['es', 'El distrito organizó el sábado 12 de julio de 2025 un encuentro intercultural en la plaza para dar a conocer la cultura de las personas de otros países que residen en el barrio.', true],
    ['it', 'Festa interculturale in piazza il 12 luglio 2025 per conoscere le persone di altri paesi che vivono nel quartiere.', true],
    ['en', 'Youth exchange on 12 July 2025: hiking and games with young people from other countries.', false],
  ])('%s', (_lang, text, expected) => {
    expect(relevant(text)).toBe(expected);
  });
});

describe('a text that keeps naming the group is about it, whatever the words around them', () => {
  it.each([
    ['de', 'Ein Gesprächsabend zum Thema Flüchtlinge findet am 17. Dezember 2015 in der Stadthalle statt. Zu Wort kommen Flüchtlinge und Bürger; die Flüchtlingshilfe stellt sich vor.', true],
    ['it', 'Serata con i migranti ospiti del paese il 20 novembre 2015: i rifugiati raccontano il viaggio, gli immigrati di lunga data la loro esperienza.', true],
    ['fr', 'Soirée de témoignages d’exilés le 3 mars 2016 : des migrants et des réfugiés racontent leur parcours.', true],
    ['es', 'Charla con personas refugiadas el 5 de mayo de 2016: los refugiados y los migrantes del barrio cuentan su llegada.', true],
    // Migration alone is not a group of people: "data migration" said three times stays out.
    ['en', 'Data migration workshop on 3 May 2021: migration of archives, migration planning and the migrations of legacy systems.', false],
  ])('%s', (_lang, text, expected) => {
    expect(relevant(text)).toBe(expected);
  });
});

describe('an activity held for the group is about them', () => {
  it.each([
    ['it', 'Sabato 9 novembre 2019, dalle 10 alle 13, in biblioteca si terrà il laboratorio di cucito per donne migranti.', true],
    ['es', 'Taller de empleo para personas migrantes el 5 de marzo de 2025 a las 10:00 en el Centro Cívico San José.', true],
    ['de', 'Am Samstag, 7. September 2019, feiern wir ab 15 Uhr im Pfarrgarten ein Fest für Geflüchtete und Nachbarn.', true],
    ['fr', 'Rencontre avec des demandeurs d\'asile, samedi 12 octobre 2019 à 15h, salle Jean Moulin.', true],
    ['en', 'Our conversation café for newcomers starts again on 14 January 2020 at 10am in the church hall.', true],
    // The group named in passing, not as whom the activity is for.
    ['en', 'Third partner meeting of the Erasmus+ project Green Gardens in Lisbon on 10-11 October 2019 on composting in schools. The group visited a garden run by volunteers, some of them refugees.', false],
    ['fr', 'Course solidaire le dimanche 6 octobre 2019 à 9h au parc : les inscriptions seront reversées à une association d\'aide aux réfugiés.', false],
  ])('%s', (_lang, text, expected) => {
    expect(relevant(text)).toBe(expected);
  });
});

describe('days and weeks named after refugees and migrants name the group', () => {
  it.each([
    ['en', 'Refugee Week celebration on Saturday 22 June 2019 from 12pm to 5pm at the Town Hall. Music, food and stories.'],
    ['es', 'Actividades por el Día Mundial del Refugiado el 20 de junio de 2019 en la plaza mayor.'],
    ['it', 'Per la Giornata mondiale del rifugiato, il 20 giugno 2019 alle 18, letture e musica in piazza.'],
  ])('%s', (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe('the group joined to an inclusion word, or named in the headline', () => {
  it.each([
    ['es', 'La charla «Mujeres migrantes y empleo» será el miércoles 13 de febrero de 2019, a las 19.30 horas, en la biblioteca.', true],
    ['it', 'Convegno: Migranti e lavoro\n\nVenerdì 12 aprile 2019 alle 9.00, aula magna dell\'università. Interventi di sindacati e imprese.', true],
    ['de', 'Ein Abend mit Geflüchteten\n\nAm Freitag, 8. März 2019, um 19 Uhr erzählen drei Gäste im Pfarrsaal aus ihrem Leben.', true],
    ['it', 'Sabato 7 e domenica 8 settembre 2019 torna in piazza la Festa dei Popoli con le comunità straniere della città.', true],
    // Apart, in different sentences, the group and another topic's word stay a passing mention.
    ['en', 'Partner meeting of the Erasmus+ project Silver Steps in Graz on 3 April 2019 on walking groups for seniors. Work packages were reviewed. A local choir sang, some of its singers refugees.', false],
  ])('%s', (_lang, text, expected) => {
    expect(relevant(text)).toBe(expected);
  });
});

describe('more ways pages name the group', () => {
  it.each([
    ['es', 'Charla informativa sobre el padrón y la tarjeta sanitaria para personas extranjeras el martes 5 de noviembre de 2019 a las 18:00.'],
    ['es', 'Fiesta de la diversidad cultural con los vecinos de origen marroquí y rumano el domingo 6 de octubre de 2019.'],
    ['es', 'Jornada de acogida a los nuevos vecinos llegados de otros países, el 20 de junio de 2019 en la Casa de la Juventud.'],
    ['it', 'Cena multietnica con le famiglie del centro di accoglienza sabato 12 ottobre 2019 alle 20 in oratorio.'],
    ['it', 'Incontro sull\'intercultura per i nuovi italiani, giovedì 10 ottobre 2019 alle 18.'],
    ['fr', 'Permanence d\'accès aux droits pour les personnes sans titre de séjour le mardi 8 octobre 2019 de 14h à 17h.'],
  ])('%s: %s', (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });

  it('a week on disability inclusion is not about migrants', () => {
    expect(relevant('Semana de la Diversidad Funcional del 2 al 8 de diciembre de 2019 con actividades inclusivas para personas con discapacidad.')).toBe(false);
  });
});

describe('near misses stay out after the audience and phrase rules', () => {
  it.each([
    ['en', 'Second meeting of the Erasmus+ project DigiAdult in Lisbon on 3-4 April 2019 with partners from Italy and Greece; the project also works with migrants in one pilot.'],
    ['en', 'Charity run on 3 April 2019: all proceeds go to a school in Kenya. The event is open to everyone, including refugees.'],
    ['en', 'Kick-off meeting on 3 April 2019 in Graz of the Erasmus+ project on active ageing. Partners visited a day centre for seniors, some of them refugees from Bosnia.'],
    ['es', 'Jornada para empresas sobre la contratación en origen y la contratación de trabajadores extranjeros el 15 de mayo de 2025 en la Cámara de Comercio.'],
  ])('%s: %s', (_lang, text) => {
    expect(relevant(text)).toBe(false);
  });
});

describe('a relevant verdict from the audience or headline rules still quotes its words', () => {
  it.each([
    'Sabato 9 novembre 2019 in biblioteca si terrà il laboratorio di cucito per donne migranti.',
    'Ein Abend mit Geflüchteten\n\nAm Freitag, 8. März 2019, erzählen drei Gäste aus ihrem Leben.',
    'Refugee Week celebration on Saturday 22 June 2019 at the Town Hall.',
  ])('%s', (text) => {
    const c = classify(text);
    expect(c.relevant).toBe(true);
    expect(readReason(c.why)).toBeDefined();
    expect(c.reasons[0]).not.toMatch(/and\s*$/);
  });
});

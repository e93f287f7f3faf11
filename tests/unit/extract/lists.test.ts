import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { notEventReason } from '../../../lib/extract/filters.ts';

const starts = (text: string, published: string) => extractEvents(text, { published }).events.map((e) => e.start);

describe('dated lists and newsletter sections', () => {
  it('reads every item of a list of sessions, with the time its intro line gives', () => {
    const page = [
      'Talleres de empleo para mujeres migrantes',
      '',
      'Volvemos a los talleres presenciales en el Centro Cívico Las Sirenas (Alameda de Hércules, 14, Sevilla).',
      '',
      'Calendario de sesiones (todas de 17:00 a 19:00 h):',
      '',
      '- 5/10/2021 – Tu currículum: cómo contar tu experiencia',
      '- 19/10/2021 – Derechos laborales en el empleo del hogar',
      '- 2/11/2021 – Entrevistas de trabajo: simulación',
    ].join('\n');
    const events = extractEvents(page, { published: '2021-09-20' }).events;
    expect(events.map((e) => [e.start, e.end, e.mode, e.location?.name])).toEqual([
      ['2021-10-05T17:00', '2021-10-05T19:00', 'in-person', 'Centro Cívico Las Sirenas'],
      ['2021-10-19T17:00', '2021-10-19T19:00', 'in-person', 'Centro Cívico Las Sirenas'],
      ['2021-11-02T17:00', '2021-11-02T19:00', 'in-person', 'Centro Cívico Las Sirenas'],
    ]);
  });

  it('names each item of a dated list by its own words, a subtitle after a colon included', () => {
    const page = [
      'Talleres de empleo para mujeres migrantes',
      '',
      'Calendario de sesiones (todas de 17:00 a 19:00 h):',
      '',
      '- 5/10/2021 – Tu currículum: cómo contar tu experiencia',
      '- 19/10/2021 – Derechos laborales en el empleo del hogar (con una abogada)',
      '- 2/11/2021 – Entrevistas de trabajo: simulación',
    ].join('\n');
    expect(extractEvents(page, { published: '2021-09-20' }).events.map((e) => e.title)).toEqual([
      'Tu currículum: cómo contar tu experiencia',
      'Derechos laborales en el empleo del hogar',
      'Entrevistas de trabajo: simulación',
    ]);
  });

  it('takes the items of a numbered newsletter list as events, and not the dates around them', () => {
    const page = [
      'Network newsletter – autumn',
      '',
      'UPCOMING',
      '',
      '1. Train-the-trainer: mentoring for job coaches who accompany refugees',
      '5-6 October, Rotterdam',
      'Two days for coaches and volunteer mentors who accompany status holders into work.',
      'Registration opens on 2 October.',
      '',
      '2. Regional conference on status holders and the labour market',
      'Tuesday 21 November 2023, 9:30-16:00',
      '',
      'FUNDING',
      '',
      'Grants for neighbourhood integration projects of refugees are open until 31 October.',
    ].join('\n');
    expect(starts(page, '2023-09-20')).toEqual(['2023-10-05', '2023-11-21T09:30']);
  });

  it.each([
    ['Registration opens on ', ' for all members.', 'other'],
    ['Les inscriptions seront ouvertes dès le ', '.', 'other'],
    ['Die Anmeldung ist ab dem ', ' möglich.', 'other'],
    ['in occasione della Giornata mondiale del rifugiato (', ')', 'reference'],
    ['for World Refugee Day (', '), the choir sings', 'reference'],
  ])('before "%s": %s', (before, after, reason) => {
    expect(notEventReason(before.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), after)).toBe(reason);
  });
});

describe('the headline of a page under its breadcrumb', () => {
  it.each([
    ['Home » Eventi » Convegni\n\nLavoro e cittadinanza: percorsi di inclusione\n\nIl convegno sui migranti si terrà il 14 marzo 2024 a Bologna.', 'Lavoro e cittadinanza: percorsi di inclusione'],
    ['Accueil > Actualités > Emploi\n\nAtelier CV pour personnes réfugiées\n\nL’atelier aura lieu le 3 mai 2024 à Lyon.', 'Atelier CV pour personnes réfugiées'],
    ['Home care for refugee families: a workshop\n\nThe workshop on refugees takes place on 3 May 2024 in Ghent.', 'Home care for refugee families: a workshop'],
  ])('%s', (text, title) => {
    expect(extractEvents(text, { published: '2024-02-01' }).events[0]?.title).toBe(title);
  });
});

describe('a series page that gives its place once', () => {
  it('gives each part the one venue line of the page, and each part its own heading', () => {
    const page = [
      'Online-Seminarreihe: Anerkennung für Geflüchtete verstehen',
      '',
      'Teil 1: Grundlagen – reglementierte und nicht reglementierte Berufe',
      'Termin: 05.10.2023, 10:00–11:30 Uhr',
      '',
      'Teil 2: Anpassungsqualifizierungen und Kenntnisprüfungen',
      'Termin: 09.11.2023, 10:00–11:30 Uhr',
      '',
      'Ort: online (Zoom). Die Zugangsdaten erhalten Sie nach der Anmeldung.',
    ].join('\n');
    const events = extractEvents(page, { published: '2023-09-01' }).events;
    expect(events.map((e) => [e.start, e.mode, e.title])).toEqual([
      ['2023-10-05T10:00', 'online', 'Teil 1: Grundlagen – reglementierte und nicht reglementierte Berufe'],
      ['2023-11-09T10:00', 'online', 'Teil 2: Anpassungsqualifizierungen und Kenntnisprüfungen'],
    ]);
  });

  it('names a day from the words before its colon, and takes the year of a heading', () => {
    const page = 'Cours de français pour personnes réfugiées\n\nSessions 2025\n- Session 1 : du 30 juin au 11 juillet\n- Session 2 : du 14 au 25 juillet\n\nJournée portes ouvertes : samedi 24 mai 2025 de 10h à 17h.';
    const events = extractEvents(page, { now: new Date('2026-11-22T12:00:00Z') }).events;
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2025-05-24T10:00', 'Journée portes ouvertes'],
      ['2025-06-30', 'Session 1'],
      ['2025-07-14', 'Session 2'],
    ]);
  });
});

describe('details spread over a page', () => {
  it.each([
    ['a time after a named day in brackets belongs to the event',
      'Nel frattempo, il 21 giugno, in occasione della Giornata mondiale del rifugiato (20 giugno), i ragazzi del progetto per minori stranieri presenteranno il cortometraggio al Cinema Massimo alle ore 21.',
      '2022-06-01', [['2022-06-21T21:00', undefined, 'in-person']]],
    ['a labelled time range gives the end of the event starting then',
      'Webinar: refugee women into self-employment\n\nJoin us on Tuesday 14 November 2023 at 2pm CET for an online session on refugee and migrant women who start a business.\n\nTime: 14:00-15:30 CET',
      '2023-10-20', [['2023-11-14T14:00', '2023-11-14T15:30', 'online']]],
    ['a digital info session is online; a livestream of an opening makes it hybrid',
      'Die Eröffnung des Welcome Centers für Geflüchtete findet am 3. März um 10 Uhr in der Bertoldstraße 44 statt. Wer nicht vor Ort sein kann, kann die Eröffnung im Livestream verfolgen.\n\nBereits am 27. Februar von 14 bis 15 Uhr lädt das Team Arbeitgeber zu einem digitalen Infotermin ein.',
      '2025-02-10', [['2025-02-27T14:00', '2025-02-27T15:00', 'online'], ['2025-03-03T10:00', undefined, 'hybrid']]],
  ])('%s', (_name, text, published, expected) => {
    const events = extractEvents(text, { published }).events;
    expect(events.map((e) => [e.start, e.end, e.mode])).toEqual(expected);
  });
});

describe('places of online events', () => {
  it.each([
    ['an organiser address in the footer', 'Webinar sul riconoscimento dei titoli per rifugiati\n\nMercoledì 8 novembre 2023 dalle ore 15:00 alle 16:30 si terrà il webinar online su Zoom.\n\nAssociazione Nuovi Orizzonti APS, Via dei Mille 21, 35121 Padova'],
    ['a town the speakers come from', 'Webinaire sur l’accès aux droits des personnes exilées le 7 novembre 2022 à 14h, en ligne, avec une avocate du barreau de Rennes.'],
  ])('%s', (_name, text) => {
    const [event] = extractEvents(text, { published: '2022-10-01' }).events;
    expect(event?.mode).toBe('online');
    expect(event?.location).toBeUndefined();
  });
});

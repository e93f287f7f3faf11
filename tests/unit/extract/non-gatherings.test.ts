/**
 * Dated mentions that are not gatherings (issue 12, precision, session 19): weekly and monthly
 * slots, agency datelines and headline stamps, the second day of a two-day gathering, periods
 * of more than four weeks, statements, letters, officials' visits and the start of a programme
 * that runs for months. Sentences of our own; each table has near misses that must stay events.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const spans = (text: string, published?: string) =>
  extractEvents(text, { now, ...(published ? { published } : {}) }).events.map((e) => (e.end ? `${e.start}..${e.end}` : e.start));

describe('a weekly or monthly slot names no day', () => {
  it.each([
    ['en', 'The drop-in for people seeking asylum meets on Thursday afternoons from 1pm to 4pm in the parish hall. The Thursday session now also offers sewing.'],
    ['en', 'Our welcome café for refugees runs on Wednesdays, 11am to 2pm, at the church hall. About forty guests come to the Wednesday session.'],
    ['en', 'Drop-in\n\nThe conversation circle for newcomers is held every other Tuesday at the library, from 6pm to 7.30pm.'],
    ['de', 'Das Sprachcafé für Geflüchtete findet jeden ersten Donnerstag im Monat von 17.30 bis 19.30 Uhr in der Stadtbibliothek statt.'],
    ['de', 'Sprachcafé für Geflüchtete\n\nDer Nähtreff für geflüchtete Frauen findet jeden zweiten Mittwoch ab 15 Uhr im Gemeindehaus statt.'],
    ['de', 'Sprachcafé für Geflüchtete\n\nDer Nähtreff für geflüchtete Frauen findet am ersten Mittwoch des Monats ab 15 Uhr im Gemeindehaus statt.'],
    ['fr', 'Le café des langues pour les personnes exilées a lieu le premier jeudi du mois, de 18h à 20h, à la médiathèque.'],
    ['fr', 'Permanence\n\nLa permanence juridique pour les demandeurs d’asile se tient un mardi sur deux, de 14h à 17h, au centre social.'],
    ['it', 'Il laboratorio di italiano per rifugiati si tiene ogni primo giovedì del mese dalle 17 alle 19 in biblioteca.'],
    ['it', 'La merenda interculturale con le famiglie migranti si svolge l’ultimo sabato di ogni mese dalle 16 nel cortile della parrocchia.'],
    ['es', 'La tertulia para personas migrantes se celebra el primer jueves de cada mes, de 18 a 20 horas, en el centro cívico.'],
  ])('%s: %s', (_lang, text) => {
    expect(spans(text, '2024-05-06')).toEqual([]);
  });

  it.each([
    ['a day number makes it a date', 'Our language café for refugees meets every Thursday. This Thursday, 16 May 2024, we hold a special evening with music at 18:00.', ['2024-05-16T18:00']],
    ['"next" points at one day', 'Our language café for refugees meets every Thursday. Next Thursday we hold a summer party with music at 18:00 in the hall.', ['2024-05-16T18:00']],
    ['"ce jeudi" points at one day', 'Le café des langues pour les exilés a lieu tous les jeudis. Ce jeudi, une fête avec musique est organisée à 18h à la médiathèque.', ['2024-05-16T18:00']],
    ['a gathering of its own on the slot’s weekday', 'The drop-in for refugees is open on Thursdays. Join us on Thursday for our summer party at 6pm in the garden!', ['2024-05-16T18:00']],
  ])('near miss: %s', (_name, text, expected) => {
    expect(spans(text, '2024-05-13')).toEqual(expected);
  });
});

describe('a dateline or a headline stamp is when the story was filed', () => {
  it.each([
    ['es', 'Taller de empleo para personas refugiadas\n\nMADRID 12 Mar. (EUROPA PRESS) -\n\nLa asociación organiza un taller de empleo para personas refugiadas el jueves 14 de marzo a las 10 horas en su sede.', '2024-03-12', ['2024-03-14T10:00']],
    ['it', 'ROMA, 5 maggio (ANSA) - Il convegno sull’accoglienza dei rifugiati si terrà venerdì 10 maggio alle 15 presso la Sala delle Conferenze.', '2024-05-05', ['2024-05-10T15:00']],
    ['es', 'El taller de danzas del mundo arrancará la próxima semana - 06/10/2008\nEl taller comenzará con la sesión del miércoles 15 de octubre a las 20:00 horas en el centro cultural.', '2008-10-06', ['2008-10-15T20:00']],
    // A headline that opens with the posting day, its year left out (session 20).
    ['en', '21 Mar Partner meeting of the welcome project in Tallinn\n21 Mar, 2019\nThe partner meeting of the welcome project took place in Tallinn on 14-15 March 2019 at the city library.', '2019-03-21', ['2019-03-14..2019-03-15']],
    ['fr', '21 mars Rencontre des partenaires du projet d’accueil à Lille\nLa rencontre des partenaires du projet d’accueil a eu lieu à Lille le jeudi 14 mars 2019 à la médiathèque.', '2019-03-21', ['2019-03-14']],
  ])('%s', (_lang, text, published, expected) => {
    expect(spans(text, published)).toEqual(expected);
  });

  it.each([
    // Another day than the posting day opening the headline is the gathering's.
    ['en', '28 Mar Partner meeting of the welcome project in Tallinn\nThe partner meeting of the welcome project takes place in Tallinn at the city library. Sign up by email.', '2019-03-21', ['2019-03-28']],
  ])('near miss (%s): a headline that opens with another day than the posting day', (_lang, text, published, expected) => {
    expect(spans(text, published)).toEqual(expected);
  });

  it('near miss: a town and a date opening an item name its event', () => {
    expect(spans('BRUXELLES, 21 June 2024 – Final conference of the project on migrant inclusion')).toEqual(['2024-06-21']);
  });
});

describe('two days in a row with their weekdays are one gathering', () => {
  it.each([
    ['it', 'Martedì 31 gennaio e mercoledì 1 febbraio 2017 si terrà a Roma il convegno sull’accoglienza dei richiedenti asilo.', ['2017-01-31..2017-02-01']],
    ['fr', 'Le forum des associations d’aide aux réfugiés se tient samedi 4 mars et dimanche 5 mars 2023 à la salle des fêtes.', ['2023-03-04..2023-03-05']],
    ['en', 'The conference on refugee integration takes place on Friday 3 May and Saturday 4 May 2024 in Leeds.', ['2024-05-03..2024-05-04']],
    ['de', 'Der Fachtag zur Integration von Geflüchteten findet am Freitag, 31. Dezember 2021 und Samstag, 1. Januar 2022 in Köln statt.', ['2021-12-31..2022-01-01']],
  ])('%s', (_lang, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['sessions in the plural are one a day', 'Workshops for migrant women on Monday 6 May and Tuesday 7 May 2024 at the library.', ['2024-05-06', '2024-05-07']],
    ['the same hours each day are two sessions', 'El lunes 30 de marzo y el martes 31 de marzo de 2015 se realizará un taller de cestería, de 17.00 a 19.00 horas, en el centro cívico.', ['2015-03-30', '2015-03-31']],
    ['days that do not follow each other', 'The conference on refugee integration takes place on Tuesday 7 May and Thursday 9 May 2024 in Leeds.', ['2024-05-07', '2024-05-09']],
  ])('near miss: %s', (_name, text, expected) => {
    const events = extractEvents(text, { now }).events;
    expect(events.map((e) => e.start.slice(0, 10))).toEqual(expected);
    expect(events.every((e) => !e.end || e.end.slice(0, 10) === e.start.slice(0, 10))).toBe(true);
  });
});

describe('a run of more than four weeks is a period, not a gathering', () => {
  it.each([
    ['en', 'The photo exhibition on refugees’ journeys is on show at the town library between October 1st and 31st, 2015.'],
    ['es', 'El taller de danzas del mundo para vecinos y personas migrantes se impartirá desde el día 14 de octubre hasta el 13 de noviembre de 2008 los martes y jueves de 20:30 a 22:00 horas.'],
    ['de', 'Die Ausstellung über Flucht und Ankommen ist vom 2. Mai bis 15. Juni 2024 im Rathaus zu sehen.'],
  ])('%s', (_lang, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('near miss: the opening of the exhibition is a gathering on its day', () => {
    expect(spans('The exhibition on refugees’ journeys runs from 3 May to 28 June 2024 at the town library. It opens on 3 May 2024 at 18:00 with a vernissage.'))
      .toEqual(['2024-05-03T18:00']);
  });
});

describe('statements, letters and officials’ visits are not gatherings', () => {
  it.each([
    ['es statement', 'Este evento quiere reivindicar el derecho a migrar, informa el ayuntamiento en un comunicado este domingo.', '2025-10-05'],
    ['en statement', 'Job fair for refugees\n\nThe job fair for refugees will be held at the town hall, the council said in a statement on 6 May 2024.', undefined],
    ['es statement', 'Feria de empleo para refugiados\n\nLa feria de empleo se celebrará en el ayuntamiento, informó el consistorio en un comunicado el 6 de mayo de 2024.', undefined],
    ['fr letter', 'Accueil des réfugiés : une première réunion\n\nLe jeudi 3 septembre 2015, le maire a adressé un courrier au préfet pour annoncer que la ville était prête à accueillir des réfugiés.', undefined],
    ['it letter', 'Accoglienza dei profughi: il primo incontro\n\nIl 3 settembre 2015 il sindaco ha inviato una lettera al prefetto per offrire alloggi ai profughi.', undefined],
    ['fr visit', 'Accueil des réfugiés : une réunion\n\nLe préfet en a parlé avec le maire à l’occasion de sa visite à Aubusson le mardi 8 septembre 2015.', undefined],
    ['es visit', 'Acogida de refugiados: una reunión\n\nLa ministra conoció el proyecto de acogida durante su visita a la ciudad el 8 de septiembre de 2015.', undefined],
  ])('%s', (_name, text, published) => {
    expect(spans(text, published)).toEqual([]);
  });

  it.each([
    ['a guided visit is a gathering', 'Visite guidée de l’exposition sur l’exil le mardi 8 septembre 2015 à 15h, au musée.', ['2015-09-08T15:00']],
    ['a meeting the letter announces keeps its own day', 'The mayor sent a letter to the associations on 3 September 2015. The information meeting on refugee reception will take place on 14 September 2015 at the town hall.', ['2015-09-14']],
  ])('near miss: %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('the start of a programme that runs for months is a period', () => {
  it.each([
    ['es', 'Otoño Solidario\n\nEl Ayuntamiento inicia este martes el ciclo Otoño Solidario, que se celebrará entre octubre y noviembre con exposiciones, conciertos y charlas sobre el derecho a migrar.', '2025-10-05'],
    ['en', 'Autumn of solidarity\n\nThe city council kicks off on Tuesday its season of talks and concerts on migration, which runs until December in the district’s libraries.', '2025-10-05'],
    ['it', 'Autunno solidale\n\nIl Comune inizia martedì la rassegna Autunno Solidale, che si terrà tra ottobre e novembre con mostre, concerti e incontri sul diritto di migrare.', '2025-10-05'],
    // A course that starts on a day and ends in a later month (session 20).
    ['it', 'Scuola di italiano\n\nIl corso serale di italiano per adulti stranieri inizierà il 15 ottobre e terminerà a giugno, due sere a settimana.', '2025-10-05'],
    ['es', 'Escuela de castellano\n\nEl curso de castellano para personas migrantes empieza el 15 de octubre y termina en junio, dos tardes por semana.', '2025-10-05'],
    ['de', 'Sprachschule\n\nDer Abendkurs Deutsch für Zugewanderte beginnt am 15. Oktober und endet im Juni, zweimal pro Woche.', '2025-10-05'],
  ])('%s', (_lang, text, published) => {
    expect(spans(text, published)).toEqual([]);
  });

  it.each([
    ['it', 'Il corso breve di cucina con le donne rifugiate inizia il 15 ottobre e termina il 17 ottobre, nella sala della parrocchia.', ['2025-10-15..2025-10-17']],
    ['en', 'The short cooking course with refugee women starts on 15 October and ends on 17 October in the parish hall.', ['2025-10-15..2025-10-17']],
  ])('near miss (%s): a course that ends on a day days later is a gathering', (_lang, text, expected) => {
    expect(spans(text, '2025-10-05')).toEqual(expected);
  });

  it('near miss: an opening at an hour is the first gathering', () => {
    expect(spans('El ciclo Otoño Solidario, que se celebrará entre octubre y noviembre, arranca este martes a las 19 horas con un concierto en la plaza.', '2025-10-05'))
      .toEqual(['2025-10-07T19:00']);
  });
});

describe('a page’s stamp under its label is no gathering', () => {
  const event = (lang: string) => ({
    it: 'Sabato 11 maggio 2019 alle 17 in piazza Garibaldi si terrà la festa dei popoli con le comunità migranti.',
    es: 'El sábado 11 de mayo de 2019 a las 17 horas se celebrará en la plaza Mayor la fiesta intercultural con las asociaciones de inmigrantes.',
    fr: 'Le samedi 11 mai 2019 à 17h, la fête interculturelle réunit les associations de migrants place de la Mairie.',
    de: 'Am Samstag, 11. Mai 2019, um 17 Uhr findet auf dem Marktplatz das interkulturelle Fest mit Geflüchteten statt.',
    en: 'On Saturday 11 May 2019 at 5pm the intercultural party with refugee families takes place in the market square.',
  })[lang]!;
  it.each([
    ['it', 'Inserito il 3 maggio 2019'],
    ['it', 'Ultimo aggiornamento: 5 maggio 2019'],
    ['es', 'Última actualización: 5 de mayo de 2019'],
    ['es', 'Fecha de publicación: 5 de mayo de 2019'],
    ['fr', 'Dernière modification le 5 mai 2019'],
    ['de', 'Zuletzt geändert am 5. Mai 2019'],
    ['en', 'Last modified on 5 May 2019'],
  ])('%s: %s', (lang, stamp) => {
    expect(spans(`Fest\n${stamp}\n${event(lang)}`).map((s) => s.slice(0, 10))).toEqual(['2019-05-11']);
  });
});

describe('when a body was founded, a decision taken or a rule came into force', () => {
  it.each([
    ['en founded', 'Welcome café\nThe association, founded on 5 May 1999, holds a welcome café for refugees on Saturday 11 May 2019 at 5pm.', ['2019-05-11T17:00']],
    ['it founded', 'Incontro sull’accoglienza\nL’associazione, nata il 5 maggio 1999, organizza sabato 11 maggio 2019 alle 17 un incontro sull’accoglienza dei migranti.', ['2019-05-11T17:00']],
    ['es decision', 'Plan de integración\nEl pleno del Ayuntamiento aprobó el pasado 3 de mayo de 2019 el plan municipal de integración de personas inmigrantes, que incluye talleres y jornadas.', []],
    ['it signing', 'Protocollo d’intesa\nIl Comune e la Prefettura hanno firmato il 3 maggio 2019 un protocollo per l’accoglienza dei richiedenti asilo, con corsi e laboratori.', []],
    ['es signing', 'Convenio de acogida\nLa Consejería y Cruz Roja firmaron el pasado 3 de mayo de 2019 un convenio para la acogida de refugiados, con talleres y charlas.', []],
    ['it in force', 'Incontro\nDal 1° gennaio 2019 è in vigore il nuovo regolamento. Sabato 11 maggio 2019 alle 17 incontro pubblico sull’accoglienza in sala consiliare.', ['2019-05-11T17:00']],
    ['en since', 'Drop-in\nSince 1 January 2019 the advice desk for refugees has been in the town hall. A welcome party takes place on Saturday 11 May 2019 at 5pm.', ['2019-05-11T17:00']],
    // A text adopted or signed on a day, said with the participle (session 20).
    ['es approved', 'Jornadas de acogida\nLa ordenanza de convivencia aprobada el 3 de mayo de 2019 regula las jornadas y los talleres de acogida del barrio.', []],
    ['fr adopted', 'Ateliers d’accueil\nLa charte d’accueil adoptée le 3 mai 2019 par le conseil prévoit des ateliers et des rencontres dans chaque quartier.', []],
    ['en signed', 'Welcome workshops\nThe partnership agreement signed on 3 May 2019 by the council and the charity sets up workshops and meetings for newcomers.', []],
    // Gatherings every week from a day on: a run, not a gathering on that day.
    ['fr weekly from', 'Ateliers\nDepuis le 1er avril 2019, le centre social organise des ateliers de français chaque semaine pour les personnes exilées.', []],
    ['es weekly from', 'Talleres\nA partir del 1 de abril de 2019, la asociación ofrece talleres semanales de castellano para personas migrantes.', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['a list of polling days keeps its cue', 'En raison des élections législatives qui se dérouleront les 30 juin et 7 juillet 2024, la fête des rues est annulée.', []],
    ['a workshop from a day at an hour, with no word of every week, is one', 'Atelier\nÀ partir du samedi 6 avril 2019 à 14h, atelier de cuisine avec les familles exilées au centre social.', ['2019-04-06T14:00']],
    ['a term of weekly sessions, from a day to a day, is its first session', 'Laboratorio\nLaboratorio di cucito per donne rifugiate dal 7 al 28 maggio 2019, ogni martedì dalle 15 alle 17 in parrocchia.', ['2019-05-07T15:00']],
    ['an approved programme’s own gathering on a later day is one', 'Festa\nIl programma approvato il 3 maggio 2019 prevede una festa interculturale sabato 11 maggio 2019 alle 17 in piazza.', ['2019-05-11T17:00']],
    ['a gathering under way since a day is one', 'Interkulturelle Woche\nSeit Montag, 23. September 2019, läuft die Interkulturelle Woche mit Festen und Workshops in der ganzen Stadt.', ['2019-09-23']],
    ['a stated hour after a signing is the next gathering’s', 'Protocollo d’intesa\nIl protocollo firmato il 3 maggio 2019 sarà presentato in un incontro pubblico sabato 11 maggio 2019 alle 17 in sala consiliare.', ['2019-05-11T17:00']],
  ])('near miss: %s', (_name, text, expected) => {
    expect(spans(text).map((s) => s.replace(/\.\..*/, ''))).toEqual(expected);
  });
});

describe('a day given up for another, and the days for sending abstracts, are not gatherings', () => {
  it.each([
    ['it', 'Festa dei popoli\nLa Festa dei popoli, rinviata a causa del maltempo, si terrà sabato 18 maggio 2019 alle 17 invece che sabato 11 maggio.', ['2019-05-18T17:00']],
    ['es', 'Fiesta intercultural\nLa fiesta, aplazada por la lluvia, se celebrará el sábado 18 de mayo de 2019 a las 17 horas en lugar del sábado 11 de mayo.', ['2019-05-18T17:00']],
    ['en', 'Refugee Week party\nThe party, originally planned for Saturday 11 May, now takes place on Saturday 18 May 2019 at 5pm.', ['2019-05-18T17:00']],
    ['es', 'Jornadas\nLas jornadas se celebrarán el 15 de marzo de 2019 en Sevilla. El envío de resúmenes finaliza el 15 de febrero de 2019.', ['2019-03-15']],
    ['it', 'Convegno\nIl convegno si terrà il 15 marzo 2019 a Torino. L’invio delle proposte si chiude il 15 febbraio 2019.', ['2019-03-15']],
  ])('%s', (_lang, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('near miss: "findet statt am" is the day it takes place', () => {
    expect(spans('Runder Tisch Flüchtlinge\nEr findet statt am Dienstag, 28. Mai 2019, ab 17.00 Uhr im Kulturforum.')).toEqual(['2019-05-28T17:00']);
  });
});

describe('classes that start on a day and run for months are a period', () => {
  it.each([
    ['it', 'Corso di italiano per stranieri\nLe lezioni inizieranno il 1° ottobre 2019 e proseguiranno fino a giugno, il martedì e il giovedì sera.'],
    ['fr', 'Cours de français pour les exilés\nLes cours commenceront le 1er octobre 2019 et se poursuivront jusqu’en juin au centre social.'],
  ])('%s', (_lang, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('near miss: a first lesson at an hour is a gathering', () => {
    expect(spans('Corso di italiano per stranieri\nLe lezioni inizieranno martedì 1° ottobre 2019 alle 18 e proseguiranno fino a giugno, in biblioteca.')).toEqual(['2019-10-01T18:00']);
  });
});

describe('a book’s release, a death, an arrival and another page’s date are not gatherings', () => {
  it.each([
    ['it release', 'Presentazione del libro\nGiovedì 9 maggio 2019 alle ore 18, presso la biblioteca civica, si terrà la presentazione del libro “Mare aperto”. Il libro, uscito il 2 aprile 2019, racconta storie di rifugiati.', ['2019-05-09T18:00']],
    ['fr release', 'Présentation du livre\nJeudi 9 mai 2019 à 18h, à la médiathèque, présentation du livre « Mer ouverte ». Le livre, paru le 2 avril 2019, raconte des histoires de réfugiés.', ['2019-05-09T18:00']],
    ['it death', 'Commemorazione\nVenerdì 10 maggio 2019 alle 18 incontro in ricordo del mediatore culturale, scomparso il 2 aprile 2019, presso la sala civica.', ['2019-05-10T18:00']],
    ['es arrival', 'Acogida\nLas familias sirias, que llegaron el 2 de abril de 2019, serán recibidas en una fiesta el sábado 11 de mayo de 2019 a las 17 horas en la parroquia.', ['2019-05-11T17:00']],
    ['en arrival', 'Welcome\nThe Syrian families, who arrived on 2 April 2019, will be welcomed at a party on Saturday 11 May 2019 at 5pm in the church hall.', ['2019-05-11T17:00']],
    ['it read also', 'Incontro\nSabato 11 maggio 2019 alle 17 incontro sull’accoglienza. Leggi anche: “Migranti, il bilancio del 2018” (10 gennaio 2019).', ['2019-05-11T17:00']],
    ['it booking until', 'Laboratorio\nIl laboratorio si terrà giovedì 9 maggio 2019 alle 10. Prenotazioni fino a martedì 7 maggio.', ['2019-05-09T10:00']],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('near miss: a past gathering the page reports stays', () => {
    expect(spans('Festa\nLa festa si terrà sabato 11 maggio 2019 alle 17. Lo scorso anno, il 12 maggio 2018, parteciparono oltre 500 persone alla festa.').map((s) => s.slice(0, 10)).sort())
      .toEqual(['2018-05-12', '2019-05-11']);
  });
});

describe('the day figures are counted on, and agency datelines in other shapes', () => {
  it.each([
    ['es', 'Jornada\nSegún los datos del padrón a 1 de enero de 2019, la ciudad tiene 5.000 vecinos extranjeros. La jornada sobre convivencia será el sábado 18 de mayo de 2019 a las 10 horas.', undefined],
    ['it', 'Incontro\nSecondo i dati aggiornati al 31 dicembre 2018, in città vivono 5.000 stranieri. L’incontro sulla convivenza si terrà sabato 18 maggio 2019 alle 10.', undefined],
    ['en', 'Meeting\nAs of 1 January 2019, 5,000 refugees lived in the city. The meeting on community life takes place on Saturday 18 May 2019 at 10am.', undefined],
    ['de', 'Treffen\nZum Stichtag 31. Dezember 2018 lebten 5.000 Geflüchtete in der Stadt. Das Treffen findet am Samstag, 18. Mai 2019, um 10 Uhr statt.', undefined],
    ['it agency', 'Migranti, festa a Torino\n(ANSA) - TORINO, 12 MAG - Si terrà sabato 18 maggio alle 10 in piazza Castello la festa dei popoli con le comunità migranti.', '2019-05-12'],
    ['it town', 'Festa\nRoma, 12 maggio 2019 – Si terrà sabato 18 maggio alle 10 in piazza la festa dei popoli.', undefined],
  ])('%s', (_name, text, published) => {
    expect(spans(text, published)).toEqual(['2019-05-18T10:00']);
  });
});

describe('the day a named day falls on, and a press conference, are not the gathering', () => {
  it.each([
    ['es', 'Fiesta\nCon motivo del Día Mundial del Refugiado, que se conmemora el 20 de junio, el sábado 22 de junio de 2019 a las 17 horas habrá una fiesta en la plaza.'],
    ['fr', 'Fête\nÀ l’occasion de la Journée mondiale des réfugiés, qui tombe le 20 juin, une fête aura lieu le samedi 22 juin 2019 à 17h sur la place.'],
    ['de', 'Fest\nAnlässlich des Weltflüchtlingstags, der auf den 20. Juni fällt, findet am Samstag, 22. Juni 2019, um 17 Uhr ein Fest auf dem Marktplatz statt.'],
    ['en', 'Party\nTo mark World Refugee Day, which falls on 20 June, a party takes place on Saturday 22 June 2019 at 5pm in the square.'],
    ['it', 'Festa\nIl 20 giugno è la Giornata mondiale del rifugiato: sabato 22 giugno 2019 alle 17 festa in piazza.'],
    ['it press', 'Festa\nIl programma della festa è stato presentato in conferenza stampa il 5 giugno 2019. La festa si terrà sabato 22 giugno alle 17 in piazza.'],
    ['es press', 'Fiesta\nEn la rueda de prensa del 5 de junio de 2019 se dio a conocer la fiesta intercultural, que será el sábado 22 de junio a las 17 horas en la plaza.'],
    ['fr press', 'Fête\nLa fête a été présentée à la presse le 5 juin 2019. Elle aura lieu le samedi 22 juin à 17h sur la place.'],
  ])('%s', (_name, text) => {
    expect(spans(text).map((s) => s.slice(0, 10))).toEqual(['2019-06-22']);
  });

  it('near miss: a gathering held on the named day keeps the day', () => {
    const text = 'Siembra\nEn el Día Mundial de las Personas Refugiadas, que se conmemora el jueves 20 de junio de 2024, Cruz Roja reunirá a las familias refugiadas en un encuentro de convivencia en el centro de formación.';
    expect(spans(text)).toEqual(['2024-06-20']);
  });
});

describe('a named day said to have been (or to be) celebrated on the date, however long its name', () => {
  it.each([
    ['es', 'Jornada intercultural\nEl encuentro vecinal del sábado 25 de mayo de 2024 a las 18 horas se enmarca en el Día Mundial de la Diversidad Cultural para el Diálogo y el Desarrollo impulsado por las Naciones Unidas, que se celebró el pasado 21 de mayo.'],
    ['it', 'Festa interculturale\nLa festa di quartiere di sabato 25 maggio 2024 alle 18 rientra nella Giornata mondiale della diversità culturale per il dialogo e lo sviluppo voluta dalle Nazioni Unite, che si è celebrata il 21 maggio.'],
    ['en', 'Neighbourhood party\nThe neighbourhood party on Saturday 25 May 2024 at 6pm is part of the World Day for Cultural Diversity for Dialogue and Development set up by the United Nations General Assembly, which was celebrated on 21 May.'],
  ])('%s', (_lang, text) => {
    expect(spans(text)).toEqual(['2024-05-25T18:00']);
  });

  it('near miss: the host who celebrates every year holds its own gathering on the date', () => {
    const text = 'Encuentro\nEn el marco del Día Mundial de la Diversidad Cultural para el Diálogo y el Desarrollo, la asociación vecinal, que celebra cada año una fiesta, organiza el martes 21 de mayo de 2024 a las 18 horas un encuentro en la plaza.';
    expect(spans(text)).toEqual(['2024-05-21T18:00']);
  });
});

describe('a world day said to be celebrated on the date, and people who arrived, with an aside before the day', () => {
  it.each([
    ['it', 'Festa\nNel 2024 la Giornata mondiale del migrante verrà celebrata il 29 settembre. La nostra festa si terrà sabato 5 ottobre 2024 alle 17 in piazza.', ['2024-10-05T17:00']],
    ['en', 'Party\nIn 2024 the day will be celebrated on 29 September. Our party takes place on Saturday 5 October 2024 at 5pm in the square.', ['2024-10-05T17:00']],
    ['es', 'Fiesta\nEl Día Mundial del Migrante y del Refugiado se celebra el 29 de septiembre. Nuestra fiesta será el sábado 5 de octubre de 2024 a las 17:00 en la plaza.', ['2024-10-05T17:00']],
    ['fr', 'Atelier\nKarim est arrivé à Lyon, il y a deux ans déjà, le 3 mars 2022. Il anime l’atelier de cuisine du samedi 5 octobre 2024 à 17h au centre social.', ['2024-10-05T17:00']],
    ['it', 'Laboratorio\nAmina è arrivata in Italia, dopo un lungo viaggio, il 3 marzo 2022. Guida il laboratorio di cucina di sabato 5 ottobre 2024 alle 17 in parrocchia.', ['2024-10-05T17:00']],
  ])('%s', (_lang, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    // Spanish "jornada ... se celebrará el" names a gathering held on the day; a celebration at an hour is one.
    ['es', 'Jornada\nLa jornada de acogida para familias migrantes se celebrará el sábado 5 de octubre de 2024 en el centro cívico.', ['2024-10-05']],
    ['en', 'Party\nOur neighbourhood day will be celebrated on Saturday 5 October 2024 at 3pm with a party in the square.', ['2024-10-05T15:00']],
    // New arrivals invited to a gathering: the gathering keeps its day.
    ['en', 'Welcome\nFamilies who arrived, like many others, this summer are invited to a welcome party on Saturday 5 October 2024 at 5pm.', ['2024-10-05T17:00']],
  ])('near miss (%s): %s', (_lang, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a named day told with the body that proclaimed it leaves the sentence’s gathering its day', () => {
  it.each([
    ['es', 'Jornada\nEl encuentro vecinal del sábado 25 de mayo de 2024 a las 18 horas celebra el Día Mundial de la Diversidad Cultural, proclamado por las Naciones Unidas.', ['2024-05-25T18:00']],
    ['it', 'Festa\nLa festa di quartiere di sabato 25 maggio 2024 alle 18 celebra la Giornata mondiale della diversità culturale, proclamata dalle Nazioni Unite.', ['2024-05-25T18:00']],
    ['en', 'Party\nThe neighbourhood party on Saturday 25 May 2024 at 6pm marks the World Day for Cultural Diversity, proclaimed by the United Nations.', ['2024-05-25T18:00']],
    // Near misses: the proclaiming itself, told with the day it happened.
    ['es near miss', 'Día del Migrante\nEl 4 de diciembre de 2000, la Asamblea General de las Naciones Unidas proclamó el Día Internacional del Migrante con un acto en Nueva York.', []],
    ['en near miss', 'Migrants Day\nOn 4 December 2000 the United Nations General Assembly proclaimed International Migrants Day at a session in New York.', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('an end field or a closing day is the end of the gathering, not one of its own', () => {
  it.each([
    ['it fields', 'Mostra fotografica “Volti”\nData inizio: 10 maggio 2019\nData fine: 30 giugno 2019\nLa mostra sui rifugiati si inaugura venerdì 10 maggio alle 18 alla biblioteca civica.', ['2019-05-10T18:00']],
    ['en fields', 'Seminar on refugee inclusion\nStart date: 14 May 2019\nEnd date: 15 May 2019\nVenue: Town Hall, Leeds', ['2019-05-14..2019-05-15']],
    ['it closing', 'Convegno\nVenerdì 10 maggio 2019 alle 9.30 si apre il convegno sull’accoglienza, che si chiuderà sabato 11 maggio con la tavola rotonda conclusiva.', ['2019-05-10T09:30..2019-05-11']],
    ['es closing', 'Jornadas\nLas jornadas sobre acogida comenzarán el viernes 10 de mayo de 2019 a las 9.30 y se clausurarán el sábado 11 de mayo.', ['2019-05-10T09:30..2019-05-11']],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['it publication field', 'Festa dei popoli\nPubblicazione: 12/04/2019\nSabato 11 maggio 2019 alle 17 in piazza Garibaldi festa dei popoli.'],
    ['it press release', 'Festa dei popoli\nComunicato del 12 aprile 2019\nSabato 11 maggio 2019 alle 17 in piazza Garibaldi festa dei popoli.'],
  ])('%s is the page’s stamp', (_name, text) => {
    expect(spans(text)).toEqual(['2019-05-11T17:00']);
  });

  it('near miss: a second gathering on a later day stays', () => {
    expect(spans('Convegno\nVenerdì 10 maggio 2019 alle 9.30 si apre il convegno sull’accoglienza; sabato 11 maggio alle 21 concerto in piazza.').map((s) => s.slice(0, 10)))
      .toEqual(['2019-05-10', '2019-05-11']);
  });
});

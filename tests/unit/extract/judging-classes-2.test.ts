import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 22 (precision): classes of dated mentions that are no gatherings, their vocabulary completed across five languages
// (genders, plurals, tenses), with near misses where a real gathering must stay. Our own words throughout.
const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string, published = '2026-03-01') => extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10));

describe('a thing published on the day, in every gender and tense', () => {
  it.each([
    ['es', 'La convocatoria del taller de empleo fue publicada el 12 de marzo de 2026 en el boletín provincial.'],
    ['es', 'La guía del encuentro, publicada el 5 de marzo de 2026, reúne los recursos de la ciudad.'],
    ['es', 'El diario local publicó el 5 de marzo de 2026 una crónica de la jornada.'],
    ['it', 'Il bando del corso è stato pubblicato il 12 marzo 2026 sul sito del Comune.'],
    ['it', 'Le linee guida del convegno, pubblicate il 5 marzo 2026, sono scaricabili dal sito.'],
    ['fr', 'Les actes du colloque, publiés le 5 mars 2026, sont en ligne.'],
    ['de', 'Die Dokumentation der Tagung, veröffentlichte am 5. März 2026 die Stadt auf ihrer Seite.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'Semana intercultural en el barrio\n\nLa asociación de vecinos prepara su semana. Publicado el programa: la jornada intercultural se celebrará el sábado 14 de marzo de 2026 en la plaza Mayor.', '2026-03-14'],
    ['it', 'Settimana dei popoli nel quartiere\n\nIl comitato prepara la settimana. Pubblicato il programma della festa dei popoli, che si terrà sabato 14 marzo 2026 in piazza Garibaldi.', '2026-03-14'],
  ])('%s: near miss, a programme published for a gathering on its own day: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('sign-up deadlines in the future tense and with "at the latest"', () => {
  it.each([
    ['es', 'Las solicitudes para el taller se podrán presentar a más tardar el 30 de abril de 2026.'],
    ['es', 'Las inscripciones para la jornada se cerrarán el 30 de abril de 2026.'],
    ['it', 'Le iscrizioni al corso si chiuderanno il 30 aprile 2026.'],
    ['it', 'Le candidature al laboratorio scadranno il 30 aprile 2026.'],
    ['it', 'Il termine di presentazione delle domande per il seminario è il 30 aprile 2026.'],
    ['fr', 'Les inscriptions à l’atelier se clôtureront le 30 avril 2026.'],
    ['en', 'Registration for the workshop will close on 30 April 2026.'],
    ['de', 'Meldeschluss für den Workshop: 30. April 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'La jornada se celebrará el 30 de abril de 2026 en el centro cívico; la inscripción se cerrará cuando se llenen las plazas.', '2026-04-30'],
    ['it', 'Il seminario si terrà il 30 aprile 2026 alle 17; le iscrizioni si chiuderanno al raggiungimento dei posti.', '2026-04-30'],
  ])('%s: near miss, the gathering itself with a closing sign-up: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('the days one signs up on, however the sentence says it', () => {
  it.each([
    ['es', 'Las inscripciones para el curso se podrán realizar del 1 al 15 de abril de 2026 en la secretaría.'],
    ['it', 'Periodo di iscrizione al corso: dal 1 al 15 aprile 2026.'],
    ['it', 'Le iscrizioni al laboratorio potranno essere effettuate dal 1 al 15 aprile 2026 presso lo sportello.'],
    ['fr', 'Les inscriptions à l’atelier pourront être déposées du 1er au 15 avril 2026 à l’accueil.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'Inscripciones abiertas para el encuentro, que tendrá lugar del 1 al 3 de abril de 2026 en Valencia.', '2026-04-01'],
    ['it', 'Iscrizioni aperte per il laboratorio estivo che si svolgerà dal 1 al 3 aprile 2026 a Rimini.', '2026-04-01'],
  ])('%s: near miss, the gathering the sign-up is for: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('laws cited by a short name and their date', () => {
  it.each([
    ['es', 'Según el RD 557/2011, de 20 de abril de 2011, los talleres de acogida son gratuitos.'],
    ['it', 'Ai sensi del D.Lgs. 25 luglio 1998, n. 286, il corso di lingua è gratuito.'],
    ['it', 'Come prevede il DPR del 31 agosto 1999, il seminario è aperto a tutti.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang, '2012-01-01')).toEqual([]);
  });
});

describe('a course’s run told by its first and last day', () => {
  it.each([
    ['it', 'Il corso di italiano inizierà il 3 aprile 2026 e terminerà il 30 maggio 2026.'],
    ['es', 'El curso de castellano comenzará el 3 de abril de 2026 y finalizará el 30 de mayo de 2026.'],
    ['fr', 'Le cours de français commencera le 3 avril 2026 et se terminera le 30 mai 2026.'],
    ['en', 'The English course starts on 3 April 2026 and will end on 30 May 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['it', 'Il corso di italiano inizierà il 3 aprile 2026 alle 18 con una lezione aperta nella sala civica.', '2026-04-03'],
    ['es', 'El curso de castellano comenzará el 3 de abril de 2026 a las 18:00 con una clase abierta en la biblioteca.', '2026-04-03'],
  ])('%s: near miss, its first lesson at an hour: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('other posts under a heading of related or recent items', () => {
  it.each([
    ['it', 'Festa dei popoli in piazza\nLa festa si terrà domenica 10 maggio 2026 alle 16 in piazza Duomo.\n\nPost correlati\nCena solidale, 3 aprile 2026\nCorso di italiano per adulti, 17 aprile 2026\n'],
    ['es', 'Fiesta de los pueblos en la plaza\nLa fiesta se celebrará el domingo 10 de mayo de 2026 a las 16:00 en la plaza Mayor.\n\nEntradas relacionadas\nJornada de convivencia, 3 de abril de 2026\nTaller de empleo, 17 de abril de 2026\n'],
    ['fr', 'Fête des peuples sur la place\nLa fête aura lieu le dimanche 10 mai 2026 à 16h sur la place du marché.\n\nArticles similaires\nRepas partagé, 3 avril 2026\nAtelier d’écriture, 17 avril 2026\n'],
    ['de', 'Fest der Kulturen auf dem Marktplatz\nDas Fest findet am Sonntag, 10. Mai 2026, um 16 Uhr auf dem Marktplatz statt.\n\nWeitere Meldungen\nSprachcafé, 3. April 2026\nInfoabend, 17. April 2026\n'],
    ['en', 'Festival of cultures in the square\nThe festival takes place on Sunday 10 May 2026 at 4pm in the market square.\n\nRelated content\nShared meal, 3 April 2026\nWriting workshop, 17 April 2026\n'],
  ])('%s: only the page’s own gathering', (lang, text) => {
    expect(days(text, lang)).toEqual(['2026-05-10']);
  });

  it.each([
    ['it', 'Prossimi appuntamenti\nCena solidale, 3 aprile 2026\nCorso di italiano per adulti, 17 aprile 2026\n'],
    ['en', 'Upcoming events\nShared meal, 3 April 2026\nWriting workshop, 17 April 2026\n'],
  ])('%s: near miss, a list of coming gatherings stays', (lang, text) => {
    expect(days(text, lang)).toEqual(['2026-04-03', '2026-04-17']);
  });
});

describe('a link to the previous or next post', () => {
  it.each([
    ['it', 'Notizia precedente: Festa dei popoli il 3 aprile 2026'],
    ['es', 'Publicación anterior: Jornada de puertas abiertas el 3 de abril de 2026'],
    ['fr', 'Actualité précédente : Fête des voisins le 3 avril 2026'],
    ['de', 'Älterer Beitrag: Sommerfest am 3. April 2026'],
    ['en', 'Previous news: Open day on 3 April 2026'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });
});

describe('a deadline with a word between the preposition and the day, or with its hour first', () => {
  it.each([
    ['es', 'Las inscripciones para el taller están abiertas hasta el próximo 30 de abril.'],
    ['es', 'Las personas interesadas en el taller pueden inscribirse hasta el día 30 de abril.'],
    ['es', 'Las solicitudes para el curso pueden enviarse hasta las 14:00 del 30 de abril.'],
    ['it', 'Per partecipare al laboratorio è necessario iscriversi entro il prossimo 30 aprile.'],
    ['it', 'Per partecipare al corso occorre iscriversi entro il giorno 30 aprile.'],
    ['it', 'Le domande per il corso vanno inviate entro le ore 12 del 30 aprile.'],
    ['en', 'Applications for the course must be received by 5pm on 30 April.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['it', 'La festa durerà dalle 10 fino alle 18 del 30 aprile in piazza Garibaldi.', '2026-04-30'],
    ['es', 'La jornada irá desde las 10:00 hasta las 14:00 del 30 de abril en el centro cívico.', '2026-04-30'],
  ])('%s: near miss, the last hour of a gathering’s own span: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('the day a place opened, and what has happened since', () => {
  it.each([
    ['es', 'Desde su apertura, el 3 de marzo de 2025, la oficina de atención al migrante ha organizado 40 talleres.'],
    ['it', 'Dall’apertura, il 3 marzo 2025, lo sportello ha organizzato 40 incontri.'],
    ['fr', 'Depuis son ouverture, le 3 mars 2025, le centre a organisé 40 ateliers.'],
    ['it', 'Lo sportello migranti ha aperto i battenti il 3 marzo 2026 e ospita corsi e incontri.'],
    ['es', 'La nueva oficina de extranjería abrió sus puertas el 3 de marzo de 2026 y acogerá talleres.'],
    ['en', 'The new advice office opened its doors on 3 March 2026 and will host workshops.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'La feria de empleo abrirá sus puertas el 3 de marzo de 2026 a las 10:00 en el recinto ferial.', '2026-03-03'],
    ['it', 'Per festeggiare l’apertura, lo sportello organizza una festa il 3 marzo 2026 alle 17.', '2026-03-03'],
  ])('%s: near miss, a fair opening, a party for the opening: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('another paper’s news and a message’s stamp', () => {
  it.each([
    ['es', 'Según informó Europa Press el 3 de marzo de 2026, el encuentro reunió a 200 personas.'],
    ['it', 'Come riportato dall’ANSA il 3 marzo 2026, il convegno ha riunito 200 persone.'],
    ['de', 'Wie die Lokalzeitung am 3. März 2026 berichtete, kamen 200 Menschen zum Fest.'],
    ['fr', 'Nous vous attendons nombreux pour la rencontre.\nSource : message reçu le 3 mars 2026 à 17h'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'According to the programme, the meeting will be held on 3 March 2026 at 6pm in the town hall.', '2026-03-03'],
    ['es', 'Según el programa, el encuentro se celebrará el 3 de marzo de 2026 a las 18:00 en el ayuntamiento.', '2026-03-03'],
  ])('%s: near miss, a programme cited for its own gathering: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('a day with its hour and its venue is a gathering, whatever it is called', () => {
  it.each([
    ['fr', 'Coup d’envoi à l’Hôtel de Ville le jeudi 5 mars 2026 à 18h avec une juriste.', '2026-03-05'],
    ['es', 'Pistoletazo de salida en el Centro Cívico La Almozara el jueves 5 de marzo de 2026 a las 18:00.', '2026-03-05'],
    ['it', 'Si parte giovedì 5 marzo 2026 alle 18 al Teatro Comunale con le scuole.', '2026-03-05'],
  ])('%s: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });

  it.each([
    ['es', 'El 5 de marzo de 2026 a las 18:00 se publicó la lista en la web.'],
    ['it', 'Le domande vanno consegnate entro le 18 del 5 marzo 2026 presso la segreteria.'],
  ])('%s: near miss, an hour without a place to gather: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });
});

describe('words that let an audience in or await it', () => {
  const READING: Record<string, string> = {
    it: 'Sabato 7 marzo 2026 alle 16 letture per bambini con l’autrice.',
    es: 'El sábado 7 de marzo de 2026 a las 16:00, cuentos para niños con la autora.',
    de: 'Am Samstag, 7. März 2026, um 16 Uhr Geschichten für Kinder mit der Autorin.',
    fr: 'Samedi 7 mars 2026 à 16h, contes pour enfants avec l’autrice.',
  };
  it.each([
    ['it', 'Ingresso libero, vi aspettiamo!'],
    ['es', 'Entrada libre, ¡os esperamos!'],
    ['de', 'Eintritt frei, alle sind herzlich eingeladen.'],
    ['fr', 'Entrée libre, nous vous attendons nombreux.'],
  ])('%s: the same paragraph lets people in: %s', (lang, words) => {
    expect(days(`${READING[lang]} ${words}`, lang)).toEqual(['2026-03-07']);
  });

  it.each([['it'], ['es'], ['de'], ['fr']])('%s: near miss, an hour alone names no gathering', (lang) => {
    expect(days(READING[lang]!, lang)).toEqual([]);
  });
});

describe('a page’s stamp with its colon stays a stamp', () => {
  it.each([
    ['it', 'Festa dei popoli\nPubblicato il: 12/03/2026\nLa festa si terrà il 20 marzo 2026 alle 16 in piazza.'],
    ['es', 'Jornada intercultural\nPublicado el: 12 de marzo de 2026\nLa jornada se celebrará el 20 de marzo de 2026 a las 16:00 en la plaza.'],
    ['es', 'Jornada intercultural\nPublicado por Redacción el 12 de marzo de 2026\nLa jornada se celebrará el 20 de marzo de 2026 a las 16:00 en la plaza.'],
  ])('%s: only the gathering', (lang, text) => {
    expect(days(text, lang, '2026-03-12')).toEqual(['2026-03-20']);
  });
});

describe('a thing under way from the day on', () => {
  it.each([
    ['es', 'El taller de empleo, que se desarrolla desde el 3 de marzo de 2026, cuenta con 20 plazas.'],
    ['it', 'Il laboratorio, attivo dal 3 marzo 2026, conta 20 posti.'],
    ['it', 'Il corso di italiano è in corso dal 3 marzo 2026 presso la scuola.'],
    ['fr', 'L’atelier, en place depuis le 3 mars 2026, accueille 20 personnes.'],
    ['it', 'Il servizio di mediazione è attivo dal lunedì al venerdì dalle 9 alle 13; dal 3 marzo 2026 anche il sabato.'],
    ['es', 'El servicio de orientación atiende de lunes a viernes de 9:00 a 14:00 desde el 3 de marzo de 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['it', 'Il laboratorio di cucina si terrà dal 3 marzo 2026 alle 18 nella sala civica.', '2026-03-03'],
    ['es', 'El taller de cocina se celebrará desde el 3 de marzo de 2026 a las 18:00 en el centro cívico.', '2026-03-03'],
  ])('%s: near miss, a gathering that starts on the day: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

describe('a decision or a signature told after its day', () => {
  it.each([
    ['it', 'Il 3 marzo 2026 è stato firmato il protocollo d’intesa per i corsi di lingua.'],
    ['es', 'El 3 de marzo de 2026 se firmó el convenio para los talleres de empleo.'],
    ['it', 'Il 3 marzo 2026 la Giunta ha approvato la delibera per il festival.'],
    ['fr', 'Le 3 mars 2026, le conseil municipal a adopté le plan des ateliers.'],
    ['en', 'On 3 March 2026 the council approved the plan for the workshops.'],
  ])('%s: %s', (lang, text) => {
    expect(days(text, lang)).toEqual([]);
  });

  it.each([
    ['it', 'Il 3 marzo 2026 i partecipanti al convegno hanno approvato la dichiarazione finale.', '2026-03-03'],
    ['es', 'El 3 de marzo de 2026, los asistentes al encuentro firmaron un manifiesto por la acogida.', '2026-03-03'],
    ['en', 'On 3 March 2026 the participants of the conference adopted a final declaration.', '2026-03-03'],
  ])('%s: near miss, a gathering named between: %s', (lang, text, day) => {
    expect(days(text, lang)).toEqual([day]);
  });
});

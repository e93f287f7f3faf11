/**
 * Session 26 (issue 12, precision): the grammar of dated mentions that are not gatherings, as short texts of
 * our own in es, it, fr, de and en. Each text holds one real gathering and one or two dated non-gatherings
 * of one kind (a deadline, a publication or update line, a law's or a report's day, a call that closes, an
 * office's hours, a named day on which nothing is organised, a project's period, an anniversary, a
 * statistic's period, a related-articles list), and the expected events. The last table gives one
 * gathering said twice (a title block and the body, a "save the date" and the programme): one event.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string) => [...new Set(extractEvents(text, { now, lang }).events.map((e) => e.start.slice(0, 10)))];
const count = (text: string, lang: string) => extractEvents(text, { now, lang }).events.length;

type Row = [lang: string, text: string, expected: string[]];

describe('a sign-up deadline beside the gathering', () => {
  it.each<Row>([
    ['es', 'Taller de empleo para personas migrantes el jueves 15 de mayo de 2025 a las 10:00 en el centro cívico. Plazo de inscripción hasta el 3 de mayo de 2025.', ['2025-05-15']],
    ['it', 'Laboratorio di cucina con le donne rifugiate giovedì 15 maggio 2025 alle 17 presso la biblioteca. Iscrizioni entro il 3 maggio 2025.', ['2025-05-15']],
    ['fr', 'Atelier d’écriture avec des personnes exilées le jeudi 15 mai 2025 à 14h à la médiathèque. Date limite d’inscription : 3 mai 2025.', ['2025-05-15']],
    ['de', 'Workshop für geflüchtete Frauen am Donnerstag, 15. Mai 2025, um 10 Uhr im Stadtteilzentrum. Anmeldeschluss: 3. Mai 2025.', ['2025-05-15']],
    ['en', 'Careers workshop for refugees on Thursday 15 May 2025 at 10am at the library. Apply by 3 May 2025.', ['2025-05-15']],
    ['en', 'Careers workshop for refugees on Thursday 15 May 2025 at 10am at the library. The call closes on 3 May 2025.', ['2025-05-15']],
    ['es', 'Jornada sobre acogida el 15 de mayo de 2025 a las 9:30 en el ayuntamiento. La convocatoria se cierra el 3 de mayo de 2025.', ['2025-05-15']],
    ['it', 'Convegno sull’accoglienza il 15 maggio 2025 alle 9.30 in municipio. Il bando scade il 3 maggio 2025.', ['2025-05-15']],
    ['fr', 'Colloque sur l’accueil le 15 mai 2025 à 9h30 à la mairie. L’appel à projets se clôt le 3 mai 2025.', ['2025-05-15']],
    ['de', 'Fachtag zur Aufnahme am 15. Mai 2025 um 9.30 Uhr im Rathaus. Die Ausschreibung endet am 3. Mai 2025.', ['2025-05-15']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a publication or update line', () => {
  it.each<Row>([
    ['es', 'Actualizado el 2 de abril de 2025\n\nEncuentro intercultural en el barrio el sábado 12 de abril de 2025 a las 18:00 en la plaza mayor.', ['2025-04-12']],
    ['it', 'Aggiornato il 2 aprile 2025\n\nFesta interculturale in quartiere sabato 12 aprile 2025 alle 18 in piazza.', ['2025-04-12']],
    ['fr', 'Mis à jour le 2 avril 2025\n\nFête interculturelle du quartier le samedi 12 avril 2025 à 18h sur la place.', ['2025-04-12']],
    ['de', 'Zuletzt aktualisiert am 2. April 2025\n\nInterkulturelles Nachbarschaftsfest am Samstag, 12. April 2025, um 18 Uhr auf dem Marktplatz.', ['2025-04-12']],
    ['en', 'Last updated 2 April 2025\n\nNeighbourhood welcome party on Saturday 12 April 2025 at 6pm on the square.', ['2025-04-12']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('the day of a law, a report or a ruling', () => {
  it.each<Row>([
    ['es', 'Según la ley de 12 de abril de 2024, las personas solicitantes tienen derecho a asistencia. Charla informativa el martes 20 de mayo de 2025 a las 18:00 en la biblioteca.', ['2025-05-20']],
    ['es', 'El informe publicado el 2 de febrero de 2025 muestra un aumento de las llegadas. Lo presentaremos en una mesa redonda el martes 20 de mayo de 2025 a las 18:00.', ['2025-05-20']],
    ['it', 'Secondo la legge del 12 aprile 2024, i richiedenti hanno diritto all’assistenza. Incontro informativo martedì 20 maggio 2025 alle 18 in biblioteca.', ['2025-05-20']],
    ['it', 'Il rapporto pubblicato il 2 febbraio 2025 mostra un aumento degli arrivi. Lo presenteremo in una tavola rotonda martedì 20 maggio 2025 alle 18.', ['2025-05-20']],
    ['fr', 'Selon la loi du 12 avril 2024, les demandeurs ont droit à une aide. Réunion d’information le mardi 20 mai 2025 à 18h à la médiathèque.', ['2025-05-20']],
    ['fr', 'Le rapport publié le 2 février 2025 montre une hausse des arrivées. Nous le présenterons lors d’une table ronde le mardi 20 mai 2025 à 18h.', ['2025-05-20']],
    ['de', 'Nach dem Gesetz vom 12. April 2024 haben Antragstellende Anspruch auf Hilfe. Infoabend am Dienstag, 20. Mai 2025, um 18 Uhr in der Bücherei.', ['2025-05-20']],
    ['de', 'Der am 2. Februar 2025 veröffentlichte Bericht zeigt mehr Ankünfte. Wir stellen ihn bei einer Podiumsdiskussion am Dienstag, 20. Mai 2025, um 18 Uhr vor.', ['2025-05-20']],
    ['en', 'Under the Act of 12 April 2024, applicants are entitled to support. Information evening on Tuesday 20 May 2025 at 6pm at the library.', ['2025-05-20']],
    ['en', 'The report published on 2 February 2025 shows more arrivals. We will present it at a panel discussion on Tuesday 20 May 2025 at 6pm.', ['2025-05-20']],
    ['es', 'El Tribunal Supremo, en su sentencia del 8 de enero de 2025, reconoció el derecho de asilo. Debate abierto el jueves 22 de mayo de 2025 a las 19:00 en la facultad.', ['2025-05-22']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('an office\'s hours and days', () => {
  it.each<Row>([
    ['es', 'La oficina de atención a personas migrantes abre a partir del 3 de marzo de 2025, de lunes a viernes de 9 a 14 horas. Taller de bienvenida el sábado 15 de marzo de 2025 a las 11:00.', ['2025-03-15']],
    ['it', 'Lo sportello per i migranti riapre dal 3 marzo 2025, dal lunedì al venerdì dalle 9 alle 13. Laboratorio di benvenuto sabato 15 marzo 2025 alle 11.', ['2025-03-15']],
    ['fr', 'Le guichet d’accueil des étrangers rouvre le 3 mars 2025, du lundi au vendredi de 9h à 13h. Atelier de bienvenue le samedi 15 mars 2025 à 11h.', ['2025-03-15']],
    ['de', 'Die Beratungsstelle für Geflüchtete öffnet wieder ab dem 3. März 2025, montags bis freitags von 9 bis 13 Uhr. Willkommenscafé am Samstag, 15. März 2025, um 11 Uhr.', ['2025-03-15']],
    ['en', 'The advice office for migrants reopens on 3 March 2025, Monday to Friday from 9am to 1pm. Welcome workshop on Saturday 15 March 2025 at 11am.', ['2025-03-15']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a named day on which nothing is organised, and a gathering on another day', () => {
  it.each<Row>([
    ['es', 'Con motivo del Día Internacional del Migrante, 18 de diciembre, la asociación organiza una cena solidaria el sábado 20 de diciembre de 2025 a las 20:00.', ['2025-12-20']],
    ['it', 'In occasione della Giornata internazionale dei migranti, 18 dicembre, l’associazione organizza una cena solidale sabato 20 dicembre 2025 alle 20.', ['2025-12-20']],
    ['fr', 'À l’occasion de la Journée internationale des migrants, le 18 décembre, l’association organise un dîner solidaire le samedi 20 décembre 2025 à 20h.', ['2025-12-20']],
    ['de', 'Zum Internationalen Tag der Migranten am 18. Dezember lädt der Verein zu einem Solidaritätsessen am Samstag, 20. Dezember 2025, um 20 Uhr ein.', ['2025-12-20']],
    ['en', 'For International Migrants Day, 18 December, the association is holding a solidarity dinner on Saturday 20 December 2025 at 8pm.', ['2025-12-20']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a project\'s period, an anniversary, a statistic\'s period', () => {
  it.each<Row>([
    ['es', 'El proyecto se desarrolla del 1 de enero de 2024 al 31 de diciembre de 2025. Su jornada final será el viernes 14 de noviembre de 2025 a las 10:00 en Valencia.', ['2025-11-14']],
    ['it', 'Il progetto si svolge dal 1 gennaio 2024 al 31 dicembre 2025. L’evento finale si terrà venerdì 14 novembre 2025 alle 10 a Bologna.', ['2025-11-14']],
    ['fr', 'Le projet se déroule du 1er janvier 2024 au 31 décembre 2025. Sa conférence finale aura lieu le vendredi 14 novembre 2025 à 10h à Lille.', ['2025-11-14']],
    ['de', 'Das Projekt läuft vom 1. Januar 2024 bis 31. Dezember 2025. Die Abschlusstagung findet am Freitag, 14. November 2025, um 10 Uhr in Bremen statt.', ['2025-11-14']],
    ['en', 'The project runs from 1 January 2024 to 31 December 2025. Its final conference takes place on Friday 14 November 2025 at 10am in Leeds.', ['2025-11-14']],
    ['es', 'Entre el 1 de enero y el 30 de junio de 2025 llegaron 3.000 personas a las islas. Lo analizaremos en una charla el martes 9 de septiembre de 2025 a las 19:00.', ['2025-09-09']],
    ['it', 'Tra il 1 gennaio e il 30 giugno 2025 sono arrivate 3.000 persone sulle isole. Ne parleremo in un incontro martedì 9 settembre 2025 alle 19.', ['2025-09-09']],
    ['fr', 'Entre le 1er janvier et le 30 juin 2025, 3 000 personnes sont arrivées sur les îles. Nous en parlerons lors d’une rencontre le mardi 9 septembre 2025 à 19h.', ['2025-09-09']],
    ['de', 'Zwischen dem 1. Januar und dem 30. Juni 2025 kamen 3.000 Menschen auf den Inseln an. Darüber sprechen wir bei einem Gesprächsabend am Dienstag, 9. September 2025, um 19 Uhr.', ['2025-09-09']],
    ['en', 'Between 1 January and 30 June 2025, 3,000 people arrived on the islands. We will discuss it at a public talk on Tuesday 9 September 2025 at 7pm.', ['2025-09-09']],
    ['es', 'El 3 de mayo de 2025 se cumplen diez años de la apertura del centro. Lo celebramos con una fiesta el sábado 10 de mayo de 2025 a las 17:00.', ['2025-05-10']],
    ['it', 'Il 3 maggio 2025 ricorrono dieci anni dall’apertura del centro. Lo festeggiamo con una festa sabato 10 maggio 2025 alle 17.', ['2025-05-10']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a list of related articles under the post', () => {
  it.each<Row>([
    ['es', 'Encuentro de mujeres migrantes el sábado 8 de marzo de 2025 a las 17:00 en la casa de la cultura.\n\nNoticias relacionadas\n\nNuevo curso de español para recién llegados\n12 de febrero de 2025\n\nLa asociación renueva su junta\n28 de enero de 2025', ['2025-03-08']],
    ['it', 'Incontro delle donne migranti sabato 8 marzo 2025 alle 17 alla casa della cultura.\n\nArticoli correlati\n\nNuovo corso di italiano per i nuovi arrivati\n12 febbraio 2025\n\nL’associazione rinnova il direttivo\n28 gennaio 2025', ['2025-03-08']],
    ['fr', 'Rencontre des femmes migrantes le samedi 8 mars 2025 à 17h à la maison de quartier.\n\nArticles similaires\n\nNouveau cours de français pour les nouveaux arrivants\n12 février 2025\n\nL’association renouvelle son bureau\n28 janvier 2025', ['2025-03-08']],
    ['de', 'Treffen geflüchteter Frauen am Samstag, 8. März 2025, um 17 Uhr im Kulturhaus.\n\nÄhnliche Beiträge\n\nNeuer Deutschkurs für Neuankommende\n12. Februar 2025\n\nDer Verein wählt einen neuen Vorstand\n28. Januar 2025', ['2025-03-08']],
    ['en', 'Migrant women’s meeting on Saturday 8 March 2025 at 5pm at the culture house.\n\nRelated posts\n\nNew English course for newcomers\n12 February 2025\n\nThe association elects a new board\n28 January 2025', ['2025-03-08']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

const G: Record<string, string> = {
  es: 'Taller de bienvenida para personas refugiadas el sábado 17 de mayo de 2025 a las 11:00 en el centro cívico.',
  it: 'Laboratorio di benvenuto per i rifugiati sabato 17 maggio 2025 alle 11 al centro civico.',
  fr: 'Atelier d’accueil pour les personnes réfugiées le samedi 17 mai 2025 à 11h au centre social.',
  de: 'Willkommensworkshop für Geflüchtete am Samstag, 17. Mai 2025, um 11 Uhr im Bürgerzentrum.',
  en: 'Welcome workshop for refugees on Saturday 17 May 2025 at 11am at the community centre.',
};

describe('notices after the gathering: the last day to sign up, a sign-up or submission period, a job\'s first day, a closed place', () => {
  it.each<[lang: string, extra: string]>([
    ['es', 'Último día para inscribirse: 3 de mayo de 2025.'],
    ['it', 'Ultimo giorno per iscriversi: 3 maggio 2025.'],
    ['fr', 'Dernier délai pour s’inscrire : 3 mai 2025.'],
    ['de', 'Letzter Anmeldetag: 3. Mai 2025.'],
    ['en', 'Last day to sign up: 3 May 2025.'],
    ['es', 'Fecha tope para enviar las propuestas: 3 de mayo de 2025.'],
    ['es', 'Inscripciones: del 1 al 10 de mayo de 2025 en la web.'],
    ['it', 'Iscrizioni: dal 1 al 10 maggio 2025 sul sito.'],
    ['fr', 'Inscriptions : du 1er au 10 mai 2025 sur le site.'],
    ['de', 'Anmeldung: 1. bis 10. Mai 2025 online.'],
    ['en', 'Registration: 1 to 10 May 2025 online.'],
    ['es', 'Las personas interesadas pueden presentar su solicitud del 1 al 10 de mayo de 2025 en la sede.'],
    ['it', 'Le domande vanno presentate dal 1 al 10 maggio 2025 in sede.'],
    ['fr', 'Les dossiers sont à déposer du 1er au 10 mai 2025 au secrétariat.'],
    ['de', 'Anträge können vom 1. bis 10. Mai 2025 im Büro gestellt werden.'],
    ['en', 'Applications can be submitted from 1 to 10 May 2025 at the office.'],
    ['es', 'La oferta de empleo tiene fecha de incorporación el 1 de junio de 2025.'],
    ['it', 'Presa di servizio il 1 giugno 2025; candidature entro il 10 maggio 2025.'],
    ['fr', 'Prise de poste le 1er juin 2025 ; candidatures avant le 10 mai 2025.'],
    ['de', 'Arbeitsbeginn ist der 1. Juni 2025; Bewerbungen bis 10. Mai 2025.'],
    ['en', 'The post starts on 1 June 2025; send your CV by 10 May 2025.'],
    ['es', 'La biblioteca permanecerá cerrada el 1 de mayo de 2025 por el festivo.'],
    ['it', 'La biblioteca resterà chiusa il 1 maggio 2025 per la festività.'],
    ['fr', 'La médiathèque sera fermée le 1er mai 2025, jour férié.'],
    ['de', 'Die Bücherei bleibt am 1. Mai 2025 wegen des Feiertags geschlossen.'],
    ['en', 'The library will be closed on 1 May 2025 for the bank holiday.'],
    ['es', 'Este artículo fue escrito el 2 de mayo de 2025.'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${G[lang]} ${extra}`, lang)).toEqual(['2025-05-17']);
  });
});

describe('an anniversary falling on a day, said before the gathering', () => {
  it.each<[lang: string, extra: string]>([
    ['es', 'El 3 de mayo de 2025 se cumplen diez años de la apertura del centro.'],
    ['it', 'Il 3 maggio 2025 ricorrono dieci anni dall’apertura del centro.'],
    ['fr', 'Le 3 mai 2025, cela fera dix ans que le centre a ouvert.'],
    ['de', 'Am 3. Mai 2025 jährt sich die Eröffnung des Zentrums zum zehnten Mal.'],
    ['en', 'On 3 May 2025 it will be ten years since the centre opened.'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${extra} ${G[lang]}`, lang)).toEqual(['2025-05-17']);
  });

  it.each<Row>([
    ['es', 'El sábado 3 de mayo de 2025 se cumplen diez años del centro y lo celebramos con una fiesta a las 18:00.', ['2025-05-03']],
    ['it', 'Sabato 3 maggio 2025 ricorrono dieci anni del centro e li festeggiamo con una festa alle 18.', ['2025-05-03']],
    ['en', 'On Saturday 3 May 2025 it will be ten years since the centre opened, and we celebrate with a party at 6pm.', ['2025-05-03']],
  ])('a gathering on the anniversary keeps its day: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('travel days around a meeting, and another article pointed to by its day', () => {
  it.each<Row>([
    ['en', 'The partners met in Porto for a training on inclusion from 9 to 13 December 2024, with two travel days (8 and 14 December).', ['2024-12-09']],
    ['es', 'Los socios se reunieron en Oporto para una formación sobre inclusión del 9 al 13 de diciembre de 2024, con dos días de viaje (8 y 14 de diciembre).', ['2024-12-09']],
    ['it', 'I partner si sono incontrati a Porto per una formazione sull’inclusione dal 9 al 13 dicembre 2024, con due giorni di viaggio (8 e 14 dicembre).', ['2024-12-09']],
    ['fr', 'Les partenaires se sont réunis à Porto pour une formation sur l’inclusion du 9 au 13 décembre 2024, avec deux jours de voyage (8 et 14 décembre).', ['2024-12-09']],
    ['de', 'Die Partner trafen sich in Porto zu einer Schulung über Inklusion vom 9. bis 13. Dezember 2024, dazu zwei Reisetage (8. und 14. Dezember).', ['2024-12-09']],
    ['fr', 'Le festival a commencé le 3 novembre 2025 avec un débat à l’université (lire l’article de notre confrère dans la revue du 12 novembre 2025), et se poursuit le samedi 15 novembre 2025 à 16h au cinéma.', ['2025-11-03', '2025-11-15']],
    ['en', 'The festival opened on 3 November 2025 with a debate at the university (see our article of 12 November 2025), and goes on on Saturday 15 November 2025 at 4pm at the cinema.', ['2025-11-03', '2025-11-15']],
    ['es', 'El festival empezó el 3 de noviembre de 2025 con un debate en la universidad (ver nuestra noticia del 12 de noviembre de 2025) y sigue el sábado 15 de noviembre de 2025 a las 16:00 en el cine.', ['2025-11-03', '2025-11-15']],
    ['it', 'Il festival è iniziato il 3 novembre 2025 con un dibattito all’università (leggi il nostro articolo del 12 novembre 2025) e prosegue sabato 15 novembre 2025 alle 16 al cinema.', ['2025-11-03', '2025-11-15']],
    ['de', 'Das Festival begann am 3. November 2025 mit einer Debatte an der Uni (siehe unseren Artikel vom 12. November 2025) und geht am Samstag, 15. November 2025, um 16 Uhr im Kino weiter.', ['2025-11-03', '2025-11-15']],
    // A gathering named between the article and the day is the gathering's day.
    ['fr', 'Dans cet article, nous racontons la rencontre du 12 novembre 2025 à la médiathèque avec des familles exilées.', ['2025-11-12']],
    ['en', 'In this article we look back at the workshop of 12 November 2025 with refugee families at the library.', ['2025-11-12']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a gathering presented to the press on a day, the presenter after it', () => {
  const published = '2025-03-16';
  const read = (text: string, lang: string) => [...new Set(extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10)))];
  it.each<Row>([
    ['es', 'La jornada, que ha sido presentada este viernes por la concejala, tendrá lugar el sábado 22 de marzo de 2025 a las 11:00 en la plaza.', ['2025-03-22']],
    ['es', 'La jornada, presentada el 14 de marzo de 2025 por la concejala de Igualdad, tendrá lugar el sábado 22 de marzo de 2025 a las 11:00 en la plaza.', ['2025-03-22']],
    ['es', 'El festival, anunciado el 14 de marzo de 2025 en rueda de prensa, tendrá lugar el sábado 22 de marzo de 2025 en la plaza.', ['2025-03-22']],
    ['it', 'La giornata, presentata il 14 marzo 2025 dall’assessora alle politiche sociali, si terrà sabato 22 marzo 2025 alle 11 in piazza.', ['2025-03-22']],
    ['fr', 'La journée, présentée le 14 mars 2025 par l’adjointe au maire, aura lieu le samedi 22 mars 2025 à 11h sur la place.', ['2025-03-22']],
    ['en', 'The festival, presented on 14 March 2025 by the councillor, will take place on Saturday 22 March 2025 at 11am in the square.', ['2025-03-22']],
    // A presentation held for the public is a gathering.
    ['es', 'La guía para personas migrantes será presentada el jueves 20 de marzo de 2025 a las 19:00 en la biblioteca, en un acto abierto al público.', ['2025-03-20']],
    ['it', 'La guida per i migranti sarà presentata giovedì 20 marzo 2025 alle 19 in biblioteca, in un incontro aperto al pubblico.', ['2025-03-20']],
    ['fr', 'Le guide pour les personnes migrantes sera présenté le jeudi 20 mars 2025 à 19h à la médiathèque, lors d’une rencontre ouverte à tous.', ['2025-03-20']],
    ['en', 'The guide for migrants will be presented on Thursday 20 March 2025 at 7pm at the library, at an event open to all.', ['2025-03-20']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});

describe('notices under the gathering: its kind said after the day, a course\'s last day, a paper\'s day, lists of other posts', () => {
  it.each<[lang: string, extra: string]>([
    ['es', 'El 15 de mayo de 2025 vence el plazo para pedir las ayudas al alquiler.'],
    ['it', 'Il 15 maggio 2025 scade il termine per chiedere i contributi per l’affitto.'],
    ['fr', 'Le 15 mai 2025 est la date limite pour demander les aides au logement.'],
    ['de', 'Am 15. Mai 2025 endet die Frist für Anträge auf Wohngeld.'],
    ['en', 'The deadline for housing grant requests is 15 May 2025.'],
    ['es', 'El 15 de mayo de 2025 termina el plazo de inscripción.'],
    ['es', 'Desde el 15 de mayo de 2025 se pueden solicitar las ayudas.'],
    ['es', 'A partir del 15 de mayo de 2025 se abre el plazo de solicitud de las ayudas.'],
    ['it', 'Dal 15 maggio 2025 è possibile presentare domanda per i contributi.'],
    ['de', 'Ab dem 15. Mai 2025 können Anträge gestellt werden.'],
    ['en', 'From 15 May 2025 you can apply for the grants.'],
    ['fr', 'À partir du 15 mai 2025, il est possible de demander les aides.'],
    ['es', 'El curso de español comienza el 3 de marzo de 2025 y termina el 30 de junio de 2025.'],
    ['it', 'Con determina in data 3 marzo 2025 la regione ha concesso il contributo al progetto.'],
    ['es', 'Mediante resolución de fecha 3 de marzo de 2025, la consejería concedió la subvención al proyecto.'],
    ['es', 'Sede: calle Mayor 3. Horario de atención al público: de lunes a viernes. Cerrado el 1 de mayo de 2025.'],
    ['fr', 'Le bureau est fermé le 1er mai 2025.'],
    ['es', 'Noticias relacionadas\n\nJornada de acogida en el barrio\n12 de febrero de 2025\n\nEncuentro de voluntariado\n28 de enero de 2025'],
    ['it', 'Notizie correlate\n\nGiornata dell’accoglienza nel quartiere\n12 febbraio 2025\n\nIncontro dei volontari\n28 gennaio 2025'],
    ['fr', 'À lire aussi\n\nJournée d’accueil dans le quartier\n12 février 2025\n\nRencontre des bénévoles\n28 janvier 2025'],
    ['de', 'Das könnte Sie auch interessieren\n\nBegegnungstag im Viertel\n12. Februar 2025\n\nTreffen der Ehrenamtlichen\n28. Januar 2025'],
    ['en', 'You may also like\n\nWelcome day in the neighbourhood\n12 February 2025\n\nVolunteers’ meeting\n28 January 2025'],
    ['es', 'Últimas noticias\n\n12/02/2025 - Jornada de acogida en el barrio\n28/01/2025 - Encuentro de voluntariado'],
    ['en', 'Recent posts\n\nWelcome day in the neighbourhood (12 February 2025)\nVolunteers’ meeting (28 January 2025)'],
    ['en', '« Previous post: Volunteers’ meeting, 28 January 2025\nNext post: Welcome day, 12 February 2025 »'],
  ])('%s: %s', (lang, extra) => {
    expect(days(`${G[lang]}\n\n${extra}`, lang)).toEqual(['2025-05-17']);
  });

  it.each<Row>([
    ['es', 'El curso de español para personas migrantes termina el viernes 27 de junio de 2025 con una fiesta de despedida a las 18:00.', ['2025-06-27']],
    ['en', 'The English course for refugees ends on Friday 27 June 2025 with a farewell party at 6pm.', ['2025-06-27']],
    ['es', 'El festival, que se inauguró el sábado 17 de mayo de 2025 a las 11:00, cierra el domingo 25 de mayo de 2025 con un concierto.', ['2025-05-17']],
  ])('a gathering on a closing day keeps it: %s', (lang, text, expected) => {
    expect(days(text, lang)[0]).toEqual(expected[0]);
  });
});

describe('the day a gathering is held for, named by its date before the gathering\'s own day', () => {
  it.each<Row>([
    ['es', 'Con motivo del 20 de junio, la asociación organiza una charla sobre asilo el domingo 22 de junio de 2025 a las 18:00 en la biblioteca.', ['2025-06-22']],
    ['it', 'In occasione del 20 giugno, l’associazione organizza un incontro sull’asilo domenica 22 giugno 2025 alle 18 in biblioteca.', ['2025-06-22']],
    ['fr', 'À l’occasion du 20 juin, l’association organise une rencontre sur l’asile le dimanche 22 juin 2025 à 18h à la médiathèque.', ['2025-06-22']],
    ['de', 'Anlässlich des 20. Juni lädt der Verein am Sonntag, 22. Juni 2025, um 18 Uhr zu einem Gespräch über Asyl in die Bücherei ein.', ['2025-06-22']],
    ['en', 'To mark 20 June, the association is holding a talk on asylum on Sunday 22 June 2025 at 6pm at the library.', ['2025-06-22']],
    ['es', 'En torno al 18 de diciembre, la red organiza actividades; la principal será una cena el sábado 20 de diciembre de 2025 a las 21:00.', ['2025-12-20']],
    ['es', 'Como cada 18 de diciembre, recordamos a las personas migrantes. Este año organizamos una cena el sábado 20 de diciembre de 2025 a las 21:00.', ['2025-12-20']],
    ['fr', 'Comme chaque 18 décembre, nous pensons aux personnes migrantes. Cette année, nous organisons un dîner le samedi 20 décembre 2025 à 21h.', ['2025-12-20']],
    // With no other day after it, the occasion's day is the gathering's.
    ['it', 'In occasione del 20 giugno 2025 si terrà una cena solidale con i rifugiati alle 20 in piazza.', ['2025-06-20']],
    ['es', 'Con motivo del 20 de junio de 2025, Día Mundial de las Personas Refugiadas, habrá una cena solidaria a las 21:00 en la plaza.', ['2025-06-20']],
  ])('%s: %s', (lang, text, expected) => {
    expect(days(text, lang)).toEqual(expected);
  });
});

describe('a bare weekday in a report of the past is no day after the posting day, even beside a span of days', () => {
  // Posted on Sunday 16 March 2025: the Tuesday a film series "took place" on is the 11th, not the morrow of the weekend (the 18th).
  const published = '2025-03-16';
  const read = (text: string, lang: string) => [...new Set(extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10)))].sort();
  it.each<Row>([
    ['es', 'El festival intercultural se celebra este fin de semana en la plaza. Para abrir boca, el martes tuvo lugar un ciclo de cine en el palacio.', ['2025-03-11', '2025-03-15']],
    ['it', 'Il festival interculturale si svolge questo fine settimana in piazza. Per cominciare, martedì si è svolta una rassegna di cinema al palazzo.', ['2025-03-11', '2025-03-15']],
    ['fr', 'Le festival interculturel a lieu ce week-end sur la place. Pour commencer, mardi, un cycle de cinéma a eu lieu au palais.', ['2025-03-11', '2025-03-15']],
    ['en', 'The intercultural festival is held this weekend in the square. To start, a film series took place at the palace on Tuesday.', ['2025-03-11', '2025-03-15']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});

describe('one gathering said twice gives one event', () => {
  it.each<[lang: string, text: string]>([
    ['es', 'Jornada de acogida: 14 de junio de 2025, Casa de la Cultura\n\nEl sábado 14 de junio de 2025, de 10:00 a 14:00, celebramos en la Casa de la Cultura una jornada de acogida con talleres y comida compartida.'],
    ['it', 'Giornata dell’accoglienza – 14 giugno 2025, Casa della Cultura\n\nSabato 14 giugno 2025, dalle 10 alle 14, alla Casa della Cultura si terrà una giornata dell’accoglienza con laboratori e pranzo condiviso.'],
    ['fr', 'Journée de l’accueil – 14 juin 2025, Maison de la Culture\n\nLe samedi 14 juin 2025, de 10h à 14h, la Maison de la Culture accueille une journée de l’accueil avec des ateliers et un repas partagé.'],
    ['de', 'Tag der Begegnung – 14. Juni 2025, Kulturhaus\n\nAm Samstag, 14. Juni 2025, von 10 bis 14 Uhr findet im Kulturhaus ein Tag der Begegnung mit Workshops und gemeinsamem Essen statt.'],
    ['en', 'Save the date: 14 June 2025\n\nWelcome day for refugees\n\nProgramme\n\nSaturday 14 June 2025\n10:00 Opening\n11:00 Workshops\n13:00 Shared lunch'],
  ])('%s', (lang, text) => {
    expect(count(text, lang)).toBe(1);
  });
});

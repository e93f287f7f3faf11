import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 21 (precision): classes of dated mentions judged as gatherings or not, each in several languages (our own words),
// with near misses where the other answer must hold.
const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string, published: string) => extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10));

describe('taking part in a gathering, and a host writing as "we"', () => {
  it.each([
    ['fr', 'Notre centre participera du 10 au 12 mars au Carrefour de l’orientation de Lille, avec les jeunes migrants qu’il suit.', '2026-02-20', '2026-03-10'],
    ['it', 'Il nostro sportello parteciperà venerdì 13 marzo a Orientagiovani, a Bari, con i ragazzi migranti che segue.', '2026-02-20', '2026-03-13'],
    ['es', 'Nuestra asociación tomará parte el viernes 13 de marzo en Orientajoven, en Sevilla, con los jóvenes migrantes que acompaña.', '2026-02-20', '2026-03-13'],
    ['en', 'Our advice centre will take part on Friday 13 March in Careers Square in Leeds, with the young migrants it supports.', '2026-02-20', '2026-03-13'],
    ['de', 'Unser Beratungsteam beteiligt sich am Freitag, 13. März, an der Berufsorientierung in Köln, mit den jungen Zugewanderten, die es begleitet.', '2026-02-20', '2026-03-13'],
    ['fr', 'Dans le cadre du projet, nous recevrons 30 jeunes venus de quatre pays du 9 au 13 mars.', '2026-02-20', '2026-03-09'],
    ['it', 'Con il progetto riceveremo 30 studenti di quattro paesi dal 9 al 13 marzo nella nostra scuola.', '2026-02-20', '2026-03-09'],
    ['es', 'Con el proyecto recibiremos a 30 jóvenes de cuatro países del 9 al 13 de marzo en el instituto.', '2026-02-20', '2026-03-09'],
  ])('%s: %s', (lang, text, published, day) => {
    expect(days(text, lang, published)).toEqual([day]);
  });

  it.each([
    ['fr', 'Nous recevrons les résultats de l’évaluation du 9 au 13 mars, puis nous les publierons.', '2026-02-20'],
    ['it', 'Riceveremo il contributo regionale dal 9 al 13 marzo sul conto del progetto.', '2026-02-20'],
    ['es', 'Recibiremos la subvención del 9 al 13 de marzo en la cuenta de la asociación.', '2026-02-20'],
  ])('%s: near miss, something received, no group: %s', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

describe('a timetable of stays: one name and its days per line', () => {
  it.each([
    ['es', 'Las movilidades del proyecto tendrán lugar con este calendario:\nSevilla 14-18 septiembre 2026\nTurku (Finlandia) 5-9 octubre 2026\nBraga (Portugal) 18-22 enero 2027\n', '2026-06-01'],
    ['en', 'The partner meetings of the project will take place as follows:\nSevilla 14-18 September 2026\nTurku (Finland) 5-9 October 2026\nBraga (Portugal) 18-22 January 2027\n', '2026-06-01'],
    ['it', 'Gli incontri del progetto si terranno secondo questo calendario:\nSiviglia 14-18 settembre 2026\nTurku (Finlandia) 5-9 ottobre 2026\nBraga (Portogallo) 18-22 gennaio 2027\n', '2026-06-01'],
  ])('%s: every line is a gathering', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual(['2026-09-14', '2026-10-05', '2027-01-18']);
  });

  it.each([
    ['en', 'Opening hours of the advice office\nMonday 14 September 2026\nTuesday 15 September 2026\nWednesday 16 September 2026\n', '2026-06-01'],
    ['de', 'Öffnungszeiten der Beratungsstelle\nMontag 14. September 2026\nDienstag 15. September 2026\nMittwoch 16. September 2026\n', '2026-06-01'],
  ])('%s: near miss, lines of bare days name no gathering', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

// One real gathering per page, which must stay, and a notice's day that must not become one.
const GATHERING: Record<string, string> = {
  en: 'Our welcome evening for new volunteers takes place on Tuesday 8 September 2026 at 6pm in the community hall.',
  fr: 'Notre soirée d’accueil des nouveaux bénévoles aura lieu le mardi 8 septembre 2026 à 18h à la salle des fêtes.',
  de: 'Unser Begrüßungsabend für neue Ehrenamtliche findet am Dienstag, 8. September 2026, um 18 Uhr im Bürgerhaus statt.',
  it: 'La nostra serata di benvenuto per i nuovi volontari si terrà martedì 8 settembre 2026 alle 18 nella sala civica.',
  es: 'Nuestra tarde de bienvenida para el nuevo voluntariado tendrá lugar el martes 8 de septiembre de 2026 a las 18:00 en el centro cívico.',
};
const withGathering = (lang: string, sentence: string) =>
  extractEvents(`${GATHERING[lang]}\n\n${sentence}`, { now, lang, published: '2026-06-01' }).events.map((e) => e.start.slice(0, 10));

describe('a job’s first day and a call’s open days are no gatherings', () => {
  it.each([
    ['en', 'We are hiring a youth worker for the project. Start date of employment: 1 October 2026.'],
    ['en', 'The position starts on 1 October 2026 and is funded for two years.'],
    ['fr', 'Nous recrutons un animateur ou une animatrice. Prise de poste le 1er octobre 2026, contrat de deux ans.'],
    ['fr', 'Poste à pourvoir au 1er octobre 2026 dans notre centre d’hébergement.'],
    ['de', 'Wir suchen eine Sozialarbeiterin oder einen Sozialarbeiter. Eintrittsdatum: 1. Oktober 2026.'],
    ['de', 'Stellenantritt am 1. Oktober 2026, befristet auf zwei Jahre.'],
    ['it', 'Cerchiamo un mediatore culturale. Presa di servizio il 1° ottobre 2026, contratto di due anni.'],
    ['es', 'Buscamos una persona mediadora intercultural. Fecha de incorporación: 1 de octubre de 2026.'],
    ['en', 'The call for proposals is open from 1 October 2026 to 30 November 2026 for local groups.'],
    ['it', 'Il bando per le associazioni sarà aperto dal 1° ottobre 2026 al 30 novembre 2026.'],
    ['fr', 'L’appel à projets pour les associations est ouvert du 1er octobre 2026 au 30 novembre 2026.'],
    ['es', 'La convocatoria de ayudas para entidades estará abierta del 1 de octubre de 2026 al 30 de noviembre de 2026.'],
    ['de', 'Die Ausschreibung für Vereine läuft vom 1. Oktober 2026 bis 30. November 2026.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['en', 'A job fair for refugees will take place on 1 October 2026 at 10am at the town hall.'],
    ['fr', 'Un job dating pour les personnes réfugiées aura lieu le 1er octobre 2026 à 10h à la mairie.'],
    ['de', 'Aufruf zur Kundgebung: Die Mahnwache startet am 1. Oktober 2026 um 18 Uhr vor dem Rathaus.'],
  ])('%s: near miss, a gathering about jobs or calls stays: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08', '2026-10-01']);
  });
});

describe('parades, processions, masses and evenings together are gatherings', () => {
  it.each([
    ['it', 'Domenica 12 luglio alle ore 9 partirà la sfilata dei carri dal piazzale della stazione.', '2026-07-01', '2026-07-12'],
    ['it', 'Domenica 12 luglio alle ore 11 santa messa all’aperto nel cortile della parrocchia.', '2026-07-01', '2026-07-12'],
    ['es', 'El domingo 12 de julio a las 9 saldrá el desfile de carrozas desde la plaza de la estación.', '2026-07-01', '2026-07-12'],
    ['es', 'La asociación celebra el sábado 11 de julio una velada con músicas de los cinco continentes.', '2026-07-01', '2026-07-11'],
    ['es', 'El programa municipal ofrece el sábado 11 de julio en el barrio una tarde de convivencia entre vecinos.', '2026-07-01', '2026-07-11'],
    ['fr', 'Dimanche 12 juillet à 9 heures, le défilé des chars partira de la place de la gare.', '2026-07-01', '2026-07-12'],
    ['de', 'Am Sonntag, 12. Juli, startet um 9 Uhr der Festumzug am Bahnhofsplatz.', '2026-07-01', '2026-07-12'],
    ['en', 'On Sunday 12 July at 9am the procession leaves from the station square.', '2026-07-01', '2026-07-12'],
  ])('%s: %s', (lang, text, published, day) => {
    expect(days(text, lang, published)).toEqual([day]);
  });

  it.each([
    ['it', 'Il 12 luglio è iniziata la messa in sicurezza del tetto della scuola.', '2026-07-20'],
    ['de', 'Der Umzug der Beratungsstelle in die Bahnhofstraße ist am 12. Juli abgeschlossen.', '2026-07-20'],
  ])('%s: near miss, no gathering: %s', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

describe('a day remembered for lives lost, a law cited by its date', () => {
  it.each([
    ['it', 'Una preghiera in memoria della ragazza annegata il 14 gennaio 2025 al largo della costa.'],
    ['es', 'Un minuto de silencio por las personas que perdieron la vida el 14 de enero de 2025 frente a la costa.'],
    ['en', 'A minute of silence for the people who drowned on 14 January 2025 off the coast.'],
    ['de', 'Eine Andacht für die Menschen, die am 14. Januar 2025 vor der Küste ertrunken sind, ist geplant.'],
    ['it', 'Il progetto è finanziato ai sensi della Legge regionale 14 gennaio 2025, n. 3, sull’accoglienza.'],
    ['it', 'Il servizio applica il Decreto legislativo 14 gennaio 2025 sulle procedure di asilo.'],
    ['es', 'El programa se rige por la Ley Orgánica 14 de enero de 2025, n.º 4, de extranjería.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['it', 'Incontro sulla legge regionale: sabato 14 novembre 2026 alle 10 nella sala consiliare.', ['2026-09-08', '2026-11-14']],
    ['en', 'A vigil for the people who drowned at sea will be held on 14 November 2026 at 6pm at the harbour.', ['2026-09-08', '2026-11-14']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence)).toEqual(expected);
  });
});

describe('a holiday’s days and a school year’s first day are no gatherings', () => {
  it.each([
    ['fr', 'Attention : les vacances de la Toussaint du 17 octobre 2026 au 2 novembre 2026, l’accueil sera fermé.'],
    ['de', 'Bitte beachten: Die Herbstferien vom 12. Oktober 2026 bis 23. Oktober 2026 sind unterrichtsfrei.'],
    ['it', 'Ricordiamo che le vacanze di Natale dal 23 dicembre 2026 al 6 gennaio 2027 sospendono i corsi.'],
    ['es', 'Recordamos que las vacaciones de Navidad del 23 de diciembre de 2026 al 7 de enero de 2027 no hay clases.'],
    ['en', 'Please note that the Easter holidays from 29 March 2027 to 9 April 2027 are a break for all groups.'],
    ['fr', 'La rentrée scolaire est fixée au 1er septembre 2026 pour tous les élèves.'],
    ['it', 'L’anno scolastico inizierà il 14 settembre 2026 per tutti gli alunni.'],
    ['es', 'El curso escolar comenzará el 8 de septiembre de 2026 en toda la región.'],
    ['de', 'Das neue Schuljahr beginnt am 14. September 2026 in allen Schulen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['fr', 'Une fête de la rentrée aura lieu le samedi 12 septembre 2026 à 15h au jardin partagé.', ['2026-09-08', '2026-09-12']],
    ['de', 'Das Ferienprogramm vom 12. Oktober 2026 bis 16. Oktober 2026 bietet jeden Tag einen Workshop an.', ['2026-09-08', '2026-10-12']],
    ['fr', 'La colonie de vacances du 17 octobre 2026 au 21 octobre 2026 accueille les enfants du quartier : inscriptions au centre social.', ['2026-09-08', '2026-10-17']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence)).toEqual(expected);
  });
});

describe('an office open on a day and a public holiday are no gatherings', () => {
  it.each([
    ['en', 'The advice office will be open on Saturday 10 October 2026 from 9am to 12pm for residence permits.'],
    ['it', 'Lo sportello per i permessi di soggiorno sarà aperto sabato 10 ottobre 2026 dalle 9 alle 12.'],
    ['es', 'La oficina de extranjería estará abierta el sábado 10 de octubre de 2026 de 9 a 12 horas.'],
    ['fr', 'Le guichet des titres de séjour sera ouvert le samedi 10 octobre 2026 de 9h à 12h.'],
    ['en', 'Monday 12 October 2026 is a public holiday in the whole region.'],
    ['es', 'El lunes 12 de octubre de 2026 es festivo en toda la región.'],
    ['de', 'Am Feiertag, dem 3. Oktober 2026, bleibt unser Haus zu.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['fr', 'Une permanence juridique ouverte à tous aura lieu le samedi 10 octobre 2026 de 9h à 12h au centre social.', ['2026-09-08', '2026-10-10']],
    ['en', 'The advice office holds an open day on Saturday 10 October 2026 from 10am, with a talk on residence permits.', ['2026-09-08', '2026-10-10']],
    ['es', 'El día festivo del barrio se celebrará el sábado 10 de octubre de 2026 con una comida popular a las 14:00.', ['2026-09-08', '2026-10-10']],
    ['en', 'On the bank holiday, Monday 12 October 2026, the families came together for a picnic in the park.', ['2026-09-08', '2026-10-12']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence)).toEqual(expected);
  });
});

describe('a stamp, an elided "until", a project under way, an eligibility limit, a day of the page’s history', () => {
  it.each([
    ['en', 'This page about our volunteers was last reviewed on 14 May 2026.'],
    ['es', 'Noticia sobre la jornada de acogida actualizada el 14 de mayo de 2026.'],
    ['it', 'Notizia sul convegno aggiornata il 14 maggio 2026.'],
    ['it', 'È possibile iscriversi al laboratorio fino all’11 maggio 2026.'],
    ['it', 'Le proposte per il seminario vanno inviate entro l’11 maggio 2026.'],
    ['de', 'Das Projekt ist am 1. März 2026 gestartet und hat schon zehn Workshops veranstaltet.'],
    ['en', 'Funding for community events is open to projects starting after 11 May 2026.'],
    ['it', 'Il contributo per gli eventi è riservato ai progetti avviati dopo l’11 maggio 2026.'],
    ['es', 'La ayuda para actividades se destina a proyectos iniciados después del 11 de mayo de 2026.'],
    ['en', 'The association, which held its first meeting on 8 May 1996, turns thirty this year.'],
    ['fr', 'L’association, qui a tenu sa première réunion le 8 mai 1996, fête ses trente ans.'],
    ['es', 'La asociación, que celebró su primera asamblea el 8 de mayo de 1996, cumple treinta años.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['de', 'Der Workshop ist am 14. Mai 2026 um 10 Uhr im Bürgerhaus gestartet und war voll.', ['2026-05-14', '2026-09-08']],
    ['it', 'Il laboratorio si terrà l’11 maggio 2026 alle 17 nella biblioteca comunale.', ['2026-05-11', '2026-09-08']],
    ['en', 'Last month, on 14 May 2026, our volunteers held a meeting with 40 families at the town hall.', ['2026-05-14', '2026-09-08']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence).sort()).toEqual(expected);
  });
});

describe('a holiday known by its name is the day it falls on', () => {
  it.each([
    ['it', 'Ricordiamo che l’8 marzo 2026, festa della donna, lo sportello resta chiuso.'],
    ['fr', 'Le 25 décembre 2026, Noël, nos locaux resteront fermés.'],
    ['es', 'El 6 de enero de 2027, día de Reyes, la sede permanece cerrada.'],
    ['de', 'Am 3. Oktober 2026, Tag der Deutschen Einheit, bleibt unser Haus zu.'],
    ['en', 'On 25 December 2026, Christmas Day, our rooms stay closed.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['fr', 'Le 12 décembre 2026, Noël solidaire au centre social avec un goûter pour les familles.', ['2026-09-08', '2026-12-12']],
    ['it', 'L’8 marzo 2026, festa della donna, cena interculturale alle 20 nella sala parrocchiale.', ['2026-03-08', '2026-09-08']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence).sort()).toEqual(expected);
  });
});

describe('a desk’s weekly hours from a day, papers sent, rules that apply from a day, an article that appeared', () => {
  it.each([
    ['en', 'The advice desk for refugees is open every Tuesday from 9 to 12, starting 12 May 2026.'],
    ['it', 'Lo sportello per stranieri riceve il martedì dalle 9 alle 12 a partire dal 12 maggio 2026.'],
    ['fr', 'La permanence d’accès aux droits reçoit le mardi de 9h à 12h à partir du 12 mai 2026.'],
    ['en', 'Certificates from the course will be sent by post on 12 May 2026.'],
    ['it', 'Gli attestati del corso saranno spediti il 12 maggio 2026.'],
    ['es', 'Los certificados del curso se enviarán por correo el 12 de mayo de 2026.'],
    ['en', 'The new rules for the language courses apply from 12 May 2026.'],
    ['it', 'Le nuove regole per i corsi di lingua valgono dal 12 maggio 2026.'],
    ['es', 'Las nuevas normas de los cursos de idiomas se aplican desde el 12 de mayo de 2026.'],
    ['de', 'Ein Interview über den Workshop erschien am 12. Mai 2026 in der Lokalzeitung.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['fr', 'Le mardi 12 mai 2026 de 9h à 12h, une permanence exceptionnelle aura lieu à la mairie.', ['2026-05-12', '2026-09-08']],
    ['es', 'A partir del martes 12 de mayo de 2026 a las 18:00, taller de cocina en el centro cívico.', ['2026-05-12', '2026-09-08']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence).sort()).toEqual(expected);
  });
});

describe('a deadline moved, a recording available from a day, a newsletter’s issue', () => {
  it.each([
    ['en', 'The deadline to register for the workshop has been extended to 12 May 2026.'],
    ['it', 'La scadenza per iscriversi al laboratorio è stata prorogata al 12 maggio 2026.'],
    ['fr', 'La date limite d’inscription à l’atelier est repoussée au 12 mai 2026.'],
    ['en', 'The recording of the webinar is available from 12 May 2026 on our channel.'],
    ['it', 'La registrazione del webinar è disponibile dal 12 maggio 2026 sul nostro canale.'],
    ['es', 'La grabación del seminario web está disponible desde el 12 de mayo de 2026 en nuestro canal.'],
    ['de', 'Die Aufzeichnung des Webinars ist ab dem 12. Mai 2026 auf unserem Kanal verfügbar.'],
    ['en', 'Our newsletter of 12 May 2026 announced the new season of workshops.'],
    ['es', 'Nuestro boletín del 12 de mayo de 2026 anunciaba la nueva temporada de talleres.'],
    ['de', 'Unser Rundbrief vom 12. Mai 2026 kündigte die neue Workshop-Saison an.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['en', 'The workshop on housing rights has been moved to 12 November 2026 at 6pm in the library.', ['2026-09-08', '2026-11-12']],
    ['it', 'Il webinar sui diritti sarà online il 12 novembre 2026 alle 18 sulla nostra piattaforma.', ['2026-09-08', '2026-11-12']],
  ])('%s: near miss, the gathering stays: %s', (lang, sentence, expected) => {
    expect(withGathering(lang, sentence).sort()).toEqual(expected);
  });
});

// How many gatherings one day holds, by grammar, in five languages (sentences written for this table, none copied from a page).
// One date each. ONE: a single gathering told with its programme (slots, speakers, a lunch break, "followed by a reception",
// registration before the start, a guided tour inside the conference): its parts stay one event. TWO or more: separate
// gatherings of that day (a morning workshop for professionals and an evening public event, a press conference then the fair,
// one workshop held in two towns, "a las 10 ... y a las 17 ..." of different things, a list whose items are separate
// activities at their own places): one event each. The labels' convention decides: one event per gathering, a programme's
// first and last slots are its start and end.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { showAfterTalk } from '../../../lib/extract/gather-show.ts';
import { routeArrives } from '../../../lib/extract/gather-route.ts';

const now = new Date('2026-11-30T12:00:00Z');
/** The start of each event read, in page order. */
const starts = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events.map((e) => e.start);

describe('one gathering with a programme stays one event', () => {
  it.each([
    ['a day of talks with a lunch break (es)',
      'Jornada sobre empleo y migración\n\nEl jueves 12 de junio de 2025 se celebra en el Centro Cívico La Almozara la jornada «Trabajo sin fronteras».\n\nPrograma:\n9:00 Acreditación\n9:30 Inauguración\n10:00 Ponencia de una abogada laboralista\n11:30 Pausa café\n12:00 Mesa redonda con empresas\n14:00 Comida\n15:30 Talleres prácticos\n17:00 Clausura',
      ['2025-06-12T09:00']],
    ['a talk, speakers named, then a reception (it)',
      'Convegno sull\'accoglienza\n\nVenerdì 13 giugno 2025 alle ore 17 presso la Sala Consiliare di Lecco si terrà il convegno «Comunità che accolgono». Interverranno il sindaco e la presidente della cooperativa. Al termine seguirà un rinfresco offerto dai volontari.',
      ['2025-06-13T17:00']],
    ['a conference whose programme holds a guided tour (fr)',
      'Colloque « Migrations et territoires »\n\nLe colloque se tiendra le jeudi 12 juin 2025 à l\'Hôtel de Région de Rennes.\n\nProgramme\n8h45 : accueil des participants\n9h15 : ouverture par la vice-présidente\n10h : table ronde sur l\'accueil en zone rurale\n12h30 : déjeuner libre\n14h : ateliers thématiques\n16h30 : visite guidée de l\'exposition\n17h30 : clôture',
      ['2025-06-12T08:45']],
    ['registration opens before the start, workshops after lunch (de)',
      'Fachtag Teilhabe\n\nAm Mittwoch, 11. Juni 2025, lädt der Landesverband zum Fachtag „Teilhabe gestalten“ ins Bürgerhaus Kassel ein. Die Anmeldung öffnet um 9:00 Uhr, Beginn ist um 9:30 Uhr. Nach der Mittagspause um 12:30 Uhr folgen Workshops; gegen 16 Uhr endet der Fachtag mit einem kleinen Empfang.',
      ['2025-06-11T09:00']],
    ['a panel followed by a drinks reception (en)',
      'Panel on refugee housing\n\nJoin us on Thursday 12 June 2025 at 6pm at the Civic Hall, Leeds, for a panel discussion on housing for refugees. Speakers include a housing lawyer and two tenant organisers. The discussion will be followed by a drinks reception at 7:30pm.',
      ['2025-06-12T18:00']],
    ['a workshop in the morning and its second part after lunch, one place (en)',
      'Training for volunteers\n\nOn Tuesday 17 June 2025 the training for volunteer mentors runs at the Quaker Meeting House, Bristol. The morning session starts at 9:30am; after lunch, the afternoon session covers safeguarding and ends at 4pm.',
      ['2025-06-17T09:30']],
    ['a festival day whose parts are one programme at one square (it)',
      'Festa dei popoli\n\nDomenica 15 giugno 2025 in piazza Vittorio Veneto a Trento torna la Festa dei popoli: alle 11 apertura degli stand, alle 13 pranzo multietnico, alle 16 musica dal vivo e alle 19 balli tradizionali.',
      ['2025-06-15T11:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('two or more gatherings of one day are one event each', () => {
  it.each([
    ['a workshop for professionals at 10 and a public concert at 19 (es)',
      'Día Mundial de las Personas Refugiadas\n\nEl viernes 20 de junio de 2025 el Ayuntamiento de Huesca organiza dos actividades: a las 10:00, un taller de formación para profesionales de los servicios sociales en el Centro Cívico, y a las 19:00, un concierto abierto a todo el público en la Plaza de Navarra.',
      ['2025-06-20T10:00', '2025-06-20T19:00']],
    ['one workshop held in two towns (es)',
      'Taller de alfabetización digital\n\nEl martes 17 de junio de 2025 la asociación imparte su taller de alfabetización digital por la mañana en Teruel, a las 10:00, y por la tarde en Alcañiz, a las 17:00.',
      ['2025-06-17T10:00', '2025-06-17T17:00']],
    ['a press conference in the morning, the fair opens in the afternoon (it)',
      'Fiera del lavoro inclusivo\n\nGiovedì 12 giugno 2025 alle ore 10 si terrà in Municipio la conferenza stampa di presentazione della fiera. Alle ore 15 la fiera del lavoro inclusivo aprirà le porte al Palazzo delle Esposizioni, aperta a tutte le persone in cerca di occupazione.',
      ['2025-06-12T10:00', '2025-06-12T15:00']],
    ['a morning course for teachers and an evening public meeting (it)',
      'Scuola e intercultura\n\nMercoledì 18 giugno 2025 alle ore 9 presso l\'Istituto Comprensivo Rodari si terrà un corso di formazione riservato agli insegnanti. Alle ore 20:30, presso il Teatro Comunale, è in programma un incontro pubblico aperto alla cittadinanza.',
      ['2025-06-18T09:00', '2025-06-18T20:30']],
    ['three activities at three places, for different publics (fr)',
      'Journée de la diversité à Nantes\n\nSamedi 14 juin 2025, trois rendez-vous :\n- 10h : atelier d\'écriture pour les enfants à la médiathèque Jacques Demy\n- 15h : débat public sur l\'accueil des exilés à la salle Paul Fort\n- 20h30 : projection du film « Traversées » au cinéma Katorza',
      ['2025-06-14T10:00', '2025-06-14T15:00', '2025-06-14T20:30']],
    ['a training for social workers, then an evening debate elsewhere (fr)',
      'Accueil des mineurs isolés\n\nLe mardi 17 juin 2025, de 9h à 12h, une formation destinée aux travailleurs sociaux aura lieu à la Maison des Solidarités de Lyon. À 19h, un débat ouvert au public se tiendra à la Bourse du Travail.',
      ['2025-06-17T09:00', '2025-06-17T19:00']],
    ['a press conference at the town hall, then the festival in the park (de)',
      'Interkulturelle Woche\n\nAm Donnerstag, 12. Juni 2025, um 11 Uhr stellt die Stadt das Programm in einer Pressekonferenz im Rathaus vor. Um 17 Uhr beginnt im Stadtpark das Eröffnungsfest für alle Bürgerinnen und Bürger.',
      ['2025-06-12T11:00', '2025-06-12T17:00']],
    ['a workshop for staff in the morning, a reading for everyone in the evening (de)',
      'Vielfalt in der Verwaltung\n\nAm Dienstag, 17. Juni 2025, findet von 9 bis 12 Uhr ein Workshop für Mitarbeitende der Ausländerbehörde im Kreishaus statt. Am Abend um 19:30 Uhr lädt die Stadtbibliothek zu einer öffentlichen Lesung ein.',
      ['2025-06-17T09:00', '2025-06-17T19:30']],
    ['a morning workshop for practitioners and an evening public talk (en)',
      'Refugee Week in Bristol\n\nOn Wednesday 18 June 2025 there are two events. At 10am, a workshop for frontline practitioners takes place at the Council House. At 7pm, a public talk by a refugee author is held at the Central Library, open to all.',
      ['2025-06-18T10:00', '2025-06-18T19:00']],
    ['a list of separate activities at their own places (es)',
      'Semana intercultural de Logroño\n\nSábado 14 de junio de 2025:\n- 11:00 Cuentacuentos para familias en la Biblioteca Rafael Azcona\n- 18:00 Partido de fútbol solidario en el Polideportivo Las Gaunas\n- 21:00 Concierto de músicas del mundo en la Plaza del Mercado',
      ['2025-06-14T11:00', '2025-06-14T18:00', '2025-06-14T21:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

// The same span of days said twice, in a list line and again in prose, is one gathering however each mention is titled;
// two spans over the same days stay two only when each names its own quoted thing (merge.ts, subEvent).
describe('one span of days said twice is one event', () => {
  it.each([
    ['a list line and a sentence (en)',
      'Network of towns\n\nEvent 1.- Venue: Ghent (Belgium) from 17th to 20th June 2025\nEvent 2.- Venue: Lyon (France) from 15th to 18th September 2025\n\nThe network held travelling events across Europe: in Ghent from 17th to 20th June 2025; in Lyon from 15th to 18th September 2025.',
      ['2025-06-17', '2025-09-15']],
    ['a list line and a sentence (fr)',
      'Réseau de villes\n\nÉvénement 1.- Lieu : Gand (Belgique) du 17 au 20 juin 2025\nÉvénement 2.- Lieu : Lyon (France) du 15 au 18 septembre 2025\n\nLe réseau a organisé des rencontres itinérantes en Europe : à Gand du 17 au 20 juin 2025 ; à Lyon du 15 au 18 septembre 2025.',
      ['2025-06-17', '2025-09-15']],
    ['a list line and a sentence (it)',
      'Rete di città\n\nEvento 1.- Sede: Gand (Belgio) dal 17 al 20 giugno 2025\nEvento 2.- Sede: Lione (Francia) dal 15 al 18 settembre 2025\n\nLa rete ha organizzato incontri itineranti in Europa: a Gand dal 17 al 20 giugno 2025; a Lione dal 15 al 18 settembre 2025.',
      ['2025-06-17', '2025-09-15']],
    ['a list line and a sentence (es)',
      'Red de ciudades\n\nEvento 1.- Sede: Gante (Bélgica) del 17 al 20 de junio de 2025\nEvento 2.- Sede: Lyon (Francia) del 15 al 18 de septiembre de 2025\n\nLa red organizó encuentros itinerantes por Europa: en Gante del 17 al 20 de junio de 2025; en Lyon del 15 al 18 de septiembre de 2025.',
      ['2025-06-17', '2025-09-15']],
    ['a list line and a sentence (de)',
      'Städtenetzwerk\n\nTreffen 1.- Ort: Gent (Belgien) vom 17. bis 20. Juni 2025\nTreffen 2.- Ort: Lyon (Frankreich) vom 15. bis 18. September 2025\n\nDas Netzwerk veranstaltete Wandertreffen in Europa: in Gent vom 17. bis 20. Juni 2025; in Lyon vom 15. bis 18. September 2025.',
      ['2025-06-17', '2025-09-15']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('two quoted exhibitions over the same days stay two (es)', () => {
    expect(starts('Encuentro intercultural\n\nExposición fotográfica «Mujeres que cruzan» en la Casa de Cultura (del 17 al 20 de junio de 2025).\n\nExposición de pintura «Orillas» en la Biblioteca Municipal (del 17 al 20 de junio de 2025).'))
      .toEqual(['2025-06-17', '2025-06-17']);
  });
});

// A show (a film screened, a concert, a play) hours after a talk, said in a sentence of its own that opens with its hour: a
// gathering of its own, at the talk's place or none (gather-show.ts). A reception after the talk, or a festival day's concert,
// stays the day's.
describe('a show after a talk is its own event', () => {
  it.each([
    ['a documentary after a conference (it)',
      'Settimana del rifugiato a Torino\n\nMartedì 17 giugno 2025\n\nore 18:00: conferenza «Città che accolgono» presso la Casa del Quartiere San Salvario. Intervengono due ricercatrici dell\'Università e il presidente della Circoscrizione.\n\nore 21:00: a seguire sarà proiettato il documentario «Approdi», girato tra Lampedusa e Torino.',
      ['2025-06-17T18:00', '2025-06-17T21:00']],
    ['a documentary after a talk (en)',
      'Refugee Week in Hull\n\nTuesday 17 June 2025\n\n6pm: talk on climate migration at the Guildhall, with two researchers from the university.\n\n8:30pm: afterwards, the documentary "Crossings" will be screened.',
      ['2025-06-17T18:00', '2025-06-17T20:30']],
    ['a screening after a conference (fr)',
      'Semaine de l\'exil à Lille\n\nMardi 17 juin 2025\n\n18h : conférence sur les migrations climatiques à la Maison des associations, avec deux chercheuses.\n\n20h30 : ensuite, projection du documentaire « Traversées ».',
      ['2025-06-17T18:00', '2025-06-17T20:30']],
    ['a film after a lecture (de)',
      'Woche der Vielfalt in Kiel\n\nDienstag, 17. Juni 2025\n\n18 Uhr: Vortrag über Klimaflucht im Rathaus, mit zwei Forscherinnen der Universität.\n\n20:30 Uhr: Im Anschluss wird der Dokumentarfilm „Überfahrt“ gezeigt.',
      ['2025-06-17T18:00', '2025-06-17T20:30']],
    ['a screening after a talk (es)',
      'Semana de la persona refugiada en Vigo\n\nMartes 17 de junio de 2025\n\n18:00: charla sobre migraciones climáticas en el Centro Cívico de Teis, con dos investigadoras.\n\n20:30: a continuación se proyectará el documental «Travesías».',
      ['2025-06-17T18:00', '2025-06-17T20:30']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    ['drinks after the talk (en)',
      'Refugee Week in Hull\n\nTuesday 17 June 2025\n\n6pm: talk on climate migration at the Guildhall, with two researchers from the university.\n\n8pm: afterwards, drinks and nibbles for everyone.'],
    ['a festival day\'s concert (it)',
      'Festa dei popoli a Fano\n\nSabato 14 giugno 2025\n\nore 15:00: apertura della festa al parco con stand delle associazioni e giochi per bambini.\n\nore 18:00: a seguire concerto di musiche dal mondo.'],
    ['a short film inside the talk (fr)',
      'Semaine de l\'exil à Lille\n\nMardi 17 juin 2025\n\n18h : conférence sur les migrations climatiques à la Maison des associations.\n\n18h30 : ensuite, projection d\'un court métrage.'],
  ])('%s stays one', (_name, text) => {
    expect(starts(text)).toHaveLength(1);
  });
});

describe('showAfterTalk', () => {
  it.each([
    ['a seguire sara proiettato il documentario', 'conferenza presso la casa del quartiere', 1080, 1275, true],
    ['afterwards, the documentary will be screened', 'talk on climate migration at the guildhall', 1080, 1230, true],
    ['afterwards, drinks for everyone', 'talk on climate migration', 1080, 1200, false],
    ['a seguire concerto', 'apertura della festa al parco', 900, 1080, false],
    ['ensuite, projection', 'conference sur les migrations', 1080, 1110, false],
    ['im anschluss wird der dokumentarfilm „uberfahrt“ gezeigt', 'vortrag uber klimaflucht', 1080, 1230, true],
  ])('%s', (sentence, day, from, at, expected) => {
    expect(showAfterTalk(sentence, day, from, at)).toBe(expected);
  });
});

// The weekday named again with "also" at a sentence's start ("Sempre domenica", "También el domingo", "Dimanche également",
// "Also on Sunday", "Ebenfalls am Sonntag") tells another gathering of that day: in another town, at another place or at none
// said (gather-clauses.ts). The day's own gathering going on ("Sempre sabato il laboratorio proseguirà") stays one.
describe('"also on <weekday>" tells another gathering of the day', () => {
  it.each([
    ['another town (it)',
      'Camminate per i rifugiati\n\nDomenica 18 maggio 2025, a Fiorenzuola, la Croce Rossa organizza una camminata a favore dei richiedenti asilo e dei rifugiati accolti in città.\n\nSempre domenica, a Vernasca, si svolgerà una marcia per l\'accoglienza dei migranti.',
      ['2025-05-18', '2025-05-18']],
    ['another town (es)',
      'Marchas solidarias\n\nEl domingo 18 de mayo de 2025, en Tudela, Cruz Roja organiza una marcha popular a favor de las personas refugiadas.\n\nTambién el domingo, en Estella, se celebrará una carrera solidaria por la acogida de personas migrantes.',
      ['2025-05-18', '2025-05-18']],
    ['another town (fr)',
      'Marches solidaires\n\nLe dimanche 18 mai 2025, à Vienne, la Cimade organise une marche solidaire pour l\'accueil des exilés.\n\nDimanche également, à Romans, aura lieu une course solidaire au profit des demandeurs d\'asile.',
      ['2025-05-18', '2025-05-18']],
    ['another town (en)',
      'Walks of welcome\n\nOn Sunday 18 May 2025, in Bath, the Red Cross holds a sponsored walk for refugees.\n\nAlso on Sunday, in Frome, a fun run will take place to raise money for asylum seekers.',
      ['2025-05-18', '2025-05-18']],
    ['another town (de)',
      'Solidaritätsläufe\n\nAm Sonntag, 18. Mai 2025, lädt das Rote Kreuz in Fulda zu einem Spendenlauf für Geflüchtete ein.\n\nEbenfalls am Sonntag findet in Kassel ein Konzert für Asylsuchende statt.',
      ['2025-05-18', '2025-05-18']],
    ['no place said, another kind (it)',
      'Settimana dell\'accoglienza\n\nSabato 17 maggio 2025 alle 10 presso la Casa delle Culture si terrà un laboratorio di cucina per rifugiati.\n\nSempre sabato si svolgerà un torneo di calcio tra squadre di richiedenti asilo.',
      ['2025-05-17T10:00', '2025-05-17']],
    ['both days bare weekdays of the week (es)',
      'Marchas por la acogida\n\nEl viernes 23 de mayo de 2025 se celebra en Tudela una marcha por las personas refugiadas organizada por Cáritas.\n\nEl domingo, en Tafalla, Cruz Roja organiza una caminata a favor de las personas solicitantes de asilo.\n\nTambién el domingo, en Estella, se celebrará una carrera solidaria por la acogida de personas migrantes.',
      ['2025-05-23', '2025-05-25', '2025-05-25']],
    ['both days bare weekdays of the week (en)',
      'Walks of welcome\n\nOn Friday 23 May 2025 Caritas holds a walk for refugees in Bath.\n\nOn Sunday, in Frome, the Red Cross organises a sponsored walk for asylum seekers.\n\nAlso on Sunday, in Wells, a fun run will take place to raise money for refugees.',
      ['2025-05-23', '2025-05-25', '2025-05-25']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('the day\'s gathering going on stays one (it)', () => {
    expect(starts('Settimana dell\'accoglienza\n\nSabato 17 maggio 2025 alle 10 presso la Casa delle Culture si terrà un laboratorio di cucina per rifugiati.\n\nSempre sabato il laboratorio proseguirà nel pomeriggio con la preparazione dei dolci.'))
      .toEqual(['2025-05-17T10:00']);
  });
});

// A route's last stop at a later hour ("the walkers arrive at ...", "i partecipanti arriveranno al ...", "llegará al ...", "erreicht
// der Zug den ...") is the same walk or march, not another gathering (gather-route.ts).
describe('a route reaching its goal stays one event', () => {
  it.each([
    ['a walk arrives at a park (en)',
      'Walk of welcome\n\nOn Saturday 14 June 2025 at 10am the walk of welcome starts at the Town Hall of Leeds. At 1pm the walkers arrive at Roundhay Park for a picnic.'],
    ['a march arrives at a park (it)',
      'Marcia per la pace\n\nDomenica 15 giugno 2025 alle ore 9 la marcia per la pace e l\'accoglienza partirà da piazza Duomo. Alle ore 12 i partecipanti arriveranno al Parco della Resistenza, dove si terrà un pranzo condiviso.'],
    ['a march reaches a park (es)',
      'Marcha por la acogida\n\nEl domingo 15 de junio de 2025 a las 11:00 la marcha por la acogida saldrá de la plaza del Pilar. A las 13:00 llegará al parque Grande José Antonio Labordeta, donde se leerá un manifiesto.'],
    ['a demonstration reaches a park (de)',
      'Demonstration für Bleiberecht\n\nAm Samstag, 14. Juni 2025, startet um 11 Uhr die Demonstration am Hauptbahnhof Bremen. Gegen 13 Uhr erreicht der Zug den Bürgerpark, wo ein Fest mit Musik stattfindet.'],
  ])('%s', (_name, text) => {
    expect(starts(text)).toHaveLength(1);
  });
});

describe('routeArrives', () => {
  it.each([
    ['the walk of welcome starts at the town hall', 'at 1pm the walkers arrive at roundhay park', true],
    ['la marcia per la pace partira da piazza duomo', 'alle ore 12 i partecipanti arriveranno al parco', true],
    ['la marcha saldra de la plaza del pilar', 'a las 13:00 llegara al parque grande', true],
    ['am samstag startet die demonstration am hauptbahnhof', 'gegen 13 uhr erreicht der zug den burgerpark', true],
    ['la festa dei popoli si terra in piazza garibaldi', 'alle 21 arriva in piazza il concerto della banda', false],
    ['el sabado se celebra la fiesta de la diversidad', 'a las 21:00 llega el concierto a la plaza mayor', false],
  ])('%s / %s', (day, sentence, expected) => {
    expect(routeArrives(day, sentence)).toBe(expected);
  });
});

// Clauses of one sentence split by semicolons, each with its own hour and its own place, are the day's gatherings ("deux
// rendez-vous : à 14h, ... à la médiathèque ; à 20h, ... au cinéma"); after a colon that follows the day's own place they are that
// gathering's programme, its rooms included (gather-colon.ts).
describe('semicolon clauses: gatherings, or one programme after the day\'s place', () => {
  it.each([
    ['two meetings at two places (fr)',
      'Journée mondiale des réfugiés à Rouen\n\nVendredi 20 juin 2025, deux rendez-vous : à 14h, une rencontre avec des auteurs exilés à la médiathèque Simone de Beauvoir ; à 20h, une projection au cinéma Omnia.',
      ['2025-06-20T14:00', '2025-06-20T20:00']],
    ['two meetings at two places (es)',
      'Día Mundial de las Personas Refugiadas en Cáceres\n\nViernes 20 de junio de 2025, dos citas: a las 11:00, un encuentro con escolares en la Biblioteca Pública; a las 20:00, un concierto en el Gran Teatro.',
      ['2025-06-20T11:00', '2025-06-20T20:00']],
    ['two meetings at two places (it)',
      'Giornata del rifugiato a Parma\n\nVenerdì 20 giugno 2025, due appuntamenti: alle 10, un incontro con le scuole presso l\'Auditorium Paganini; alle 21, un concerto al Teatro Regio.',
      ['2025-06-20T10:00', '2025-06-20T21:00']],
    ['two meetings at two places (en)',
      'World Refugee Day in York\n\nFriday 20 June 2025 brings two events: at 9am, a breakfast for volunteers at St Mary\'s Church; at 8pm, a candlelit vigil at York Minster.',
      ['2025-06-20T09:00', '2025-06-20T20:00']],
    ['one colloquium\'s rooms after its place (fr)',
      'Colloque sur l\'exil\n\nLe colloque a lieu le vendredi 20 juin 2025 à l\'Université de Lille : à 9h, accueil dans le hall ; à 10h, conférence dans l\'amphithéâtre Archimède ; à 14h, ateliers dans la salle du Conseil.',
      ['2025-06-20T09:00']],
    ['one day\'s rooms after its place (es)',
      'Jornada sobre asilo\n\nLa jornada se celebra el viernes 20 de junio de 2025 en la Universidad de Zaragoza: a las 9:00, acreditación en el vestíbulo; a las 10:00, ponencia en el Aula Magna; a las 16:00, talleres en el Seminario 2.',
      ['2025-06-20T09:00']],
    ['one conference\'s rooms after its place (it)',
      'Convegno sull\'asilo\n\nIl convegno si terrà venerdì 20 giugno 2025 presso l\'Università di Pavia: alle 9, accoglienza nell\'atrio; alle 10, relazioni nell\'Aula Foscolo; alle 14, gruppi di lavoro nell\'Aula Volta.',
      ['2025-06-20T09:00']],
    ['one conference\'s rooms after its place (en)',
      'Conference on asylum\n\nThe conference takes place on Friday 20 June 2025 at the University of York: at 9am, registration in the foyer; at 10am, keynote in the Ron Cooke Hub; at 2pm, workshops in Room 101.',
      ['2025-06-20T09:00']],
    ['one Fachtag\'s rooms after its place (de)',
      'Fachtag Asyl\n\nDer Fachtag findet am Freitag, 20. Juni 2025, in der Universität Kassel statt: um 9 Uhr Anmeldung im Foyer; um 10 Uhr Vortrag im Hörsaal 1; um 14 Uhr Workshops im Seminarraum 3.',
      ['2025-06-20T09:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

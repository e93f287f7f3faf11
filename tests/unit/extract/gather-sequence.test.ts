// Another gathering of a dated day, in shapes every language writes alike (sentences written for this test):
// - "followed by" and its kin ("suivi de", "gefolgt von", "seguito da", "seguido de") joining a second thing at another place,
//   with a later hour or none;
// - a coordinated clause that opens with its own place and names its own thing ("..., y en el parque X, el grupo Y ofrecerá un
//   concierto");
// - the day's last thing said as such ("The day closes with ...", "La jornada se cerrará con ...") at another place;
// - one gathering held in two towns at two hours ("à Lyon à 10h et à Grenoble à 15h");
// - the weekday named again with "also" ("Also on Saturday", "Samedi également", "Sempre sabato");
// - parts of the day after a semicolon or comma ("le matin, atelier à A ; l'après-midi, tournoi à B");
// - the same day named inside a later sentence with its own hour ("Le festival ouvrira ses portes le même jour à 16h ...");
// - "after the X" opening a sentence that names the next thing at another place ("Nach dem Vortrag findet ein Konzert im ... statt");
// - a second thing with the first one's noun left out, at its own place ("des tournois de badminton au gymnase X ou de football
//   au stade Y").
// One gathering's next item at its own place, with no hour of its own or inside its hours, stays that gathering.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2026-03-01' }).events.map((e) => [e.start, e.location?.name ?? e.location?.address ?? e.location?.city ?? null]);

describe('followed by a second thing at another place, at a later hour', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 the refugee council holds a workshop on housing rights at the Central Library at 10:00, followed by a community dinner at the Grange Hall at 19:00.',
      [['2026-03-14T10:00', 'Central Library'], ['2026-03-14T19:00', 'Grange Hall']]],
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, l\'association organise un atelier sur le droit au logement à la Maison des associations à 10h, suivi d\'un concert à la salle Molière à 19h.',
      [['2026-03-14T10:00', 'Maison des associations'], ['2026-03-14T19:00', 'salle Molière']]],
    ['de', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, lädt der Integrationsbeirat um 10 Uhr zu einem Workshop ins Rathaus ein, gefolgt von einem Begegnungsfest im Kulturzentrum Schlachthof um 19 Uhr.',
      [['2026-03-14T10:00', 'Rathaus'], ['2026-03-14T19:00', 'Kulturzentrum Schlachthof']]],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 l\'associazione propone alle 10 un laboratorio sui diritti presso la Biblioteca civica, seguito alle 19 da una cena multietnica presso il Centro Giovani Montanara.',
      [['2026-03-14T10:00', 'Biblioteca'], ['2026-03-14T19:00', 'Centro Giovani Montanara']]],
    ['es', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 la asociación organiza a las 10:00 un taller sobre derechos en la Biblioteca Municipal, seguido a las 19:00 de una cena intercultural en el Centro Cívico Santiago Escartín.',
      [['2026-03-14T10:00', 'Biblioteca Municipal'], ['2026-03-14T19:00', 'Centro Cívico Santiago Escartín']]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a coordinated clause that opens with its own place and names its own thing', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Friday 13 March 2026, Millennium Square will host a craft fair, and at the Hyde Park Pavilion the band Kora Soul will give a concert.'],
    ['fr', 'Semaine des réfugiés à Lyon\nLe vendredi 13 mars 2026, la place Bellecour accueillera une fête de quartier, et au parc de la Tête d\'Or, le groupe Kora Soul donnera un concert.'],
    ['de', 'Woche der Begegnung in Kassel\nAm Freitag, 13. März 2026, gibt es auf dem Königsplatz einen Kunsthandwerkermarkt, und im Kulturzentrum Schlachthof spielt die Band Kora Soul ein Konzert.'],
    ['it', 'Settimana dell\'accoglienza a Parma\nVenerdì 13 marzo 2026 piazza Garibaldi ospiterà un mercatino dell\'artigianato, e al Parco Ducale il gruppo Afro Sound terrà un concerto.'],
    ['es', 'Semana intercultural en Huesca\nEl viernes 13 de marzo de 2026, la plaza de Navarra acogerá una feria de artesanía, y en el parque Miguel Servet, el grupo Salsa Norte ofrecerá un concierto.'],
  ])('%s', (_lang, text) => {
    expect(read(text).map(([start]) => start)).toEqual(['2026-03-13', '2026-03-13']);
  });
});

describe('the day\'s last thing, at another place', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a workshop on housing rights takes place at the Central Library from 10:00 to 13:00. The day closes with a concert at the Grange Hall.',
      [['2026-03-14T10:00', 'Central Library'], ['2026-03-14', 'Grange Hall']]],
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, un atelier sur le droit au logement aura lieu de 10h à 13h à la Maison des associations. La journée se terminera par un concert à la salle Molière.',
      [['2026-03-14T10:00', 'Maison des associations'], ['2026-03-14', 'salle Molière']]],
    ['de', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, findet von 10 bis 13 Uhr ein Workshop im Rathaus statt. Den Abschluss des Tages bildet ein Konzert im Kulturzentrum Schlachthof.',
      [['2026-03-14T10:00', 'Rathaus'], ['2026-03-14', 'Kulturzentrum Schlachthof']]],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 dalle 10 alle 13 si terrà un laboratorio sui diritti presso la Biblioteca civica. La giornata si chiuderà con un concerto presso il Centro Giovani Montanara.',
      [['2026-03-14T10:00', 'Biblioteca'], ['2026-03-14', 'Centro Giovani Montanara']]],
    ['es', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 se celebrará de 10:00 a 13:00 un taller sobre derechos en la Biblioteca Municipal. La jornada se cerrará con un concierto en el Centro Cívico Santiago Escartín.',
      [['2026-03-14T10:00', 'Biblioteca Municipal'], ['2026-03-14', 'Centro Cívico Santiago Escartín']]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('one gathering in two towns at two hours', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nThe information session on asylum takes place on Tuesday 17 March 2026 in Leeds at 10:00 and in Bradford at 15:00.',
      [['2026-03-17T10:00', 'Leeds'], ['2026-03-17T15:00', 'Bradford']]],
    ['fr', 'Semaine des réfugiés\nLa réunion d\'information sur l\'asile a lieu le mardi 17 mars 2026 à Lyon à 10h et à Grenoble à 15h.',
      [['2026-03-17T10:00', 'Lyon'], ['2026-03-17T15:00', 'Grenoble']]],
    ['de', 'Woche der Begegnung\nDie Infoveranstaltung zum Asylrecht findet am Dienstag, 17. März 2026, um 10 Uhr in Kassel und um 15 Uhr in Fulda statt.',
      [['2026-03-17T10:00', 'Kassel'], ['2026-03-17T15:00', 'Fulda']]],
    ['it', 'Settimana dell\'accoglienza\nL\'incontro informativo sull\'asilo si terrà martedì 17 marzo 2026 alle 10 a Parma e alle 15 a Modena.',
      [['2026-03-17T10:00', 'Parma'], ['2026-03-17T15:00', 'Modena']]],
    ['es', 'Semana intercultural\nLa sesión informativa sobre asilo se celebrará el martes 17 de marzo de 2026 a las 10:00 en Huesca y a las 17:00 en Zaragoza.',
      [['2026-03-17T10:00', 'Huesca'], ['2026-03-17T17:00', 'Zaragoza']]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the weekday named again with "also"', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a workshop on housing rights takes place at the Central Library. Also on Saturday, a football tournament will be held at the Hyde Park Pavilion.'],
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, un atelier sur le droit au logement aura lieu à la Maison des associations. Samedi également, un tournoi de football se tiendra au stade de Gerland.'],
    ['de', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, findet ein Workshop im Rathaus statt. Ebenfalls am Samstag findet ein Fußballturnier im Sportzentrum Nord statt.'],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 si terrà un laboratorio sui diritti presso la Biblioteca civica. Sempre sabato si svolgerà un torneo di calcio presso lo Stadio Tardini.'],
    ['es', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 se celebrará un taller sobre derechos en la Biblioteca Municipal. También el sábado tendrá lugar un torneo de fútbol en el Estadio El Alcoraz.'],
  ])('%s', (_lang, text) => {
    expect(read(text).map(([start]) => start)).toEqual(['2026-03-14', '2026-03-14']);
  });
});

it('another weekday with "also" is that weekday\'s gathering, not a second one of the day', () => {
  const text = 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a workshop on housing rights takes place at the Central Library. Also on Sunday, a football tournament will be held at the Hyde Park Pavilion.';
  expect(read(text).map(([start]) => start)).toEqual(['2026-03-14', '2026-03-15']);
});

describe('parts of the day after a semicolon or a comma, at two places', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nSaturday 14 March 2026: in the morning, a workshop on housing rights at the Central Library; in the afternoon, a football tournament at the Hyde Park Pavilion.'],
    ['fr', 'Semaine des réfugiés à Lyon\nSamedi 14 mars 2026 : le matin, atelier sur le droit au logement à la Maison des associations ; l\'après-midi, tournoi de football au stade de Gerland.'],
    ['de', 'Woche der Begegnung in Kassel\nSamstag, 14. März 2026: Vormittags Workshop im Rathaus, nachmittags Fußballturnier im Kulturzentrum Schlachthof.'],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026: al mattino laboratorio sui diritti presso la Biblioteca civica; nel pomeriggio torneo di calcio presso lo Stadio Tardini.'],
    ['es', 'Semana intercultural en Huesca\nSábado 14 de marzo de 2026: por la mañana, taller sobre derechos en la Biblioteca Municipal; por la tarde, torneo de fútbol en el Estadio El Alcoraz.'],
  ])('%s', (_lang, text) => {
    expect(read(text).map(([start]) => start)).toEqual(['2026-03-14', '2026-03-14']);
  });
});

describe('the same day named in a later sentence with its own hour', () => {
  it.each([
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence de presse présentera le festival à l\'Hôtel de Ville à 11h. Le festival ouvrira ses portes le même jour à 16h sur la place Bellecour.',
      [['2026-03-14T11:00', 'Hôtel de Ville'], ['2026-03-14T16:00', 'place Bellecour']]],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 alle 11 la conferenza stampa di presentazione del festival presso il Municipio. Il festival aprirà lo stesso giorno alle 16 in piazza Garibaldi.',
      [['2026-03-14T11:00', 'Municipio'], ['2026-03-14T16:00', 'piazza Garibaldi']]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a second thing with the first one\'s noun left out, at its own place', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Saturday 16 May 2026 there will be badminton tournaments at the Leeds Sports Centre and football at the Hyde Park Pavilion.',
      [['2026-05-16', 'Leeds Sports Centre'], ['2026-05-16', 'Hyde Park Pavilion']]],
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 16 mai 2026, des tournois de badminton sont proposés au gymnase Jean Moulin ou de football au stade Delaune.',
      [['2026-05-16', 'gymnase Jean Moulin'], ['2026-05-16', 'stade Delaune']]],
    ['de', 'Woche der Begegnung in Kassel\nAm Samstag, 16. Mai 2026, gibt es Badmintonturniere in der Sporthalle Nord und Fußball im Sportzentrum Süd.',
      [['2026-05-16', 'Sporthalle Nord'], ['2026-05-16', 'Sportzentrum Süd']]],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 16 maggio 2026 si terranno tornei di badminton alla palestra Coni e di calcio allo stadio Tardini.',
      [['2026-05-16', 'palestra Coni'], ['2026-05-16', 'stadio Tardini']]],
    ['es', 'Semana intercultural en Huesca\nEl sábado 16 de mayo de 2026 se celebrarán torneos de bádminton en el pabellón Río Isuela y de fútbol en el estadio El Alcoraz.',
      [['2026-05-16', 'pabellón Río Isuela'], ['2026-05-16', 'estadio El Alcoraz']]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('"after the X", then the next thing at another place', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a talk on asylum law takes place at the Central Library. After the talk, a community dinner will be served at the Grange Hall.'],
    ['fr', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence sur le droit d\'asile aura lieu à la Maison des associations. Après la conférence, un concert se tiendra à la salle Molière.'],
    ['de', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, findet ein Vortrag zum Asylrecht im Rathaus statt. Nach dem Vortrag findet ein Konzert im Kulturzentrum Schlachthof statt.'],
    ['it', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 si terrà un convegno sul diritto d\'asilo presso la Biblioteca civica. Dopo il convegno si svolgerà un concerto presso il Centro Giovani Montanara.'],
    ['es', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 se celebrará una charla sobre asilo en la Biblioteca Municipal. Después de la charla tendrá lugar un concierto en el Centro Cívico Santiago Escartín.'],
    ['es (tras)', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 se celebrará una charla sobre asilo en la Biblioteca Municipal. Tras la charla, tendrá lugar un concierto en el Centro Cívico Santiago Escartín.'],
  ])('%s', (_lang, text) => {
    expect(read(text).map(([start]) => start)).toEqual(['2026-03-14', '2026-03-14']);
  });
});

describe('near misses: one gathering\'s next item stays that gathering', () => {
  it.each([
    ['an agenda under the day and its place (de)', 'Fachtag in Kassel\nSamstag, 14. März 2026, Rathaus Kassel\n10:00 Begrüßung\n10:30 Vortrag zum Asylrecht\n12:00 Mittagessen\n14:00 Workshop im Raum 2\n16:00 Abschluss'],
    ['a programme after the place and a colon, with "puis" and "ensuite" (fr)', 'Journée d\'étude à Lyon\nLe samedi 14 mars 2026 à la Maison des associations : à 10h, accueil ; puis atelier sur le droit d\'asile ; ensuite repas à 12h ; à 14h, débat dans la grande salle.'],
    ['a programme after the place and a colon, its afternoon in another room (it)', 'Convegno a Parma\nSabato 14 marzo 2026 presso la Biblioteca civica: alle 9.30 accoglienza, poi i saluti del sindaco; alle 11 tavola rotonda, a seguire pranzo; nel pomeriggio laboratori nella Sala Verde.'],
    ['a programme after the place and a colon, in parts of the day (es)', 'Jornada en Huesca\nEl sábado 14 de marzo de 2026 en la Biblioteca Municipal: por la mañana, ponencias; por la tarde, talleres en la sala 2, y luego una mesa redonda.'],
    ['a programme after the place and a colon, its afternoon in another room (en)', 'Conference in Leeds\nOn Saturday 14 March 2026 the conference takes place at the Central Library: in the morning, keynote talks; in the afternoon, workshops in Room 2, then a panel.'],
    ['the X names the first place, the next thing has none (de)', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, findet ein Vortrag zum Asylrecht im Rathaus statt. Nach dem Vortrag im Rathaus gibt es eine Diskussion mit dem Publikum.'],
    ['after the talk, questions with no place (en)', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a talk on asylum law takes place at the Central Library. After the talk, there will be questions from the audience.'],
    ['after the talk, at its own place (fr)', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence sur le droit d\'asile aura lieu à la Maison des associations. Après la conférence, un débat se tiendra à la Maison des associations.'],
    ['after the conference at its place, a visit with none (it)', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 si terrà un convegno sul diritto d\'asilo presso la Biblioteca civica. Dopo il convegno presso la Biblioteca civica, i partecipanti potranno visitare la mostra.'],
    ['two kinds of one workshop at one place (fr)', 'Semaine des réfugiés à Lyon\nLe samedi 16 mai 2026, des ateliers d\'écriture et de dessin sont proposés à la Maison des associations.'],
    ['followed by lunch, no place of its own (en)', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a conference on housing rights takes place at the Central Library at 10:00, followed by a lunch.'],
    ['followed by a debate, no place of its own (fr)', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence aura lieu à la Maison des associations à 10h, suivie d\'un débat.'],
    ['then a discussion (de)', 'Woche der Begegnung in Kassel\nAm Samstag, 14. März 2026, findet um 10 Uhr ein Vortrag im Rathaus statt, anschließend eine Diskussion.'],
    ['followed by a debate (it)', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 alle 10 si terrà un convegno presso la Biblioteca civica, seguito da un dibattito.'],
    ['followed by questions (es)', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 a las 10:00 se celebrará una conferencia en la Biblioteca Municipal, seguida de un coloquio.'],
    ['followed by a debate at a later hour in the same room (fr)', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence aura lieu à la Maison des associations à 10h, suivie d\'un débat à 11h30 dans la même salle.'],
    ['a place said after the whole sentence\'s things (fr)', 'Semaine des réfugiés à Lyon\nLe samedi 14 mars 2026, une conférence sur le droit d\'asile, suivie d\'un débat, aura lieu à la Maison des associations.'],
    ['a place said after the whole sentence\'s things (en)', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a talk on asylum law, followed by a discussion, takes place at the Central Library.'],
    ['a place said after the whole sentence\'s things (es)', 'Semana intercultural en Huesca\nEl sábado 14 de marzo de 2026 se celebrará una charla sobre asilo, seguida de un coloquio, en la Biblioteca Municipal.'],
    ['the day closes at its own place (en)', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a workshop on housing rights takes place at the Central Library from 10:00 to 13:00. The day closes with a shared lunch at the Central Library.'],
    ['the day closes at its own place (it)', 'Settimana dell\'accoglienza a Parma\nSabato 14 marzo 2026 dalle 10 alle 13 si terrà un laboratorio sui diritti presso la Biblioteca civica. La giornata si chiuderà con un concerto presso la Biblioteca civica.'],
    ['the afternoon at the same place (fr)', 'Semaine des réfugiés à Lyon\nSamedi 14 mars 2026 : le matin, atelier sur le droit au logement à la Maison des associations ; l\'après-midi, suite de l\'atelier à la Maison des associations.'],
    ['the same day again, at the same place and within its hours (en)', 'Refugee Week in Leeds\nOn Saturday 14 March 2026 a conference on housing rights takes place at the Central Library from 10:00 to 16:00. A panel follows on the same day at 14:00 at the Central Library.'],
    ['a second town inside the first session\'s hours (de)', 'Woche der Begegnung\nDie Infoveranstaltung zum Asylrecht findet am Dienstag, 17. März 2026, von 10 bis 16 Uhr in Kassel und um 15 Uhr in Fulda statt.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

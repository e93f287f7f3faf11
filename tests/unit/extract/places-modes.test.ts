// Mode, place and title rules added for real pages (issue 12, round 3). Sentences are written
// here for the tests, in the five languages; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { decideMode, modeCues, modeNear } from '../../../lib/extract/mode.ts';
import { cityIn, looksLikeAddress, mainCity, placeFromValue, townAfterPreposition } from '../../../lib/extract/place.ts';
import { headline, phraseTitle, sentenceTitle } from '../../../lib/extract/title.ts';
import { readText } from '../../../lib/extract/text.ts';
import { venueIn, venueLine } from '../../../lib/extract/venue.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const modeOf = (text: string, hasVenue = false) => decideMode(modeCues(foldKeepLength(text)), hasVenue);
const now = new Date('2026-12-31T23:40:00Z');

describe('mode: gatherings that only happen in a place, hybrid wording, plural online formats', () => {
  it.each([
    ['The summer festival of the neighbourhood returns on Saturday.', false, 'in-person'],
    ['Benefizlauf durch die Altstadt am Sonntag.', false, 'in-person'],
    ["Concert de la chorale du quartier, entrée libre.", false, 'in-person'],
    ['Sfilata dei carri e cena in piazza.', false, 'in-person'],
    ['Pasacalles y conciertos en el barrio.', false, 'in-person'],
    // A place-only word next to an online event does not make it hybrid.
    ['Webinar on Zoom, followed by a virtual exhibition.', false, 'online'],
    ['Im Anschluss an den Arbeitsmarkt-Workshop gibt es keinen Markt.', false, undefined],
    // Attending online besides a venue: hybrid.
    ['La charla será en la sede del centro, con posibilidad de asistencia online.', true, 'hybrid'],
    ['Die Tagung im Rathaus kann man auch online verfolgen.', true, 'hybrid'],
    ['La rencontre aura lieu en présentiel ou en ligne.', false, 'hybrid'],
    ["L'incontro si terrà in presenza o online.", false, 'hybrid'],
    ['Participants can join in person or online.', false, 'hybrid'],
    // Plural online formats and video platforms.
    ['In der Woche danach finden fünf digitale Workshops statt.', false, 'online'],
    ['Alle Treffen werden über die Videoplattform abgehalten.', false, 'online'],
    ['Las reuniones se celebraron por medios telemáticos.', false, 'online'],
    // "Blended" as a learning format says nothing about the meeting.
    ['The partners prepared the blended mobility of the learners.', true, 'in-person'],
    ['A blended meeting for all partners.', false, 'hybrid'],
    ['Die Veranstaltung findet digital statt.', false, 'online'],
    ['Participation possible sur place ou à distance.', true, 'hybrid'],
    ['The event will take place online and at the venue.', true, 'hybrid'],
    ['Curso en modalidad semipresencial.', false, 'hybrid'],
    ['Si potrà partecipare anche da remoto.', true, 'hybrid'],
  ])('%s', (text, hasVenue, expected) => {
    expect(modeOf(text, hasVenue)).toBe(expected);
  });
});

describe('venues: rooms in lower case, after a time, in brackets, heading a line; offices and speakers are not venues', () => {
  it.each([
    ['Venerdì i lavori si apriranno presso la sala consiliare del municipio, alle 9.', { name: 'sala consiliare del municipio' }],
    ['Réunion mercredi à 18h, salle Polyvalente Jean Moulin (entrée par la cour).', { name: 'salle Polyvalente Jean Moulin' }],
    ['SÁBADO 3 DE MAYO (Centro Cívico La Granja)', { name: 'Centro Cívico La Granja' }],
    ['Casa de la Cultura: exposición de fotografía (del 3 al 9 de mayo)', { name: 'Casa de la Cultura' }],
    ['Die Gäste treffen sich im Kulturbahnhof Nord am Abend.', { name: 'Kulturbahnhof Nord' }],
    ['Les migrants sont accueillis au Centre d’Accueil de Jour du quartier.', { name: 'Centre d’Accueil de Jour' }],
    ['El Centro Cultural Río Verde acogió ayer una jornada informativa.', { name: 'Centro Cultural Río Verde' }],
    ['Para participar hay que inscribirse en las dependencias de la Concejalía de Cultura.', undefined],
    ['Anmeldung bitte im Büro des Vereins im Rathaus Süd.', undefined],
    ["La réunion aura lieu dans les locaux de l'association Horizon Partage.", { name: 'Horizon Partage' }],
    ['Ci vediamo nella sala civica di Lesmo alle nove.', { name: 'sala civica di Lesmo' }],
    ['The meeting will take place at the Town Hall of Leuven.', { name: 'Town Hall of Leuven' }],
    ['Die Veranstaltung findet im Rathaus Schöneberg statt.', { name: 'Rathaus Schöneberg' }],
    ['La jornada será en el Centro Cívico Las Tablas.', { name: 'Centro Cívico Las Tablas' }],
    ['Sabato ore 9.30 - 12.30 Sala Convegni Villa Verde, via dei Tigli 4', { name: 'Sala Convegni Villa Verde' }],
    ['Die Lesung findet in der Buchhandlung Lesezeichen statt.', { name: 'Buchhandlung Lesezeichen' }],
    ['Martedì 4 maggio - Giardini Margherita, ingresso da via Castiglione', { name: 'Giardini Margherita' }],
    ['Dal 3 al 9 maggio - Sala del Centro Civico Navile, via Marco Polo 51', { name: 'Sala del Centro Civico Navile' }],
    ["Convegno alle 9.30 nell'Aula Magna dell'Università di Pavia.", { name: "Aula Magna dell'Università di Pavia" }],
    ['Wir laden in die Begegnungsstätte Lindenhof ein.', { name: 'Begegnungsstätte Lindenhof' }],
  ])('%s', (text, expected) => {
    const venue = venueIn(text);
    expect(venue && { name: venue.name }).toEqual(expected);
  });

  it('a square around which a gathering takes place', () => {
    expect(venueIn('La fiesta tuvo lugar en el entorno de la plaza Mayor del barrio.')?.address).toBe('plaza Mayor');
  });

  it.each([
    ['Dott.ssa Anna Bianchi, Direttrice della Fondazione Aurora', undefined],
    ['Prof. Jean Martin, Université de Lille', undefined],
    ['Sala Europa – Palazzo dei Congressi', 'Sala Europa'],
  ])('venue line %s', (line, name) => {
    expect(venueLine(line)?.name).toBe(name);
  });

  it.each([
    // (The place a date line gives after its date: the café, with its street.)
    ['4. Mai 2027 um 19 Uhr im Café Sonne, Lindenstraße 3', { name: 'Café Sonne', address: 'Lindenstraße 3' }],
    ['Caritas diocesana, via Roma 3, Lecce', { name: 'Caritas diocesana', address: 'via Roma 3, Lecce', city: 'Lecce', country: 'IT' }],
    ['Torino, Palazzo Nuovo - via Po, 18', { name: 'Palazzo Nuovo', address: 'via Po, 18', city: 'Torino', country: 'IT' }],
    ['24th of May 2027, Maison de la Paix, Rue de la Loi 5, 1000 Bruxelles', { name: 'Maison de la Paix', address: 'Rue de la Loi 5, 1000 Bruxelles', city: 'Bruxelles', country: 'BE' }],
  ])('place %s', (value, expected) => {
    expect(placeFromValue(value)).toEqual(expected);
  });

  it.each([
    ['„Auf dem richtigen Weg: 5 Jahre Beratung“', false],
    ['Rue de la Loi 5, 1000 Bruxelles', true],
    ['12 rue des Lilas, Lyon', true],
    ['Eine Gasse voller Geschichten erzählt von 40 Jahren', false],
    ['Conference on 4 May 2027 in Brussels, also streamed live.', false],
    ['Keizersgracht 12, 1015 CS Amsterdam', true],
  ])('address %s', (line, expected) => {
    expect(looksLikeAddress(line)).toBe(expected);
  });

  it.each([
    ['Im Rahmen der Aktionswoche gibt es Führungen.', undefined],
    ['Das Fest wurde in Kooperation mit der Schule organisiert.', undefined],
    ['La fiesta se celebra en honor a Santa Lucía.', undefined],
    ['La quota va da Euro 30 a Euro 42.', undefined],
    ['Trabajó varios años en Canarias.', undefined],
    ['Das Treffen fand in Stadtlohn statt.', { city: 'Stadtlohn', country: 'DE' }],
  ])('town %s', (text, expected) => {
    expect(townAfterPreposition(text)).toEqual(expected);
  });
});

describe('the town a page is about', () => {
  it.each([
    ['Integration forum\n\nMechelen, Belgium\n\nTwo days of talks.', 'Mechelen'],
    ['Incontro a Marsciano\nMarsciano (PG)\nUna serata di dialogo.', 'Marsciano'],
    ['À Talence, une réunion.\nLes voisins de Talence accueillent les familles arrivées de Calais.\nRéunion à Talence le 3 mai.', 'Talence'],
    ['Choir of the Roma community sings in Halifax; the Roma families of the town joined. Halifax welcomes them.', 'Halifax'],
    ['Festa in Roma. Le comunità di Roma si incontrano.', 'Roma'],
    ['Semana de la diversidad\nEl Ayuntamiento de Villaverde organiza talleres y cine.', 'Villaverde'],
    ['Woche der Begegnung\nDie Stadt Hattersheim lädt ein. In Hattersheim leben viele Familien.', 'Hattersheim'],
    ['Sprachcafé öffnet wieder\n\nWALDBRÖL-HERMESDORF Das Sprachcafé für Geflüchtete öffnet am Montag.', 'Waldbröl-Hermesdorf'],
    ['EESC, Room JDE 62\nSection meeting.', undefined],
    ['DES MIGRATIONS – exposition à la médiathèque', undefined],
    ['PROGRAMA\nMARTES 20 DE MAYO\nTaller de cocina.', undefined],
  ])('%s', (text, city) => {
    expect(mainCity(text, foldKeepLength(text))?.city).toBe(city);
  });

  it('a French "en" or an Italian "in" leads to a country or a region, not a town', () => {
    const fr = 'Il a travaillé en Érythrée avant de venir. Il a travaillé en Érythrée comme cuisinier.';
    expect(mainCity(fr, foldKeepLength(fr), 'fr')).toBeUndefined();
    const it = 'Lavorava in Eritrea prima di arrivare. In Eritrea faceva il cuoco.';
    expect(mainCity(it, foldKeepLength(it), 'it')).toBeUndefined();
  });

  it('a platform named once after the dates makes the series online when the page names no venue', () => {
    const text = 'Werkstattreihe Integration\n\nDie Werkstatt am Montag, 4. Oktober 2027 um 18 Uhr behandelt Sprachkurse. '
      + 'Die Werkstatt am Dienstag, 5. Oktober 2027 um 18 Uhr behandelt Arbeit.\n\nAlle Termine finden über Zoom statt; den Link gibt es nach der Anmeldung.';
    expect(extractEvents(text, { now }).events.map((e) => e.mode)).toEqual(['online', 'online']);
  });

  it('gives its town to a venue named without one, and to a place-only gathering', () => {
    const film = extractEvents('Semana intercultural en Fuengirola\n\nEl martes 5 de mayo de 2026 a las 20:00 habrá una proyección en el Cine Alfil.', { now }).events[0];
    expect(film?.location).toMatchObject({ name: 'Cine Alfil', city: 'Fuengirola' });
    expect(film?.mode).toBe('in-person');
    const run = extractEvents('Citylauf in Stadtlohn\n\nDer Lauf startet am Freitag, 30. April 2027, um 18 Uhr.', { now }).events[0];
    expect(run?.location).toEqual({ city: 'Stadtlohn', country: 'DE' });
    expect(run?.mode).toBe('in-person');
  });

  it("a page about one event takes its venue line's venue with the town its date line gave", () => {
    const text = 'Forum on integration\n\nDate and place: 4 – 5 May 2027 in Brussels, Belgium\nVenue: Hotel Lumière & Conference Centre\n\nTwo days of debates with practitioners.';
    expect(extractEvents(text, { now }).events[0]?.location).toMatchObject({ name: 'Hotel Lumière & Conference Centre', city: 'Brussels' });
  });

  it("a venue named in an event's paragraph, one sentence before its date", () => {
    const text = 'Sommer im Viertel\n\nDas Sommerfest für alle Nachbarn und Geflüchteten findet im Bürgerhaus Nord statt. Es beginnt am Samstag, 8. Mai 2027, um 15 Uhr.\n\nDer Sprachkurs startet am Montag, 10. Mai 2027, um 18 Uhr im Rathaus Süd.';
    expect(extractEvents(text, { now }).events.map((e) => e.location?.name)).toEqual(['Bürgerhaus Nord', 'Rathaus Süd']);
  });

  it('a monsignor is not the town of Mons', () => {
    const text = 'Convegno sulle migrazioni\n\nRoma, Palazzo Valentini, 9 marzo 2027\n\nOre 17 Apertura\n\nMons. Paolo Verdi, Direttore della Fondazione Aurora';
    const location = extractEvents(text, { now }).events[0]?.location;
    expect(location?.city).not.toBe('Mons');
    expect(location?.name ?? '').not.toMatch(/Mons\./);
  });
});

describe('titles: furniture is not a name; a long sentence gives its event phrase', () => {
  it.each([
    ['Zum Inhalt springen Zum Hauptmenü springen\nLogo der Stadt Musterstadt\nSprachcafé für Neuzugewanderte\n\nText.', 'Sprachcafé für Neuzugewanderte'],
    ['image header\nFachforum Arbeit und Flucht\n\nText.', 'Fachforum Arbeit und Flucht'],
    ['With the financial support of the European Union\nConference on reception policies\n\nText.', 'Conference on reception policies'],
    ['Programme\nJournée d’accueil des familles\n\nTexte.', 'Journée d’accueil des familles'],
    ['Non ci sono risultati\nCena dei popoli a Modena\n\nTesto.', 'Cena dei popoli a Modena'],
  ])('%s', (text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });

  it.each([
    ['Ein Diskussionsabend zum Thema Asyl findet am Freitag, den 4. Mai, im großen Saal der Volkshochschule statt', 'Diskussionsabend zum Thema Asyl'],
    ['Proprio in questa occasione si inserisce la Festa dei Popoli organizzata dalla parrocchia per la domenica successiva', 'Festa dei Popoli'],
  ])('%s', (sentence, expected) => {
    expect(sentenceTitle(sentence, { start: 0, end: sentence.length })).toBe(expected);
  });

  it('stops an event phrase at who organises it', () => {
    expect(phraseTitle('Il sabato la Festa delle Culture organizzata dal Comune riempie la piazza.', 0)).toBe('Festa delle Culture');
  });
});

describe('mid-size towns the city list knows, and words it leaves out', () => {
  it.each([
    ['Das Erzählcafé trifft sich in Esslingen am Montag.', { city: 'Esslingen', country: 'DE' }],
    ['Das Fest findet in Frankfurt am Main statt.', { city: 'Frankfurt am Main', country: 'DE' }],
    ["La rencontre a lieu à Villeneuve-d'Ascq.", { city: "Villeneuve-d'Ascq", country: 'FR' }],
    ['La jornada será en Jerez de la Frontera.', { city: 'Jerez de la Frontera', country: 'ES' }],
    // Common words and first names are not towns.
    ['A talk on the Gender Pay Gap with Nancy Lens.', undefined],
    ['Como cada año, el encuentro reúne a familias.', undefined],
  ])('%s', (text, expected) => {
    expect(cityIn(text)).toEqual(expected);
  });
});

describe('a place field of the date block outweighs an online word in another line', () => {
  it.each([
    ['dates: 3-4 march 2022', ['place: porto (pt)', 'preceded by an online meeting in february'], true, 'in-person'],
    ['date : 12 mai 2024', ['lieu : salle des fetes, brioude', 'la reunion precedente s\'etait tenue en ligne'], true, 'in-person'],
    // The field itself says online, or the event's own words do: online.
    ['dates: 3-4 march 2022', ['place: online (zoom)'], false, 'online'],
    ['webinar on 3 march 2022', ['place: porto (pt)'], true, 'online'],
    // No place field: the online word decides as before.
    ['termin: 5. mai 2024', ['das treffen findet online statt'], false, 'online'],
  ])('%s / %j', (own, block, hasVenue, mode) => {
    expect(modeNear(own, block, hasVenue)).toBe(mode);
  });
});

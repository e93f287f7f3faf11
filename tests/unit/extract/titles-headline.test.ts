import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { slotBelow } from '../../../lib/extract/draft.ts';
import { headingAbove, headline, headlineSubject, inContext, isSectionName, namesNothing, phraseTitle, quotedTitle, sameGatheringNamed, segmentTitle, sentenceTitle, singleEventName } from '../../../lib/extract/title.ts';
import { readText } from '../../../lib/extract/text.ts';

const now = new Date('2026-12-31T23:40:00Z');
const titles = (text: string, published?: string) => extractEvents(text, { now, ...(published ? { published } : {}) }).events.map((e) => e.title);

// Pages copied from the web open with what is around the headline: a site's tagline, a "back to
// top" link, a picture's caption, the date line. The event's name is the line that names it.
describe('the headline among the first lines of a page', () => {
  it.each([
    ['a two-word link before it', 'Go Top\n\nConférence : « Renvois et droit d’asile »\n\nsamedi 11.03.23\nLa conférence a lieu le 11 mars 2023 de 17h à 20h à Lausanne.', 'Conférence : « Renvois et droit d’asile »'],
    ['a site tagline before it', 'Stadtjournal mit kleinen und großen Neuigkeiten\n\nBerufsmesse für Geflüchtete im Rathaus\n\nDie Messe findet am 29. Juni 2016 von 10 bis 16 Uhr statt.', 'Berufsmesse für Geflüchtete im Rathaus'],
    ['a headline broken over three lines', 'Public seminar on\nHousing for refugee families:\nwhat cities can do\n\nMonday 22 February 2016, 14:30 – 18:00\n\nThe seminar takes place in Brussels.', 'Public seminar on Housing for refugee families: what cities can do'],
    ['a section name as the last step of a breadcrumb', 'Home » Eventi » Convegni\n\nAccoglienza diffusa: esperienze a confronto\n\nIl convegno si terrà il 14 marzo 2024 a Bologna.', 'Accoglienza diffusa: esperienze a confronto'],
  ])('%s', (_name, text, expected) => {
    expect(titles(text)).toEqual([expected]);
  });

  it.each([
    ['a picture caption', 'Captura de pantalla 2026-01-31 a las 10.32.24\n\nJornada sobre la regularización de personas migrantes\n\nLa jornada será el 13 de marzo de 2026.', 'Jornada sobre la regularización de personas migrantes'],
    ['a breadcrumb that ends on the page\'s name', 'Inicio » Día del refugiado: charla y proyección\n\nPublicado en Noticias\n\nLa charla será el lunes 19 de junio.', 'Día del refugiado: charla y proyección'],
  ])('passes over %s', (_name, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });

  it.each([
    ['a date line with its time', '17th November 2023, 09h00 to 13h30\nPress Club, Rue Haute 12, 1000 Brussels\n\nECRE organises a policy roundtable on jobs for newcomers.'],
    ['a street address', 'Rue Haute 12, 1000 Brussels\n\nThe roundtable meets there at 10:00.'],
    ['an address slug', 'convento-de-san-esteban-salamanca\n\nCáritas organiza una jornada.'],
  ])('is not %s', (_name, text) => {
    const first = text.split('\n')[0]!;
    expect(headline(readText(text))).not.toBe(first);
  });

  it.each([
    ['a field heading', 'About this event\n\nAfrica Day online gathering 2021\n\nJoin us on Tuesday 25 May 2021 at 19:00.', 'Africa Day online gathering 2021'],
    ['a photo credit without a colon', 'Foto cedida por el Ayuntamiento\n\nFiesta intercultural en la plaza mayor\n\nSe celebra el sábado 20 de mayo de 2017.', 'Fiesta intercultural en la plaza mayor'],
  ])('passes over %s', (_name, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });

  it.each([
    ['a call to subscribe (en)', 'Subscribe to our newsletter!\n\nMigrant women in the labour market\n\nThe sixth seminar on work is on 3 May 2024.', 'Migrant women in the labour market'],
    ['a link to the site\'s own page (fr)', 'Contactez-nous pour en savoir plus\n\nAccueil des exilés : un état des lieux\n\nLa rencontre sur ce thème a lieu le 3 mai 2024.', 'Accueil des exilés : un état des lieux'],
    ['a call to read on (it)', 'Leggi tutto l’articolo sul sito\n\nCittadinanza e lavoro: idee a confronto\n\nNe parliamo il 3 maggio 2024 a Bologna.', 'Cittadinanza e lavoro: idee a confronto'],
    ['a field of the event, not its name (de)', 'Ort: Bürgerhaus Mitte, Treffen im großen Saal\n\nSprachcafé für Neuzugewanderte\n\nAm 3. Mai 2024 um 17 Uhr.', 'Sprachcafé für Neuzugewanderte'],
    ['a picture\'s file name (es)', '20160413 Jornada Acogida 12\n\nJornada de acogida para familias refugiadas\n\nSerá el 3 de mayo de 2024.', 'Jornada de acogida para familias refugiadas'],
  ])('passes over %s', (_name, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });

  it('keeps a headline that only starts like a site\'s prompt', () => {
    expect(headline(readText('Newcomers’ newsletter workshop in Ghent\n\nThe workshop is on 3 May 2024.'))).toBe('Newcomers’ newsletter workshop in Ghent');
  });

  it('keeps a first line that is the headline although an event word comes later', () => {
    expect(headline(readText('Café International feiert zweiten Geburtstag\n\nDas Begegnungscafé öffnet am Dienstag.'))).toBe('Café International feiert zweiten Geburtstag');
  });
});

describe('words that say when, not what', () => {
  it.each([
    ['Jeudi 23 avril 2015 à 20h', true],
    ['21 Novembre 2016, ore 15.30-18.30', true],
    ['A Roma, venerdì 5 maggio 2017 dalle ore 16,00', true],
    ['18:00 horas', true],
    ['Vienna, 29-30 September 2011', true],
    ['Samstag, 3. Mai: Fachtag Integration', false],
    ['14 mars : conférence « Exil et accueil »', false],
    ['Refugee Week 2016: Welcome', false],
    ['Uhr', true],
    ['LocalNoticiasProvincialSolidaridad', true],
    ['Café International', false],
  ])('%s', (text, expected) => {
    expect(namesNothing(text)).toBe(expected);
  });

  it('names each evening of a film series by its own line, not by its time', () => {
    const text = 'Ciclo de cine y migraciones\n\nMiércoles 2 de marzo de 2016\n18:00 horas\nCentro Cultural Lecrác\n\nJueves 3 de marzo de 2016\n18:00 horas\nCentro Cultural Lecrác';
    for (const title of titles(text, '2016-02-20')) expect(title).not.toMatch(/^h?oras$/i);
  });

  it('does not name an event after a film\'s credits in brackets or a photo credit', () => {
    const text = 'Cinéma et exil\n\nUn Paese di Calabria\n(France, Italie, Suisse - 2017 - 1h31)\nFoto: Anna Muster\nProjection le dimanche 1er avril 2018 à 18h, puis le lundi 2 avril 2018 à 20h30.';
    for (const title of titles(text, '2018-03-27')) {
      expect(title).not.toMatch(/^\(France/);
      expect(title).not.toMatch(/^Foto/);
    }
  });
});

// A news headline says what happened ("Newcomers in Ourense learn the new rules"); the gathering's
// own name is often a quoted one in the first paragraphs, after its event word.
describe('the name of a page\'s one event', () => {
  it.each([
    ['a quoted name under a news headline (es)', 'Los vecinos recién llegados conocen las nuevas reglas\n\nLa asociación organiza una jornada informativa “Claves de la regularización” el 13 de marzo de 2026 a las 18:00 horas en Ourense.', 'Jornada informativa “Claves de la regularización”'],
    ['a quoted name under a news headline (en)', 'ECRE brings advocates and officials together\n\nECRE is organising a policy roundtable entitled “Jobs for newcomers” on 17 November 2023 in Brussels.', 'Policy roundtable “Jobs for newcomers”'],
    ['the sentence\'s own quoted name before the headline', 'Fachtag Integration im Ehrenamt\n\nDer Fachtag „Vielfalt vor Ort“ findet am 14. Oktober 2017 in Ulm statt.', 'Fachtag „Vielfalt vor Ort“'],
    ['a headline that names the gathering before a quoted name elsewhere', 'Sprachcafé für Neuzugewanderte im Stadtteilzentrum\n\nWie beim Workshop „Deutsch im Alltag“ im Mai sprechen alle miteinander.\n\nDas Sprachcafé beginnt am 14. Oktober 2017 um 17 Uhr.', 'Sprachcafé für Neuzugewanderte im Stadtteilzentrum'],
  ])('%s', (_name, text, expected) => {
    expect(titles(text)).toEqual([expected]);
  });

  it.each([
    ['a headline that only says the kind of gathering (fr)', 'Colloque international\n\nLe colloque international « Travail social et exil » réunit chercheurs et praticiens.\n\nIl aura lieu le 23 mai 2024 à Lyon.', 'Colloque international « Travail social et exil »'],
    ['a headline that only says the kind of gathering (en)', 'International Conference\n\nThe conference “Work as a way in” brings cities and employers together.\n\nIt takes place on 18 April 2013 in Brussels.', 'Conference “Work as a way in”'],
  ])('%s gives way to the quoted name', (_name, text, expected) => {
    expect(titles(text)).toEqual([expected]);
  });

  it('keeps a short headline that names the gathering when no quoted name follows', () => {
    expect(titles('Colloque international\n\nLe colloque aura lieu le 23 mai 2024 à Lyon.')).toEqual(['Colloque international']);
  });

  it.each([
    ['a German host in the genitive', 'Das Thema steht im Mittelpunkt des Integrationskongresses der Friedrich-Ebert-Stiftung am 6. März 2016 in Berlin, zu dem viele Gäste aus ganz Deutschland erwartet werden.', 'Integrationskongresses der Friedrich-Ebert-Stiftung'],
    ['a German verb that looks like an event word', 'In Graz können Flüchtlinge am 29. Juni 2016 viele Arbeitgeber treffen und sich über offene Stellen informieren.', undefined],
    ['the same word as a German noun', 'Das Treffen der Ehrenamtlichen im Stadtteil findet am 29. Juni 2016 im Bürgerhaus statt, wie jedes Jahr im Sommer.', 'Treffen der Ehrenamtlichen im Stadtteil'],
  ])('the phrase of a long sentence: %s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });

  it.each([
    ['a joining word ends the name once it has its event word', 'Sabato si apre il ciclo di seminari formativi “Raccontare il territorio” a Sassari.', 'Seminari formativi “Raccontare il territorio”'],
    ['a name after "and" belongs to something else', 'Ein Artikel zum Fachtag und „Stark im Beruf“ folgt.', undefined],
    ['the event word may stand before "del"', 'Proiezione del docufilm “Cinque canestri” e dibattito.', 'Proiezione del docufilm “Cinque canestri”'],
    ['a name after words that introduce it, its event word further back (it)', 'Il convegno regionale organizzato dalla rete dal titolo “Rifugiati e lavoro” si terrà a Verona.', 'Convegno regionale “Rifugiati e lavoro”'],
    ['a name after words that introduce it (es)', 'La jornada informativa, titulada “Claves del proceso”, analizó los requisitos.', 'Jornada informativa “Claves del proceso”'],
    ['a motto after its event word (de)', 'Der Fachtag steht unter dem Motto „Vielfalt leben“ und beginnt um 9 Uhr.', 'Fachtag „Vielfalt leben“'],
    ['a title of something that is no gathering', 'Un libro dal titolo “Il viaggio” è stato presentato ieri.', undefined],
  ])('%s', (_name, sentence, expected) => {
    expect(quotedTitle(sentence)).toBe(expected);
  });
});

describe('a page title that names the site\'s section', () => {
  it.each([
    ['Agenda | Ville de Lyon', 'Ville de Lyon'],
    ['Veranstaltungen – Stadt Ulm', 'Stadt Ulm'],
    ['News', undefined],
  ])('%s gives way to the page\'s own headline', (title, sourceName) => {
    const text = 'Atelier CV pour personnes réfugiées\n\nL’atelier aura lieu le 3 mai 2024 de 14h à 16h à Lyon.';
    const events = extractEvents(text, { now, published: '2024-04-01', title, ...(sourceName ? { sourceName } : {}) }).events;
    expect(events.map((e) => e.title)).toEqual(['Atelier CV pour personnes réfugiées']);
  });

  it('keeps a page title that names the event', () => {
    const text = 'L’atelier aura lieu le 3 mai 2024 de 14h à 16h à Lyon.';
    expect(extractEvents(text, { now, published: '2024-04-01', title: 'Atelier CV pour personnes réfugiées | Ville de Lyon', sourceName: 'Ville de Lyon' }).events.map((e) => e.title)).toEqual(['Atelier CV pour personnes réfugiées']);
  });
});

// A section's name over a post ("Kurz", "En bref"), and a time alone on the line below a date, are no names.
describe('section names and times are not titles (written for these cases)', () => {
  it.each([
    ['de', 'KURZ\n\nNachbarschaftsfest im Stadtpark\n\nDas Fest beginnt am Samstag, 12. Juli 2025, um 15 Uhr.', 'Nachbarschaftsfest im Stadtpark'],
    ['fr', 'En bref\n\nRepas partagé avec les familles accueillies\n\nLe repas aura lieu le samedi 12 juillet 2025 à 12h.', 'Repas partagé avec les familles accueillies'],
  ])('a section name above the headline (%s)', (_lang, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });

  it.each([
    ['de', 'Donnerstag, 23. März 2017\n18.00 Uhr\nEintritt frei!', undefined],
    ['it', 'Giovedì 23 marzo 2017\n19.30 ORE\nIngresso libero', undefined],
    ['fr', 'Jeudi 23 mars 2017\n18h30 Soirée contes du monde\nEntrée libre', 'Soirée contes du monde'],
  ])('a time alone below the date is no title (%s)', (_lang, text, expected) => {
    expect(slotBelow(readText(text), 0)).toBe(expected);
  });
});

// What surrounds a headline on a real site: the site's own name, counters, a calendar's weekday
// row, calls to browse or to register, a list's section name, print and mail buttons.
describe('the site around a headline is no headline (written for these cases)', () => {
  it.each([
    ['the site\'s name (fr)', 'La Gazette du Sud\n\nRencontre avec les familles accueillies\n\nLa rencontre aura lieu le samedi 4 mars 2023 à 15h.', 'https://www.lagazettedusud.fr/article/2023/03/01/rencontre.html', 'Rencontre avec les familles accueillies'],
    ['the site\'s name (it)', 'Il Corriere di Lecco\n\nCena dei popoli in oratorio\n\nLa cena si terrà sabato 4 marzo 2023 alle 19.', 'https://corrieredilecco.it/2023/03/01/cena', 'Cena dei popoli in oratorio'],
    ['counters', '3 minutes 2 ans 325\n\nRepas partagé avec les exilés\n\nLe repas a lieu le samedi 4 mars 2023.', undefined, 'Repas partagé avec les exilés'],
    ['a calendar\'s weekday row', 'Mon Tue Wed Thu Fri Sat Sun\n\nWelcome evening for new neighbours\n\nThe evening is on Friday 3 March 2023 at 7pm.', undefined, 'Welcome evening for new neighbours'],
    ['a call to browse (en)', 'Browse our calendar!\n\nWelcome evening for new neighbours\n\nThe evening is on Friday 3 March 2023 at 7pm.', undefined, 'Welcome evening for new neighbours'],
    ['a call to register (de)', 'Neu hier? Jetzt kostenlos registrieren!\n\nBegegnungsabend im Gemeindehaus\n\nDer Abend beginnt am Freitag, 3. März 2023, um 19 Uhr.', undefined, 'Begegnungsabend im Gemeindehaus'],
    ['a list\'s section name (es)', 'Actividades\n\nCharla sobre el derecho de asilo\n\nLa charla será el viernes 3 de marzo de 2023 a las 19:00.', undefined, 'Charla sobre el derecho de asilo'],
    ['a tag archive\'s heading (de)', 'Schlagwortarchiv für: Flüchtlinge\n\nBegegnungsfest im Stadtteilzentrum\n\nDas Fest beginnt am Samstag, 4. März 2023, um 15 Uhr.', undefined, 'Begegnungsfest im Stadtteilzentrum'],
    ['a stock picture\'s caption (it)', 'Immagine di repertorio\n\nCena multietnica in parrocchia\n\nLa cena si terrà sabato 4 marzo 2023 alle 19.', undefined, 'Cena multietnica in parrocchia'],
    ['a link to the other events (fr)', 'Tous les autres événements sur le site de l’association\n\nCafé des langues pour les exilés\n\nLe café a lieu le samedi 4 mars 2023 à 15h.', undefined, 'Café des langues pour les exilés'],
    ['a list\'s section name (it)', 'Prossimi appuntamenti\n\nCorso di cucina con le donne migranti\n\nIl corso inizia venerdì 3 marzo 2023 alle 18.', undefined, 'Corso di cucina con le donne migranti'],
  ])('passes over %s', (_name, text, url, expected) => {
    expect(headline(readText(text), url)).toBe(expected);
  });

  it('keeps a headline that names a gathering after which the site is named (near miss)', () => {
    const text = 'Refugee Week 2023\n\nEvents across the country\n\nRefugee Week runs from 19 June 2023.';
    expect(headline(readText(text), 'https://refugeeweek.org.uk/2023/')).toBe('Refugee Week 2023');
  });

  it.each([
    ['es', 'Fiesta intercultural en el barrio PDF Imprimir E-mail\n\nLa fiesta será el sábado 4 de marzo de 2023.', 'Fiesta intercultural en el barrio'],
    ['de', 'Fest der Kulturen im Stadtpark Drucken E-Mail\n\nDas Fest beginnt am Samstag, 4. März 2023.', 'Fest der Kulturen im Stadtpark'],
  ])('drops the print and mail buttons after a headline (%s)', (_lang, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });
});

// A quoted name the sentence splitter cut at its question mark, and a compound word as a name.
describe('names the sentence alone does not hold whole (written for these cases)', () => {
  it.each([
    ['it', 'Programma.\n\nSi terrà venerdì 30 settembre 2022, dalle 9 alle 13, a Bergamo, il convegno: “Quale accoglienza? I comuni e i rifugiati”. Ingresso libero.\n\nAltre notizie del 2 ottobre 2022.', 'Convegno: “Quale accoglienza? I comuni e i rifugiati”'],
    ['fr', 'Programme.\n\nLe 30 septembre 2022 à 18h, à Lyon, aura lieu la table ronde « Quel accueil ? Les villes et les réfugiés ». Entrée libre.', 'Table ronde « Quel accueil ? Les villes et les réfugiés »'],
  ])('a quoted name read on past its question mark (%s)', (_lang, text, expected) => {
    expect(titles(text, '2022-09-01')[0]).toBe(expected);
  });

  it.each([
    ['a hyphenated compound', 'Das Team der Beratungsstelle machte seinen Teilnehmenden ein Angebot für ein Online-Seminar am 13. Mai 2020 in persischer und deutscher Sprache.', 'Online-Seminar'],
    ['a German compound', 'Diese unterschiedlichen Menschen sollen sich beim Integrationsfest kennen lernen, das am 19. August 2006 um 15 Uhr auf dem Marktplatz beginnt.', 'Integrationsfest'],
  ])('%s is a name by itself', (_name, sentence, expected) => {
    expect(sentenceTitle(sentence, { start: 0, end: sentence.length })).toBe(expected);
  });

  it('a bare kind of gathering is no name by itself (near miss)', () => {
    const sentence = 'La manifestazione è in programma per domenica prossima, 19 maggio 2019, a partire dalle 12 ed è promossa dalle comunità della diocesi.';
    expect(sentenceTitle(sentence, { start: 0, end: sentence.length })).not.toBe('Manifestazione');
  });
});

// A list item's words once its date is cut out may be a clause's remains, not a name.
describe('what is left of a clause is no list item name (written for these cases)', () => {
  const segment = (text: string, date: string) => segmentTitle(text, [[text.indexOf(date), text.indexOf(date) + date.length]]);
  it.each([
    ['es', 'Su inauguración será el 5 de abril', '5 de abril', undefined],
    ['de', 'Die Messe ist Teil der Woche am 5. April', '5. April', undefined],
    ['it', 'L’appuntamento: 5 aprile', '5 aprile', undefined],
    ['fr', 'Rendez-vous le 5 avril', '5 avril', undefined],
    ['it', 'torna la Festa dei Popoli il 5 aprile', '5 aprile', 'Festa dei Popoli'],
    ['de', 'einen Tag der offenen Tür am 5. April', '5. April', 'Tag der offenen Tür'],
    ['en', 'Final Conference 5 April', '5 April', 'Final Conference'],
    ['en', 'Partner meeting took place 5 April', '5 April', undefined],
    ['es', 'Encuentro de mujeres tuvo lugar el 5 de abril', '5 de abril', undefined],
  ])('(%s) %s', (_lang, text, date, expected) => {
    expect(segment(text, date)).toBe(expected);
  });
});

// A news headline that tells what someone does about a gathering gives way to the gathering's words.
describe('the gathering named inside a news headline (written for these cases)', () => {
  it.each([
    ['es', 'El Ayuntamiento de Soria organizará una jornada sobre empleo y refugiados\n\nLa jornada será el 3 de mayo de 2024.', 'Jornada sobre empleo y refugiados'],
    ['en', 'Project partners discuss next steps for the third year at the Final Partner Meeting\n\nThe meeting took place on 3 May 2024 in Riga.', 'Final Partner Meeting'],
    ['it', 'Il comune di Fano presenta tante novità per la Festa dei Popoli\n\nLa festa si terrà il 3 maggio 2024.', 'Festa dei Popoli'],
  ])('(%s)', (_lang, text, expected) => {
    expect(singleEventName(readText(text))).toBe(expected);
  });

  it.each([
    ['a name throughout', 'Participation and Co-creation for Refugee Integration in the EU Webinar\n\nThe webinar is on 3 May 2024.'],
    ['a headline that opens with its gathering', 'Festa dei Popoli: il comune presenta le novità\n\nLa festa si terrà il 3 maggio 2024.'],
  ])('keeps %s whole (near miss)', (_name, text) => {
    expect(singleEventName(readText(text))).toBe(text.split('\n')[0]);
  });
});

// Single quotation marks name too (‘…’); a ’ between two letters is an apostrophe and the name goes on.
describe('a name in single quotation marks (written for these cases)', () => {
  it.each([
    ['it', 'Il convegno ‘Casa dell’accoglienza’ si terrà il 9 ottobre 2022.', 'Convegno ‘Casa dell’accoglienza’'],
    ['es', 'Unas jornadas sobre ‘Migrar con derechos’ se celebran el 14 de enero de 2020.', 'Jornadas sobre ‘Migrar con derechos’'],
    ['en', 'The seminar ‘Welcoming cities at work’ took place on 8 May 2013.', 'Seminar ‘Welcoming cities at work’'],
  ])('(%s)', (_lang, sentence, expected) => {
    expect(quotedTitle(sentence)).toBe(expected);
  });

  it('is not an apostrophe alone (near miss)', () => {
    expect(quotedTitle('L’incontro dell’associazione si terrà il 9 ottobre 2022.')).toBeUndefined();
  });
});

// The last resort, a sentence that only says when, gives way to the page's headline.
describe('a title that says only when (written for these cases)', () => {
  it.each([
    ['es', 'Semana de cine sobre el exilio\n\nMiércoles 17\nA las 19 horas, en el salón de actos.\n\nJueves 18\nA las 19 horas, en el salón de actos.', 'Semana de cine sobre el exilio'],
    ['fr', 'Marche solidaire des exilés\n\nsamedi 15 décembre - 14h30\n\nRendez-vous place de la gare.', 'Marche solidaire des exilés'],
  ])('(%s)', (_lang, text, expected) => {
    expect(titles(text, '2018-12-01').every((t) => t === expected)).toBe(true);
  });

  it.each([
    ['an admission line (es)', 'Entrada libre hasta completar el aforo\n\nJornada de acogida\n\nSerá el 3 de mayo de 2024.', 'Jornada de acogida'],
    ['a partnership line (it)', 'In collaborazione con la Caritas diocesana\n\nFesta dei popoli\n\nSi terrà il 3 maggio 2024.', 'Festa dei popoli'],
    ['a street address in brackets (es)', 'Centro Cívico Norte (Avda. de la Paz, 26)\n\nCharla sobre asilo\n\nSerá el 3 de mayo de 2024.', 'Charla sobre asilo'],
  ])('passes over %s', (_name, text, expected) => {
    expect(headline(readText(text))).toBe(expected);
  });
});

describe('one gathering named twice over the same days (written for these cases)', () => {
  it.each([
    ['the same kind, one quoted name', 'Kick-off meeting in Poland', 'The kick-off meeting for the ‘SPREAD’ project', true],
    ['the same kind, the same quoted name', 'Seminario “Lavoro e asilo”', 'Il seminario “Lavoro e asilo” a Roma', true],
    ['two quoted names (near miss)', 'Película “Anantapur”', 'Película “África e infancia”', false],
    ['two kinds of gathering (near miss)', 'Exposición de fotografía', 'Concierto solidario', false],
  ])('%s', (_name, a, b, same) => {
    expect(sameGatheringNamed(a, b)).toBe(same);
  });
});

// A long sentence with no event phrase that quotes a name: the name, not the sentence cut short.
describe('the quoted name of a long sentence (written for these cases)', () => {
  const whole = (s: string) => sentenceTitle(s, { start: 0, end: s.length });
  it.each([
    ['it', 'Ritorna a Pesaro, dal 5 al 7 luglio, “Culture in piazza”, tre giorni che uniscono musica, cucina e racconti delle comunità arrivate in città negli ultimi anni.', '“Culture in piazza”'],
    ['de', 'Der Freundeskreis Asyl und die Kirchengemeinde laden am Freitag, 12. Mai, um 19 Uhr zu „Ankommen in der Fremde – Wege in die Arbeit“ ins Gemeindehaus ein, alle sind willkommen.', '„Ankommen in der Fremde – Wege in die Arbeit“'],
  ])('(%s)', (_lang, sentence, expected) => {
    expect(whole(sentence)).toBe(expected);
  });

  it.each([
    ['a hall\'s name (it)', 'Si terrà a Bari il 7 aprile 2017 dalle ore 10, presso l’Aula Magna “Aldo Moro” del Dipartimento di Scienze Politiche, con studenti, docenti e ospiti.'],
    ['a law\'s name (it)', 'Il progetto è finanziato dalla Regione ai sensi della legge regionale 3 marzo 2023, n. 9 “Norme in materia di accoglienza”, e si conclude a dicembre.'],
  ])('is not %s (near miss)', (_name, sentence) => {
    expect(whole(sentence)).not.toMatch(/^[“„"]/u);
  });
});

// The line above an event's date that says what it costs, where it is, or what the page's buttons do
// is no heading of the event; nor is a calendar's month, a "next event" label or the first day of a span.
describe('lines above a date that are no heading (written for these cases)', () => {
  const above = (text: string) => {
    const page = readText(text);
    const index = page.lineStarts.length - 1;
    return headingAbove(page, { start: page.lineStarts[index]!, end: page.text.length, index });
  };
  it.each([
    ['a price (fr)', 'Projection-débat sur l’exil\nTarif unique 5 euros\nsamedi 15 décembre à 20h'],
    ['a price (de)', 'Lesung und Gespräch\nEintritt: 8 €\nFreitag, 12. Mai, 19 Uhr'],
    ['an address in lower case (fr)', 'Réunion publique\nplace de la Mairie\njeudi 12 mai à 18h'],
    ['a venue alone (es)', 'Charla sobre asilo\nCasa de Cultura\njueves 12 de mayo, 19 horas'],
    ['a row of share buttons (en)', 'Welcome picnic\nShare Tweet Email\nSaturday 14 May, 12:00'],
  ])('skips %s', (_name, text) => {
    expect(above(text)).toBe(text.split('\n')[0]);
  });

  it.each([
    ['a calendar\'s month (fr)', '<< Septembre 2019 >>\n\nLa rencontre a lieu le 12 septembre 2019.'],
    ['a "next event" label (it)', 'Prossimo evento\n\nIncontro sull’accoglienza il 12 maggio 2024.'],
  ])('no headline from %s', (_name, text) => {
    expect(headline(readText(text))).not.toBe(text.split('\n')[0]);
  });

  it.each([
    ['fr', 'Dès le 05.11.2015 au 08.11.2015'],
    ['de', 'Vom 3. bis 5. Mai'],
    ['it', 'Dal 2 al 4 giugno'],
  ])('(%s) the first day of a span says when, not what', (_lang, line) => {
    expect(namesNothing(line)).toBe(true);
  });

  it.each([
    ['fr', 'Réunion publique'],
    ['en', 'Public meeting on housing'],
    ['es', 'Asamblea pública'],
  ])('(%s) a public gathering is no posting stamp (near miss)', (_lang, line) => {
    const page = readText(`${line}\njeudi 12 mai 2022`);
    expect(headingAbove(page, { start: page.lineStarts[1]!, end: page.text.length, index: 1 })).toBe(line);
  });

  it('a span that names its gathering names something (near miss)', () => {
    expect(namesNothing('Dal 2 al 4 giugno il festival “Popoli in festa”')).toBe(false);
  });
});

// A headline that says its gathering takes place, returns or opens: the subject is the gathering's name.
describe('the subject of a headline that says its gathering takes place (written for these cases)', () => {
  it.each([
    ['en', 'Refugee Football Cup set to take place in Leeds this weekend', 'Refugee Football Cup'],
    ['it', 'La Festa dei Popoli torna a Pesaro con tre giorni di musica', 'Festa dei Popoli'],
    ['fr', 'Le festival Migrant’scène revient à Lille en novembre', 'Festival Migrant’scène'],
    ['es', 'La Semana Intercultural de Teruel vuelve con charlas y cine', 'Semana Intercultural de Teruel'],
  ])('(%s)', (_lang, head, expected) => {
    expect(headlineSubject(head)).toBe(expected);
  });

  it.each([
    ['a date for subject (it)', 'Dal 2 al 4 giugno torna la festa in piazza'],
    ['a lower-case subject (en)', 'everything you need to know as the fair opens'],
    ['a clause for subject (de)', 'Trotz Regen, Kälte und Wind startet der Lauf'],
  ])('none from %s (near miss)', (_name, head) => {
    expect(headlineSubject(head)).toBeUndefined();
  });
});

// The folded text keeps its length, so "ß" stays "ß": German words are matched in both spellings.
describe('German words written with ß (written for these cases)', () => {
  it.each([
    ['Straße', 'Sprachcafé für Geflüchtete\nStraße der Einheit 5\nFreitag, 12. Mai, 17 Uhr'],
    ['Strasse', 'Sprachcafé für Geflüchtete\nStrasse der Einheit 5\nFreitag, 12. Mai, 17 Uhr'],
  ])('an address with %s is no heading above a date', (_name, text) => {
    const page = readText(text);
    expect(headingAbove(page, { start: page.lineStarts[2]!, end: page.text.length, index: 2 })).toBe('Sprachcafé für Geflüchtete');
  });
});

// On a page of several events, a title that is only a kind of gathering says which with the headline.
describe('a bare kind of gathering with the page headline (written for these cases)', () => {
  it.each([
    ['de', 'Auftakt', 'Interkulturelle Woche 2015', 'Auftakt – Interkulturelle Woche 2015'],
    ['es', 'Visita', 'Semana de los Derechos Humanos', 'Visita – Semana de los Derechos Humanos'],
    ['en', 'Activity', 'Transnational Project Meeting in Riga', 'Activity – Transnational Project Meeting in Riga'],
  ])('(%s)', (_lang, title, head, expected) => {
    expect(inContext(title, head)).toBe(expected);
  });

  it.each([
    ['a title with a name of its own', 'Lesung „Ankommen“', 'Interkulturelle Woche 2015'],
    ['a headline that names no gathering', 'Visita', 'Noticias del barrio'],
    ['a headline that already holds the word', 'Festival', 'Festival des solidarités 2024'],
    ['no headline', 'Seminar', undefined],
  ])('keeps %s (near miss)', (_name, title, head) => {
    expect(inContext(title, head)).toBe(title);
  });

  it('an icon\'s name is no word of the headline', () => {
    expect(headline(readText('angle-left Webmag - Semaine des réfugiés 2019\n\nLe 20 juin 2019, une conférence.'))).toBe('Webmag - Semaine des réfugiés 2019');
  });
});

describe('activities, in any of the five languages, name no gathering (written for these cases)', () => {
  it.each(['Actividades', 'Activities', 'Attività', 'Activités', 'Aktivitäten'])('%s', (word) => {
    expect(isSectionName(word)).toBe(true);
    expect(phraseTitle(`${word} el 3 de mayo de 2024.`, 0)).toBeUndefined();
  });
});

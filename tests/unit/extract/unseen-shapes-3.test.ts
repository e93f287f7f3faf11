import { describe, expect, it } from 'vitest';
import { extractEvents, type ExtractOptions } from '../../../lib/extract/index.ts';

// Shapes met on real pages of the development set, written here in our own words.
const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string, options: ExtractOptions = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.start);
const spans = (text: string, options: ExtractOptions = {}) => extractEvents(text, { now, ...options }).events.map((e) => [e.start, e.end]);

describe('a weekday said to be the next one, with its day number after the word for day', () => {
  it.each([
    ['es', 'El encuentro de asociaciones de inmigrantes se celebrará el próximo viernes, día 15, a partir de las 10 de la mañana.', ['2019-03-15T10:00']],
    ['it', 'Il convegno sull’accoglienza dei rifugiati si terrà venerdì prossimo, giorno 15, dalle 9 del mattino.', ['2019-03-15T09:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { published: '2019-03-05', lang })).toEqual(expected);
  });

  it('"de la mañana" after an hour is the morning, not tomorrow', () => {
    const text = 'La charla sobre asilo empezará el jueves 14 de marzo a las 10 de la mañana en la biblioteca.';
    expect(starts(text, { published: '2019-03-05', lang: 'es' })).toEqual(['2019-03-14T10:00']);
  });
});

describe('"la cita": a word for a gathering', () => {
  it.each([
    ['es', 'La cita con las asociaciones de migrantes será el 8 de marzo de 2019 en la plaza.', ['2019-03-08']],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { lang })).toEqual(expected);
  });

  it('an office\'s appointment ("cita previa") is not a gathering', () => {
    expect(starts('Oficina de extranjería: pida cita previa para el 8 de marzo de 2019 en la web.', { lang: 'es' })).toEqual([]);
  });
});

describe('hours and deadlines around a day are not days', () => {
  it('"dalle 18 alle 20 fino al 30 giugno": the 20 is an hour, and the course runs until June', () => {
    const text = 'Il corso di italiano per stranieri inizierà il 1 aprile e si terrà ogni lunedì e mercoledì dalle 18 alle 20 fino al 30 giugno.';
    expect(starts(text, { published: '2019-03-01', lang: 'it' }).filter((s) => s.startsWith('2019-06'))).toEqual([]);
  });

  it.each([
    ['it', 'Il convegno sui migranti si terrà il 20 marzo 2019 alle 10 in Comune. Il bando per i volontari scade il 30 aprile.'],
    ['es', 'La jornada sobre migrantes se celebrará el 20 de marzo de 2019 a las 10 horas. La convocatoria de ayudas se cierra el 30 de abril.'],
  ])('%s: a call that closes is a deadline', (lang, text) => {
    expect(starts(text, { lang })).toEqual(['2019-03-20T10:00']);
  });
});

describe('a date line over a long report', () => {
  it('the report\'s first sentence names the gathering the date heads', () => {
    const report = 'The first meeting of the partners was very promising. ' + 'The participants discussed the aims of the project and the courses to come, and agreed on how to share the work between the teams. '.repeat(6);
    expect(spans(`Graz, Austria\n23-26.11.2009\n${report}`)).toEqual([['2009-11-23', '2009-11-26']]);
  });
});

describe('a prose programme: one sentence, several days each with its own weekday and number', () => {
  it.each([
    ['it', 'Si comincia lunedì 11 marzo con un incontro sui rifugiati alle 18 in biblioteca; martedì 12 alle 17.30 laboratorio in sala civica; mercoledì 13 alle 21 proiezione al cinema.'],
    ['fr', 'Le programme commence le lundi 11 mars par une conférence sur l’exil à 18h à la médiathèque ; le mardi 12, atelier à 17h30 au centre social ; le mercredi 13, projection à 21h au cinéma.'],
  ])('%s', (lang, text) => {
    expect(starts(text, { published: '2019-03-01', lang })).toEqual(['2019-03-11T18:00', '2019-03-12T17:30', '2019-03-13T21:00']);
  });

  it('a project that starts on a day, with no hour, stays a period', () => {
    expect(starts('Le projet d’accueil des réfugiés commence le lundi 11 mars 2019 et durera deux ans.', { lang: 'fr' })).toEqual([]);
  });
});

describe('a time given once for all the events of a kind', () => {
  it('"Todos los conciertos serán a las diez de la noche" gives each dated concert its hour, inside the town\'s cultural programme', () => {
    const text = 'El Ayuntamiento presenta el programa cultural de las fiestas, que se desarrollará del 7 al 15 de septiembre. Todos los conciertos serán a las diez de la noche.\n\nEl grupo abrirá el programa de conciertos el 7 de septiembre. El viernes 10 será el concierto del cantante invitado.';
    expect(spans(text, { published: '2021-07-31', lang: 'es' })).toEqual([['2021-09-07', '2021-09-15'], ['2021-09-07T22:00', undefined], ['2021-09-10T22:00', undefined]]);
  });
});

describe('days counted from a posting day the page never shows', () => {
  it.each([
    ['de', 'Heute erhielten die Teilnehmer des Integrationskurses ihre Zeugnisse bei einer kleinen Feier in der Volkshochschule.', {}],
    ['es', 'Más de quince asociaciones de inmigrantes celebraron este sábado el festival intercultural en el Fórum.', { url: 'https://paper.example/noticia/202210/festival-intercultural' }],
  ])('%s: "today" or "this Saturday" with no day to count from gives nothing (not the run\'s clock)', (lang, text, options) => {
    expect(starts(text, { lang, ...options })).toEqual([]);
  });

  it('"ayer" counts from a day written day first in the address', () => {
    const text = 'La jornada celebrada ayer en la Cámara de Comercio reunió a empresas y asociaciones de inmigrantes.';
    expect(starts(text, { lang: 'es', url: 'https://radio.example/podcast/morning-show-27032024_abc.html' })).toEqual(['2024-03-26']);
  });

  it('"este sábado" on a page known to its month falls in the span of days the page gives', () => {
    const text = ' date 2018-12 El Ayuntamiento celebra este sábado una jornada festiva con las asociaciones de migrantes en el parque.\n\nLa fiesta abre la Semana Intercultural, que se celebra entre el 15 y el 18 de diciembre.';
    expect(spans(text, { lang: 'es' })).toEqual([['2018-12-15', '2018-12-18'], ['2018-12-15', undefined]]);
  });

  it.each([
    ['es', 'Las asociaciones de inmigrantes han conmemorado esta mañana con la lectura de un manifiesto el Día Internacional del Migrante en el salón de plenos.'],
    ['it', 'Si è svolta questa mattina la festa delle comunità straniere nella sala comunale.'],
    ['fr', 'La rencontre avec les familles réfugiées a eu lieu ce matin à la mairie.'],
    ['de', 'Heute Vormittag fand die Feierstunde für die Teilnehmer des Integrationskurses in der Volkshochschule statt.'],
  ])('%s: "this morning" is the posting day', (lang, text) => {
    expect(starts(text, { lang, published: '2016-12-16' })).toEqual(['2016-12-16']);
  });

  it('an agreement signed this morning is not a gathering', () => {
    const text = 'È stato siglato questa mattina dal Prefetto e dall’associazione un protocollo per i corsi di italiano ai profughi.';
    expect(starts(text, { lang: 'it', published: '2022-05-25' })).toEqual([]);
  });

  it('an Italian sentence full of "del" is read in Italian ("Domani si celebra ...")', () => {
    const text = 'Domani si celebra la 103ª Giornata Mondiale del Migrante e del Rifugiato. La diocesi propone un incontro di condivisione con le comunità straniere. Alle 12, nell’aula sinodale, la messa.';
    expect(starts(text, { url: 'https://radio.example/2017/01/14/giornata-migrante' })).toEqual(['2017-01-15T12:00']);
  });

  it('a day word inside a quoted title ("« Demain est si loin »") is no day', () => {
    const text = 'Date et heure\nmardi 01 Déc 2020\n19h00\n\nProjection-débat en ligne autour du film « Demain est si loin » sur l’exil.';
    expect(starts(text, { lang: 'fr' })).toEqual(['2020-12-01T19:00']);
  });
});

describe('background dates of other things', () => {
  it.each([
    ['es', 'El 4 de diciembre de 2000, la Asamblea General de las Naciones Unidas proclamó el Día Internacional del Migrante.'],
    ['en', 'On 4 December 2000 the General Assembly proclaimed International Migrants Day.'],
    ['it', 'Il convegno sui rifugiati, che affronta un tema sensibile alla vigilia delle elezioni del 4 marzo 2018, è stato annunciato oggi.'],
    ['fr', 'En raison des élections législatives qui se dérouleront les 30 juin et 7 juillet 2024, la fête des rues est annulée.'],
  ])('%s: a proclamation or a polling day is not a gathering', (lang, text) => {
    expect(starts(text, { lang })).toEqual([]);
  });
});

describe('past gatherings named by the sentence before or after', () => {
  it('"We had four project meetings. The first was ... from 23 to 27 March 2015; the second ..."', () => {
    const text = 'We had four project meetings. The first was in Larino, Italy, from 23 to 27 March 2015; the second was in Bourgas, Bulgaria, from 2 to 6 September 2015; the third was in Kayseri, Turkey, from 10 to 14 April 2016, and the fourth was in Sosnowiec, Poland, from 16 to 20 October 2016.';
    expect(starts(text)).toEqual(['2015-03-23', '2015-09-02', '2016-04-10', '2016-10-16']);
  });

  it('"... fand am 21.11.2016 in Berlin statt. Auf der jährlichen Konferenz ..."', () => {
    const text = 'Der diesjährige Tag der kommunalen Jobcenter fand am 21.11.2016 in Berlin statt. Auf der jährlichen Konferenz ging es um die Integration von Flüchtlingen.';
    expect(starts(text)).toEqual(['2016-11-21']);
  });
});

describe('words said and campaigns launched "today" are not gatherings', () => {
  it.each([
    ['es', 'La fiesta intercultural se celebra este sábado 20 de mayo en la plaza, tal como ha explicado hoy la concejal de Diversidad.', ['2017-05-20']],
    ['es', 'La fundación ha lanzado hoy, coincidiendo con el Día Mundial del Refugiado, una campaña de sensibilización sobre el empleo de personas refugiadas.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { lang, published: '2017-05-18' })).toEqual(expected);
  });
});

describe('a day of a programme with a place heading and its hour on each line', () => {
  it('"CENTRO CÍVICO. 12:00 h" and "CASA DE CULTURA. 20:15 h" under one day are two gatherings', () => {
    const text = 'Foro de las migraciones\nPrograma del foro\n3 al 24 de noviembre de 2015\n- 3 DE NOVIEMBRE 2015\nCENTRO CÍVICO. 12:00 h\nInauguración de la exposición sobre personas refugiadas\nCASA DE CULTURA. 20:15 h\nCine sobre migración: una película suiza\n4 DE NOVIEMBRE 2015\nCENTRO CÍVICO. 17:30 h\nCharla sobre asilo';
    const out = extractEvents(text, { now, lang: 'es' }).events;
    expect(out.map((e) => e.start)).toEqual(['2015-11-03', '2015-11-03T12:00', '2015-11-03T20:15', '2015-11-04T17:30']);
    expect(out[2]!.location?.name).toBe('CASA DE CULTURA');
    expect(out[2]!.title).toBe('Cine sobre migración: una película suiza');
  });
});

describe('"der Tag der Jobcenter": a named day a host holds is a gathering', () => {
  it('a report of it, with no other event word', () => {
    const text = 'Im Fokus des diesjährigen Tages der Jobcenter am 9. Mai 2017 stand die Integration von Geflüchteten.';
    expect(starts(text)).toEqual(['2017-05-09']);
  });

  it('a holiday is not', () => {
    expect(starts('Am Tag der Deutschen Einheit, dem 3. Oktober 2017, bleibt die Beratungsstelle für Geflüchtete geschlossen.')).toEqual([]);
  });
});

describe('an end said with a verb in a later sentence', () => {
  it.each([
    ['it', 'L’incontro con le comunità straniere si terrà sabato 16 marzo. Si aprirà alle 9:00 e si concluderà alle 16:00 con un rinfresco.', '2019-03-16T16:00'],
    ['es', 'La jornada sobre inmigración se celebrará el sábado 16 de marzo. Comenzará a las 9:00 y terminará a las 14:00 horas.', '2019-03-16T14:00'],
    ['es', 'La feria intercultural se celebrará el sábado 16 de marzo. Abrirá a las 10:00 y finalizará a las 20:00.', '2019-03-16T20:00'],
    ['fr', 'La journée des réfugiés aura lieu le samedi 16 mars. Elle ouvrira à 9h et prendra fin à 17h.', '2019-03-16T17:00'],
  ])('%s: %s', (lang, text, end) => {
    expect(extractEvents(text, { now, lang, published: '2019-03-01' }).events.map((e) => e.end)).toEqual([end]);
  });
});

describe('ceremonies', () => {
  it.each([
    ['es', 'La ceremonia de entrega de diplomas a los alumnos inmigrantes será el 8 de marzo de 2019.'],
    ['it', 'La cerimonia di consegna degli attestati agli studenti stranieri si svolgerà l’8 marzo 2019.'],
    ['de', 'Die Feierstunde für die Absolventen des Integrationskurses ist am 8. März 2019.'],
  ])('%s: %s', (lang, text) => {
    expect(starts(text, { lang })).toEqual(['2019-03-08']);
  });
});

describe('a start said with a verb in a later sentence', () => {
  it.each([
    ['it', 'Sabato 10 giugno si svolgerà la terza edizione della Festa dei Popoli, promossa dalla Diocesi. Nel pomeriggio inizieremo alle ore 16,00 con i giochi dal mondo.', '2023-06-10T16:00'],
    ['es', 'La fiesta intercultural se celebra el sábado 10 de junio en la plaza. La programación comenzará a las 11 de la mañana con juegos.', '2023-06-10T11:00'],
  ])('%s: %s', (lang, text, start) => {
    expect(starts(text, { lang, published: '2023-06-06' })).toEqual([start]);
  });
});

describe('the last day of a two-day programme', () => {
  it('its first slot alone says no end: the end is the day', () => {
    const text = 'Seminario sobre migraciones\nFecha: 25 y 26 de noviembre de 2024\n\nLunes 25 de noviembre\n09:00 Acreditación\n10:00 Mesa redonda sobre asilo\n\nMartes 26 de noviembre\n09:00 Taller de empleo\n13:30 Conferencia de clausura';
    expect(spans(text, { lang: 'es' })).toEqual([['2024-11-25T09:00', '2024-11-26']]);
  });
});

describe('a close\'s hour is no start', () => {
  it.each([
    ['fr', 'Le colloque sur l’accueil des exilés se tiendra du 22 au 24 mars 2023. Clôture le vendredi 24 mars à 17h.'],
    ['it', 'Il convegno sull’accoglienza si terrà dal 22 al 24 marzo 2023. Chiusura dei lavori venerdì 24 marzo alle 17.'],
  ])('%s', (lang, text) => {
    expect(spans(text, { lang })).toEqual([['2023-03-22', '2023-03-24']]);
  });
});

describe('a day of the month alone, with its hour', () => {
  it.each([
    ['es', 'La charla sobre inmigración será el próximo día 15 a las 18 horas en la biblioteca municipal.', ['2019-03-15T18:00']],
    ['it', 'L’incontro sull’accoglienza si terrà il prossimo 15 alle ore 18 in biblioteca.', ['2019-03-15T18:00']],
    ['fr', 'La rencontre avec les réfugiés aura lieu le 15 à 18h à la médiathèque.', ['2019-03-15T18:00']],
    ['es', 'El encuentro intercultural tendrá lugar el día 15 de este mes en el polideportivo.', ['2019-03-15']],
    // (Before the posting day: the next month's.)
    ['es', 'La charla sobre asilo será el día 2 a las 19:00 en el centro cívico.', ['2019-04-02T19:00']],
    // (A score is no hour.)
    ['es', 'El equipo de jóvenes inmigrantes ganó el partido del torneo por el 2 a 1.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(starts(text, { lang, published: '2019-03-05' })).toEqual(expected);
  });

  it('with no day to count from, nothing', () => {
    expect(starts('La charla sobre inmigración será el próximo día 15 a las 18 horas en la biblioteca.', { lang: 'es' })).toEqual([]);
  });
});

describe('two weekdays before two days', () => {
  it('"Sabato e domenica, 9 e 10 marzo": the first weekday is the first day\'s', () => {
    expect(spans('Sabato e domenica, 9 e 10 marzo, si terrà la festa dei popoli nel parco.', { lang: 'it', published: '2019-03-05' })).toEqual([['2019-03-09', '2019-03-10']]);
  });
});

describe('a bare weekday the page dates once elsewhere is that day', () => {
  it('"... jeudi 5 novembre. ... a ouvert jeudi à 9 h la réunion"', () => {
    const text = 'Nous avons reçu au lycée une équipe internationale d’enseignants pour préparer le projet Erasmus+ jeudi 5 novembre.\n\nAprès une nuit réparatrice, la proviseure a ouvert jeudi à 9 h la réunion des partenaires.';
    expect(starts(text, { lang: 'fr', published: '2015-11-09' })).toEqual(['2015-11-05T09:00']);
  });
});

describe('an agenda of date lines, each with its name and hour lines below', () => {
  it('the hour line of one item is not the next item\'s place', () => {
    const text = 'Agenda\nMartedì 12 marzo 2019\nIncontro sull’accoglienza dei richiedenti asilo\nOre 18, Biblioteca comunale\nGiovedì 14 marzo 2019\nLaboratorio di cucina interculturale\nOre 17.30, Centro giovani';
    const out = extractEvents(text, { now, lang: 'it' }).events;
    expect(out.map((e) => e.start)).toEqual(['2019-03-12T18:00', '2019-03-14T17:30']);
    expect(out[1]!.location?.name).not.toBe('Biblioteca comunale');
  });
});

describe('a day of the month said to be the last or the next one', () => {
  it.each([
    ['es', 'El pasado día 16 tuvo lugar la jornada de convivencia intercultural en el polideportivo.', '2019-03-20', ['2019-03-16']],
    ['it', 'Lo scorso 16 si è svolto l’incontro con le comunità straniere in biblioteca.', '2019-03-20', ['2019-03-16']],
    ['es', 'El pasado día 28 tuvo lugar la jornada de convivencia intercultural en el polideportivo.', '2019-03-20', ['2019-02-28']],
    ['es', 'El próximo día 15 se celebrará una charla sobre asilo en el Ateneo.', '2019-03-05', ['2019-03-15']],
    ['es', 'El próximo 15% de los fondos se destinará a talleres para inmigrantes.', '2019-03-05', []],
  ])('%s: %s', (lang, text, published, expected) => {
    expect(starts(text, { lang, published })).toEqual(expected);
  });
});

describe('a day before a numeric date, joined by a range or list word', () => {
  it.each([
    ['it', 'Settimana dell’accoglienza dal 18 al 24/03 in tutta la città.', [['2019-03-18', '2019-03-24']]],
    ['fr', 'Semaine de l’intégration du 18 au 24.03.2019 à Lyon.', [['2019-03-18', '2019-03-24']]],
    ['es', 'Jornadas de acogida para migrantes, 18 y 19/03/2019, en el salón de actos.', [['2019-03-18', '2019-03-19']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extractEvents(text, { lang, published: '2019-03-01' }).events.map((e) => [e.start, e.end])).toEqual(expected);
  });

  it('an hour before it is no day', () => {
    const out = extractEvents('Incontro sui migranti: sabato alle 18 e 24/03 festa in piazza.', { now, lang: 'it', published: '2019-03-01' }).events;
    expect(out.map((e) => e.start.slice(0, 10))).toEqual(['2019-03-02', '2019-03-24']);
  });
});

describe('shared meals are gatherings, also on the last day of a festival', () => {
  it.each([
    ['it', 'La Festa dei Popoli si terrà dal 14 al 16 giugno al parco. Venerdì 14 alle 21 concerto di musica africana. Domenica 16 alle 12.30 pranzo multietnico.'],
    ['es', 'La Feria de las Culturas se celebrará del 14 al 16 de junio en el parque. El viernes 14 a las 21 horas habrá un concierto. El domingo 16, a las 12.30, comida popular.'],
  ])('%s', (lang, text) => {
    expect(starts(text, { lang, published: '2019-06-01' })).toEqual(['2019-06-14', '2019-06-14T21:00', '2019-06-16T12:30']);
  });
});

describe('a reporting verb far from the day word does not hide it', () => {
  it('"Este mediodía ... han protagonizado un acto ... el texto aprobado esta misma semana"', () => {
    const text = 'Este mediodía, miembros del Ayuntamiento acompañados por representantes de trece asociaciones de personas de diversas nacionalidades que viven en la ciudad han protagonizado un acto simbólico en la entrada de la Casa Consistorial en el que se ha leído el texto aprobado esta misma semana en la comisión.';
    expect(starts(text, { lang: 'es', published: '2021-05-21' })).toEqual(['2021-05-21']);
  });

  it('near it, it does: "presentó hoy el encuentro"', () => {
    expect(starts('La concejala presentó hoy el encuentro de asociaciones de inmigrantes en rueda de prensa.', { lang: 'es', published: '2021-05-21' })).toEqual([]);
  });
});

describe('the campaign a page\'s own event takes place during', () => {
  it.each([
    ['fr', 'Rencontre sur l’inclusion des personnes réfugiées le 16 octobre 2024 à 11h. Cet évènement se déroule pendant la Semaine de l’intégration organisée du 14 au 18 octobre par le ministère.', ['2024-10-16T11:00']],
    ['en', 'Our school held an Erasmus information day on 14 October 2022 at 10:00. All schools were invited to organise an event on the occasion of the Erasmus Days (between 13 and 15 October 2022).', ['2022-10-14T10:00']],
    // (A week a page announces with its own sessions stays.)
    ['es', 'La Semana Intercultural se celebrará del 18 al 24 de marzo de 2019. El lunes 18 habrá una charla a las 19 horas en la biblioteca.', ['2019-03-18', '2019-03-18T19:00']],
  ])('%s', (lang, text, expected) => {
    expect(starts(text, { lang })).toEqual(expected);
  });
});

describe('an event moved to another day', () => {
  it.each([
    ['fr', 'La fête des voisins et des familles réfugiées est reportée au vendredi 6 septembre 2024.\n\nEn raison des travaux, la ville n’est pas en mesure d’organiser la fête du vendredi 28 juin 2024.', ['2024-09-06']],
    ['it', 'La festa dei popoli è rinviata al 6 settembre 2024. A causa del maltempo la festa non si terrà sabato 29 giugno 2024.', ['2024-09-06']],
  ])('%s: the day given up is not a gathering', (lang, text, expected) => {
    expect(starts(text, { lang })).toEqual(expected);
  });

  it('without a new day, a gathering said not to take place on one day is not dropped by this rule', () => {
    expect(starts('La festa dei popoli si terrà sabato 29 giugno 2024 in piazza; non si terrà invece la cena.', { lang: 'it' })).toEqual(['2024-06-29']);
  });
});

describe('prize and diploma givings are gatherings', () => {
  it.each([
    ['it', 'La premiazione del concorso delle scuole sulle migrazioni sarà il 12 maggio 2019.'],
    ['fr', 'La remise des diplômes aux apprenants exilés aura lieu le 12 mai 2019.'],
    ['de', 'Die Preisverleihung des Wettbewerbs zur Integration ist am 12. Mai 2019.'],
  ])('%s: %s', (lang, text) => {
    expect(starts(text, { lang })).toEqual(['2019-05-12']);
  });
});

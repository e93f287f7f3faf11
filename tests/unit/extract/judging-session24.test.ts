/**
 * Judging, session 24 (issue 12): a date stamped with a clock reading off the five-minute grid is a site's stamp; dates
 * enumerated in one sentence with their towns share their fate; a day heading whose next paragraph opens with an hour is a
 * programme's day. Sentences of our own, in the five languages, with near misses that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { isClockStamp } from '../../../lib/extract/clock-stamps.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now, published: '2025-04-28' }).events.map((e) => e.start);

describe('a clock reading to the minute is a stamp', () => {
  it.each([
    ['it', 'Festa dei popoli in piazza\nMartedì, 6 maggio 2025 - 08:32\n\nLa festa torna sabato 10 maggio alle 16 in piazza Garibaldi.', ['2025-05-10T16:00']],
    ['en', 'Welcome picnic in the park\nTuesday, 6 May 2025 - 14:07\n\nOur picnic for refugee families is back on Saturday 10 May at 3pm in the park.', ['2025-05-10T15:00']],
    ['de', 'Sommerfest im Stadtpark\n06.05.2025 | 20:36 Uhr\n\nDas Fest für Geflüchtete ist am Samstag, 10. Mai, um 15 Uhr im Stadtpark.', ['2025-05-10T15:00']],
    ['fr', 'Fête des voisins au parc\nMardi 6 mai 2025 - 09h43\n\nLa fête avec les familles réfugiées revient le samedi 10 mai à 15h au parc.', ['2025-05-10T15:00']],
    ['es', 'Fiesta intercultural en el parque\nMartes, 6 de mayo de 2025 - 17:52\n\nLa fiesta vuelve el sábado 10 de mayo a las 17:00 al parque.', ['2025-05-10T17:00']],
    ['fr, near miss: a quarter hour is a gathering’s', 'Fête des voisins au parc\nMardi 6 mai 2025 - 09h45\n\nLa fête avec les familles réfugiées revient le samedi 10 mai à 15h au parc.', ['2025-05-06T09:45', '2025-05-10T15:00']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    [' - 08:32', true], [' | 20:36 uhr', true], [', 9h43', true], [' at 2:07 pm', true], [' alle ore 17.52', true],
    [' - 08:30', false], [' | 20:45 uhr', false], [' - 14:07 – 16:22', false], [' - 08:32, Sala del Consiglio, via Roma 3, Torino', false],
  ])('%s after the date (folded): %s', (after, expected) => {
    expect(isClockStamp(after)).toBe(expected);
  });
});

describe('dates enumerated with their towns share their fate', () => {
  it.each([
    ['de', 'Die Ministerin stellte das Programm im Rathaus vor.\n\nWeitere regionale Veranstaltungen folgen\nam 19. Mai 2025 in Bremen,\nam 26. Mai 2025 in Hannover,\nam 2. Juni 2025 in Kiel,\nam 3. Juni 2025 in Kassel.', ['2025-05-19','2025-05-26','2025-06-02','2025-06-03']],
    ['en', 'The minister presented the programme at the town hall.\n\nFurther regional events follow\non 19 May 2025 in Leeds,\non 26 May 2025 in York,\non 2 June 2025 in Bath,\non 3 June 2025 in Hull.', ['2025-05-19','2025-05-26','2025-06-02','2025-06-03']],
    ['fr', 'La ministre a présenté le programme à la mairie.\n\nD\'autres rencontres régionales suivront\nle 19 mai 2025 à Lyon,\nle 26 mai 2025 à Grenoble,\nle 2 juin 2025 à Nice,\nle 3 juin 2025 à Annecy.', ['2025-05-19','2025-05-26','2025-06-02','2025-06-03']],
    ['it', 'La ministra ha presentato il programma in municipio.\n\nAltri incontri regionali seguiranno\nil 19 maggio 2025 a Torino,\nil 26 maggio 2025 a Novara,\nil 2 giugno 2025 a Biella,\nil 3 giugno 2025 a Cuneo.', ['2025-05-19','2025-05-26','2025-06-02','2025-06-03']],
    ['es', 'La consejera presentó el programa en el ayuntamiento.\n\nOtros encuentros regionales seguirán\nel 19 de mayo de 2025 en Sevilla,\nel 26 de mayo de 2025 en Cádiz,\nel 2 de junio de 2025 en Jaén,\nel 3 de junio de 2025 en Huelva.', ['2025-05-19','2025-05-26','2025-06-02','2025-06-03']],
    ['en, near miss: a report and a grant are no stops', 'The annual report was published on 3 May 2025 in Leeds, and the funding ended on 5 May 2025 in York.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('a day heading whose next paragraph opens with an hour is a programme day', () => {
  it.each([
    ['fr', 'Festival des migrations\n\nLe festival revient ce printemps au parc des expositions.\n\nTrois jours de stands et de musique.\n\nNous avons choisi quelques moments.\n\nSamedi 10 mai\n\nA 14 heures, une juriste expliquera le droit d\'asile aux familles.', ['2025-05-10T14:00']],
    ['it', 'Festa dei popoli\n\nLa festa torna questa primavera al parco.\n\nTre giorni di stand e di musica.\n\nAbbiamo scelto alcuni momenti.\n\nSabato 10 maggio\n\nAlle 15, una mediatrice racconterà il suo lavoro con le famiglie rifugiate.', ['2025-05-10T15:00']],
    ['es', 'Fiesta de los pueblos\n\nLa fiesta vuelve esta primavera al parque.\n\nTres días de puestos y de música.\n\nHemos elegido algunos momentos.\n\nSábado 10 de mayo\n\nA las 18:00, una abogada explicará los derechos de las personas refugiadas.', ['2025-05-10T18:00']],
    ['de', 'Fest der Kulturen\n\nDas Fest kommt in diesem Frühling in den Park.\n\nDrei Tage Stände und Musik.\n\nWir haben einige Momente ausgewählt.\n\nSamstag, 10. Mai\n\nUm 15 Uhr erzählt eine Sozialarbeiterin von ihrer Arbeit mit geflüchteten Familien.', ['2025-05-10T15:00']],
    ['en', 'Festival of cultures\n\nThe festival is back in the park this spring.\n\nThree days of stalls and music.\n\nWe picked a few moments.\n\nSaturday 10 May\n\nAt 2pm, a lawyer explains the asylum process to families.', ['2025-05-10T14:00']],
    ['en, near miss: no gathering named on the page', 'Office news\n\nSaturday 10 May\n\nAt 2pm the front desk closes for cleaning.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('gatherings named alike in several languages', () => {
  it.each([
    ['it', 'Sabato 10 maggio gita al lago con le famiglie rifugiate del quartiere.', ['2025-05-10']],
    ['fr', 'Le samedi 10 mai, excursion au lac avec les familles réfugiées du quartier.', ['2025-05-10']],
    ['es', 'El sábado 10 de mayo, excursión al lago con las familias refugiadas del barrio.', ['2025-05-10']],
    ['de', 'Am Samstag, 10. Mai, Exkursion an den See mit den geflüchteten Familien aus dem Viertel.', ['2025-05-10']],
    ['en', 'On Saturday 10 May, an excursion to the lake with refugee families from the neighbourhood.', ['2025-05-10']],
    ['de', 'Am Samstag, 10. Mai, laden wir zum Fastenbrechen mit den Familien aus dem Viertel.', ['2025-05-10']],
    ['en', 'On Saturday 10 May, a community iftar with refugee families from the neighbourhood.', ['2025-05-10']],
    ['fr', 'Le samedi 10 mai, vernissage des photos des familles réfugiées.', ['2025-05-10']],
    ['it', 'Sabato 10 maggio mercatino solidale delle famiglie rifugiate in piazza.', ['2025-05-10']],
    ['es', 'El sábado 10 de mayo, mercadillo solidario de las familias refugiadas en la plaza.', ['2025-05-10']],
    ['de', 'Am Samstag, 10. Mai, Weihnachtsbasar der geflüchteten Familien auf dem Marktplatz.', ['2025-05-10']],
    ['fr, near miss: a holiday cottage', 'Le samedi 10 mai, la famille a quitté le gîte où elle logeait depuis mars.', []],
    ['it, near miss: the verb "basare"', 'Il 10 maggio la commissione ha deciso di basare il piano sui dati dei comuni.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('the day of a numbered paper is no gathering', () => {
  it.each([
    ['it', 'La festa dei popoli, autorizzata con atto n. 45 del 3 maggio 2025, si terrà in piazza Garibaldi sabato 10 maggio alle 16.'],
    ['fr', 'La fête des voisins, autorisée par l’acte n° 45 du 3 mai 2025, aura lieu place Garibaldi le samedi 10 mai à 16h.'],
    ['es', 'La fiesta intercultural, autorizada por el acta núm. 45 de 3 de mayo de 2025, se celebrará en la plaza el sábado 10 de mayo a las 16:00.'],
    ['de', 'Das Sommerfest, genehmigt mit Bescheid Nr. 45 vom 3. Mai 2025, findet am Samstag, 10. Mai, um 16 Uhr auf dem Marktplatz statt.'],
    ['en', 'The street party, approved under permit no. 45 of 3 May 2025, takes place in the square on Saturday 10 May at 4pm.'],
  ])('%s: %s', (_lang, text) => {
    expect(starts(text)).toEqual(['2025-05-10T16:00']);
  });

  it('near miss: a workshop numbered in its series keeps its day', () => {
    expect(starts('Workshop 3 of 5 for newcomers: Saturday 10 May 2025 at 4pm in the library.')).toEqual(['2025-05-10T16:00']);
  });
});

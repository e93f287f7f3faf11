import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// 2026-11-17 is a Tuesday; the clock is late in the year so that no year comes from it.
const tuesday = '2026-11-17';
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string, published?: string, url?: string) =>
  extractEvents(text, { now, ...(published ? { published } : {}), ...(url ? { url } : {}) }).events.map((e) => (e.end ? `${e.start}..${e.end}` : e.start));

describe('"desde este viernes hasta el domingo": a span to come from this or next weekday, not a beginning already past', () => {
  it.each([
    ['es', 'La semana de las culturas de las asociaciones de inmigrantes se celebra desde este viernes hasta el domingo en el parque.'],
    ['it', 'La festa dei popoli per i migranti si terrà dal prossimo venerdì fino a domenica in piazza Garibaldi.'],
    ['en', 'The refugee week festival runs from this Friday until Sunday in the park.'],
    ['de', 'Das Fest der Kulturen für Geflüchtete findet von diesem Freitag bis Sonntag im Stadtpark statt.'],
    ['fr', 'La fête des migrants se tiendra de ce vendredi à dimanche au parc.'],
  ])('%s', (_lang, text) => {
    expect(starts(text, tuesday)).toEqual(['2026-11-20..2026-11-22']);
  });

  it.each([
    ['en', 'The advice desk for refugees is open from Monday to Friday.'],
    ['de', 'Die Beratung für Geflüchtete ist von Montag bis Freitag geöffnet.'],
    ['es', 'La oficina de atención a migrantes abre de lunes a viernes.'],
    ['it', 'Lo sportello per i migranti è aperto dal lunedì al venerdì.'],
    ['fr', 'La permanence pour les exilés est ouverte du lundi au vendredi.'],
  ])('opening days stay no date (%s)', (_lang, text) => {
    expect(starts(text, tuesday)).toEqual([]);
  });

  it('"desde el lunes" of a thing under way is still the Monday before', () => {
    expect(starts('Lo hace desde el lunes: el centro de acogida para migrantes abrió sus puertas con una jornada de bienvenida.', tuesday)).toEqual(['2026-11-16']);
  });
});

describe('"last night", "anoche": the evening before the posting day', () => {
  it.each([
    ['en', 'Hundreds of people gathered last night at the town hall to launch the city of sanctuary campaign for refugees.'],
    ['es', 'Cientos de personas se reunieron anoche en la plaza mayor en una concentración de apoyo a las personas refugiadas.'],
    // (Languages chrono already reads: "ieri sera", "hier soir", "gestern Abend".)
    ['it', 'Centinaia di persone si sono riunite ieri sera in piazza per la festa di benvenuto ai rifugiati.'],
    ['de', 'Hunderte Menschen kamen gestern Abend zum Willkommensfest für Geflüchtete auf dem Marktplatz zusammen.'],
  ])('%s', (_lang, text) => {
    expect(starts(text, tuesday).map((s) => s.slice(0, 10))).toEqual(['2026-11-16']);
  });

  it.each([
    ['a night that is no day', 'The refugee choir gave a night of music at the town hall.'],
    ['"last night" with no posting day', 'Hundreds of people gathered last night at the town hall for the refugee welcome.'],
  ])('not a day: %s', (name, text) => {
    expect(starts(text, name.includes('no posting') ? undefined : tuesday)).toEqual([]);
  });

  it('an address that writes its month as a word dates the page ("/2010/nov/12/")', () => {
    const text = 'Hundreds of people gathered last night at the community school to launch the city of sanctuary campaign for refugees.';
    expect(starts(text, undefined, 'https://paper.example/city/2010/nov/12/city-of-sanctuary-launch').map((s) => s.slice(0, 10))).toEqual(['2010-11-11']);
  });
});

describe('"anteayer", "l\'altro ieri", "avant-hier", "vorgestern", "the day before yesterday": two days before the posting day', () => {
  it.each([
    ['es', 'El taller para migrantes se celebró anteayer en el centro cívico.'],
    ['it', "Il laboratorio per i migranti si è svolto l'altro ieri in biblioteca."],
    ['fr', "L'atelier pour les exilés a eu lieu avant-hier à la médiathèque."],
    ['de', 'Der Workshop für Geflüchtete fand vorgestern im Rathaus statt.'],
    ['en', 'The workshop for refugees took place the day before yesterday at the library.'],
  ])('%s', (_lang, text) => {
    expect(starts(text, tuesday)).toEqual(['2026-11-15']);
  });

  it('needs a posting day known to the day', () => {
    expect(starts('Der Workshop für Geflüchtete fand vorgestern im Rathaus statt.', undefined, 'https://zeitung.example/2026/11/workshop')).toEqual([]);
  });
});

describe('"letzten Samstag im Rathaus": a place after the weekday is no month ("am letzten Freitag im Mai" is)', () => {
  it.each([
    ['de', 'Das Treffen für Geflüchtete fand letzten Samstag im Rathaus statt.'],
    ['de', 'Das Sprachcafé für Geflüchtete fand am vergangenen Samstag im Jugendzentrum statt.'],
    ['en', 'The refugee welcome party was held last Saturday in the town hall.'],
    ['fr', "La fête des exilés s'est tenue samedi dernier au parc."],
    ['it', 'La festa per i rifugiati si è svolta sabato scorso in piazza.'],
    ['es', 'La fiesta de bienvenida para refugiados se celebró el sábado pasado en la plaza.'],
  ])('%s: %s', (_lang, text) => {
    expect(starts(text, tuesday)).toEqual(['2026-11-14']);
  });
});

describe('a month\'s last weekday stays no date of last week', () => {
  it.each([
    ['en', 'The refugee support group meets on the last Friday of every month at the library.'],
    ['en', 'The refugee support group met last Friday of the month at the library.'],
  ])('%s: %s', (_lang, text) => {
    expect(starts(text, tuesday)).toEqual([]);
  });
});

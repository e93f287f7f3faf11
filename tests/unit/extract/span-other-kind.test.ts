// A later day inside a short span, named as a gathering of another kind than the span's and with no hour of its own, is a
// gathering of its own (merge.ts, otherKind): "a seminar on 19 and 20 June, a round table on the 20th" is two events on the
// 20th's side, "a cooperation event on 6 and 7 October: 7 October, contact seminar" gives the 7th its own event.
// Near misses: the span's own kind said again on its day (one conference); a slot with its hour inside a two-day fair (its
// programme); the span's gathering said to go on that day; a day of a two-day meeting named with no gathering word.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events;
const days = (text: string) => read(text).map((e) => e.start.slice(0, 10)).sort();

describe('a later day of a short span named as another kind of gathering', () => {
  it.each([
    ['a round table on the second day of a seminar (fr)',
      'Rencontres sur l’accueil des exilés\n\nUn séminaire sur le droit d’asile réunira des juristes les 19 et 20 juin au Palais des congrès de Lyon. Les inscriptions sont ouvertes.\n\nUne table ronde avec des familles accueillies aura lieu le 20 juin à la médiathèque.',
      ['2025-06-19', '2025-06-20']],
    ['a contact seminar on the second day of a two-day event (en)',
      'Adult learning and newcomers\n\nThe national agency organises a cooperation event on 6 and 7 October 2025 in Porto, for schools working with migrant learners.\n\n7 October 2025 – Contact seminar\nPartners meet to build new projects for refugee adult learners.',
      ['2025-10-06', '2025-10-07']],
    ['a workshop on the second day of a conference (de)',
      'Fachtag Integration\n\nDie Konferenz zur Arbeitsmarktintegration Geflüchteter findet am 3. und 4. November 2025 in Leipzig statt.\n\nAm 4. November 2025 lädt ein Workshop die Beratungsstellen zum Austausch ein.',
      ['2025-11-03', '2025-11-04']],
  ])('%s', (_name, text, expected) => {
    const got = days(text);
    for (const day of expected) expect(got).toContain(day);
    // (The later day stands on its own: an event starts on it.)
    expect(got.filter((d) => d === expected[1])).toHaveLength(1);
  });
});

describe('near misses: the span stays one event', () => {
  it.each([
    ['the conference said again on its second day (it)',
      'Convegno sull’inclusione\n\nIl convegno sull’accoglienza dei rifugiati si terrà il 14 e 15 marzo 2025 a Bologna.\n\nIl 15 marzo 2025 il convegno si chiuderà con le conclusioni dei relatori.'],
    ['a slot with its hour inside a two-day fair (es)',
      'Feria de asociaciones\n\nLa feria de asociaciones interculturales se celebrará el 10 y 11 de octubre de 2025 en el centro cívico de Zaragoza.\n\nLa presentación del informe anual tendrá lugar el 11 de octubre de 2025 a las 10:30.'],
    ['the meeting goes on behind closed doors on its second day, a visit the day after (it)',
      'Progetto europeo\n\nIl 9 e 10 maggio 2025 ospiteremo il terzo incontro dei partner del progetto sulle competenze dei nuovi cittadini.\n\nSabato 10 maggio i lavori proseguiranno a porte chiuse, mentre domenica è prevista una visita della città.'],
    ['the conference continues with a workshop on its second day (en)',
      'Inclusion conference\n\nThe conference on refugee employment takes place on 12 and 13 May 2025 in Antwerp.\n\nOn 13 May 2025 the conference continues with a workshop for employers.'],
    ['a day of a two-day meeting named with no gathering word (en)',
      'Partner meeting\n\nThe partners of the project on migrant women’s jobs will hold their meeting on 12 and 13 May 2025 in Ghent.\n\nOn 13 May 2025 they will visit the city’s employment office together.'],
  ])('%s', (_name, text) => {
    const events = read(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.end?.slice(0, 10)).not.toBe(events[0]!.start.slice(0, 10));
  });
});

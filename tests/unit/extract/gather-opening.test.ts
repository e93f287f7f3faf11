// A week (or a longer festival) and its opening gathering dated in a sentence of its own on the week's first day: two events
// (the umbrella and its opening). The week said to open ("se inaugura el Foro") is the week itself; a meeting of three days is
// no week, its opening is its first slot. (Sentences written for these tests.)
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { opensWeek } from '../../../lib/extract/gather-opening.ts';
import type { Draft } from '../../../lib/extract/draft.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-05-02' }).events.map((e) => [e.start, e.end ?? null]);

describe('a week and its dated opening', () => {
  it.each([
    ['Eröffnungsfest (de)',
      'Die Interkulturellen Wochen finden vom 5. bis 20. Oktober 2024 in Bremen statt.\n\nDas Eröffnungsfest findet am Samstag, den 5. Oktober auf dem Marktplatz statt. Es gibt Musik und Essen aus aller Welt.'],
    ['inaugurazione (it)',
      'La Settimana dell\'accoglienza si terrà dal 5 al 12 ottobre 2024 a Bologna.\n\nL\'inaugurazione si terrà sabato 5 ottobre in piazza Maggiore, con musiche e danze dal mondo.'],
    ['fête d\'ouverture (fr)',
      'La Semaine de l\'accueil se tiendra du 5 au 12 octobre 2024 à Lille.\n\nLa fête d\'ouverture aura lieu le samedi 5 octobre sur la place du marché, avec des musiciens du monde entier.'],
  ])('%s', (_name, text) => {
    const events = read(text);
    expect(events).toHaveLength(2);
    expect(events[0]![0]).toBe('2024-10-05');
    expect(events[0]![1]).not.toBeNull();
    expect(events[1]).toEqual(['2024-10-05', null]);
  });
});

const draft = (start: [number, number, number], end?: [number, number, number], text = '', startTime?: number): Draft => ({
  pos: 0, startDay: { y: start[0], m: start[1], d: start[2] }, ...(end ? { endDay: { y: end[0], m: end[1], d: end[2] } } : {}), ...(startTime !== undefined ? { startTime } : {}),
  title: '', ownTitle: false, status: 'scheduled', links: {}, text, span: { start: 0, end: text.length }, score: 1, labelled: false, explicitYear: true, multi: false, ownNoun: true, itemsNoun: false,
} as Draft);

describe('opensWeek', () => {
  const week = draft([2024, 10, 5], [2024, 10, 20]);
  it.each([
    ['an opening noun on the first day', week, draft([2024, 10, 5], undefined, 'Das Eröffnungsfest findet am Samstag statt'), true],
    ['l\'inaugurazione (it)', week, draft([2024, 10, 5], undefined, 'L\'inaugurazione si terrà sabato 5 ottobre in piazza'), true],
    ['el acto de apertura (es)', week, draft([2024, 10, 5], undefined, 'El acto de apertura será el sábado 5 de octubre en la plaza'), true],
    ['the verb: the week itself opens (es)', week, draft([2024, 10, 5], undefined, 'El próximo día 5 de octubre se inaugura el Foro'), false],
    ['doors opening (fr)', week, draft([2024, 10, 5], undefined, 'Ouverture des portes le samedi 5 octobre'), false],
    ['a later day', week, draft([2024, 10, 6], undefined, 'The opening party on 6 October'), false],
    ['a meeting of three days is no week', draft([2024, 10, 5], [2024, 10, 7]), draft([2024, 10, 5], undefined, 'The opening session on 5 October'), false],
    ['an opening with its own hour (merge.ts keeps it by its hour)', week, draft([2024, 10, 5], undefined, 'The opening party on 5 October at 7pm', 1140), false],
  ])('%s', (_name, host, d, expected) => {
    expect(opensWeek(host, d)).toBe(expected);
  });
});

// A week whose opening is told at a place of its own, with no date of its own or only the week's first weekday: the opening is
// a gathering on the week's first day (gather-opening.ts, openingsAtPlaces). Sentences written for these tests.
const readPlaced = (text: string) => extractEvents(text, { now, published: '2026-03-01' }).events.map((e) => [e.start, e.end ?? null, e.location?.name ?? e.location?.address ?? null]);

describe('a week and its opening told at a place', () => {
  it.each([
    ['en', 'Refugee Week in Leeds\nRefugee Week runs from 15 to 21 June 2026. The week opens on Monday at the Central Library with music and poetry.', 'Central Library'],
    ['fr', 'Semaine de l\'accueil à Lille\nLa Semaine de l\'accueil aura lieu du 15 au 21 juin 2026. Elle débute lundi à la Maison Folie de Moulins, avec des musiciens du monde entier.', 'Maison Folie de Moulins'],
    ['de', 'Woche der Vielfalt in Kassel\nDie Woche der Vielfalt findet vom 15. bis 21. Juni 2026 statt. Sie wird am Montag im Kulturzentrum Schlachthof eröffnet.', 'Kulturzentrum Schlachthof'],
    ['it', 'Settimana dell\'accoglienza a Parma\nLa Settimana dell\'accoglienza si svolgerà dal 15 al 21 giugno 2026. Si apre lunedì presso la Casa delle Culture con musiche e danze.', 'Casa delle Culture'],
    ['es', 'Semana intercultural en Huesca\nLa Semana intercultural se celebrará del 15 al 21 de junio de 2026. Arranca el lunes en el Centro Cívico Santiago Escartín con música y danzas.', 'Centro Cívico Santiago Escartín'],
  ])('%s', (_lang, text, place) => {
    const events = readPlaced(text);
    expect(events).toHaveLength(2);
    expect(events[0]!.slice(0, 2)).toEqual(['2026-06-15', '2026-06-21']);
    expect(events[1]).toEqual(['2026-06-15', null, place]);
  });
});

describe('near misses: no opening gathering of its own', () => {
  it.each([
    ['a meeting of two days opens with its first slot (en)', 'Erasmus meeting in Lyon\nThe partners\' meeting takes place from 15 to 16 June 2026. It opens on Monday at the Town Hall with a welcome.'],
    ['registration opens (fr)', 'Semaine de l\'accueil à Lille\nLa Semaine de l\'accueil aura lieu du 15 au 21 juin 2026 dans toute la ville. Les inscriptions ouvrent lundi à la Maison Folie de Moulins.'],
    ['the week said to open in its own sentence (en)', 'Refugee Week in Leeds\nRefugee Week opens from 15 to 21 June 2026 at the Central Library with music and poetry.'],
    ['the week said to open in its own sentence (es)', 'Semana intercultural en Huesca\nLa Semana intercultural arranca del 15 al 21 de junio de 2026 en el Centro Cívico Santiago Escartín.'],
  ])('%s', (_name, text) => {
    expect(readPlaced(text)).toHaveLength(1);
  });
});

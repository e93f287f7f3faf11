// A day dated twice on one page (a report above, the announcement below it) is one event, but each mention
// may be followed by another gathering of that day: the later gathering is looked for after every mention of
// the day, not only after the first. Two spellings of one venue are one venue, and the numbered working
// sessions of one programme are that programme's slots, not gatherings of their own.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string, published?: string) => extractEvents(text, { now, ...(published ? { published } : {}) }).events.map((e) => e.start);

describe('a later gathering after the second mention of a day', () => {
  it.each([
    ['a report above its announcement (de)',
      'Rückblick: Am 12. März 2023 kamen viele Gäste zum Friedensgebet für Geflüchtete in die Marienkirche.\n\n'
      + 'Ankündigung: Am Sonntag, den 12. März 2023 laden wir um 16:00 Uhr zum Friedensgebet in die Marienkirche ein.\n\n'
      + 'Danach ist das Begegnungscafé von 17:00 bis 19:00 Uhr im Gemeindehaus Lutherstraße geöffnet.',
      undefined, ['2023-03-12T16:00', '2023-03-12T17:00']],
    ['a summary line above the detailed programme (it)',
      'Il 21 ottobre 2023 torna la festa dell\'accoglienza.\n\n'
      + 'Sabato 21 ottobre 2023 alle ore 10 si terrà il laboratorio di cucina per famiglie rifugiate presso la Casa delle Culture.\n\n'
      + 'A seguire, alle ore 18, si terrà il concerto dei cori multietnici presso il Teatro Comunale.',
      undefined, ['2023-10-21T10:00', '2023-10-21T18:00']],
  ])('%s', (_name, text, published, expected) => {
    expect(starts(text, published)).toEqual(expected);
  });
});

describe('near misses: one gathering stays one', () => {
  it.each([
    // The same association's rooms named twice, once with "di": one place, one gathering.
    ['the same venue spelt two ways (it)',
      'Il 20 giugno 2024 la festa del rifugiato.\n\n'
      + 'Giovedì 20 giugno 2024 alle ore 15 laboratorio musicale con i ragazzi accolti presso ARCI Salerno, via Roma 12.\n\n'
      + 'Alle 17:30 è in programma la presentazione del libro di ricette, dono dei volontari all\'ARCI di Salerno.',
      undefined, ['2024-06-20T15:00']],
    // A conference's numbered session, with a speaker "from the European Parliament": the conference's next slot.
    ['a numbered working session of a conference (it)',
      'Convegno sulle politiche migratorie, 26 settembre 2025.\n\n'
      + 'Il convegno si terrà venerdì 26 settembre 2025 alle ore 9 presso la Sala delle Conferenze di Palazzo Marino.\n\n'
      + 'Alle 10.15 inizierà la prima sessione di lavori, presieduta da un deputato al Parlamento europeo.',
      undefined, ['2025-09-26T09:00']],
    ['a numbered session of a conference (en)',
      'Conference on refugee integration, 4 March 2025.\n\n'
      + 'The conference will be held on Tuesday 4 March 2025 at 9:00 at the Town Hall of Leeds.\n\n'
      + 'At 11:00 the second session will take place at the Civic Hall, chaired by a member of the City Council.',
      undefined, ['2025-03-04T09:00']],
  ])('%s', (_name, text, published, expected) => {
    expect(starts(text, published)).toEqual(expected);
  });
});

describe('abbreviations inside a sentence', () => {
  it('"ca." before an hour and "St." before a name end no sentence (de)', () => {
    const text = 'Am Sonntag, 8. Oktober 2023 um 14:30 Uhr feiern wir einen Gottesdienst in der Kirche St. Peter.\n\n'
      + 'Anschließend ist das Welt-Café von 15:00 bis ca. 17:00 Uhr im Pfarrsaal St. Peter, neben der Kirche, geöffnet.';
    const events = extractEvents(text, { now }).events;
    expect(events.map((e) => e.start)).toEqual(['2023-10-08T14:30', '2023-10-08T15:00']);
    expect(events[1]!.end).toBe('2023-10-08T17:00');
  });
});

describe('a later hour at a place the venue lists do not know', () => {
  it('is read from a place preposition and a name in capitals (it, fr)', () => {
    expect(starts('Sabato 8 giugno 2024 alle ore 10 si terrà la festa dei popoli presso la Casa delle Culture.\n\nAlle ore 17 si terrà il torneo di calcetto presso i campi Olimpia di Fano.'))
      .toEqual(['2024-06-08T10:00', '2024-06-08T17:00']);
    expect(starts('Le samedi 8 juin 2024 à 10h aura lieu la fête des peuples à la Maison des Associations.\n\nÀ 17h aura lieu le concert à la Guinguette Saint-Roch.'))
      .toEqual(['2024-06-08T10:00', '2024-06-08T17:00']);
  });

  // (German nouns all have capitals: only a compound naming a kind of place is a place there, gather-place.ts.)
  it('not after a German noun that names no kind of place', () => {
    expect(starts('Am Samstag, 8. Juni 2024 um 10 Uhr beginnt das Kinderfest im Bürgerhaus Nord.\n\nUm 15 Uhr beginnt das Programm in der Gruppe der Ehrenamtlichen.'))
      .toEqual(['2024-06-08T10:00']);
  });
});

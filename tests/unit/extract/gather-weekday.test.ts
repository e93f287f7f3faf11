// A dated day named again by its weekday and a part of the day ("Sabato mattina", "Samedi soir", "El sábado por la
// tarde"), past other dates of the page, with a gathering held at another place: another gathering of that day. The
// place may be one the venue lists do not know, read from a place preposition and a name in capitals (not on German
// pages, whose nouns all have capitals). Another weekday, the same place, or an event's name after "en la" are no such thing.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-05-02' }).events.map((e) => [e.start, e.location?.name ?? e.location?.address ?? null]);

describe('the weekday and a part of the day name the day again', () => {
  it.each([
    ['a morning tournament before the afternoon festival (it)',
      'Sabato 8 giugno 2024 si svolgerà la Festa dei Popoli presso la Casa delle Culture. La festa è stata presentata giovedì 23 maggio presso il Cinema Italia con un dibattito. Sabato mattina si svolgerà un torneo di calcetto presso i campi Olimpia di Fano.',
      [['2024-05-23', 'Cinema Italia'], ['2024-06-08', 'Casa delle Culture'], ['2024-06-08', 'campi Olimpia di Fano']]],
    ['an evening concert after the day\'s fair (es)',
      'El sábado 8 de junio de 2024 se celebrará la feria de las culturas en el Centro Cívico Norte. La feria se presentó el jueves 23 de mayo en la Biblioteca Municipal con una charla. El sábado por la noche se celebrará un concierto en la Sala Clamores.',
      [['2024-05-23', 'Biblioteca Municipal'], ['2024-06-08', 'Centro Cívico Norte'], ['2024-06-08', 'Sala Clamores']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses', () => {
  // (Sunday morning is the next day, which the date reader dates itself: no second gathering on the Saturday.)
  it('another weekday (it)', () => {
    const text = 'Sabato 8 giugno 2024 si svolgerà la Festa dei Popoli presso la Casa delle Culture. La festa è stata presentata giovedì 23 maggio presso il Cinema Italia con un dibattito. Domenica mattina si svolgerà un torneo di calcetto presso i campi Olimpia di Fano.';
    expect(read(text).filter(([start]) => start === '2024-06-08')).toEqual([['2024-06-08', 'Casa delle Culture']]);
  });

  it.each([
    ['a name after "en la" that is an event\'s (es)',
      'El sábado 8 de junio de 2024 se celebrará la feria de las culturas en el Centro Cívico Norte. La feria se presentó el jueves 23 de mayo en la Biblioteca Municipal con una charla. El sábado por la tarde se celebrará un taller en la Jornada Mundial del Refugiado.',
      [['2024-05-23', 'Biblioteca Municipal'], ['2024-06-08', 'Centro Cívico Norte']]],
    ['a German capital noun after "im" is no name (de)',
      'Am Samstag, 8. Juni 2024 findet das Fest der Kulturen im Bürgerhaus Nord statt. Das Fest wurde am Donnerstag, 23. Mai im Rathaus vorgestellt. Samstag vormittag findet ein Turnier im Garten statt.',
      [['2024-05-23', 'Rathaus'], ['2024-06-08', 'Bürgerhaus Nord']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

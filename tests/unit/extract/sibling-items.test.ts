import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 19: lines of one shape, each closing with its own span of days in brackets, are items of one
// list; two named things over the same days stay two. In our own words.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('exhibitions listed with their days in brackets', () => {
  it.each([
    ['es', 'Semana de las culturas 2024\nExposiciones\nBiblioteca central: “Rostros del exilio” (del 3 al 9 de junio)\nCentro cívico Norte: “Mares compartidos”, de la asociación Puentes (del 3 al 9 de junio)\nSala municipal: “Cocinas del mundo” (del 1 al 15 de junio)'],
    ['it', 'Settimana delle culture 2024\nMostre\nBiblioteca civica: “Volti dell’esilio” (dal 3 al 9 giugno)\nCentro civico Nord: “Mari condivisi”, a cura dell’associazione Ponti (dal 3 al 9 giugno)\nSala comunale: “Cucine del mondo” (dal 1 al 15 giugno)'],
  ])('%s: each exhibition is one event', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2024-06-01', '2024-06-15'], ['2024-06-03', '2024-06-09'], ['2024-06-03', '2024-06-09']]);
  });

  it('near miss: the same span said twice of one thing stays one', () => {
    const text = 'Festival “Mares compartidos” (del 3 al 9 de junio de 2024)\nEl festival “Mares compartidos” se celebra del 3 al 9 de junio de 2024 en el centro cívico.';
    expect(spans(text, 'es')).toEqual([['2024-06-03', '2024-06-09']]);
  });
});

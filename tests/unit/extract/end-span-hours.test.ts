import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 23: a span of days whose hours a field line gives at the end of its line ("When: 25-26 October, from 10:00 to
// 18:00" then a line break) starts at the first hour of its first day and ends at the last hour of its last day, even when
// the page dates slots inside it first; in our own words, with a near miss.
const now = new Date('2026-11-30T12:00:00Z');
const first = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null])[0];

describe('a span\'s hours at the end of its field line', () => {
  it.each([
    ['it', 'Il 25 e 26 ottobre 2024 si terrà a Trento la Fiera delle associazioni interculturali.\n\nNel programma:\n  • Un incontro con la stampa il 26 ottobre dalle 9.30 alle 10.30.\n  • La presentazione del rapporto annuale il 26 ottobre alle 10.30-12.00.\n\nQuando: dal 25 al 26 ottobre 2024, dalle 9 alle 18\n\nDove: Palazzo della Regione', ['2024-10-25T09:00', '2024-10-26T18:00']],
    ['es', 'Los días 25 y 26 de octubre de 2024 se celebra en Logroño la Feria de asociaciones de inmigrantes.\n\nEn el programa:\n  • Un encuentro con la prensa el 26 de octubre de 9.30 a 10.30.\n  • La presentación del informe anual el 26 de octubre de 10.30 a 12.00.\n\nCuándo: del 25 al 26 de octubre de 2024, de 10:00 a 20:00\n\nDónde: Riojaforum', ['2024-10-25T10:00', '2024-10-26T20:00']],
    ['en', 'On 25 and 26 October 2024 the Migrant Associations Fair comes to Leeds.\n\nOn the programme:\n  • A press briefing on 26 October from 9.30 to 10.30.\n  • The launch of the yearly report on 26 October, 10.30-12.00.\n\nWhen: 25-26 October 2024, from 10:00 to 18:00\n\nWhere: Civic Hall', ['2024-10-25T10:00', '2024-10-26T18:00']],
  ])('%s', (lang, text, expected) => {
    expect(first(text, lang)).toEqual(expected);
  });

  it('near miss: the first day\'s own hours do not end the span', () => {
    const text = 'La Fiera delle associazioni interculturali si terrà a Trento dal 25 al 26 ottobre 2024.\n\nPrima giornata: 25 ottobre, dalle 15 alle 19\n\nDove: Palazzo della Regione';
    expect(first(text, 'it')).toEqual(['2024-10-25T15:00', '2024-10-26']);
  });
});

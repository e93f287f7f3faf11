import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { spansFirst } from '../../../lib/extract/end-order.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const now = new Date('2026-11-30T12:00:00Z');
const ev = (start: string, end?: string) => ({ start, ...(end ? { end } : {}) }) as InclusionEvent;

describe('spans of days come first on their start day', () => {
  it('puts a week before the single day that opens inside it, and keeps the page order otherwise', () => {
    const film = ev('2015-03-30T20:00'), week = ev('2015-03-30', '2015-04-03'), talk = ev('2015-03-29T18:00'), fair = ev('2015-04-01');
    expect(spansFirst([talk, film, week, fair])).toEqual([talk, week, film, fair]);
  });

  it('near miss: a one-day event with an end hour is no span', () => {
    const a = ev('2015-03-30T10:00', '2015-03-30T12:00'), b = ev('2015-03-30', '2015-03-31');
    expect(spansFirst([a, b])).toEqual([b, a]);
    expect(spansFirst([a, ev('2015-03-30T14:00', '2015-03-30T16:00')])[0]).toBe(a);
  });

  it.each([
    ['es', 'Programa de la Semana Intercultural\nEl lunes 30 de marzo de 2015, a las 20:00 horas, cine en la Casa de la Cultura.\nLa Semana Intercultural de Fuengirola se celebra del 30 de marzo al 3 de abril de 2015 con talleres y música.'],
    ['it', 'Programma della Settimana dell’accoglienza\nLunedì 30 marzo 2015 alle 20 proiezione al cinema comunale.\nLa Settimana dell’accoglienza si svolge dal 30 marzo al 3 aprile 2015 con laboratori e musica.'],
  ])('%s: in a page that names the day first', (lang, text) => {
    const out = extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);
    expect(out[0]).toEqual(['2015-03-30', '2015-04-03']);
  });
});

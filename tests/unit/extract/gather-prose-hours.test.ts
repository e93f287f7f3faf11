// A day told in running prose, hour by hour and place by place ("Alle 9 ... dal Municipio ... Alle 11 alla Villa ... Alle 21
// in piazza ..."): each hour at a place of its own is a gathering, even past three hours. Near misses: the same hours called
// the day's programme, or set out as an agenda's lines, are one event's slots.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events;
const starts = (text: string) => read(text).map((e) => e.start);

describe('a day told hour by hour at places of their own', () => {
  it.each([
    ['a town feast in five hours, three more gatherings at most (it)',
      'Festa di San Rocco a Montecalvo\n\nDomenica 15 giugno alle ore 9 presso il Municipio si terrà la corsa dei carretti. Alle ore 11 presso la Chiesa Madre si terrà la processione con il coro parrocchiale. Alle ore 16 in piazza Garibaldi si svolgerà il torneo di bocce. Alle ore 18.30 nel cortile del Castello Ducale si terrà la presentazione del libro sulla storia del paese. Alle ore 21 in piazza Umberto I si terrà il concerto della banda.',
      ['2025-06-15T09:00', '2025-06-15T11:00', '2025-06-15T16:00', '2025-06-15T18:30']],
    ['a neighbourhood day in five hours (es)',
      'Fiesta del barrio de San Pablo\n\nEl domingo 15 de junio, en la Plaza Mayor, comenzará a las 10:00 horas una marcha popular. A las 12:00 horas en el Centro Cívico Delicias se celebrará un taller de cocina del mundo. A las 18:00 horas en el Parque Grande tendrá lugar el festival de danzas. A las 20:00 horas en el Teatro Principal se celebrará una obra de teatro. A las 22:00 horas el concierto de cierre en la Plaza del Pilar.',
      ['2025-06-15T10:00', '2025-06-15T12:00', '2025-06-15T18:00', '2025-06-15T20:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('near misses: one gathering\'s programme', () => {
  it.each([
    ['the hours called the day\'s programme (it)',
      'Festa dei Popoli a Montecalvo\n\nLa Festa dei Popoli si terrà sabato 14 giugno. Ricco il programma della giornata: si parte alle 14.30 dal Parco della Rimembranza. Alle 16 grande festa in piazza Garibaldi con danze. Alle 18 preghiera comune. Alle 19.30 nel cortile del Castello Ducale cena dal mondo. Alle 21 musica in piazza Umberto I.'],
    ['four more hours at the day\'s one place (fr)',
      'Journée de l\'hospitalité\n\nLe samedi 14 juin 2025, la journée se tiendra au Centre social des Tilleuls à partir de 9h. À 10h30 aura lieu une table ronde sur le logement. À 12h un repas partagé sera proposé. À 14h se tiendront des ateliers de langue. À 17h aura lieu un concert de la chorale du quartier.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

// Several gatherings on one day: listed under the day's heading, or named apart in prose, at
// different hours, they stay distinct events; one event's agenda stays one event.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string, published: string) => extractEvents(text, { now, published }).events.map((e) => e.start);

describe('several gatherings on one day', () => {
  it.each([
    ['a day heading with two bulleted gatherings (es)',
      'Programa de la semana de las personas refugiadas\n\nMiércoles 8\n\n  • Taller de cerámica para familias recién llegadas, de 10.00 a 12.00 horas, en el Centro Cívico Sur.\n  • Charla \'Acoger en el barrio\' a cargo de vecinas, a las 18.30 horas, en la Biblioteca Municipal.\n\nJueves 9\n\n  • Cena compartida con comida de varios países, a las 20.00 horas, en la plaza de la Iglesia.',
      '2023-03-01', ['2023-03-08T10:00', '2023-03-08T18:30', '2023-03-09T20:00']],
    ['a day heading with two bulleted gatherings (de)',
      'Wochenprogramm der Interkulturellen Woche\n\nSamstag, 23. September\n- Kinderfest für neu zugezogene Familien, von 11 bis 15 Uhr, im Stadtpark\n- Konzert mit Musikerinnen aus Syrien, um 19.30 Uhr, in der Stadthalle',
      '2023-09-01', ['2023-09-23T11:00', '2023-09-23T19:30']],
    ['two gatherings on one day named apart in prose (es)',
      'Semana de la diversidad en el barrio\n\nEl sábado 7 de mayo de 2022 a las 11:00 habrá un taller de cocina del mundo en el Centro Cívico Norte.\n\nEl sábado 7 de mayo de 2022 a las 19:00 tendrá lugar un concierto solidario con músicos migrantes en la plaza Mayor.',
      '2022-04-01', ['2022-05-07T11:00', '2022-05-07T19:00']],
    // A festival's days, each under its heading with its square and its first hour, are events of their own too.
    ['days of a festival held on a square (es)',
      'Programa de la Feria de los Pueblos\n\nLa feria se celebra del 2 al 6 de junio.\n\nVIERNES 5 DE JUNIO (Plaza del Mercado)\n18:00 h. Bailes de Senegal\n20:00 h. Música andina\nSÁBADO 6 DE JUNIO (Plaza del Mercado)\n12:00 h. Cuentacuentos\n14:00 h. Comida compartida',
      '2026-05-20', ['2026-06-02', '2026-06-05T18:00', '2026-06-06T12:00']],
    // One event's agenda: hour-led lines under the day are its programme, not events of their own.
    ['an agenda of hour-led lines (es)',
      'Jornada sobre acogida de personas refugiadas\n\nViernes 12 de mayo de 2023\n10:00 h. Bienvenida y presentación\n11:00 h. Mesa de experiencias de acogida\n13:00 h. Comida compartida',
      '2023-04-01', ['2023-05-12T10:00']],
    ['bullets that open with their hour (en)',
      'Welcome day for refugees\n\nSaturday 14 October 2023\n• 10:00 Welcome and coffee\n• 11:30 Workshops on housing and work\n• 15:00 Closing',
      '2023-10-01', ['2023-10-14T10:00']],
  ])('%s', (_name, text, published, expected) => {
    expect(starts(text, published)).toEqual(expected);
  });
});

describe('hour-led lines under a day heading, each at its own place', () => {
  it('are separate gatherings; an agenda at one place stays one event', () => {
    const programme = 'Programa de la Semana Intercultural\n\nJueves 19 de septiembre de 2019\n17:00 h. Taller de danzas del mundo en el Polideportivo Sur.\n20:00 h. Concierto solidario en la Plaza Mayor.';
    expect(extractEvents(programme).events.map((e) => e.start)).toEqual(['2019-09-19T17:00', '2019-09-19T20:00']);
    const agenda = 'Jornada sobre personas migrantes\n\nJueves 19 de septiembre de 2019\n09:30 h. Bienvenida.\n10:00 h. Mesa redonda sobre empleo.\n12:00 h. Clausura.';
    expect(extractEvents(agenda).events.map((e) => e.start)).toEqual(['2019-09-19T09:30']);
  });
});

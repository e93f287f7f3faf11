// Two mentions of one day at two parts of it (morning and afternoon or evening), each naming its own gathering: two
// events, as two hours apart are. Near misses: one gathering said to go on or to end in the evening, one part of the day
// said twice, a day whose second mention says no part of it.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events;

describe('two parts of one day, two gatherings', () => {
  it.each([
    ['morning talk, afternoon open doors (es)',
      'Jornadas interculturales en el instituto\n\nEl instituto abrirá el miércoles 18 de junio por la mañana el primero de los actos de sus jornadas, una charla de una escritora.\n\nLa escritora hablará de su viaje y de su llegada al barrio.\n\nEl miércoles 18 de junio por la tarde, una jornada de puertas abiertas invita a las familias a ver las exposiciones.',
      2],
    ['morning workshop, evening concert (fr)',
      'Fête des voisins\n\nSamedi 14 juin au matin, un atelier de cuisine réunira les habitants au centre social.\n\nLes inscriptions sont ouvertes.\n\nSamedi 14 juin au soir, un concert sera donné dans la cour de l\'école.',
      2],
    ['a morning hour, then an evening said in words (de)',
      'Tag der offenen Tür\n\nAm Samstag, 14. Juni, um 10 Uhr beginnt im Stadtteilzentrum ein Workshop für Ehrenamtliche.\n\nAnmeldung bei der Koordinierungsstelle.\n\nAm Samstagabend, 14. Juni, lädt der Verein zu einem Konzert in den Innenhof ein.',
      2],
  ])('%s', (_name, text, count) => {
    expect(new Set(read(text).map((e) => e.start.slice(0, 10))).size).toBe(1);
    expect(read(text)).toHaveLength(count);
  });
});

describe('near misses: one gathering', () => {
  it.each([
    ['the same fête goes on into the evening (fr)',
      'Fête des voisins\n\nSamedi 14 juin au matin, la fête des voisins commence avec un atelier de cuisine.\n\nLes inscriptions sont ouvertes.\n\nSamedi 14 juin au soir, la fête se termine avec un concert.'],
    ['the same part of the day twice (en)',
      'Welcome day\n\nOn the morning of Saturday 14 June, a welcome breakfast opens the day at the community centre.\n\nVolunteers are needed.\n\nSaturday 14 June in the morning: the workshop takes place in the garden.'],
    ['the second mention says no part of the day (it)',
      'Festa dell\'accoglienza\n\nSabato 14 giugno in mattinata un laboratorio di cucina si terrà al centro sociale.\n\nLe iscrizioni sono aperte.\n\nSabato 14 giugno il laboratorio di cucina sarà aperto a tutti.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

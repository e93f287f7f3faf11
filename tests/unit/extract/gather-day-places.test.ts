// A day's programme whose hour-led lines each say where, then a colon, then what ("- 10h-17h, au Péristyle de
// l'Hôtel de Ville : Lecture ..."): gatherings at places of their own, even where the place is no kind of venue the
// place lists know, and even inside a span of days the page names. Lines at one place are one event's agenda.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events;

describe('hour-led lines that say where, then what', () => {
  it.each([
    ['three places on one day (fr)',
      'Fête de l\'accueil 2025\n\nAu programme :\nSamedi 14 juin\n- 10h-12h, au Péristyle du Vieux Marché (Rue Basse 4) : Lecture de récits d\'exil.\n- Dès 14h, autour du Kiosque des Rives : Fête des familles avec des stands.\n- 20h-23h, sur la Passerelle du Lac : Veillée aux bougies.',
      [['2025-06-14T10:00', 'Péristyle du Vieux Marché (Rue Basse 4)'], ['2025-06-14T14:00', 'Kiosque des Rives'], ['2025-06-14T20:00', 'Passerelle du Lac']]],
    ['two places on one day (de)',
      'Tag der Begegnung\n\nSamstag, 14. Juni\n- 11 Uhr, im Innenhof der Alten Weberei: Erzählcafé mit Geflüchteten.\n- Ab 18 Uhr, am Ufer der Nahe: Picknick für alle.',
      [['2025-06-14T11:00', 'Innenhof der Alten Weberei'], ['2025-06-14T18:00', 'Ufer der Nahe']]],
    ['inside a span of two days the page names (fr)',
      'Les journées de l\'exil auront lieu les 14 et 15 juin.\n\nSamedi 14 juin\n- 10h-12h, au Péristyle du Vieux Marché : Lecture de récits d\'exil.\n- 20h-23h, sur la Passerelle du Lac : Veillée aux bougies.',
      [['2025-06-14', null], ['2025-06-14T10:00', 'Péristyle du Vieux Marché'], ['2025-06-14T20:00', 'Passerelle du Lac']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text).map((e) => [e.start, e.location?.name ?? null])).toEqual(expected);
  });
});

describe('near misses: one event\'s agenda', () => {
  it.each([
    ['every line at the same place (fr)',
      'Journée d\'étude sur l\'asile\n\nSamedi 14 juin\n- 9h, au Grand Amphi : Accueil des participants.\n- 10h, au Grand Amphi : Table ronde sur le logement.\n- 14h, au Grand Amphi : Ateliers.'],
    ['lines that say what with no place (it)',
      'Giornata dell\'accoglienza\n\nSabato 14 giugno\n- Dalle 10, laboratorio: cucina dal mondo.\n- Dalle 15, tavola rotonda: il lavoro dei rifugiati.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

// Two mentions of one day, apart on the page, each naming its own kind of gathering at its own place (or its own hour):
// two events (merge.ts, twoKindsApart). Near misses: one gathering called by two words ("the meeting" / "the conference")
// at one place; one named gathering whose venue is spelled two ways; a generic word ("event", "Veranstaltung") beside a
// kind; a day's schedule of talks at one venue; one conference's programme.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events;

describe('two kinds of gathering at two places on one day', () => {
  it.each([
    ['a volleyball tournament and a gardening workshop (fr)',
      'Semaine de l’accueil\n\nLe samedi 14 juin 2025, un tournoi de volley-ball réunira les jeunes au gymnase Jean Moulin.\n\nLes équipes peuvent encore s’inscrire auprès du centre social.\n\nLe samedi 14 juin 2025, un atelier de jardinage sera organisé au jardin partagé des Tilleuls.'],
    ['a language café and a football match (de)',
      'Aktionstag Ankommen\n\nAm Samstag, 14. Juni 2025, öffnet das Sprachcafé für Geflüchtete im Stadtteilzentrum Nord.\n\nDie Stadt dankt allen Ehrenamtlichen.\n\nAm Samstag, 14. Juni 2025, findet ein Fußballturnier im Sportpark Süd statt.'],
    ['a workshop in the morning and a concert in the evening (en)',
      'Welcome week\n\nOn Saturday 14 June 2025 at 10:00, a cooking workshop opens the day at the community centre.\n\nVolunteers are still welcome.\n\nOn Saturday 14 June 2025 at 20:00, a concert of refugee musicians takes place at the town hall square.'],
  ])('%s', (_name, text) => {
    const events = read(text);
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.start.slice(0, 10)))).toEqual(new Set(['2025-06-14']));
  });
});

describe('near misses: one gathering', () => {
  it.each([
    ['one meeting called a conference further down, at one place (en)',
      'Partners meet in Ghent\n\nThe partners’ meeting on migrant employment takes place on 14 June 2025 at the City Hall of Ghent.\n\nRegistration is open until 1 June.\n\nThe conference on 14 June 2025 will be held at the City Hall of Ghent.'],
    ['one named gathering, its venue spelled two ways (it)',
      'Convegno a Catania\n\nIl 14 giugno 2025 si terrà l’incontro “Voci di confine” al Palazzo della Cultura.\n\nSaranno presenti le associazioni del territorio.\n\nIl convegno “Voci di confine” del 14 giugno 2025 si svolgerà a Palazzo Platamone.'],
    ['a generic word beside a kind (de)',
      'Fachtag Integration\n\nDie Veranstaltung am 14. Juni 2025 beginnt im Rathaus Leipzig.\n\nAnmeldung bis zum 1. Juni.\n\nDie Tagung am 14. Juni 2025 findet im Neuen Rathaus statt.'],
    ['a day’s schedule of talks at one venue (es)',
      'Jornada sobre migraciones\n\nSábado 14 de junio de 2025, en el Centro Cívico Delicias\n10:00 Conferencia inaugural sobre el derecho de asilo\n11:30 Mesa redonda con asociaciones\n13:00 Taller de empleo para personas refugiadas'],
    ['one conference’s programme (fr)',
      'Colloque sur l’accueil\n\nLe colloque aura lieu le 14 juin 2025 à l’université de Lille.\n\nProgramme du 14 juin 2025 : 9h accueil, 9h30 conférence d’ouverture, 11h table ronde, 14h ateliers.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

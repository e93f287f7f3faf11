import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 19: words that say a gathering happens, completed for their class in five languages (our own words).
const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string, published: string) => extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10));

describe('a show on stage, an opening, people gathered', () => {
  it.each([
    ['es', 'El ciclo solidario sobre el derecho a migrar se inaugura el viernes 10 en la plaza mayor.', '2025-10-05'],
    ['es', 'El viernes 10 de octubre, espectáculo de circo sobre el exilio en la plaza mayor.', '2025-10-05'],
    ['it', 'La rassegna solidale sul diritto a migrare si inaugura venerdì 10 ottobre in piazza.', '2025-10-05'],
    ['fr', 'Le cycle solidaire sur le droit de migrer s’inaugure le vendredi 10 octobre sur la place.', '2025-10-05'],
    ['de', 'Die Aktionswoche zum Recht auf Migration wird am Freitag, 10. Oktober, auf dem Marktplatz eröffnet.', '2025-10-05'],
    ['fr', 'Le maire et ses adjoints, réunis le vendredi 10 octobre à 18h en mairie, ont approuvé l’accueil de deux familles de réfugiés.', '2025-10-20'],
    ['es', 'Las asociaciones de acogida, reunidas el viernes 10 de octubre a las 18:00 en el ayuntamiento, acordaron un plan para las familias refugiadas.', '2025-10-20'],
  ])('%s: %s', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual(['2025-10-10']);
  });

  it.each([
    ['es', 'El plazo de solicitudes para familias refugiadas se abre el viernes 10 de octubre en la web municipal.', '2025-10-05'],
    ['fr', 'Les documents réunis par l’association ont été envoyés à la préfecture le vendredi 10 octobre.', '2025-10-20'],
  ])('%s: near miss, no gathering: %s', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

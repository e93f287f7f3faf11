/**
 * Shapes of real pages that the extractor met first on pages it had not seen (issue 12, round
 * 3), written here as short sentences of our own in the five languages: each row is a general
 * rule, not a page.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const events = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events;

describe('mode of a gathering the page never says is online', () => {
  it.each([
    ['de', 'Begegnungscafé für Geflüchtete\n\nAm 24. Oktober 2014 laden wir von 15 bis 17 Uhr zum Begegnungscafé ein.', 'in-person'],
    ['fr', 'Réunion d\'information sur l\'accueil des réfugiés le mercredi 16 novembre 2016 à 18h.', 'in-person'],
    ['it', 'Serata di confronto sull\'accoglienza dei migranti venerdì 20 novembre 2015 alle ore 21.', 'in-person'],
    ['es', 'Encuentro vecinal por la convivencia con personas migrantes el sábado 19 de noviembre de 2016.', 'in-person'],
    ['en', 'Community gathering for refugees and neighbours on Saturday 20 June 2020 at 2pm.', 'in-person'],
    // A page that speaks of a stream or a webinar elsewhere leaves an event without a place undecided.
    ['en, online elsewhere', 'Webinar on refugee rights on 3 May 2021 at 10:00.\n\nOur partner meeting follows on 10 May 2021.', 'unknown'],
  ])('%s', (_lang, text, mode) => {
    expect(events(text).map((e) => e.mode).at(-1)).toBe(mode);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// The folded page keeps its length, so "ß" stays "ß": German words that may be written with
// either spelling ("schließt" / "schliesst", Swiss German always "ss") read the same.
const now = new Date('2026-12-31T23:40:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-04-02' }).events;

describe('German words written with ß or ss', () => {
  it.each([
    ['schließt', 'Die Anmeldung schließt am 3. Mai 2024. Der Workshop für Geflüchtete findet am 10. Mai 2024 um 10 Uhr statt.'],
    ['schliesst', 'Die Anmeldung schliesst am 3. Mai 2024. Der Workshop für Geflüchtete findet am 10. Mai 2024 um 10 Uhr statt.'],
  ])('a sign-up that %s on a day is no gathering', (_word, text) => {
    expect(read(text).map((e) => e.start.slice(0, 10))).toEqual(['2024-05-10']);
  });

  it.each([
    ['schließt', 'Das Sprachcafé für Neuzugewanderte öffnet am 10. Mai 2024 um 15 Uhr und schließt um 18 Uhr.'],
    ['schliesst', 'Das Sprachcafé für Neuzugewanderte öffnet am 10. Mai 2024 um 15 Uhr und schliesst um 18 Uhr.'],
  ])('a gathering that %s at an hour ends then', (_word, text) => {
    const [event] = read(text);
    expect(event?.start).toContain('T15:00');
    expect(event?.end).toContain('T18:00');
  });
});

describe('German addresses written with ß or ss', () => {
  it.each([
    ['Straße', 'Begegnungscafé für Geflüchtete am 10. Mai 2024 um 15 Uhr im Gemeindehaus, Straße der Einheit 5, Weimar.'],
    ['Strasse', 'Begegnungscafé für Geflüchtete am 10. Mai 2024 um 15 Uhr im Gemeindehaus, Strasse der Einheit 5, Weimar.'],
  ])('a venue on a %s reads the same', (_word, text) => {
    const [event] = read(text);
    const spelt = (s?: string) => s?.replace('ß', 'ss');
    expect(spelt(event?.location?.address)).toBe('Strasse der Einheit 5, Weimar');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../../lib/sources/cut-text.ts';
import { finishEvent, TITLE_CAP } from '../../../lib/sources/finish.ts';

describe('cutAtWord', () => {
  it.each([
    ['Integration workshop for newly arrived families', 30, 'Integration workshop for…'],
    ['Short title', 30, 'Short title'],
    ['Workshop: skills, recognition, and jobs', 30, 'Workshop: skills, recognition…'],
    ['Arbeitsmarktintegrationsveranstaltungsreihe', 20, 'Arbeitsmarktintegra…'],
    ['Atelier 😀😀😀😀😀😀😀😀', 14, 'Atelier 😀😀…'],
  ])('%s (%d)', (text, max, cut) => {
    expect(cutAtWord(text, max)).toBe(cut);
  });

  it('fits the cap, keeps a prefix of the text, and ends at a word when there is one near the cap', () => {
    const word = fc.stringMatching(/^[a-zé]{1,12}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.integer({ min: 40, max: 200 }), (words, max) => {
      const text = words.join(' ');
      const out = cutAtWord(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      if (text.length <= max) {
        expect(out).toBe(text);
        return;
      }
      expect(out.endsWith('…')).toBe(true);
      const kept = out.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      // Words are at most 12 letters, so a boundary is always near enough the cap.
      expect(text[kept.length]).toBe(' ');
    }));
  });

  it('cuts a title longer than the cap at a word, with an ellipsis', () => {
    const title = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const event = finishEvent({ title, start: '2026-12-01T10:00' }, { format: 'ics', warnings: [] });
    expect(event!.title.length).toBeLessThanOrEqual(TITLE_CAP);
    expect(event!.title).toMatch(/ word\d+…$/);
    expect(title.startsWith(event!.title.slice(0, -1))).toBe(true);
  });
});

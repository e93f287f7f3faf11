import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const titles = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.title);

describe('the title of a page about one event', () => {
  it.each([
    ['a call to act before the headline', 'Register now\n\nJob fair for refugees in Ghent\n\nThe fair takes place on 14 May 2025 from 10:00 to 16:00.', {}, 'Job fair for refugees in Ghent'],
    ['site furniture before the headline', 'Sprungmarken\nSuche\n\nSprachcafé im Stadtteilzentrum\n\nDas Sprachcafé findet am 14. Mai 2025 um 17 Uhr statt.', {}, 'Sprachcafé im Stadtteilzentrum'],
    ['a stamp before the headline', 'date 2025-05\nForum emploi pour les réfugiés\n\nLe forum a lieu le 14 mai 2025 de 10h à 16h.', {}, 'Forum emploi pour les réfugiés'],
    ['the site name after the page title', 'The fair takes place on 14 May 2025 from 10:00 to 16:00.', { title: 'Job fair for refugees | City of Ghent', sourceName: 'City of Ghent' }, 'Job fair for refugees'],
    ['the organisation before the page title', 'The fair takes place on 14 May 2025 from 10:00 to 16:00.', { title: 'Welcome Network – Job fair for refugees', sourceName: 'Welcome Network' }, 'Job fair for refugees'],
  ])('%s', (_name, text, options, expected) => {
    expect(titles(text, options)).toEqual([expected]);
  });

  it('does not take an opening sentence as the title', () => {
    const text = 'Over the last two years many people fleeing the war have found a new home in our town, and many of them look for work.\n\nJob fair on 14 May 2025 from 10:00 to 16:00 at the Town Hall.';
    expect(titles(text)[0]).not.toMatch(/^Over the last two years/);
  });
});

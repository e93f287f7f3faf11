import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../../lib/extract/recent-answers.ts';

describe('RecentAnswers', () => {
  it('keeps answers that are false or null, not only truthy ones', () => {
    const kept = new RecentAnswers<boolean | null>(4);
    kept.set('Via Roma 12', false);
    kept.set('Foto: Karin Metz', null);
    expect(kept.get('Via Roma 12')).toBe(false);
    expect(kept.get('Foto: Karin Metz')).toBeNull();
    expect(kept.get('never asked')).toBeUndefined();
  });

  it('drops the oldest answer first once full', () => {
    const kept = new RecentAnswers<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('c', 3);
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual([undefined, 2, 3]);
  });
});

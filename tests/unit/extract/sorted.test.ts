import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../lib/extract/sorted.ts';

describe('lowerBound', () => {
  it.each([
    [[], 5, 0],
    [[3, 8, 15], 1, 0],
    [[3, 8, 15], 8, 1],
    [[3, 8, 15], 9, 2],
    [[3, 8, 15], 99, 3],
    [[2, 2, 2, 7], 2, 0],
  ])('%j at %d -> %d', (values, value, index) => {
    expect(lowerBound(values, value)).toBe(index);
  });

  it('agrees with a plain scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), fc.integer({ min: -5, max: 1005 }), (values, value) => {
        const sorted = Int32Array.from(values.sort((a, b) => a - b));
        const scan = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted, value)).toBe(scan === -1 ? sorted.length : scan);
      }),
    );
  });
});

/**
 * Binary search over sorted positions: the index lists of a page (cities, venue words,
 * times) answer "is there one inside this span?" without a scan.
 */

/**
 * The index of the first value that is not below `value` (the length when all are below).
 * @example lowerBound([3, 8, 15], 8) // 1
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

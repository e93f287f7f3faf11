/**
 * A regex alternation with its alternatives grouped by their first letter: "a(?:t|lle)|d(?:e|es)"
 * for "at|alle|de|des". A scan that opens with a long alternation of words tries every word at
 * every position of the page; grouped, it tries the one group whose letter is there. It matches
 * the same: two alternatives with different first letters never match at one position, and
 * within a group the order (which one wins) is kept.
 */

/**
 * The alternatives (regex sources, each opening with a plain letter, no flag that folds case) as one grouped alternation.
 * @example firstLetterGroups(['at', 'de', 'alle']) // 'a(?:t|lle)|de'
 */
export function firstLetterGroups(alternatives: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const first = alternative[0]!;
    if (!/^\p{Ll}$/u.test(first)) throw new Error(`Not an alternative opening with a letter: ${alternative}`);
    const group = byFirst.get(first);
    if (group) group.push(alternative.slice(1));
    else byFirst.set(first, [alternative.slice(1)]);
  }
  return [...byFirst].map(([first, rests]) => (rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${rests.join('|')})`)).join('|');
}

/**
 * Patterns that must match at the end of a text ("a place preposition and its article just before
 * a name"), read backwards from that end. A pattern ending in `$` is tried by the engine at every
 * position of the text before it fails; the same pattern as a lookbehind at the text's end is read
 * once, backwards, from there: the same answer for a fraction of the cost.
 */

import { alternatives } from './word-start-pattern.ts';

export interface EndPattern {
  test(text: string): boolean;
}

/**
 * `pattern` (a sequence ending in `$`, no top-level `|`, no multiline flag) as a test read from the text's end.
 * `needs`, when given, is something every match of `pattern` holds (a word of its list, a digit): a text without
 * it is turned away by one quick scan, before the pattern is read backwards through every way it could end there.
 * @example endingWith(/(?<![\p{L}])(?:in|at)\s+$/u).test('held in ') // true
 */
export function endingWith(pattern: RegExp, needs?: RegExp): EndPattern {
  const source = pattern.source;
  if (pattern.multiline || !source.endsWith('$') || source.endsWith('\\$') || alternatives(source).length > 1) {
    throw new Error(`endingWith: not a sequence anchored at its end: /${source}/`);
  }
  const re = new RegExp(`(?<=${source.slice(0, -1)})`, `${pattern.flags.replace(/[gy]/g, '')}y`);
  if (needs && (needs.global || needs.sticky)) throw new Error(`endingWith: needs must keep no position: /${needs.source}/`);
  return {
    test(text) {
      if (needs && !needs.test(text)) return false;
      re.lastIndex = text.length;
      return re.test(text);
    },
  };
}

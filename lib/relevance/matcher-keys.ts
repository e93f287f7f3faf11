/**
 * The matcher's lookup of a word's candidate terms (matcher.ts): by its three-letter key, then
 * by its length. Most words of a page have no term at their key, and are turned away by one bit;
 * the others meet only the terms a word of their length can be (a word term needs the same
 * length, a stem or a phrase no more than its fixed start), not every term of their key.
 */
import type { Term } from './taxonomy.ts';

/**
 * A term as the matcher tries it. (A class, so that every term has the same fields: the loop
 * over a word's candidates reads them without asking which shape of object it holds.)
 */
export class Compiled {
  entry: Term;
  source: string;
  /**
   * 'word' when the term is one plain word and 'stem' when it is one word ending in '*':
   * then a word of the text matches it by comparison alone, with no pattern to run.
   */
  shape: 'word' | 'stem' | 'phrase';
  /** What the text's word must be (`exact`) or begin with (not `exact`) for the term to be tried. */
  first: string;
  exact: boolean;
  /**
   * For a phrase: what must follow its first word before its pattern is worth running (the
   * joint ' ', '-' or "'" and the letters up to the next joint): most tries of a phrase fail there.
   */
  then: { joint: string; letters: string } | undefined;
  /** The phrase's pattern, built on first use: most terms never meet a page. */
  sticky: RegExp | undefined = undefined;
  constructor(entry: Term, source: string, shape: Compiled['shape'], first: string, exact: boolean, then: Compiled['then']) {
    this.entry = entry;
    this.source = source;
    this.shape = shape;
    this.first = first;
    this.exact = exact;
    this.then = then;
  }
}

/** The terms of one key, in the order they are tried (ties go to the first), and those a word of each length can be. */
class KeyTerms {
  readonly all: Compiled[];
  /** A word longer than every fixed start can only be a stem or a phrase: all lengths past it share one list. */
  readonly #longest: number;
  /** Filled as words of each length come (bounded by the longest fixed start). */
  readonly #byLength: Array<Compiled[] | undefined> = [];
  constructor(all: Compiled[]) {
    this.all = all;
    this.#longest = Math.max(...all.map((c) => c.first.length));
  }
  forLength(length: number): Compiled[] {
    const n = Math.min(length, this.#longest + 1);
    return (this.#byLength[n] ??= this.all.filter((c) => (c.exact ? c.first.length === n : c.first.length <= n)));
  }
}

/** The letters a-z and digits as 1-36 (0 for no character): keys made of them get a bit each. */
const BIT_CODE = new Int8Array(128).fill(-1);
BIT_CODE[0] = 0;
for (let c = 0x61; c <= 0x7a; c++) BIT_CODE[c] = c - 0x60;
for (let c = 0x30; c <= 0x39; c++) BIT_CODE[c] = c - 0x30 + 27;

/** The bit of a key (words.ts prefixKey) whose three characters are letters a-z or digits, else -1. */
function bitOf(key: number): number {
  if (key < 0) return -1;
  const a = key >>> 20;
  const b = (key >>> 10) & 1023;
  const c = key & 1023;
  if (a >= 128 || b >= 128 || c >= 128) return -1;
  const x = BIT_CODE[a]!;
  const y = BIT_CODE[b]!;
  const z = BIT_CODE[c]!;
  return x < 0 || y < 0 || z < 0 ? -1 : (x << 12) | (y << 6) | z;
}

export class KeyIndex {
  readonly #byKey = new Map<number, KeyTerms>();
  /** One bit per key of letters and digits: set when terms start there. */
  readonly #present = new Int32Array(1 << 13);
  constructor(byKey: ReadonlyMap<number, Compiled[]>) {
    for (const [key, list] of byKey) {
      this.#byKey.set(key, new KeyTerms(list));
      const bit = bitOf(key);
      if (bit >= 0) this.#present[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  /** The terms a word with this key and length can be, if any. */
  candidates(key: number, length: number): Compiled[] | undefined {
    const bit = bitOf(key);
    if (bit >= 0 && !(this.#present[bit >>> 5]! & (1 << (bit & 31)))) return undefined;
    return this.#byKey.get(key)?.forLength(length);
  }
}

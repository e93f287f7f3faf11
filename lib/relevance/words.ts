/**
 * The words of a folded text, found once and shared: the taxonomy, the city and country
 * names, the event cues and the language guess all walk the same list instead of each
 * running its own word pattern over the page. Each word carries a number made of its first
 * three letters, so a lookup table can turn most words away without building a string.
 */

export interface Words {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The first three char codes of each word packed in one number (see prefixKey). */
  key: Int32Array;
}

/** Letters and digits of folded text (lower case): ASCII, Latin, Greek, Cyrillic and beyond. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) || (c >= 0x2c00 && c <= 0xffef);
}

/**
 * A number for the first (up to) three characters of a string: equal numbers, equal prefixes.
 * @example prefixKey('refugees') === prefixKey('ref') // true
 */
export function prefixKey(s: string, from = 0, to = s.length): number {
  const n = Math.min(3, to - from);
  const a = s.charCodeAt(from);
  const b = n > 1 ? s.charCodeAt(from + 1) : 0;
  const c = n > 2 ? s.charCodeAt(from + 2) : 0;
  // Latin letters (below U+0400) pack into a small integer that a Map or Set hashes without
  // allocating; other words get a negative hash, which may be shared: the matchers compare the
  // letters of every word their key brings up, and the other key sets hold only Latin words.
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c;
  return -1 - ((Math.imul(Math.imul(a, 31) + b, 31) + c) & 0x3fffffff);
}

/** The words of the last few texts: one page is read by several matchers in turn, with short texts between. */
const recent: Array<[string, Words]> = [];
const RECENT = 4;
/** Shorter texts are not kept: they are quick to cut again and would push a page out. */
const KEEP_FROM = 500;

/**
 * The words of a folded text.
 * @example wordsOf('two refugees').count // 2
 */
export function wordsOf(folded: string): Words {
  if (folded.length < KEEP_FROM) return cutWords(folded);
  for (const [text, words] of recent) if (text === folded) return words;
  const words = cutWords(folded);
  if (recent.unshift([folded, words]) > RECENT) recent.pop();
  return words;
}

/** A copy of `a` with room for `capacity` numbers. */
function grown(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(capacity);
  out.set(a);
  return out;
}

/**
 * The scan itself, apart from the cache: V8 optimises its loop while it runs (on-stack
 * replacement), and with the cache's code after the loop in the same function that optimised
 * code was thrown away again at the end of nearly every page.
 */
function cutWords(folded: string): Words {
  // About one word in six characters; grown below when a text has more.
  let capacity = Math.min(4096, Math.ceil(folded.length / 6) + 4);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let key = new Int32Array(capacity);
  let count = 0;
  const length = folded.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < length && isWordCode(folded.charCodeAt(i))) i++;
    if (count === capacity) {
      capacity *= 2;
      start = grown(start, capacity);
      end = grown(end, capacity);
      key = grown(key, capacity);
    }
    start[count] = from;
    end[count] = i;
    key[count] = prefixKey(folded, from, i);
    count++;
  }
  return { count, start, end, key };
}

/**
 * A global pattern that opens with lookbehinds ("(?<![\p{L}\p{N}])from ..."), searched in two
 * steps: its body, which V8 finds by the body's first characters, then the lookbehinds, tried
 * only where the body matched. Without the split V8 tries the lookbehinds at every position of
 * the page before it looks at any character. The matches are the same, in the same order: a
 * match of the whole pattern is a match of the body whose start the lookbehinds accept, and a
 * start they refuse sends the search on from the next character, as the whole pattern would.
 */
export class LookbehindScan {
  private readonly body: RegExp;
  private readonly before: RegExp;

  /** `pattern` must be global and open with at least one lookbehind that captures nothing. */
  constructor(pattern: RegExp) {
    const cut = leadingLookbehinds(pattern.source);
    const prefix = pattern.source.slice(0, cut);
    if (!pattern.global || cut === 0 || /\((?!\?)/.test(prefix.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''))) throw new Error(`Not a global pattern opening with lookbehinds: ${pattern.source.slice(0, 40)}`);
    this.body = new RegExp(pattern.source.slice(cut), pattern.flags);
    this.before = new RegExp(prefix, `${pattern.flags.replace('g', '')}y`);
  }

  get lastIndex(): number {
    return this.body.lastIndex;
  }

  set lastIndex(at: number) {
    this.body.lastIndex = at;
  }

  /** The next match from lastIndex, as RegExp.prototype.exec of the whole pattern gives it. */
  exec(text: string): RegExpExecArray | null {
    for (let m = this.body.exec(text); m; m = this.body.exec(text)) {
      this.before.lastIndex = m.index;
      if (this.before.test(text)) return m;
      // (A whole code point further, as a unicode pattern moves on.)
      this.body.lastIndex = m.index + (isPairAt(text, m.index) ? 2 : 1);
    }
    return null;
  }
}

function isPairAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** How many characters of a pattern's source its opening lookbehinds take (0 when it opens otherwise). */
export function leadingLookbehinds(source: string): number {
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    let depth = 0;
    let i = at;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        i++;
      } else if (c === '[') {
        // A class: its brackets and parentheses are characters.
        for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      } else if (c === '(') {
        depth++;
      } else if (c === ')' && --depth === 0) {
        break;
      }
    }
    at = i + 1;
  }
  return at;
}

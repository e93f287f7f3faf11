/**
 * Pages made safe for a DOM built in JavaScript. linkedom (the CLI's DOM) builds its tree with
 * htmlparser2's Parser, whose cost grows with the square of the nesting depth (90,000 nested
 * divs: seconds), and spends microseconds per node. Tags deeper than a cap are dropped, their
 * text kept, as browsers' own parsers also cap depth; pages with more tokens than a DOM reads
 * quickly are said to be too large, and are read without one.
 */
import { scanMarkup } from './markup.ts';

export const MAX_DOM_DEPTH = 256;
/** Tags and pieces of text: ordinary pages of a few hundred KB have tens of thousands. */
export const MAX_DOM_TOKENS = 100_000;

/** Elements without content in HTML: they never nest. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** An opening tag that ends an open sibling of these names (`<li>` after `<li>`), as HTML parsers do. */
const CLOSES: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
};

/**
 * The HTML with tags deeper than `max` dropped (unchanged when it nests less), and whether it
 * has more than MAX_DOM_TOKENS tokens. The depth counted is never below what an HTML parser
 * builds (self-closing syntax does not close HTML elements), so the result is safe for one.
 * @example prepareForDom('<div>'.repeat(1000) + 'x').html.length // 256 * 5 + 1
 */
export function prepareForDom(html: string, max = MAX_DOM_DEPTH): { html: string; tooLarge: boolean } {
  const open: string[] = [];
  let excess = 0;
  let tokens = 0;
  // [start, end) ranges of tags to drop, in order.
  const drop: number[] = [];
  scanMarkup(html, {
    open(name, _attrs, _selfClosing, end, start) {
      tokens++;
      if (VOID.has(name)) return;
      const closes = CLOSES[name];
      while (closes && excess === 0 && open.length > 0 && closes.includes(open[open.length - 1] as string)) open.pop();
      if (open.length < max) open.push(name);
      else {
        excess++;
        drop.push(start, end);
      }
    },
    close(name, start, end) {
      tokens++;
      if (VOID.has(name)) return;
      if (excess > 0) {
        excess--;
        drop.push(start, end);
        return;
      }
      // Bounded by max: a stray closing tag costs at most `max` steps.
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    },
    text() {
      tokens++;
    },
  }, { attributes: false });
  const tooLarge = tokens > MAX_DOM_TOKENS;
  if (drop.length === 0) return { html, tooLarge };
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < drop.length; i += 2) {
    parts.push(html.slice(from, drop[i]));
    from = drop[i + 1] as number;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), tooLarge };
}

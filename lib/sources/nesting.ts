/**
 * Pages nested absurdly deep, made safe for a DOM built in JavaScript: linkedom (the CLI's DOM)
 * builds its tree with htmlparser2's Parser, whose cost grows with the square of the depth
 * (90,000 nested divs: seconds). Tags deeper than the cap are dropped, their text kept, as
 * browsers' own parsers also cap depth.
 */
import { scanMarkup } from './markup.ts';

export const MAX_DOM_DEPTH = 256;

/** Elements that never nest, or whose end a parser implies: they do not count as depth. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);

/**
 * The HTML as written when it nests at most `max` deep; otherwise the same text without the
 * tags beyond that depth.
 * @example capNesting('<div>'.repeat(1000) + 'x', 256).length // 256 * 5 + 1
 */
export function capNesting(html: string, max = MAX_DOM_DEPTH): string {
  const open: string[] = [];
  let excess = 0;
  // [start, end) ranges of tags to drop, in order.
  const drop: number[] = [];
  scanMarkup(html, {
    open(name, _attrs, selfClosing, end, start) {
      if (selfClosing || FLAT.has(name)) return;
      if (open.length < max) open.push(name);
      else {
        excess++;
        drop.push(start, end);
      }
    },
    close(name, start, end) {
      if (FLAT.has(name)) return;
      if (excess > 0) {
        excess--;
        drop.push(start, end);
        return;
      }
      // Bounded by max: a stray closing tag costs at most `max` steps.
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    },
  });
  if (drop.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < drop.length; i += 2) {
    parts.push(html.slice(from, drop[i]));
    from = drop[i + 1] as number;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * A small, tolerant XML reader for RSS and Atom: element names, attributes and the raw text
 * inside each element. No DOM (HTML parsers mangle RSS's <link>), no entity expansion beyond
 * the predefined and numeric ones, bounded depth, so hostile feeds cannot blow it up.
 */
import { decodeEntities } from './entities.ts';
import { htmlToText } from './html-text.ts';

export interface XmlElement {
  /** Lower-case qualified name, e.g. 'item', 'content:encoded'. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Offsets of the element's content in the source text. */
  inner: [number, number];
}

const TAG_RE = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;
const ATTR_RE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_DEPTH = 64;

function attributesOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR_RE)) attrs[(m[1] ?? '').toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * The element tree of an XML text under a synthetic root named '#document'.
 * @example parseXml('<rss><channel><title>News</title></channel></rss>').children[0]?.name // 'rss'
 */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], inner: [0, text.length] };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end === -1 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      i = end === -1 ? text.length : end + 3;
      continue;
    }
    if (text[i + 1] === '?' || text[i + 1] === '!') {
      const end = text.indexOf('>', i);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    TAG_RE.lastIndex = i;
    const tag = TAG_RE.exec(text);
    if (!tag) {
      i += 1;
      continue;
    }
    const name = (tag[2] ?? '').toLowerCase();
    if (tag[1] === '/') {
      const at = stack.findLastIndex((e) => e.name === name);
      if (at > 0) {
        for (let k = stack.length - 1; k >= at; k--) {
          const open = stack[k] as XmlElement;
          if (open.inner[1] === -1) open.inner[1] = lt;
        }
        stack.length = at;
      }
      i = TAG_RE.lastIndex;
      continue;
    }
    i = TAG_RE.lastIndex;
    const element: XmlElement = { name, attrs: attributesOf(tag[3] ?? ''), children: [], inner: [i, -1] };
    const parent = stack[stack.length - 1] as XmlElement;
    parent.children.push(element);
    if (tag[4] === '/') element.inner[1] = i;
    else if (stack.length < MAX_DEPTH) stack.push(element);
    else element.inner[1] = i;
  }
  for (const open of stack) if (open.inner[1] === -1) open.inner[1] = text.length;
  return root;
}

/**
 * The first direct child with one of the names, tried in order.
 * @example firstChild(item, 'content:encoded', 'description')
 */
export function firstChild(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = el.children.find((c) => c.name === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every descendant named `name`, depth first (not looking inside a match).
 * @example descendants(root, 'item').length
 */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/**
 * The markup inside an element as HTML: CDATA unwrapped, escaped HTML unescaped.
 * @example innerHtml(source, el) // '<p>Atelier le 12 mai</p>'
 */
export function innerHtml(source: string, el: XmlElement | undefined): string {
  if (!el) return '';
  const raw = source.slice(el.inner[0], el.inner[1]);
  if (raw.includes('<![CDATA[')) return raw.replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, '$1');
  // Escaped HTML (the usual RSS description) has no tags of its own.
  return /<[a-zA-Z!/]/.test(raw) ? raw : decodeEntities(raw);
}

/**
 * The plain text inside an element.
 * @example innerText('<t>Caf&#233;</t>', parseXml('<t>Caf&#233;</t>').children[0]) // 'Café'
 */
export function innerText(source: string, el: XmlElement | undefined): string {
  return el ? htmlToText(innerHtml(source, el)).replace(/\s+/g, ' ').trim() : '';
}
